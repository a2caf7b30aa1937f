"""``cycle tally``: one democratic-recommendation meeting's ballots and votes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cadrectl.core.errors import CadrectlError
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import current_cycle, text_of
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.config import CycleSettings
    from cadrectl.model.cycle import Meeting, Nomination


@writes("cycle-tally")
def tally(
    paths: RegistryPaths, meeting_data: dict[str, Any], year: int | None, *, replace: bool = False
) -> ChangeResult:
    """Record one recommendation meeting; a second tally of the same meeting needs ``replace``."""
    from cadrectl.model.cycle import Meeting, Tallies
    from cadrectl.rules.cycle import meeting_problem

    files = current_cycle(paths, year)
    state = files.open_state()
    if state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="tally")
    meeting = Meeting.model_validate(meeting_data)
    registry = load_registry(paths)
    require_complete(registry)
    known = {n.id for n in files.nominations()} | {
        e.cadre.id for e in registry.cadres if e.cadre.reserve.in_pool
    }
    unknown = [subject for subject in meeting.votes if subject not in known]
    if unknown:
        raise CadrectlError("tally.unknown-candidate", candidates="、".join(unknown))
    _refuse_unready(files.nominations(), files.meetings(), meeting, registry.config.cycle)
    problem = meeting_problem(meeting, registry.config.cycle)
    if problem is not None:
        key, params = problem
        raise CadrectlError(key, **params)
    earlier = files.meetings()
    if any(m.name == meeting.name for m in earlier) and not replace:
        raise CadrectlError("tally.already", meeting=meeting.name)
    meetings = [m for m in earlier if m.name != meeting.name] + [meeting]
    text = text_of(Tallies(schema_version=1, meetings=meetings))
    return files.commit(
        {files.rel("tallies.yaml"): text},
        "cycle.commit.tally",
        "tally",
        meeting=meeting.name,
        candidates=len(meeting.votes),
        places=meeting.places,
    )


def _refuse_unready(
    nominations: Sequence[Nomination],
    earlier: Sequence[Meeting],
    meeting: Meeting,
    settings: CycleSettings,
) -> None:
    """A vote on nominees is a step of the procedure: it must be one, and each nominee voted on
    must have passed the steps before it (an enterprise's 资格审查 comes before its vote)."""
    from cadrectl.core.messages import t
    from cadrectl.rules.cycle import stage_results
    from cadrectl.rules.procedure import blocking

    voted = [n for n in nominations if n.id in meeting.votes]
    if not voted:
        return  # a vote on sitting reserves only (a 换届 year's 民主推荐)
    if meeting.stage not in settings.procedure:
        raise CadrectlError("cycle.stage-not-in-procedure", stage=t(f"cycle.step.{meeting.stage}"))
    stages = stage_results([m for m in earlier if m.name != meeting.name], settings)
    for nomination in voted:
        before = blocking(settings.procedure, nomination.steps, stages, nomination.id,
                          meeting.stage)  # fmt: skip
        if before is not None:
            earlier_step, passed = before
            state = "cycle.step-failed" if passed is False else "cycle.step-open"
            label, earlier_label = t(f"cycle.step.{meeting.stage}"), t(f"cycle.step.{earlier_step}")
            raise CadrectlError("cycle.step-earlier", id=nomination.id, step=label,
                                earlier=earlier_label, state=t(state))  # fmt: skip
