"""``cadrectl cycle status``: where the year stands, as text by phase or as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cadrectl.cli.reporters.to_text import bracketed, labelled, listed, markup_text
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.services.cycle.status import CycleStatus


def print_status(out: Console, status: CycleStatus) -> None:
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
            reasons = listed(
                (c.detail for c in placement.checks if not c.curable), sep="cli.list-sep"
            )
            verdict = t("cycle.unqualified", reasons=reasons)
        result = status.votes.get(nomination.id)
        if result is None:
            vote = t("cycle.no-votes")
        else:
            outcome = t("cycle.passed") if result.passed else t("cycle.failed")
            vote = t("cycle.votes", votes=result.votes, valid=result.valid, result=outcome)
        name = nomination.cadre.get("name", "")
        sep = t("cli.list-sep")
        line = labelled(f"{nomination.id} {name}{bracketed(nomination.target_rank)}",
                        f"{verdict}{sep}{vote}")  # fmt: skip
        steps = status.steps.get(nomination.id, [])
        if [step for step, _ in steps] != ["vote"]:  # a procedure beyond the county's vote
            line += sep + listed(
                f"{t(f'cycle.step.{step}')} {t(_STEP_STATES[passed])}" for step, passed in steps
            )
        lines.append(line)
    if status.untallied:
        lines.append(t("cycle.untallied", subjects="、".join(status.untallied)))
    if status.unscreened:
        waiting = "、".join(n + bracketed(t(f"cycle.step.{step}")) for n, step in status.unscreened)
        lines.append(t("cycle.unscreened", subjects=waiting))
    return lines


_STEP_STATES = {True: "cycle.step-passed", False: "cycle.step-failed", None: "cycle.step-open"}


def _proposal_lines(status: CycleStatus) -> list[str]:
    from cadrectl.rules.proposal import line_reason

    if status.proposal is None:
        return [t("cycle.no-proposal")]
    return [
        f"{line.line}. "
        + labelled(f"{t(f'cycle.action.{line.action}')} {line.subject} {line.name}",
                   f"{line_reason(line)} [{t(f'cycle.decision.{line.decision}')}]")
        for line in status.proposal.lines
    ]  # fmt: skip


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
