"""``cycle open`` and ``cycle status``: where the year stands, and what comes next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError
from cadrectl.model.dates import PartialDate
from cadrectl.model.outputs_cycle import CycleStatusOutput, InspectOutput
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import CycleFiles, current_cycle, cycle_years, text_of
from cadrectl.services.registry import load_config, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cycle import CycleState, Nomination, Proposal
    from cadrectl.rules.cycle import Missing, VoteResult
    from cadrectl.rules.tiers import Placement


@writes("cycle-open")
def open_cycle(paths: RegistryPaths, year: int, *, major: bool, today: dt.date) -> ChangeResult:
    from cadrectl.model.cycle import CycleState

    for other_year in cycle_years(paths):
        if CycleFiles(paths, other_year).state().status == "open":
            raise CadrectlError("cycle.another-open", year=other_year)
    files = CycleFiles(paths, year)
    if (paths.root / files.rel("cycle.yaml")).exists():
        raise CadrectlError("cycle.exists", year=year)
    config = load_config(paths)
    major = major or year in config.cycle.major_years
    state = CycleState(
        schema_version=1, year=year, major=major, status="open", opened=PartialDate.from_date(today)
    )
    key = "cycle.commit.open-major" if major else "cycle.commit.open"
    return files.commit({files.rel("cycle.yaml"): text_of(state)}, key, "open")


@dataclass
class CycleStatus:
    year: int
    major: bool
    status: str
    inspect_missing: list[Missing]
    waived: list[tuple[str, str]]
    nominations: list[tuple[Nomination, Placement]]
    untallied: list[str]
    unscreened: list[tuple[str, str]]  # nominee → the recorded step they wait for
    steps: dict[str, list[tuple[str, bool | None]]]  # nominee → the procedure's steps, results
    votes: dict[str, VoteResult]
    proposal: Proposal | None
    pending: list[int]
    publicity: Any
    open_objections: list[int]
    applied: PartialDate | None
    next_step: str
    marks: dict[str, bool] = field(default_factory=dict)  # phase → done (rules.cycle)

    contract: ClassVar[type[BaseModel]] = CycleStatusOutput

    @property
    def inspect(self) -> InspectProgress:
        return InspectProgress(self.year, self.inspect_missing, self.waived)

    def as_data(self) -> dict[str, Any]:
        proposal, publicity = self.proposal, self.publicity
        return {
            "year": self.year,
            "major": self.major,
            "status": self.status,
            "next_step": self.next_step,
            "done": self.marks,
            "inspect": self.inspect.as_data(),
            "nominations": [
                {
                    "id": n.id,
                    "name": n.cadre.get("name"),
                    "target_rank": n.target_rank,
                    "qualified": p.tier is not None,
                    "tier": p.tier,
                    "reasons": [c.detail for c in p.checks if not c.curable],
                    "votes": _votes(self, n.id),
                    "steps": [
                        {"step": step, "passed": passed} for step, passed in self.steps[n.id]
                    ],
                }
                for n, p in self.nominations
            ],
            "untallied": self.untallied,
            "unscreened": [{"id": n, "step": step} for n, step in self.unscreened],
            "proposal": None
            if proposal is None
            else [line.model_dump(mode="json") for line in proposal.lines],
            "pending": self.pending,
            "publicity": None
            if publicity is None
            else {
                "start": publicity.start.isoformat(),
                "end": publicity.end.isoformat(),
                "days": publicity.days,
                "open_objections": self.open_objections,
            },
            "applied": self.applied.isoformat() if self.applied else None,
        }


def _votes(status: CycleStatus, subject: str) -> dict[str, Any] | None:
    result = status.votes.get(subject)
    if result is None:
        return None
    return {
        "votes": result.votes,
        "valid": result.valid,
        "passed": result.passed,
        "meeting": result.meeting,
    }


@dataclass(frozen=True)
class InspectProgress:
    """The year's inspection phase: who still lacks a record, and whose was waived."""

    year: int
    missing: list[Missing]
    waived: list[tuple[str, str]]

    contract: ClassVar[type[BaseModel]] = InspectOutput

    def as_data(self) -> dict[str, Any]:
        return {
            "missing": [
                {
                    "id": m.cadre_id,
                    "name": m.name,
                    "assessment": m.assessment,
                    "inspection": m.inspection,
                }
                for m in self.missing
            ],
            "waived": [{"id": cadre, "reason": reason} for cadre, reason in self.waived],
        }


