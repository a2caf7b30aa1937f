"""Rules over one year's cycle files: the year is the folder's, and every name resolves.

A nomination's unit is in units/; waivers, proposal lines and votes name cadres or nominations
that exist; line numbers, nomination ids and meeting names are unique; ballots add up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from cadrectl.core.problems import Problem, error
from cadrectl.rules.context import CycleFolder

NOMINATIONS = "nominations.yaml"
TALLIES = "tallies.yaml"
ADJUSTMENT = "adjustment.yaml"
STATE = "cycle.yaml"


@dataclass(frozen=True)
class KnownIds:
    """What the registry holds, by id: a cadre or unit whose file failed still counts as there,
    so its own problem is not repeated as a broken reference."""

    cadres: frozenset[str]
    units: frozenset[str]


CycleRule = Callable[[CycleFolder, KnownIds], Iterable[Problem]]


def years_match_folder(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    """cycle.yaml and adjustment.yaml say the year of the folder they are in."""
    for name, document in ((STATE, cycle.state), (ADJUSTMENT, cycle.proposal)):
        if document is not None and document.year != cycle.year:
            yield error(
                cycle.file(name), "cycle-year-mismatch", ("year",),
                year=document.year, folder=cycle.folder,
            )  # fmt: skip


def waivers_name_cadres(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    if cycle.state is None:
        return
    for index, waiver in enumerate(cycle.state.waivers):
        if waiver.cadre not in known.cadres:
            yield error(cycle.file(STATE), "unknown-cadre", ("waivers", index, "cadre"),
                        id=waiver.cadre)  # fmt: skip


def objections_name_lines(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    """A 公示 objection is about a line of the adjustment."""
    if cycle.state is None or cycle.state.publicity is None or cycle.proposal is None:
        return
    lines = {line.line for line in cycle.proposal.lines}
    for index, objection in enumerate(cycle.state.publicity.objections):
        if objection.line not in lines:
            yield error(
                cycle.file(STATE), "unknown-line", ("publicity", "objections", index, "line"),
                line=objection.line, adjustment=cycle.file(ADJUSTMENT),
            )  # fmt: skip


def nominations_resolve(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    """Nomination ids are unique, and the nominee's current unit is a unit of units/."""
    if cycle.nominations is None:
        return
    seen: set[str] = set()
    for index, nomination in enumerate(cycle.nominations.nominations):
        if nomination.id in seen:
            yield error(cycle.file(NOMINATIONS), "duplicate-nomination-id",
                        ("nominations", index, "id"), id=nomination.id)  # fmt: skip
        seen.add(nomination.id)
        current = nomination.cadre.get("current")
        unit = current.get("unit") if isinstance(current, dict) else None
        if isinstance(unit, str) and unit not in known.units:
            path = ("nominations", index, "cadre", "current", "unit")
            yield error(cycle.file(NOMINATIONS), "unknown-unit", path, unit=unit)


def meetings_add_up(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    """Meeting names are unique; returned ≤ issued, valid ≤ returned, votes ≤ valid."""
    if cycle.tallies is None:
        return
    file = cycle.file(TALLIES)
    names: set[str] = set()
    for index, meeting in enumerate(cycle.tallies.meetings):
        if meeting.name in names:
            yield error(file, "duplicate-meeting", ("meetings", index, "name"), name=meeting.name)
        names.add(meeting.name)
        if meeting.returned > meeting.issued:
            yield error(file, "returned-exceed-issued", ("meetings", index, "returned"))
        if meeting.valid > meeting.returned:
            yield error(file, "valid-exceed-returned", ("meetings", index, "valid"))
        for candidate, votes in meeting.votes.items():
            if votes < 0 or votes > meeting.valid:
                yield error(file, "votes-exceed-valid", ("meetings", index, "votes", candidate))


def votes_name_candidates(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    """Each vote is for a nomination of the year or a cadre of the registry."""
    if cycle.tallies is None or NOMINATIONS in cycle.invalid:
        return
    nominated = _nomination_ids(cycle)
    for index, meeting in enumerate(cycle.tallies.meetings):
        for candidate in meeting.votes:
            if candidate not in nominated and candidate not in known.cadres:
                yield error(cycle.file(TALLIES), "unknown-candidate",
                            ("meetings", index, "votes", candidate), id=candidate)  # fmt: skip


def proposal_lines_resolve(cycle: CycleFolder, known: KnownIds) -> Iterator[Problem]:
    """Line numbers are unique; an admit line names a nomination, the others a cadre."""
    if cycle.proposal is None:
        return
    file = cycle.file(ADJUSTMENT)
    nominated = _nomination_ids(cycle)
    numbers: set[int] = set()
    for index, line in enumerate(cycle.proposal.lines):
        if line.line in numbers:
            yield error(file, "duplicate-line", ("lines", index, "line"), line=line.line)
        numbers.add(line.line)
        subject = ("lines", index, "subject")
        if line.action == "admit":
            if NOMINATIONS not in cycle.invalid and line.subject not in nominated:
                yield error(file, "unknown-nomination", subject, id=line.subject,
                            nominations=cycle.file(NOMINATIONS))  # fmt: skip
        elif line.subject not in known.cadres:
            yield error(file, "unknown-cadre", subject, id=line.subject)


def _nomination_ids(cycle: CycleFolder) -> set[str]:
    if cycle.nominations is None:
        return set()
    return {nomination.id for nomination in cycle.nominations.nominations}


CYCLE_RULES: list[CycleRule] = [
    years_match_folder,
    waivers_name_cadres,
    objections_name_lines,
    nominations_resolve,
    meetings_add_up,
    votes_name_candidates,
    proposal_lines_resolve,
]
