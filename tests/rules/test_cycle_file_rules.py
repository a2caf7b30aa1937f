"""Rules over one year's cycle files, on plain models: names resolve, the year is the folder's."""

from __future__ import annotations

from typing import Any

from cadrectl.core.problems import Problem
from cadrectl.model.cycle import CycleState, Nominations, Proposal, Tallies
from cadrectl.rules.context import CycleFolder
from cadrectl.rules.cycle_rules import (
    CYCLE_RULES,
    KnownIds,
    nominations_resolve,
    proposal_lines_resolve,
    votes_name_candidates,
    years_match_folder,
)

KNOWN = KnownIds(cadres=frozenset({"QX-2023-014"}), units=frozenset({"qx-huxi-zhen"}))


def state(**changes: Any) -> CycleState:
    data = {"schema_version": 1, "year": 2026, "status": "open", "opened": "2026-09-01"}
    return CycleState.model_validate(data | changes)


def nominations(*units: str) -> Nominations:
    return Nominations.model_validate({"schema_version": 1, "nominations": [
        {"id": f"N2026-{index:03d}", "source": "组织推荐", "nominated_by": "湖溪镇党委",
         "cadre": {"name": "周晓梅", "current": {"unit": unit}}, "target_rank": "副科",
         "direction": "党群综合"}
        for index, unit in enumerate(units, start=1)
    ]})  # fmt: skip


def proposal(*lines: tuple[str, str]) -> Proposal:
    return Proposal.model_validate({"schema_version": 1, "year": 2026, "lines": [
        {"line": number, "action": action, "subject": subject, "name": "某某", "reason": "理由"}
        for number, (action, subject) in enumerate(lines, start=1)
    ]})  # fmt: skip


def tallies(votes: dict[str, int]) -> Tallies:
    return Tallies.model_validate({"schema_version": 1, "meetings": [
        {"name": "全县干部大会", "date": "2026-09-20", "places": 2, "issued": 200,
         "returned": 190, "valid": 180, "votes": votes},
    ]})  # fmt: skip


def found(problems: list[Problem]) -> list[tuple[str, str, str]]:
    return [(p.file, p.code, ".".join(str(part) for part in p.field)) for p in problems]


def test_a_consistent_year_has_no_problem() -> None:
    cycle = CycleFolder(
        2026, "cycles/2026", state=state(), nominations=nominations("qx-huxi-zhen"),
        tallies=tallies({"N2026-001": 120, "QX-2023-014": 150}),
        proposal=proposal(("admit", "N2026-001"), ("retier", "QX-2023-014")),
    )  # fmt: skip
    assert [p for rule in CYCLE_RULES for p in rule(cycle, KNOWN)] == []


def test_the_year_inside_must_be_the_folders() -> None:
    cycle = CycleFolder(2027, "cycles/2027", state=state(), proposal=proposal())
    assert found(list(years_match_folder(cycle, KNOWN))) == [
        ("cycles/2027/cycle.yaml", "cycle-year-mismatch", "year"),
        ("cycles/2027/adjustment.yaml", "cycle-year-mismatch", "year"),
    ]


def test_a_nominee_from_an_unknown_unit_is_named_at_the_unit() -> None:
    cycle = CycleFolder(2026, "cycles/2026", nominations=nominations("qx-huxi-zhen", "qx-nowhere"))
    assert found(list(nominations_resolve(cycle, KNOWN))) == [
        ("cycles/2026/nominations.yaml", "unknown-unit", "nominations.1.cadre.current.unit")
    ]


def test_admit_lines_name_nominations_and_the_others_cadres() -> None:
    cycle = CycleFolder(
        2026, "cycles/2026", nominations=nominations("qx-huxi-zhen"),
        proposal=proposal(("admit", "QX-2023-014"), ("exit", "N2026-001"), ("use", "QX-2023-014")),
    )  # fmt: skip
    assert found(list(proposal_lines_resolve(cycle, KNOWN))) == [
        ("cycles/2026/adjustment.yaml", "unknown-nomination", "lines.0.subject"),
        ("cycles/2026/adjustment.yaml", "unknown-cadre", "lines.1.subject"),
    ]


def test_references_into_an_invalid_nominations_file_are_not_judged() -> None:
    cycle = CycleFolder(
        2026, "cycles/2026", tallies=tallies({"N2026-001": 120}),
        proposal=proposal(("admit", "N2026-001")), invalid=frozenset({"nominations.yaml"}),
    )  # fmt: skip
    assert list(votes_name_candidates(cycle, KNOWN)) == []
    assert list(proposal_lines_resolve(cycle, KNOWN)) == []


def test_a_vote_for_nobody_known_is_named_at_its_key() -> None:
    cycle = CycleFolder(2026, "cycles/2026", tallies=tallies({"QX-2023-014": 1, "N2026-009": 2}))
    assert found(list(votes_name_candidates(cycle, KNOWN))) == [
        ("cycles/2026/tallies.yaml", "unknown-candidate", "meetings.0.votes.N2026-009")
    ]
