"""``cadrectl report …``: reports on the pool; ``report structure`` counts it by dimension."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from cadrectl.cli.coverage import coverage_command
from cadrectl.cli.lazy import ClerkGroup, command
from cadrectl.cli.options import (
    AsOfOption,
    FormatOption,
    SkipBrokenOption,
    as_of_date,
    output_format,
)
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import cell, markup_text
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.cli.warnings import warnings_command
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t
from cadrectl.exports.structure import dimension_label, field_label, value_label

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console
    from rich.table import Table

    from cadrectl.rules.structure import Share
    from cadrectl.services.structure import Breakdown, StructureReport


app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)

BAR_WIDTH = 30  # cells for 100%
_EIGHTHS = " ▏▎▍▌▋▊▉"


@command(app, "structure", "cli.cmd.report-structure")
def structure(
    ctx: typer.Context,
    as_of: AsOfOption = None,
    group_by: Annotated[
        str | None, typer.Option("--group-by", metavar="FIELD", help=t("cli.opt.group-by"))
    ] = None,
    age_under: Annotated[
        str | None, typer.Option("--age-under", metavar="N,N…", help=t("cli.opt.age-under"))
    ] = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.structure import structure_report

    fmt = output_format(fmt)
    limits = age_limits(age_under)
    report = structure_report(
        state(ctx).paths(),
        as_of=as_of_date(as_of),
        group_by=group_by,
        age_under=limits,
        skip_broken=skip_broken,
    )
    warn_skipped(report.skipped)
    emit(report, fmt, lambda out: print_text(out, report))
    return 0


def age_limits(text: str | None) -> tuple[int, ...]:
    """``30,35,40`` → (30, 35, 40), ascending and without repeats; refuses anything else."""
    if text is None:
        return ()
    try:
        limits = {int(part) for part in text.replace("，", ",").split(",") if part.strip()}
    except ValueError:
        raise UsageError("structure.bad-age-under", value=text) from None
    if not limits or not all(1 <= limit <= 150 for limit in limits):
        raise UsageError("structure.bad-age-under", value=text)
    return tuple(sorted(limits))


def print_text(out: Console, report: StructureReport) -> None:
    """A heading, then one small table per dimension; each group the same under its heading."""
    line = with_average_age(heading(report.as_of, report.overall.total), report.overall)
    out.print(f"[bold]{escape(line)}[/]")
    print_breakdown(out, report.overall, report.labels)
    for group, breakdown in report.groups.items():
        field = field_label(report.group_by, report.labels)
        line = t("structure.group-heading", field=field, group=group, total=breakdown.total)
        line = with_average_age(line, breakdown)
        out.print()
        out.print(f"[bold reverse] {markup_text(line)} [/]")
        print_breakdown(out, breakdown, report.labels)


def heading(as_of: dt.date, total: int) -> str:
    return t("structure.heading", year=as_of.year, month=as_of.month, day=as_of.day, total=total)


def with_average_age(line: str, breakdown: Breakdown) -> str:
    """A heading with the mean 周岁 after it (``平均年龄32.7岁``); as it was for nobody."""
    if breakdown.average_age is None:
        return line
    return t("structure.with-average-age", heading=line, age=f"{breakdown.average_age:.1f}")


def print_breakdown(out: Console, breakdown: Breakdown, declared: Mapping[str, str]) -> None:
    if breakdown.total == 0:
        out.print(t("structure.empty"))
        return
    for name, shares in breakdown.dimensions.items():
        out.print()
        out.print(dimension_table(name, shares, declared))


def dimension_table(name: str, shares: list[Share], declared: Mapping[str, str]) -> Table:
    """Value, count, percent (``61.39%``) and a bar of █ proportional to the percent."""
    from rich.table import Table

    table = Table(
        title=dimension_label(name, declared),
        title_justify="left",
        title_style="bold",
        box=None,
        header_style="dim",
        padding=(0, 1),
    )
    table.add_column(t("structure.col.value"), no_wrap=True)
    table.add_column(t("structure.col.count"), justify="right")
    table.add_column(t("structure.col.percent"), justify="right")
    table.add_column("", no_wrap=True, style="cyan")
    for share in shares:
        label = value_label(name, share.value)
        table.add_row(cell(label), str(share.count), f"{share.percent:.2f}%", bar(share.percent))
    return table


def bar(percent: float) -> str:
    """A bar of █, BAR_WIDTH cells at 100%, to the nearest eighth of a cell."""
    eighths = round(max(0.0, min(percent, 100.0)) / 100 * BAR_WIDTH * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


command(app, "coverage", "cli.cmd.report-coverage")(coverage_command)
command(app, "warnings", "cli.cmd.report-warnings")(warnings_command)
