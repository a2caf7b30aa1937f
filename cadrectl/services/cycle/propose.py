"""``cycle propose``: the adjustment computed from the registry, and the clerk's decisions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import t
from cadrectl.model.dates import PartialDate
from cadrectl.rules.timespan import add_months
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import CycleFiles, current_cycle, text_of
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cadre import Records
    from cadrectl.model.cycle import CycleState, Meeting, ProposalLine
    from cadrectl.rules.context import CadreFile


def compute_lines(
    files: CycleFiles, registry: LoadedRegistry, state: CycleState, today: dt.date
) -> list[ProposalLine]:
    """The adjustment on ``today``'s data: the facts gathered here, the lines decided in
    :func:`cadrectl.rules.proposal.proposal_lines`."""
    from cadrectl.rules.cycle import stage_results, vote_results
    from cadrectl.rules.procedure import through
    from cadrectl.rules.proposal import NomineeFacts, ReserveFacts, UsedFacts, proposal_lines
    from cadrectl.services.cycle.nominate import review
    from cadrectl.services.ladder import compute_ladder

    meetings = files.meetings()
    settings = registry.config.cycle
    votes = vote_results(meetings, settings)
    stages = stage_results(meetings, settings)
    nominees = [
        NomineeFacts(n.id, str(n.cadre.get("name", "")), n.target_rank,
                     review(registry, n, today, meetings).tier, votes.get(n.id),
                     through(settings.procedure, n.steps, stages, n.id))
        for n in files.nominations()
        if not n.withdrawn
    ]  # fmt: skip
    old = previous_tiers(files, registry, today)
    reserves = [
        ReserveFacts(p.cadre.id, p.cadre.name, p.tier, p.exit_causes, votes.get(p.cadre.id),
                     old.get(p.cadre.id), p.cadre.id in old)
        for p in compute_ladder(with_year_votes(registry, meetings), today).placements
    ]  # fmt: skip
    used = []
    for entry in registry.cadres:
        record = entry.cadre.reserve.used
        if entry.cadre.reserve.status == "used" and record and record.date.year == state.year:
            unit, post = unit_and_post_names(registry, record.unit, record.post)
            used.append(UsedFacts(entry.cadre.id, entry.cadre.name, str(record.date), unit, post))
    return proposal_lines(nominees, reserves, used, major=state.major)


def with_year_votes(registry: LoadedRegistry, meetings: Sequence[Meeting]) -> LoadedRegistry:
    """The registry with each sitting reserve's votes of the year among their 民主推荐 records.

    Why: the negative list reads the records; a 10 % share must count in the year it was cast,
    in a rolling year too, not only once ``apply`` has written it into the file.
    """
    from cadrectl.model.cadre import Recommendation

    voted = {subject for meeting in meetings for subject in meeting.votes}
    cadres = []
    for entry in registry.cadres:
        cadre = entry.cadre
        if cadre.id not in voted or not cadre.reserve.in_pool:
            cadres.append(entry)
            continue
        known = {(r.year, r.meeting) for r in cadre.records.recommendations}
        added = [
            Recommendation.model_validate(m.record_for(cadre.id))
            for m in meetings
            if cadre.id in m.votes and (m.date.year, m.name) not in known
        ]
        records = cadre.records.model_copy(
            update={"recommendations": [*cadre.records.recommendations, *added]}
        )
        cadres.append(_with_records(entry, records))
    return dataclasses.replace(registry, cadres=cadres)


def unit_and_post_names(registry: LoadedRegistry, unit_id: str, post_id: str) -> tuple[str, str]:
    """A unit's and a post's names for people to read (the ids where the unit is unknown)."""
    unit = next((u.unit for u in registry.units if u.unit.id == unit_id), None)
    if unit is None:
        return unit_id, post_id
    post = next((p.title for p in unit.posts if p.id == post_id), post_id)
    return unit.name, post


def previous_tiers(
    files: CycleFiles, registry: LoadedRegistry, today: dt.date
) -> dict[str, int | None]:
    """Last year's recorded ladder, else the ladder a year before today on the data as it
    stood then (this year's assessments and votes left out: they are not the 原层次's)."""
    from cadrectl.model.cycle import RecordedLadder
    from cadrectl.services.ladder import compute_ladder

    recorded = CycleFiles(files.paths, files.year - 1).read("ladder.yaml", RecordedLadder)
    if recorded is not None:
        return dict(recorded.tiers)
    year_ago = add_months(today, -12)
    earlier = before_year(registry, files.year)
    return {p.cadre.id: p.tier for p in compute_ladder(earlier, year_ago).placements}


def before_year(registry: LoadedRegistry, year: int) -> LoadedRegistry:
    """The registry without the records of ``year`` and later (assessments, votes, inspections)."""
    cadres = []
    for entry in registry.cadres:
        records = entry.cadre.records
        kept = records.model_copy(update={
            "assessments": [a for a in records.assessments if a.year < year],
            "recommendations": [r for r in records.recommendations if r.year < year],
            "inspections": [i for i in records.inspections if i.date.year < year],
        })  # fmt: skip
        cadres.append(_with_records(entry, kept))
    return dataclasses.replace(registry, cadres=cadres)


def _with_records(entry: CadreFile, records: Records) -> CadreFile:
    return dataclasses.replace(entry, cadre=entry.cadre.model_copy(update={"records": records}))


@writes("cycle-propose")
def propose(
    paths: RegistryPaths,
    year: int | None,
    today: dt.date,
    decisions: Sequence[tuple[int, str, str | None]] = (),
    accept_rest: bool = False,
) -> ChangeResult:
    """Compute (or recompute) the adjustment, keeping the clerk's decisions; record new ones."""
    from cadrectl.model.cycle import Proposal
    from cadrectl.rules.cycle import carry_decisions, inspection_gaps

    files = current_cycle(paths, year)
    state = files.open_state()
    if state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="propose")
    registry = load_registry(paths)
    require_complete(registry)
    waived = {w.cadre for w in state.waivers}
    yearly = registry.config.cycle.yearly_assessment
    missing = inspection_gaps(
        [e.cadre for e in registry.cadres], state.year, waived, assessments=yearly
    )
    if missing:
        raise CadrectlError(
            "cycle.inspect-first", count=len(missing), names="、".join(m.name for m in missing[:10])
        )
    old = files.proposal()
    lines = carry_decisions(old.lines if old else [], compute_lines(files, registry, state, today))
    for number, decision, note in decisions:
        index = next((i for i, line in enumerate(lines) if line.line == number), None)
        if index is None:
            raise CadrectlError("cycle.no-line", line=number)
        if decision == "reject" and not note:
            raise UsageError("cycle.reject-needs-note", line=number)
        lines[index] = lines[index].model_copy(update={"decision": decision, "note": note})
    if accept_rest:
        lines = [
            line.model_copy(update={"decision": "accept"}) if line.decision == "pending" else line
            for line in lines
        ]
    proposal = Proposal(schema_version=1, year=files.year, lines=lines)
    stamp = PartialDate.from_date(today)
    new_state = state.model_copy(
        update={"proposed": stamp, "inspect_done": state.inspect_done or stamp}
    )
    texts = {
        files.rel("adjustment.yaml"): text_of(proposal),
        files.rel("cycle.yaml"): text_of(new_state),
    }
    before = {line.line: line.decision for line in (old.lines if old else [])}
    decided = [
        t("cycle.commit.decided-line", line=line.line, name=line.name, subject=line.subject,
          action=t(f"cycle.action.{line.action}"),
          decision=t(f"cycle.decision.{line.decision}"))
        + (f"：{line.note}" if line.note else "")
        for line in lines
        if line.decision != "pending" and before.get(line.line) != line.decision
    ]  # fmt: skip
    return files.commit(
        texts,
        "cycle.commit.propose",
        "propose",
        details=decided,
        lines=len(lines),
        pending=sum(1 for line in lines if line.decision == "pending"),
    )
