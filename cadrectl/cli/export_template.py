"""``cadrectl export template KIND -o FILE [--rows N]``: KIND roster, assessments, trainings or
nominations."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli.options import OutputOption
from cadrectl.cli.reporters.to_text import console
from cadrectl.cli.state import state
from cadrectl.core.messages import t

KindArgument = Annotated[
    str,
    typer.Argument(metavar="KIND", help=t("cli.arg.template-kind")),
]
RowsOption = Annotated[int, typer.Option("--rows", metavar="N", help=t("cli.opt.template-rows"))]


def export_template_command(
    ctx: typer.Context,
    kind: KindArgument,
    output: OutputOption,
    rows: RowsOption = 200,
) -> int:
    from cadrectl.services.export_template import export_template

    result = export_template(state(ctx).paths(), kind, output, rows=rows)
    shown = t(f"template.kind.{kind}")
    console().print(
        t("template.written", kind=shown, path=str(result.path), rows=result.rows), markup=False
    )
    return 0
