"""``cadrectl export card ID -o FILE [--as-of D] [--mask-id]``, or ``--all`` for everyone."""

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
from cadrectl.cli.reporters.to_text import console, progress_bar
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t


def export_card_command(
    ctx: typer.Context,
    output: OutputOption,
    cadre_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help=t("cli.arg.card-id"),
            show_default=False,
            autocompletion=complete.cadre_ids,
        ),
    ] = None,
    everyone: Annotated[bool, typer.Option("--all", help=t("cli.opt.card-all"))] = False,
    as_of: AsOfOption = None,
    mask_id: MaskIdOption = False,
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.export_card import export_cards

    if (cadre_id is None) != everyone:
        raise UsageError("export.card.id-or-all")
    with progress_bar("export card") as progress:
        result = export_cards(
            state(ctx).paths(),
            output,
            cadre_id=cadre_id,
            as_of=as_of_date(as_of),
            mask_id=mask_id,
            progress=progress,
            skip_broken=skip_broken,
        )
    warn_skipped(result.skipped)
    console().print(
        t("export.card.written", path=str(result.path), count=result.rows), markup=False
    )
    return 0
