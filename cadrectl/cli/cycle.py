"""``cadrectl cycle open|status|inspect|nominate|tally|propose|publicize|apply|close``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cadrectl.cli.edit import report
from cadrectl.cli.lazy import ClerkGroup, command
from cadrectl.cli.options import FormatOption, as_of_date, output_format
from cadrectl.cli.render import console, markup_text, print_json, shown
from cadrectl.cli.state import state
from cadrectl.errors import UsageError
from cadrectl.messages import t

if TYPE_CHECKING:
    from cadrectl.services.cycle.status import CycleStatus


app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)

YearOption = Annotated[int | None, typer.Option("--year", help=t("cli.opt.cycle-year"))]
DateOption = Annotated[str | None, typer.Option("--date", help=t("cli.opt.date"))]
Pairs = Annotated[list[str] | None, typer.Argument(metavar="FIELD=VALUE…")]


def _day(value: str | None) -> dt.date:
    return as_of_date(value)


@command(app, "open", "cli.cmd.cycle-open")
def open_command(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(metavar="YEAR")],
    major: Annotated[bool, typer.Option("--major", help=t("cli.opt.major"))] = False,
    date: DateOption = None,
) -> int:
    from cadrectl.services.cycle.status import open_cycle

    return report(open_cycle(state(ctx).paths(), year, major=major, today=_day(date)))


@command(app, "status", "cli.cmd.cycle-status")
def status_command(
    ctx: typer.Context, year: YearOption = None, date: DateOption = None, fmt: FormatOption = "text"
) -> int:
    from cadrectl.services.cycle.status import cycle_status

    fmt = output_format(fmt, ("text", "json"))
    status = cycle_status(state(ctx).paths(), year, _day(date))
    if fmt == "json":
        print_json(status_dict(status))
    else:
        _print_status(status)
    return 0


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


def _print_status(status: CycleStatus) -> None:
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


@command(app, "inspect", "cli.cmd.cycle-inspect")
def inspect_command(
    ctx: typer.Context,
    waive: Annotated[
        str | None, typer.Option("--waive", metavar="ID", help=t("cli.opt.waive"))
    ] = None,
    reason: Annotated[str | None, typer.Option("--reason", help=t("cli.opt.waive-reason"))] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from-file", help=t("cli.opt.inspect-from-file"))
    ] = None,
    template: Annotated[
        bool, typer.Option("--template", help=t("cli.opt.inspect-template"))
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help=t("cli.opt.inspect-output"))
    ] = None,
    year: YearOption = None,
    date: DateOption = None,
    fmt: FormatOption = "text",
) -> int:
    from cadrectl.cli.render import err_console
    from cadrectl.services.cycle.inspect import bulk_records, waive_inspection, write_template
    from cadrectl.services.cycle.status import cycle_status

    paths = state(ctx).paths()
    if template or output is not None:
        if not template or output is None or waive is not None or from_file is not None:
            raise UsageError("cycle.template-options")
        written = write_template(paths, output, year)
        if not written.rows:
            console().print(t("cycle.inspect-complete", year=written.year))
            return 0
        if written.schema is None and output.suffix.lower() != ".xlsx":
            err_console().print(t("cycle.template-no-schema"), markup=False)
        line = t("cycle.template-written", path=output, year=written.year, rows=written.rows)
        console().print(shown(line), markup=False)
        return 0
    if waive is not None:
        if not reason:
            raise UsageError("cycle.waive-needs-reason")
        return report(waive_inspection(paths, waive, reason, year))
    if from_file is not None:
        entered = bulk_records(paths, from_file, year)
        code = report(entered.change)
        if entered.entered_before:
            console().print(t("cycle.bulk-entered-before", count=entered.entered_before))
        if entered.skipped:
            console().print(t("cycle.bulk-skipped", count=entered.skipped), markup=False)
        return code
    status = cycle_status(paths, year, _day(date))
    if output_format(fmt, ("text", "json")) == "json":
        print_json(status_dict(status)["inspect"])
        return 0
    out = console()
    if not status.inspect_missing:
        out.print(t("cycle.inspect-complete", year=status.year))
    for m in status.inspect_missing:
        need = [t("cycle.need-assessment", year=status.year)] if m.assessment else []
        need += [t("cycle.need-inspection")] if m.inspection else []
        line = t("cycle.missing-line", id=m.cadre_id, name=m.name, what="、".join(need))
        out.print(shown(line), markup=False)
    return 0


@command(app, "nominate", "cli.cmd.cycle-nominate")
def nominate_command(
    ctx: typer.Context,
    assignments: Pairs = None,
    source: Annotated[
        str, typer.Option("--source", help=t("cli.opt.nominate-source"))
    ] = "组织推荐",
    by: Annotated[str, typer.Option("--by", help=t("cli.opt.nominate-by"))] = "",
    target_rank: Annotated[str, typer.Option("--target-rank", help=t("cli.opt.target-rank"))] = "",
    direction: Annotated[str, typer.Option("--direction", help=t("cli.opt.direction"))] = "",
    withdraw: Annotated[
        str | None, typer.Option("--withdraw", metavar="N", help=t("cli.opt.withdraw"))
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help=t("cli.opt.note"))] = None,
    year: YearOption = None,
    date: DateOption = None,
) -> int:
    from cadrectl.services.add import build_data
    from cadrectl.services.cycle.nominate import nominate, withdraw_nomination
    from cadrectl.services.values import split_assignment

    if withdraw is not None:
        if not note:
            raise UsageError("cycle.withdraw-needs-note")
        return report(withdraw_nomination(state(ctx).paths(), withdraw, note, year))
    if not (by and target_rank and direction):
        raise UsageError("cycle.nominate-needs", fields="--by --target-rank --direction")
    today = _day(date)
    data = build_data([split_assignment(text) for text in assignments or []], None, today)
    _, result = nominate(
        state(ctx).paths(),
        data,
        source=source,
        by=by,
        target_rank=target_rank,
        direction=direction,
        year=year,
        today=today,
    )
    return report(result)


@command(app, "tally", "cli.cmd.cycle-tally")
def tally_command(
    ctx: typer.Context,
    votes: Annotated[list[str], typer.Argument(metavar="ID=VOTES…")],
    meeting: Annotated[str, typer.Option("--meeting", help=t("cli.opt.meeting"))],
    places: Annotated[int, typer.Option("--places", help=t("cli.opt.places"))],
    issued: Annotated[int, typer.Option("--issued", help=t("cli.opt.issued"))],
    returned: Annotated[int, typer.Option("--returned", help=t("cli.opt.returned"))],
    valid: Annotated[int, typer.Option("--valid", help=t("cli.opt.valid"))],
    replace: Annotated[bool, typer.Option("--replace", help=t("cli.opt.tally-replace"))] = False,
    stage: Annotated[
        str, typer.Option("--stage", metavar="vote|unit-vote", help=t("cli.opt.tally-stage"))
    ] = "vote",
    date: DateOption = None,
    year: YearOption = None,
) -> int:
    from cadrectl.services.cycle.tally import tally

    if stage not in ("vote", "unit-vote"):
        raise UsageError("cycle.bad-stage", stage=stage)

    counts: dict[str, int] = {}
    for text in votes:
        subject, sep, number = text.partition("=")
        if not sep or not (number.strip().isascii() and number.strip().isdigit()):
            raise UsageError("cycle.bad-vote", text=text)
        counts[subject.strip()] = int(number)
    data = {
        "name": meeting,
        "date": _day(date).isoformat(),
        "places": places,
        "issued": issued,
        "returned": returned,
        "valid": valid,
        "votes": counts,
        "stage": stage,
    }
    result = tally(state(ctx).paths(), data, year, replace=replace)
    if len(counts) > places:
        console().print(t("tally.competitive", candidates=len(counts), places=places), markup=False)
    return report(result)


@command(app, "step", "cli.cmd.cycle-step")
def step_command(
    ctx: typer.Context,
    step: Annotated[str, typer.Argument(metavar="qualification|exam|committee|inspection")],
    results: Annotated[list[str], typer.Argument(metavar="N=RESULT…")],
    body: Annotated[str | None, typer.Option("--body", help=t("cli.opt.step-body"))] = None,
    note: Annotated[str | None, typer.Option("--note", help=t("cli.opt.note"))] = None,
    replace: Annotated[bool, typer.Option("--replace", help=t("cli.opt.step-replace"))] = False,
    date: DateOption = None,
    year: YearOption = None,
) -> int:
    from cadrectl.services.cycle.steps import record_step

    if step not in ("qualification", "exam", "committee", "inspection"):
        raise UsageError("cycle.bad-step", step=step)
    pairs = []
    for text in results:
        subject, sep, value = text.partition("=")
        if not sep or not subject.strip() or not value.strip():
            raise UsageError("cycle.bad-step-result", text=text)
        pairs.append((subject.strip(), value.strip()))
    return report(record_step(state(ctx).paths(), step, pairs, body=body, note=note,
                              replace=replace, year=year, today=_day(date)))  # fmt: skip


@command(app, "propose", "cli.cmd.cycle-propose")
def propose_command(
    ctx: typer.Context,
    accept: Annotated[
        list[str] | None, typer.Option("--accept", metavar="LINES", help=t("cli.opt.accept"))
    ] = None,
    reject: Annotated[
        list[str] | None, typer.Option("--reject", metavar="LINES", help=t("cli.opt.reject"))
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help=t("cli.opt.note"))] = None,
    accept_rest: Annotated[
        bool, typer.Option("--accept-rest", help=t("cli.opt.accept-rest"))
    ] = False,
    year: YearOption = None,
    date: DateOption = None,
) -> int:
    from cadrectl.cli.options import line_numbers
    from cadrectl.services.cycle.propose import propose

    decisions = [(line, "accept", note) for line in line_numbers(accept)]
    decisions += [(line, "reject", note) for line in line_numbers(reject)]
    return report(propose(state(ctx).paths(), year, _day(date), decisions, accept_rest))


@command(app, "publicize", "cli.cmd.cycle-publicize")
def publicize_command(
    ctx: typer.Context,
    start: Annotated[str | None, typer.Option("--start", help=t("cli.opt.publicity-start"))] = None,
    days: Annotated[int | None, typer.Option("--days", help=t("cli.opt.publicity-days"))] = None,
    object_line: Annotated[
        int | None, typer.Option("--object", metavar="LINE", help=t("cli.opt.object"))
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help=t("cli.opt.object-text"))] = None,
    by: Annotated[str | None, typer.Option("--by", help=t("cli.opt.object-by"))] = None,
    resolve_line: Annotated[
        int | None, typer.Option("--resolve", metavar="LINE", help=t("cli.opt.resolve"))
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help=t("cli.opt.note"))] = None,
    finding: Annotated[
        str, typer.Option("--finding", metavar="属实|不属实", help=t("cli.opt.finding"))
    ] = "不属实",
    replace: Annotated[
        bool, typer.Option("--replace", help=t("cli.opt.publicity-replace"))
    ] = False,
    date: DateOption = None,
    year: YearOption = None,
) -> int:
    from cadrectl.services.cycle.publicize import object_to, publicize, resolve

    paths = state(ctx).paths()
    if object_line is not None:
        if not text:
            raise UsageError("cycle.object-needs-text")
        return report(object_to(paths, object_line, text, by, _day(date), year))
    if resolve_line is not None:
        if not note:
            raise UsageError("cycle.resolve-needs-note")
        if finding not in ("属实", "不属实"):
            raise UsageError("cycle.bad-finding", value=finding)
        upheld = finding == "属实"
        result = resolve(
            paths, resolve_line, note, _day(date), year, "属实" if upheld else "不属实"
        )
        return report(result)
    if start is None:
        raise UsageError("cycle.publicize-needs-start")
    if replace and not note:
        raise UsageError("cycle.redate-needs-note")
    result = publicize(paths, _day(start), days, year, today=_day(date), replace=replace, note=note)
    return report(result)


@command(app, "apply", "cli.cmd.cycle-apply")
def apply_command(ctx: typer.Context, date: DateOption = None, year: YearOption = None) -> int:
    from cadrectl.services.cycle.apply import apply_cycle

    result = apply_cycle(state(ctx).paths(), year, _day(date))
    out = console()
    if result.change is None:
        out.print(t("cycle.already-applied"))
        return 0
    if result.blocked:
        out.print(t("cycle.blocked-lines", lines="、".join(map(str, result.blocked))))
    return report(result.change)


@command(app, "file", "cli.cmd.cycle-file")
def file_command(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", help=t("cli.opt.file-to"))],
    sent: Annotated[str | None, typer.Option("--sent", help=t("cli.opt.file-sent"))] = None,
    note: Annotated[str | None, typer.Option("--note", help=t("cli.opt.note"))] = None,
    date: DateOption = None,
    year: YearOption = None,
) -> int:
    from cadrectl.services.cycle.close import file_upward

    return report(file_upward(state(ctx).paths(), to, _day(date), sent, note, year))


@command(app, "close", "cli.cmd.cycle-close")
def close_command(ctx: typer.Context, date: DateOption = None, year: YearOption = None) -> int:
    from cadrectl.services.cycle.close import close_cycle

    return report(close_cycle(state(ctx).paths(), year, _day(date)))
