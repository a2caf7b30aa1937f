"""``cadrectl cycle open|status|inspect|nominate|tally|propose|publicize|apply|close``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.edit import report
from cadrectl.cli.lazy import ClerkGroup, command
from cadrectl.cli.options import TextJsonOption, as_of_date, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import console, shown
from cadrectl.cli.state import state
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.services.cycle.status import InspectProgress

app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)

YearOption = Annotated[
    int | None,
    typer.Option("--year", help=t("cli.opt.cycle-year"), autocompletion=complete.cycle_years),
]
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
    ctx: typer.Context,
    year: YearOption = None,
    date: DateOption = None,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.cli.cycle_status import print_status
    from cadrectl.services.cycle.status import cycle_status

    fmt = output_format(fmt, ("text", "json"))
    status = cycle_status(state(ctx).paths(), year, _day(date))
    emit(status, fmt, lambda out: print_status(out, status))
    return 0


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
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.cli.reporters.to_text import err_console
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
        # the file as written (a bare name went into exports/): the path to pass to --from-file
        line = t("cycle.template-written", path=written.path, year=written.year,
                 rows=written.rows)  # fmt: skip
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
    fmt = output_format(fmt, ("text", "json"))
    progress = cycle_status(paths, year, _day(date)).inspect
    emit(progress, fmt, lambda out: _inspect_text(out, progress))
    return 0


def _inspect_text(out: Console, progress: InspectProgress) -> None:
    if not progress.missing:
        out.print(t("cycle.inspect-complete", year=progress.year))
    for m in progress.missing:
        need = [t("cycle.need-assessment", year=progress.year)] if m.assessment else []
        need += [t("cycle.need-inspection")] if m.inspection else []
        line = t("cycle.missing-line", id=m.cadre_id, name=m.name, what="、".join(need))
        out.print(shown(line), markup=False)


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
