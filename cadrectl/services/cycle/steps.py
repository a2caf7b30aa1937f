"""``cycle step STEP N=RESULT…``: a step of the selection procedure, recorded per nominee —
资格审查 (通过/不通过), 综合考试 (a score against the pass mark), 党委研究 (同意/不同意, by a
body), 组织考察 (合格/不合格). Each only after the steps before it are passed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import t
from cadrectl.model.dates import PartialDate
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import current_cycle, text_of
from cadrectl.services.registry import load_config
from cadrectl.store.registry import RegistryPaths


@writes("cycle-step")
def record_step(
    paths: RegistryPaths,
    step: str,
    results: Sequence[tuple[str, str]],
    *,
    body: str | None,
    note: str | None,
    replace: bool,
    year: int | None,
    today: dt.date,
) -> ChangeResult:
    from cadrectl.model.cycle import Nominations, StepRecord
    from cadrectl.rules.cycle import stage_results
    from cadrectl.rules.procedure import STEP_WORDS, blocking, step_outcome

    files = current_cycle(paths, year)
    state = files.open_state()
    if state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="step")
    settings = load_config(paths).cycle
    procedure = settings.procedure
    label = t(f"cycle.step.{step}")
    if step not in procedure:
        steps = "、".join(t(f"cycle.step.{s}") for s in procedure)
        raise CadrectlError("cycle.step-not-in-procedure", step=label, procedure=steps)
    if step == "committee" and not body:
        raise UsageError("cycle.step-needs-body")
    nominations = {n.id: n for n in files.nominations()}
    stages = stage_results(files.meetings(), settings)
    words = STEP_WORDS.get(step)
    allowed = "/".join(words) if words else t("cycle.step-score", mark=settings.exam_pass_mark)
    recorded: dict[str, StepRecord] = {}
    for subject, value in results:
        nomination = nominations.get(subject)
        if nomination is None:
            raise CadrectlError("cycle.no-nomination", id=subject)
        if nomination.withdrawn:
            raise CadrectlError("cycle.step-withdrawn", id=subject)
        before = blocking(procedure, nomination.steps, stages, subject, step)
        if before is not None:
            earlier, passed = before
            state_key = "cycle.step-failed" if passed is False else "cycle.step-open"
            raise CadrectlError("cycle.step-earlier", id=subject, step=label,
                                earlier=t(f"cycle.step.{earlier}"), state=t(state_key))  # fmt: skip
        done = next((r for r in nomination.steps if r.step == step), None)
        if done is not None and not replace:
            raise CadrectlError("cycle.step-recorded", id=subject, step=label, result=done.result)
        outcome = step_outcome(step, value, settings.exam_pass_mark)
        if outcome is None:
            raise CadrectlError("cycle.step-bad-value", id=subject, value=value, step=label,
                                allowed=allowed)  # fmt: skip
        recorded[subject] = StepRecord.model_validate({
            "step": step, "date": PartialDate.from_date(today), "result": value.strip(),
            "passed": outcome.passed, "score": outcome.score, "body": body, "note": note,
        })  # fmt: skip
    updated = [
        n.model_copy(update={"steps": [*(r for r in n.steps if r.step != step), recorded[n.id]]})
        if n.id in recorded else n
        for n in nominations.values()
    ]  # fmt: skip
    text = text_of(Nominations(schema_version=1, nominations=updated))
    details = [f"{subject} {nominations[subject].cadre.get('name', '')}：{record.result}"
               for subject, record in recorded.items()]  # fmt: skip
    return files.commit({files.rel("nominations.yaml"): text}, "cycle.commit.step", "step",
                        details=details, step=label, count=len(recorded))  # fmt: skip
