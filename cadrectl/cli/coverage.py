"""``cadrectl report coverage``: reserves per key post (一职双备), the structure targets, and the
reserves per unit and per seat of a unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import typer

from cadrectl.cli.options import (
    AsOfOption,
    FormatOption,
    SkipBrokenOption,
    as_of_date,
    output_format,
)
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import cell, listed, markup_text, print_table
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t
from cadrectl.exports.structure import dimension_label, value_label

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.rules.coverage import RatioCheck, UnitCount
    from cadrectl.services.coverage import CoverageReport


def coverage_command(
    ctx: typer.Context,
    as_of: AsOfOption = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.coverage import coverage_report

    fmt = output_format(fmt)
    report = coverage_report(state(ctx).paths(), as_of_date(as_of), skip_broken=skip_broken)
    warn_skipped(report.skipped)
    emit(report, fmt, lambda out: _text(out, report))
    return 0


def _text(out: Console, report: CoverageReport) -> None:
    from rich.table import Table

    per_seat = f"{report.reserves_per_seat:g}"
    out.print(f"[bold]{t('coverage.title', date=report.as_of, per_seat=per_seat)}[/]")
    table = Table(
        t("coverage.col.unit"), t("coverage.col.post"), t("coverage.col.seats"),
        t("coverage.col.reserves"), t("coverage.col.ready"), t("coverage.col.status"),
        t("coverage.col.names"), box=None, header_style="bold",
    )  # fmt: skip
    for post in report.posts:
        missing = post.needed - len(post.reserves)
        status = (
            f"[green]{t('coverage.met')}[/]"
            if post.covered
            else f"[red]{t('coverage.short', missing=missing)}[/]"
        )
        ready = f"[red]{post.ready}[/]" if post.ready == 0 else str(post.ready)
        names = listed(f"{c.name}{'*' if c.tier == 1 else ''}" for c in post.reserves)
        table.add_row(cell(post.unit_name), cell(post.title), str(post.seats),
                      str(len(post.reserves)), ready, status, cell(names))  # fmt: skip
    print_table(out, table)
    covered = len(report.posts) - len(report.uncovered)
    out.print(
        t("coverage.summary", posts=len(report.posts), covered=covered,
          uncovered=len(report.uncovered), unready=len(report.without_ready))
    )  # fmt: skip
    out.print(f"\n[bold]{t('coverage.targets')}[/]")
    if not report.targets:
        out.print(t("coverage.no-targets"))
    for target in report.targets:
        goals = []
        if target.min_percent is not None:
            goals.append(t("coverage.goal-min", min=f"{target.min_percent:g}"))
        if target.max_percent is not None:
            goals.append(t("coverage.goal-max", max=f"{target.max_percent:g}"))
        mark = "[green]✓[/]" if target.ok else "[red]✗[/]"
        dimension = dimension_label(target.dimension)
        value = value_label(target.dimension, target.value)
        line = t("coverage.target-line", dimension=dimension, value=value,
                 actual=f"{target.actual:.2f}", goal="，".join(goals))  # fmt: skip
        out.print(f"{mark} {markup_text(line)}")
    _units_text(out, report.units)
    _ratios_text(out, report.ratios)


def _units_text(out: Console, counts: Sequence[UnitCount]) -> None:
    """One ✓/✗ line a unit ruled by coverage.units, and a summary; nothing without rules."""
    if not counts:
        return
    out.print(f"\n[bold]{t('coverage.units')}[/]")
    for count in counts:
        if count.unit_name is None:
            line = t("coverage.unit-missing", unit=count.unit_id, section="units")
        else:
            line = t("coverage.unit-line", unit=count.unit_name, kind=count.kind,
                     reserves=count.reserves, goal=_bounds(count))  # fmt: skip
        out.print(f"{_mark(count.ok)} {markup_text(line)}")
    _summary(out, [count.ok for count in counts])


def _ratios_text(out: Console, ratios: Sequence[RatioCheck]) -> None:
    """One ✓/✗ line a unit ruled by coverage.ratios, and a summary; nothing without rules."""
    if not ratios:
        return
    out.print(f"\n[bold]{t('coverage.ratios')}[/]")
    for ratio in ratios:
        if ratio.unit_name is None:
            line = t("coverage.unit-missing", unit=ratio.unit_id, section="ratios")
        else:
            line = t("coverage.ratio-line", unit=ratio.unit_name, kind=ratio.kind,
                     seats=ratio.seats, reserves=ratio.reserves, required=ratio.required,
                     ratio=f"{ratio.ratio_posts}:{ratio.ratio_reserves}")  # fmt: skip
        out.print(f"{_mark(ratio.ok)} {markup_text(line)}")
    _summary(out, [ratio.ok for ratio in ratios])


def _bounds(count: UnitCount) -> str:
    if count.min is not None and count.max is not None:
        return t("coverage.unit-range", min=count.min, max=count.max)
    if count.min is not None:
        return t("coverage.unit-min", min=count.min)
    return t("coverage.unit-max", max=count.max)


def _mark(ok: bool) -> str:
    return "[green]✓[/]" if ok else "[red]✗[/]"


def _summary(out: Console, results: Sequence[bool]) -> None:
    met = sum(results)
    out.print(t("coverage.units-summary", units=len(results), met=met, unmet=len(results) - met))
