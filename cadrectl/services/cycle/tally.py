"""``cycle tally``: one democratic-recommendation meeting's ballots and votes."""

from __future__ import annotations

from typing import Any

from cadrectl.errors import CadrectlError
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import current_cycle, text_of
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


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
        e.cadre.id for e in registry.cadres if e.cadre.reserve.status == "active"
    }
    unknown = [subject for subject in meeting.votes if subject not in known]
    if unknown:
        raise CadrectlError("tally.unknown-candidate", candidates="、".join(unknown))
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
