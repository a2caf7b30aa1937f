"""The selection procedure a nominee goes through, step by step (config ``cycle.procedure``):
资格审查, 民主推荐, 单位推荐, 综合考试, 党委研究, 组织考察 — a county's is only the vote; an
enterprise's nine steps and a village's 三荐两考 declare more. Pure: what a value means, and
where a nominee stands."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cadrectl.model.cycle import StepRecord
    from cadrectl.rules.cycle import VoteResult

VOTE_STAGES = ("vote", "unit-vote")
RECORDED_STEPS = ("qualification", "exam", "committee", "inspection")
# The words a step's result is given in: (passed, failed). An exam is a score.
STEP_WORDS = {
    "qualification": ("通过", "不通过"),
    "committee": ("同意", "不同意"),
    "inspection": ("合格", "不合格"),
}


@dataclass(frozen=True)
class Outcome:
    passed: bool
    score: float | None = None


def step_outcome(step: str, value: str, pass_mark: float) -> Outcome | None:
    """What a recorded value means for the step (None: not a value the step takes)."""
    value = value.strip()
    if step == "exam":
        try:
            score = float(value)
        except ValueError:
            return None
        if not 0 <= score <= 1000:
            return None
        return Outcome(score >= pass_mark, score)
    words = STEP_WORDS.get(step)
    if words is None or value not in words:
        return None
    return Outcome(value == words[0])


def progress(
    procedure: Sequence[str],
    records: Sequence[StepRecord],
    votes: Mapping[str, Mapping[str, VoteResult]],
    subject: str,
) -> list[tuple[str, bool | None]]:
    """Each step of the procedure with the nominee's result: True passed, False failed, None
    not yet (the latest record of a step counts; a vote stage counts its latest meeting)."""
    latest: dict[str, bool] = {record.step: record.passed for record in records}
    found: list[tuple[str, bool | None]] = []
    for step in procedure:
        if step in VOTE_STAGES:
            result = votes.get(step, {}).get(subject)
            found.append((step, None if result is None else result.passed))
        else:
            found.append((step, latest.get(step)))
    return found


def blocking(
    procedure: Sequence[str],
    records: Sequence[StepRecord],
    votes: Mapping[str, Mapping[str, VoteResult]],
    subject: str,
    step: str,
) -> tuple[str, bool | None] | None:
    """The first step before ``step`` the nominee has not passed (its result: False failed,
    None not yet), or None when every earlier step is passed."""
    for earlier, passed in progress(procedure, records, votes, subject):
        if earlier == step:
            return None
        if passed is not True:
            return earlier, passed
    return None


def first_open(
    procedure: Sequence[str],
    records: Sequence[StepRecord],
    votes: Mapping[str, Mapping[str, VoteResult]],
    subject: str,
) -> str | None:
    """The step the nominee waits for (None: through every step, or out after a failed one)."""
    for step, passed in progress(procedure, records, votes, subject):
        if passed is None:
            return step
        if passed is False:
            return None
    return None


def through(
    procedure: Sequence[str],
    records: Sequence[StepRecord],
    votes: Mapping[str, Mapping[str, VoteResult]],
    subject: str,
) -> bool:
    """Passed every step of the procedure."""
    return all(passed is True for _, passed in progress(procedure, records, votes, subject))
