"""Meeting validity, vote results with 差额, and proposals keeping the clerk's decisions."""

from __future__ import annotations

from typing import Any

import pytest

from cadrectl.model.config import CycleSettings
from cadrectl.model.cycle import Meeting, ProposalLine
from cadrectl.rules.cycle import carry_decisions, meeting_problem, vote_results

SETTINGS = CycleSettings(quorum=0.8, vote_threshold=0.5)


def meeting(**changes: Any) -> Meeting:
    data: dict[str, Any] = {
        "name": "推荐会", "date": "2026-10-12", "places": 2, "issued": 100, "returned": 90,
        "valid": 88, "votes": {"A": 60, "B": 50, "C": 45},
    }  # fmt: skip
    return Meeting.model_validate(data | changes)


def test_a_meeting_without_quorum_is_refused() -> None:
    assert meeting_problem(meeting(returned=79, valid=70), SETTINGS) == (
        "tally.no-quorum", {"share": "79.0%", "quorum": "80%"},
    )  # fmt: skip
    assert meeting_problem(meeting(returned=80, valid=78), SETTINGS) is None


def test_counts_that_cannot_be_are_refused() -> None:
    assert meeting_problem(meeting(returned=101), SETTINGS) is not None
    assert meeting_problem(meeting(valid=95), SETTINGS) is not None
    assert meeting_problem(meeting(votes={"A": 89}), SETTINGS) is not None


def test_more_votes_than_valid_ballots_times_places_are_refused() -> None:
    # issue 13 (4): 50 + 50 + 50 for 2 places from 56 valid ballots was accepted
    votes = {"A": 50, "B": 50, "C": 50}
    assert meeting_problem(meeting(valid=56, votes=votes), SETTINGS) == (
        "tally.votes-over-places", {"total": 150, "most": 112, "valid": 56, "places": 2},
    )  # fmt: skip
    assert meeting_problem(meeting(valid=75, votes=votes), SETTINGS) is None  # 150 = 75 × 2


def test_more_candidates_than_places_takes_the_most_voted_above_the_threshold() -> None:
    results = vote_results([meeting()], SETTINGS)
    assert results["A"].passed
    assert results["B"].passed
    assert not results["C"].passed  # 45/88 < 0.5, and no place left anyway


def line(
    number: int, subject: str, decision: str = "pending", note: str | None = None
) -> ProposalLine:
    return ProposalLine(line=number, action="exit", subject=subject, name=subject, reason="r",
                        decision=decision, note=note)  # type: ignore[arg-type]  # fmt: skip


def test_rerunning_keeps_decisions_and_numbers() -> None:
    old = [line(1, "A", "accept"), line(2, "B", "reject", "已核实"), line(3, "C")]
    new = [line(1, "B"), line(2, "D"), line(3, "A")]
    merged = carry_decisions(old, new)
    assert [(x.line, x.subject, x.decision, x.note) for x in merged] == [
        (1, "A", "accept", None),
        (2, "B", "reject", "已核实"),
        (4, "D", "pending", None),
    ]


def facts(**given: Any) -> Any:
    import datetime as dt

    from cadrectl.rules.cycle import CycleFacts

    base: dict[str, Any] = {
        "inspect_missing": 0, "nominations": 1, "meetings": 1, "untallied": 0, "proposed": True,
        "pending": 0, "publicized": True, "publicity_end": dt.date(2026, 10, 9),
        "open_objections": 0, "applied": True, "unexecuted": 0,
    }  # fmt: skip
    return CycleFacts(**(base | given))


def marks(today: Any = None, **given: Any) -> dict[str, bool]:
    import datetime as dt

    from cadrectl.rules.cycle import phase_marks

    return phase_marks(facts(**given), today or dt.date(2026, 10, 12))


def test_a_whole_year_has_every_step_done() -> None:
    assert all(marks().values())


def test_no_nomination_and_no_meeting_is_no_recommendation() -> None:
    # issue 13 (6): status ticked 推荐 with zero nominations
    assert marks(nominations=0, meetings=0)["recommend"] is False
    assert marks(nominations=0, meetings=1)["recommend"] is True


def test_a_publicity_is_done_only_after_its_last_day_and_its_objections() -> None:
    import datetime as dt

    # issue 13 (6): status ticked 公示 while it ran
    assert marks(today=dt.date(2026, 10, 9), applied=False)["publicize"] is False
    assert marks(open_objections=1)["publicize"] is False
    assert marks(publicity_end=None)["publicize"] is False


def test_an_apply_with_lines_left_is_not_done() -> None:
    assert marks(unexecuted=2)["apply"] is False
    assert marks(applied=False)["apply"] is False


@pytest.mark.parametrize(
    ("given", "today", "step"),
    [
        ({"closed": True}, "2026-12-01", "done"),
        ({"inspect_missing": 3, "applied": False}, "2026-06-01", "inspect"),
        ({"untallied": 2, "applied": False}, "2026-06-01", "tally"),
        ({"proposed": False, "applied": False}, "2026-06-01", "propose"),
        ({"pending": 1, "applied": False}, "2026-06-01", "decide"),
        ({"publicized": False, "publicity_end": None, "applied": False}, "2026-09-01",
         "publicize"),
        ({"applied": False}, "2026-10-09", "wait-publicity"),  # its last day
        ({"applied": False}, "2026-10-10", "apply"),
        ({"open_objections": 1}, "2026-10-12", "resolve"),
        ({"unexecuted": 1}, "2026-10-12", "apply"),  # a line cleared after the apply
        ({}, "2026-10-12", "close"),
    ],
)  # fmt: skip
def test_the_next_step_follows_the_year(given: dict[str, Any], today: str, step: str) -> None:
    import datetime as dt

    from cadrectl.rules.cycle import next_step

    assert next_step(facts(**given), dt.date.fromisoformat(today)) == step
