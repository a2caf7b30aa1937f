"""``cadrectl export roster -o FILE [--as-of D] [--filed-on D] [--template T] [--mask-id]``."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.options import (
    AsOfOption,
    MaskIdOption,
    OutputOption,
    SkipBrokenOption,
    as_of_date,
)
from cadrectl.cli.reporters.to_text import console
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t


def export_roster_command(
    ctx: typer.Context,
    output: OutputOption,
    as_of: AsOfOption = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--template", "-t", help=t("cli.opt.template"), autocompletion=complete.template_names
        ),
    ] = None,
    mask_id: MaskIdOption = False,
    filed_on: Annotated[
        str | None, typer.Option("--filed-on", metavar="DATE", help=t("cli.opt.filed-on"))
    ] = None,
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.export_roster import export_roster

    result = export_roster(
        state(ctx).paths(),
        output,
        as_of=as_of_date(as_of),
        template_name=template,
        mask_id=mask_id,
        skip_broken=skip_broken,
        filed_on=as_of_date(filed_on) if filed_on is not None else None,
    )
    warn_skipped(result.skipped)
    console().print(t("export.written", path=str(result.path), rows=result.rows), markup=False)
    return 0
