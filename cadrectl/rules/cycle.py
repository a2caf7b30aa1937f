"""Pure rules of the yearly cycle: who still needs inspecting, which meetings count, who passed
the vote, and which proposal lines carry over the clerk's decisions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import CycleSettings
    from cadrectl.model.cycle import Meeting, ProposalLine


@dataclass(frozen=True)
class Missing:
    cadre_id: str
    name: str
    assessment: bool
    inspection: bool


def inspection_gaps(
    cadres: Iterable[Cadre], year: int, waived: set[str], *, assessments: bool = True
) -> list[Missing]:
    """Active reserves without that year's assessment (where ``assessments`` are yearly) or an
    inspection dated in that year."""
    gaps = []
    for cadre in cadres:
        if not cadre.reserve.in_pool or cadre.id in waived:
            continue
        assessed = not assessments or any(a.year == year for a in cadre.records.assessments)
        inspected = any(i.date.year == year for i in cadre.records.inspections)
        if not (assessed and inspected):
            gaps.append(Missing(cadre.id, cadre.name, not assessed, not inspected))
    return gaps


def meeting_problem(
    meeting: Meeting, settings: CycleSettings
) -> tuple[str, dict[str, object]] | None:
    """Why a democratic-recommendation meeting is not valid (catalog key and parameters)."""
    if meeting.returned > meeting.issued:
        return "tally.returned-over-issued", {}
    if meeting.valid > meeting.returned:
        return "tally.valid-over-returned", {}
    share = meeting.returned / meeting.issued
    if share < settings.quorum:
        return "tally.no-quorum", {"share": f"{share:.1%}", "quorum": f"{settings.quorum:.0%}"}
    for candidate, votes in meeting.votes.items():
        if votes < 0 or votes > meeting.valid:
            return "tally.votes-over-valid", {"candidate": candidate, "votes": votes}
    # each valid ballot names at most `places` people: no more votes than valid × places
    total = sum(meeting.votes.values())
    if total > meeting.valid * meeting.places:
        most = meeting.valid * meeting.places
        return "tally.votes-over-places", {
            "total": total,
            "most": most,
            "valid": meeting.valid,
            "places": meeting.places,
        }
    return None


@dataclass(frozen=True)
class VoteResult:
    subject: str
    votes: int
    valid: int
    passed: bool
    meeting: str

    @property
    def share(self) -> float:
        return self.votes / self.valid if self.valid else 0.0


def stage_results(
    meetings: Sequence[Meeting], settings: CycleSettings
) -> dict[str, dict[str, VoteResult]]:
    """Stage (vote, unit-vote) → each candidate's result in that stage's latest meeting on them.

    Passing takes at least the threshold share of valid votes and, when there are more
    candidates than places (差额), a place among the most-voted.
    """
    results: dict[str, dict[str, VoteResult]] = {}
    for meeting in sorted(meetings, key=lambda m: m.date):
        ranked = sorted(meeting.votes.items(), key=lambda item: -item[1])
        above = [
            s for s, v in ranked if meeting.valid and v / meeting.valid >= settings.vote_threshold
        ]
        placed = set(above[: meeting.places])
        stage = results.setdefault(meeting.stage, {})
        for subject, votes in meeting.votes.items():
            stage[subject] = VoteResult(
                subject, votes, meeting.valid, subject in placed, meeting.name
            )
    return results


def vote_results(meetings: Sequence[Meeting], settings: CycleSettings) -> dict[str, VoteResult]:
    """Each candidate's result over every stage that voted on them: a second vote (单位推荐)
    adds to the first, never replaces it — both must pass. The result shown is the 民主推荐's
    (the first stage that voted), marked failed where any stage failed."""
    combined: dict[str, VoteResult] = {}
    for stage in sorted(stage_results(meetings, settings).items(), key=lambda kv: kv[0] != "vote"):
        for subject, result in stage[1].items():
            first = combined.get(subject)
            if first is None:
                combined[subject] = result
            elif first.passed and not result.passed:
                combined[subject] = VoteResult(first.subject, first.votes, first.valid, False,
                                               first.meeting)  # fmt: skip
    return combined


def carry_decisions(old: Sequence[ProposalLine], new: Sequence[ProposalLine]) -> list[ProposalLine]:
    """The new lines, keeping the clerk's decision, note and line number of each line that stays.

    A line is the same line when its action and subject are; new lines get the next numbers.
    """
    by_key = {(line.action, line.subject): line for line in old}
    next_number = max((line.line for line in old), default=0) + 1
    merged = []
    for line in new:
        previous = by_key.get((line.action, line.subject))
        if previous is not None:
            kept = {"line": previous.line, "decision": previous.decision, "note": previous.note}
            merged.append(line.model_copy(update=kept))
        else:
            merged.append(line.model_copy(update={"line": next_number}))
            next_number += 1
    return sorted(merged, key=lambda line: line.line)


def after_end(day: dt.date, end: dt.date) -> bool:
    """公示 is over once its last working day has passed."""
    return day > end


PHASES = ("inspect", "recommend", "adjust", "publicize", "apply")


@dataclass(frozen=True)
class CycleFacts:
    """Where a year's cycle stands, as counts and flags (what status and next step read)."""

    closed: bool = False
    inspect_missing: int = 0
    nominations: int = 0
    meetings: int = 0
    untallied: int = 0
    unscreened: int = 0  # nominees waiting for a recorded step (资格审查, 考试, 考察…)
    proposed: bool = False
    pending: int = 0
    publicized: bool = False
    publicity_end: dt.date | None = None
    open_objections: int = 0
    applied: bool = False
    unexecuted: int = 0


def phase_marks(facts: CycleFacts, today: dt.date) -> dict[str, bool]:
    """Which steps of the year are done (a step is done only when it is).

    推荐 needs a nomination or a meeting, not only nothing left to tally (一年一推荐); the 公示
    is done once its last day is past with every objection resolved; the apply once every
    accepted line is executed.
    """
    end = facts.publicity_end
    return {
        "inspect": facts.inspect_missing == 0,
        "recommend": (facts.nominations > 0 or facts.meetings > 0)
        and facts.untallied == 0
        and facts.unscreened == 0,
        "adjust": facts.proposed and facts.pending == 0,
        "publicize": end is not None and today > end and facts.open_objections == 0,
        "apply": facts.applied and facts.unexecuted == 0,
    }


def next_step(facts: CycleFacts, today: dt.date) -> str:
    """The step the clerk takes next: inspect, tally, step (a nominee waits for a recorded
    step of the procedure), propose, decide, publicize, wait-publicity, apply, resolve
    (objections left after an apply), close, or done."""
    if facts.closed:
        return "done"
    if facts.applied:
        if facts.open_objections:
            return "resolve"  # close waits for every objection
        return "apply" if facts.unexecuted else "close"  # a line cleared after the apply
    if facts.inspect_missing:
        return "inspect"
    if facts.untallied:
        return "tally"
    if facts.unscreened:
        return "step"
    if not facts.proposed:
        return "propose"
    if facts.pending:
        return "decide"
    if not facts.publicized:
        return "publicize"
    if facts.publicity_end is not None and today <= facts.publicity_end:
        return "wait-publicity"
    return "apply"
