"""The adjustment, as a pure function of plain facts: who enters, leaves, is used, changes tier,
and why (every reason a code with parameters; text is made from it only to be shown or stored).

Also the re-check ``cycle apply`` makes: which decided lines no longer hold on today's data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from cadrectl.model.codes import TIER_NAMES
from cadrectl.model.cycle import LineCause, ProposalLine
from cadrectl.rules.tiers import ExitCause

if TYPE_CHECKING:
    from cadrectl.rules.cycle import VoteResult

Action = Literal["admit", "exit", "use", "retier"]


@dataclass(frozen=True)
class NomineeFacts:
    id: str
    name: str
    target: str
    tier: int | None  # None: the 资格审查 found a rule time cannot cure
    vote: VoteResult | None
    through: bool  # passed every step of the procedure (the vote, where it is one)


@dataclass(frozen=True)
class ReserveFacts:
    id: str
    name: str
    tier: int | None
    causes: tuple[ExitCause, ...]  # the negative list's, on the proposal's day
    vote: VoteResult | None  # this year's, when a meeting voted on them
    old_tier: int | None = None
    had_tier: bool = False  # last year's ladder knew them (old_tier then means something)


@dataclass(frozen=True)
class UsedFacts:
    id: str
    name: str
    date: str
    unit: str  # names, not ids: the line is read by people
    post: str


def proposal_lines(
    nominees: Iterable[NomineeFacts],
    reserves: Iterable[ReserveFacts],
    used: Iterable[UsedFacts],
    *,
    major: bool,
) -> list[ProposalLine]:
    """The year's lines, numbered from 1: admissions, then exits and tier changes, then used.

    A nominee enters when the ladder's rules place them and they passed every step of the
    procedure (a county's: the vote; an enterprise's: nine). A reserve leaves on any
    negative-list cause, and in a 换届 year also on a failed vote; otherwise a reserve whose tier
    differs from last year's changes tier.
    """
    lines: list[ProposalLine] = []

    def add(action: Action, subject: str, name: str, causes: Sequence[ExitCause],
            old_tier: int | None = None, new_tier: int | None = None) -> None:  # fmt: skip
        line = ProposalLine(
            line=len(lines) + 1, action=action, subject=subject, name=name, reason="-",
            old_tier=old_tier, new_tier=new_tier,
            causes=[LineCause(code=c.code, params=dict(c.params)) for c in causes],
        )  # fmt: skip
        lines.append(line.model_copy(update={"reason": line_reason(line, stored=True)}))

    for nominee in nominees:
        if nominee.tier is None or not nominee.through:
            continue
        vote = nominee.vote
        shown = {"share": f"{vote.share:.1%}", "meeting": vote.meeting} if vote else {}
        cause = ExitCause.of("admit", **shown, target=nominee.target, tier=nominee.tier)
        add("admit", nominee.id, nominee.name, [cause], new_tier=nominee.tier)
    for reserve in reserves:
        causes = list(reserve.causes)
        if major and reserve.vote is not None and not reserve.vote.passed:
            causes.append(ExitCause.of("low-votes", share=f"{reserve.vote.share:.1%}"))
        if causes:
            add("exit", reserve.id, reserve.name, causes, reserve.old_tier, reserve.tier)
        elif reserve.had_tier and reserve.old_tier != reserve.tier:
            cause = ExitCause.of("retier", old=reserve.old_tier, new=reserve.tier)
            add("retier", reserve.id, reserve.name, [cause], reserve.old_tier, reserve.tier)
    for person in used:
        cause = ExitCause.of("used", date=person.date, unit=person.unit, post=person.post)
        add("use", person.id, person.name, [cause])
    return lines


def line_causes(line: ProposalLine) -> list[ExitCause]:
    return [ExitCause(c.code, tuple(sorted(c.params.items()))) for c in line.causes or []]


def line_reason(line: ProposalLine, *, stored: bool = False) -> str:
    """The line's reason in the display language (Chinese when ``stored``), made from its
    causes; a line written before causes were kept shows the reason it was written with."""
    from cadrectl.core import messages

    render = messages.stored if stored else messages.t
    causes = line_causes(line)
    if not causes:
        return line.reason
    if line.action == "exit":
        return "；".join(dict.fromkeys(cause.text(stored=stored) for cause in causes))
    params = dict(causes[0].params)
    for key in ("tier", "old", "new"):
        if key in params:
            params[key] = TIER_NAMES.get(_tier(params[key]), params[key])
    key = {"admit": "cycle.reason.admit", "retier": "cycle.reason.retier",
           "use": "cycle.reason.used"}[line.action]  # fmt: skip
    if line.action == "admit" and "share" not in params:  # a procedure without a vote
        key = "cycle.reason.admit-procedure"
    return render(key, **params)


def _tier(value: str) -> int | None:
    return int(value) if value.isdigit() else None


@dataclass(frozen=True)
class Stale:
    """A decided line that no longer holds: its number, name, and why (a catalog key)."""

    line: int
    name: str
    key: str
    now: str = ""  # the exit causes found today, where that is why


def stale_lines(decided: Iterable[ProposalLine], fresh: Sequence[ProposalLine]) -> list[Stale]:
    """The decided lines that today's data contradicts (``fresh``: the lines computed today).

    An admission holds while the nominee still qualifies and passed; an exit while the person
    is still in the pool with a cause to leave; a line that keeps a person in the pool (a tier
    change) while no cause to leave has appeared — a 不称职 recorded during the 公示 stops it.
    """
    now = {(line.action, line.subject): line for line in fresh}
    leaving = {line.subject: line for line in fresh if line.action == "exit"}
    stale = []
    for line in decided:
        if line.action == "admit" and ("admit", line.subject) not in now:
            stale.append(Stale(line.line, line.name, "cycle.stale.admit"))
        elif line.action == "exit" and line.subject not in leaving:
            stale.append(Stale(line.line, line.name, "cycle.stale.exit"))
        elif line.action == "retier" and line.subject in leaving:
            reason = line_reason(leaving[line.subject])
            stale.append(Stale(line.line, line.name, "cycle.stale.keep", reason))
    return stale
