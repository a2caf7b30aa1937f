"""``cadrectl report warnings``: what the clerk should act on soon, with the cadre and the date."""

from __future__ import annotations

import typer

from cadrectl.cli.options import (
    AsOfOption,
    FormatOption,
    SkipBrokenOption,
    as_of_date,
    output_format,
)
from cadrectl.cli.render import cell, console, print_csv, print_json, print_table
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t


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
    rows: list[dict[str, str]] = [
        {
            "id": r.cadre_id,
            "name": r.name,
            "kind": r.kind,
            "date": r.date.isoformat() if r.date else "",
            "message": r.message,
        }
        for r in report.reminders
    ]
    if fmt == "json":
        warnings = [{**row, "date": row["date"] or None} for row in rows]
        from cadrectl.model.outputs import WarningsOutput

        print_json({"as_of": report.as_of.isoformat(), "warnings": warnings}, WarningsOutput)
        return 0
    if fmt == "csv":
        print_csv(["id", "name", "kind", "date", "message"], rows)
        return 0
    from rich.table import Table

    out = console()
    out.print(f"[bold]{t('warnings.title', date=report.as_of, count=len(rows))}[/]")
    if not rows:
        out.print(t("warnings.none"))
        return 0
    table = Table(
        t("warnings.col.date"), t("list.col.id"), t("list.col.name"), t("warnings.col.kind"),
        t("warnings.col.message"), box=None, header_style="bold",
    )  # fmt: skip
    for row in rows:
        table.add_row(row["date"] or "—", cell(row["id"]), cell(row["name"]),
                      t(f"warnings.kind.{row['kind']}"), cell(row["message"]))  # fmt: skip
    print_table(out, table)
    return 0
