"""``cadrectl export adjustment -o FILE [--year Y]``: the 调整名单 workbook of the cycle."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli.options import AsOfOption, OutputOption, as_of_date
from cadrectl.cli.reporters.to_text import console
from cadrectl.cli.state import state
from cadrectl.core.messages import t


def export_adjustment_command(
    ctx: typer.Context,
    output: OutputOption,
    year: Annotated[int | None, typer.Option("--year", help=t("cli.opt.cycle-year"))] = None,
    as_of: AsOfOption = None,
) -> int:
    from cadrectl.services.export_adjustment import export_adjustment

    result = export_adjustment(state(ctx).paths(), output, year=year, as_of=as_of_date(as_of))
    console().print(t("export.written", path=str(result.path), rows=result.rows), markup=False)
    return 0
