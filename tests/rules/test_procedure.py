"""The selection procedure's pure rules: what a result means, where a nominee stands, and a
second vote that adds to the first (issue 13, 8)."""

from __future__ import annotations

import pytest

from cadrectl.model.config import CycleSettings
from cadrectl.model.cycle import Meeting, StepRecord
from cadrectl.rules.cycle import stage_results, vote_results
from cadrectl.rules.procedure import blocking, first_open, progress, step_outcome, through

NINE = ["qualification", "vote", "unit-vote", "exam", "committee", "inspection"]


def record(step: str, passed: bool, result: str = "通过") -> StepRecord:
    return StepRecord.model_validate(
        {"step": step, "date": "2026-03-01", "result": result, "passed": passed}
    )


def meeting(name: str, stage: str, day: str, valid: int, **votes: int) -> Meeting:
    return Meeting.model_validate({"name": name, "stage": stage, "date": day, "places": 2,
                                   "issued": valid, "returned": valid, "valid": valid,
                                   "votes": votes})  # fmt: skip


@pytest.mark.parametrize(
    ("step", "value", "passed", "score"),
    [
        ("exam", "60", True, 60.0), ("exam", "59.5", False, 59.5), ("exam", " 86 ", True, 86.0),
        ("qualification", "通过", True, None), ("qualification", "不通过", False, None),
        ("committee", "同意", True, None), ("committee", "不同意", False, None),
        ("inspection", "合格", True, None), ("inspection", "不合格", False, None),
    ],
)  # fmt: skip
def test_what_a_result_means(step: str, value: str, passed: bool, score: float | None) -> None:
    outcome = step_outcome(step, value, 60)
    assert outcome is not None
    assert (outcome.passed, outcome.score) == (passed, score)


@pytest.mark.parametrize(
    ("step", "value"),
    [("exam", "八十"), ("exam", "-1"), ("exam", "1001"), ("exam", "nan"),
     ("qualification", "同意"), ("committee", "通过"), ("inspection", "优秀"), ("vote", "通过")],
)  # fmt: skip
def test_a_value_the_step_does_not_take_is_none(step: str, value: str) -> None:
    assert step_outcome(step, value, 60) is None


def test_a_nominee_goes_through_the_steps_in_order() -> None:
    settings = CycleSettings()
    stages = stage_results([meeting("大会", "vote", "2026-03-20", 50, N1=40)], settings)
    records = [record("qualification", True)]
    assert progress(NINE, records, stages, "N1")[:3] == [
        ("qualification", True), ("vote", True), ("unit-vote", None)]  # fmt: skip
    assert first_open(NINE, records, stages, "N1") == "unit-vote"
    assert blocking(NINE, records, stages, "N1", "exam") == ("unit-vote", None)
    assert blocking(NINE, records, stages, "N1", "unit-vote") is None
    assert not through(NINE, records, stages, "N1")
    failed = [record("qualification", False, "不通过")]
    assert first_open(NINE, failed, stages, "N1") is None  # out, waiting for nothing
    assert blocking(NINE, failed, stages, "N1", "vote") == ("qualification", False)


def test_the_latest_record_of_a_step_counts() -> None:
    records = [record("qualification", False, "不通过"), record("qualification", True)]
    assert progress(["qualification"], records, {}, "N1") == [("qualification", True)]


def test_a_second_vote_adds_to_the_first_and_both_must_pass() -> None:
    settings = CycleSettings()
    first = meeting("民主推荐会", "vote", "2026-03-20", 50, N1=40, N2=35)
    second = meeting("单位推荐会", "unit-vote", "2026-03-22", 9, N1=9, N2=3)
    results = vote_results([first, second], settings)
    assert results["N1"].passed
    assert results["N1"].meeting == "民主推荐会"  # the vote shown is the 民主推荐's
    assert not results["N2"].passed  # 3 of 9 in the unit vote
    assert results["N2"].votes == 35
    # a later 民主推荐 replaces an earlier one of its own stage, never the other stage's
    again = meeting("民主推荐会（复会）", "vote", "2026-03-25", 50, N2=45)
    assert not vote_results([first, second, again], settings)["N2"].passed
    stages = stage_results([first, second, again], settings)
    assert stages["vote"]["N2"].votes == 45
    assert stages["unit-vote"]["N2"].votes == 3


@pytest.mark.parametrize("steps", [["vote", "vote"], ["unit-vote"], ["exam", "ballot"]])
def test_a_procedure_lists_each_known_step_once(steps: list[str]) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        CycleSettings.model_validate({"procedure": steps})