def cycle_status(paths: RegistryPaths, year: int | None, today: dt.date) -> CycleStatus:
    from cadrectl.rules.cycle import (
        CycleFacts,
        inspection_gaps,
        next_step,
        phase_marks,
        stage_results,
        vote_results,
    )
    from cadrectl.rules.procedure import VOTE_STAGES, first_open, progress
    from cadrectl.services.cycle.nominate import review

    files = current_cycle(paths, year)
    state = files.state()
    registry = load_registry(paths)
    require_complete(registry)
    cadres = [entry.cadre for entry in registry.cadres]
    waived = {waiver.cadre for waiver in state.waivers}
    yearly = registry.config.cycle.yearly_assessment
    missing = inspection_gaps(cadres, state.year, waived, assessments=yearly)
    nominations = [n for n in files.nominations() if not n.withdrawn]
    meetings = files.meetings()
    reviewed = [(n, review(registry, n, today, meetings)) for n in nominations]
    procedure = registry.config.cycle.procedure
    stages = stage_results(meetings, registry.config.cycle)
    waiting = {n.id: first_open(procedure, n.steps, stages, n.id) for n in nominations}
    untallied = [subject for subject, step in waiting.items() if step in VOTE_STAGES]
    if state.major:  # a 换届 year: every sitting reserve is voted on too
        voted = stages.get("vote", {})
        untallied += [c.id for c in cadres if c.reserve.in_pool and c.id not in voted]
    unscreened = [(subject, step) for subject, step in waiting.items()
                  if step is not None and step not in VOTE_STAGES]  # fmt: skip
    proposal = files.proposal()
    pending = (
        [line.line for line in proposal.lines if line.decision == "pending"] if proposal else []
    )
    publicity = state.publicity
    objections = [o.line for o in publicity.objections if o.resolved is None] if publicity else []
    facts = CycleFacts(
        closed=state.status == "closed",
        inspect_missing=len(missing),
        nominations=len(nominations),
        meetings=len(meetings),
        untallied=len(untallied),
        unscreened=len(unscreened),
        proposed=proposal is not None,
        pending=len(pending),
        publicized=publicity is not None,
        publicity_end=publicity.end.as_date() if publicity else None,
        open_objections=len(objections),
        applied=state.applied is not None,
        unexecuted=len(unexecuted_lines(files, state)),
    )
    return CycleStatus(
        year=state.year,
        major=state.major,
        status=state.status,
        inspect_missing=missing,
        waived=[(w.cadre, w.reason) for w in state.waivers],
        nominations=reviewed,
        untallied=untallied,
        unscreened=unscreened,
        steps={n.id: progress(procedure, n.steps, stages, n.id) for n in nominations},
        votes=vote_results(meetings, registry.config.cycle),
        proposal=proposal,
        pending=pending,
        publicity=publicity,
        open_objections=objections,
        applied=state.applied,
        next_step=next_step(facts, today),
        marks=phase_marks(facts, today),
    )


def open_objection_lines(state: CycleState) -> list[int]:
    """Lines with an objection still open: not executed until it is resolved."""
    if state.publicity is None:
        return []
    return sorted({o.line for o in state.publicity.objections if o.resolved is None})


def unexecuted_lines(files: CycleFiles, state: CycleState) -> list[int]:
    """Accepted lines an apply has not executed (blocked then, or cleared since); [] before
    the first apply, and for a year applied before lines were recorded."""
    proposal = files.proposal()
    if state.applied is None or state.applied_lines is None or proposal is None:
        return []
    done = set(state.applied_lines)
    return [line.line for line in proposal.lines
            if line.decision == "accept" and line.line not in done]  # fmt: skip
