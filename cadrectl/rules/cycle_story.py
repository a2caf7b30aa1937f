"""A person's story in one year's cycle, from its files: nominated, the votes, the line of the
adjustment and its decision, the 公示 and its objections, the apply. Pure: plain models in,
events (a date, a catalog key and its parameters) out, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cadrectl.model.cycle import CycleState, Meeting, Nomination, Proposal


@dataclass(frozen=True)
class StoryEvent:
    date: str  # ISO, as precise as the record (2026-09 or 2026-09-20)
    kind: str  # nominated, withdrawn, votes, line, publicity, objection, applied
    key: str  # the catalog key of its text: history.cycle.<kind>
    params: dict[str, str] = field(default_factory=dict)

    def as_data(self) -> dict[str, Any]:
        return {"date": self.date, "kind": self.kind, "text": story_text(self), **self.params}


def cycle_story(
    cadre_id: str,
    state: CycleState,
    nominations: Sequence[Nomination],
    meetings: Sequence[Meeting],
    proposal: Proposal | None,
) -> list[StoryEvent]:
    """What the year's cycle did with ``cadre_id`` (as a reserve, or as the nominee who became
    them); [] when it never named them."""
    from cadrectl.rules.proposal import line_reason

    year = str(state.year)
    subjects = {cadre_id} | {n for n, c in state.admitted.items() if c == cadre_id}
    events: list[StoryEvent] = []
    for nomination in nominations:
        if nomination.id not in subjects:
            continue
        when = nomination.nominated.isoformat() if nomination.nominated else year
        events.append(StoryEvent(when, "nominated", "history.cycle.nominated", {
            "id": nomination.id, "by": nomination.nominated_by, "source": nomination.source,
            "target": nomination.target_rank}))  # fmt: skip
        if nomination.withdrawn:
            events.append(StoryEvent(when, "withdrawn", "history.cycle.withdrawn",
                                     {"note": nomination.withdrawn_note or ""}))  # fmt: skip
    for meeting in sorted(meetings, key=lambda m: m.date):
        for subject in subjects & set(meeting.votes):
            votes = meeting.votes[subject]
            share = f"{votes / meeting.valid:.1%}" if meeting.valid else "—"
            events.append(StoryEvent(meeting.date.isoformat(), "votes", "history.cycle.votes", {
                "meeting": meeting.name, "votes": str(votes), "valid": str(meeting.valid),
                "share": share}))  # fmt: skip
    lines = [line for line in proposal.lines if line.subject in subjects] if proposal else []
    proposed = state.proposed.isoformat() if state.proposed else year
    for line in lines:
        events.append(StoryEvent(proposed, "line", "history.cycle.line", {
            "line": str(line.line), "action": line.action, "reason": line_reason(line),
            "decision": line.decision, "note": line.note or ""}))  # fmt: skip
    numbers = {line.line for line in lines}
    publicity = state.publicity
    if publicity is not None and any(line.decision == "accept" for line in lines):
        events.append(StoryEvent(publicity.start.isoformat(), "publicity",
                                 "history.cycle.publicity", {
            "start": publicity.start.isoformat(), "end": publicity.end.isoformat()}))  # fmt: skip
    for objection in publicity.objections if publicity else []:
        if objection.line in numbers:
            events.append(StoryEvent(objection.date.isoformat(), "objection",
                                     "history.cycle.objection", {
                "text": objection.text, "finding": objection.finding or "",
                "resolution": objection.resolution or ""}))  # fmt: skip
    executed = numbers & set(state.applied_lines or [])
    if state.applied is not None and executed:
        events.append(StoryEvent(state.applied.isoformat(), "applied", "history.cycle.applied",
                                 {"lines": "、".join(map(str, sorted(executed)))}))  # fmt: skip
    return sorted(events, key=lambda event: event.date)


def story_text(event: StoryEvent) -> str:
    """The event in the display language (codes in its parameters shown as words)."""
    from cadrectl.core.messages import t

    params = dict(event.params)
    if "action" in params:
        params["action"] = t(f"cycle.action.{params['action']}")
    if "decision" in params:
        params["decision"] = t(f"cycle.decision.{params['decision']}")
    if event.kind == "objection" and not params.get("finding"):
        params["finding"] = t("history.cycle.unresolved")
    text = t(event.key, **params)
    if event.params.get("note"):
        text += t("history.cycle.note", note=event.params["note"])
    return text
