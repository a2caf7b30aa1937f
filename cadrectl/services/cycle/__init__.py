"""``cadrectl cycle …``: the yearly 考察 → 推荐 → 调整 → 公示 → 执行 cycle, one commit per step.

The state lives in cycles/<year>/ (cycle.yaml, nominations.yaml, tallies.yaml, adjustment.yaml,
notice.txt, ladder.yaml), read and written through :mod:`.files`. Each step is a module of its
own taking ``today`` explicitly: it reads the state, refuses what must come first, and writes
all its files in one all-or-none change. What the steps decide (the proposal, the next step,
the status marks) is pure, in :mod:`cadrectl.rules.proposal` and :mod:`cadrectl.rules.cycle`.
"""
