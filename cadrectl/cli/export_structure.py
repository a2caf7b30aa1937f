"""``cadrectl export structure -o FILE [--as-of D] [--group-by FIELD] [--age-under 30,35,40]``."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli.options import AsOfOption, OutputOption, SkipBrokenOption, as_of_date
from cadrectl.cli.report import age_limits
from cadrectl.cli.reporters.to_text import console
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t

GroupByOption = Annotated[
    str | None, typer.Option("--group-by", metavar="FIELD", help=t("cli.opt.group-by"))
]
AgeUnderOption = Annotated[
    str | None, typer.Option("--age-under", metavar="N,N…", help=t("cli.opt.age-under"))
]


def export_structure_command(
    ctx: typer.Context,
    output: OutputOption,
    as_of: AsOfOption = None,
    group_by: GroupByOption = None,
    age_under: AgeUnderOption = None,
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.export_structure import export_structure

    result = export_structure(
        state(ctx).paths(),
        output,
        as_of=as_of_date(as_of),
        group_by=group_by,
        age_under=age_limits(age_under),
        skip_broken=skip_broken,
    )
    report = result.report
    warn_skipped(report.skipped)
    written = t(
        "export.structure.written",
        path=str(result.path),
        sheets=result.sheets,
        total=report.overall.total,
    )
    console().print(written, markup=False)
    return 0
