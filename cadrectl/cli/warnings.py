"""``cadrectl report warnings``: what the clerk should act on soon, with the cadre and the date."""

from __future__ import annotations

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
from cadrectl.cli.reporters.to_text import cell, print_table
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.services.warnings import WarningsReport


def warnings_command(
    ctx: typer.Context,
    as_of: AsOfOption = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.warnings import warnings_report

    fmt = output_format(fmt)
    report = warnings_report(state(ctx).paths(), as_of_date(as_of), skip_broken=skip_broken)
    warn_skipped(report.skipped)
    emit(report, fmt, lambda out: _text(out, report))
    return 0


def _text(out: Console, report: WarningsReport) -> None:
    from rich.table import Table

    reminders = report.reminders
    out.print(f"[bold]{t('warnings.title', date=report.as_of, count=len(reminders))}[/]")
    if not reminders:
        out.print(t("warnings.none"))
        return
    table = Table(
        t("warnings.col.date"), t("list.col.id"), t("list.col.name"), t("warnings.col.kind"),
        t("warnings.col.message"), box=None, header_style="bold",
    )  # fmt: skip
    for r in reminders:
        table.add_row(r.date.isoformat() if r.date else "—", cell(r.cadre_id), cell(r.name),
                      t(f"warnings.kind.{r.kind}"), cell(r.message))  # fmt: skip
    print_table(out, table)
