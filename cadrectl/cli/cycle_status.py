"""``cadrectl cycle status``: where the year stands, as text by phase or as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cadrectl.cli.render import console, markup_text
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.services.cycle.status import CycleStatus


def status_dict(status: CycleStatus) -> dict[str, Any]:
    proposal = status.proposal
    publicity = status.publicity
    return {
        "year": status.year,
        "major": status.major,
        "status": status.status,
        "next_step": status.next_step,
        "done": status.marks,
        "inspect": {
            "missing": [
                {
                    "id": m.cadre_id,
                    "name": m.name,
                    "assessment": m.assessment,
                    "inspection": m.inspection,
                }
                for m in status.inspect_missing
            ],
            "waived": [{"id": cadre, "reason": reason} for cadre, reason in status.waived],
        },
        "nominations": [
            {
                "id": n.id,
                "name": n.cadre.get("name"),
                "target_rank": n.target_rank,
                "qualified": p.tier is not None,
                "tier": p.tier,
                "reasons": [c.detail for c in p.checks if not c.curable],
                "votes": _votes(status, n.id),
                "steps": [{"step": step, "passed": passed} for step, passed in status.steps[n.id]],
            }
            for n, p in status.nominations
        ],
        "untallied": status.untallied,
        "unscreened": [{"id": n, "step": step} for n, step in status.unscreened],
        "proposal": None
        if proposal is None
        else [line.model_dump(mode="json") for line in proposal.lines],
        "pending": status.pending,
        "publicity": None
        if publicity is None
        else {
            "start": publicity.start.isoformat(),
            "end": publicity.end.isoformat(),
            "days": publicity.days,
            "open_objections": status.open_objections,
        },
        "applied": status.applied.isoformat() if status.applied else None,
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


def print_status(status: CycleStatus) -> None:
    out = console()
    kind = t("cycle.major") if status.major else t("cycle.rolling")
    state_text = t(f"cycle.state.{status.status}")
    out.print(f"[bold]{t('cycle.status-title', year=status.year, kind=kind, status=state_text)}[/]")
    publicity = status.publicity
    applied = [t("cycle.applied-on", date=status.applied)] if status.applied else []
    phases = [
        ("inspect", _inspect_lines(status)),
        ("recommend", _recommend_lines(status)),
        ("adjust", _proposal_lines(status)),
        ("publicize", _publicity_lines(status) if publicity is not None else []),
        ("apply", applied),
    ]
    for name, lines in phases:
        mark = "[green]✓[/]" if status.marks.get(name) else "[yellow]…[/]"
        out.print(f"{mark} [bold]{t(f'cycle.phase.{name}')}[/]")
        for line in lines:
            out.print(f"    {markup_text(line)}")
    out.print(f"\n[bold]{t('cycle.next')}[/] {t(f'cycle.next.{status.next_step}')}")


def _missing_text(status: CycleStatus, assessment: bool, inspection: bool) -> str:
    need = [t("cycle.need-assessment", year=status.year)] if assessment else []
    return "、".join(need + ([t("cycle.need-inspection")] if inspection else []))


def _inspect_lines(status: CycleStatus) -> list[str]:
    lines = [
        t("cycle.missing-line", id=m.cadre_id, name=m.name,
          what=_missing_text(status, m.assessment, m.inspection))
        for m in status.inspect_missing
    ]  # fmt: skip
    return lines + [t("cycle.waived-line", id=c, reason=r) for c, r in status.waived]


def _recommend_lines(status: CycleStatus) -> list[str]:
    lines = []
    for nomination, placement in status.nominations:
        if placement.tier is not None:
            verdict = t("cycle.qualified", tier=placement.tier_label)
        else:
            reasons = "；".join(c.detail for c in placement.checks if not c.curable)
            verdict = t("cycle.unqualified", reasons=reasons)
        result = status.votes.get(nomination.id)
        if result is None:
            vote = t("cycle.no-votes")
        else:
            outcome = t("cycle.passed") if result.passed else t("cycle.failed")
            vote = t("cycle.votes", votes=result.votes, valid=result.valid, result=outcome)
        name = nomination.cadre.get("name", "")
        line = f"{nomination.id} {name}（{nomination.target_rank}）：{verdict}；{vote}"
        steps = status.steps.get(nomination.id, [])
        if [step for step, _ in steps] != ["vote"]:  # a procedure beyond the county's vote
            line += "；" + "、".join(
                f"{t(f'cycle.step.{step}')} {t(_STEP_STATES[passed])}" for step, passed in steps
            )
        lines.append(line)
    if status.untallied:
        lines.append(t("cycle.untallied", subjects="、".join(status.untallied)))
    if status.unscreened:
        waiting = "、".join(f"{n}（{t(f'cycle.step.{step}')}）" for n, step in status.unscreened)
        lines.append(t("cycle.unscreened", subjects=waiting))
    return lines


_STEP_STATES = {True: "cycle.step-passed", False: "cycle.step-failed", None: "cycle.step-open"}


def _proposal_lines(status: CycleStatus) -> list[str]:
    from cadrectl.rules.proposal import line_reason

    if status.proposal is None:
        return [t("cycle.no-proposal")]
    return [
        f"{line.line}. {t(f'cycle.action.{line.action}')} {line.subject} {line.name}："
        f"{line_reason(line)} [{t(f'cycle.decision.{line.decision}')}]"
        for line in status.proposal.lines
    ]


def _publicity_lines(status: CycleStatus) -> list[str]:
    publicity = status.publicity
    if publicity is None:
        return []
    lines = [
        t("cycle.publicity-line", start=publicity.start, end=publicity.end, days=publicity.days)
    ]
    for objection in publicity.objections:
        if objection.resolved:
            state_text = t("cycle.objection-resolved", date=objection.resolved)
        else:
            state_text = t("cycle.objection-open")
        lines.append(t("cycle.objection-line", line=objection.line, text=objection.text,
                       state=state_text))  # fmt: skip
    return lines
