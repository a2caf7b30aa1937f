"""``cadrectl export adjustment -o FILE [--year Y]``: the 调整名单 workbook of the cycle."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli.options import AsOfOption, OutputOption, as_of_date
from cadrectl.cli.render import console
from cadrectl.cli.state import state
from cadrectl.core.messages import t


def export_adjustment_command(
    ctx: typer.Context,
    output: OutputOption,
    year: Annotated[int | None, typer.Option("--year", help=t("cli.opt.cycle-year"))] = None,
    as_of: AsOfOption = None,
) -> int:
    from cadrectl.exports.adjustment import write_adjustment
    from cadrectl.exports.workbook import export_time
    from cadrectl.services.cycle.adjustment import adjustment_view
    from cadrectl.services.exports import check_output

    check_output(output)
    paths = state(ctx).paths()
    view = adjustment_view(paths, year, as_of_date(as_of))
    rows = write_adjustment(output, view, export_time(paths.root))
    console().print(t("export.written", path=str(output), rows=rows), markup=False)
    return 0
