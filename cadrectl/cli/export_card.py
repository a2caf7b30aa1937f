"""``cadrectl export card ID -o FILE [--format xlsx|docx|pdf] [--as-of D] [--mask-id]``, or
``--all`` for everyone: the 基本情况表 workbook, or the 任免审批表 as Word or PDF."""

from __future__ import annotations

from pathlib import Path
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
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="xlsx|docx|pdf", help=t("cli.opt.card-format"))
    ] = "xlsx",
) -> int:
    from cadrectl.services.export_card import export_cards

    if (cadre_id is None) != everyone:
        raise UsageError("export.card.id-or-all")
    if fmt not in ("xlsx", "docx", "pdf"):
        raise UsageError("export.card.bad-format", format=fmt)
    if fmt != "xlsx":
        return _printed_forms(ctx, output, cadre_id, fmt, as_of, mask_id)
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


def _printed_forms(
    ctx: typer.Context, output: Path, cadre_id: str | None, fmt: str, as_of: str | None,
    mask_id: bool,
) -> int:  # fmt: skip
    """The 任免审批表 as Word or PDF: one file, or (``--all``) one a person into a folder."""
    from cadrectl.services.export_forms import (
        FormFormat,
        FormOptions,
        FormSelection,
        export_forms,
    )

    options = FormOptions(as_of_date(as_of), mask_id)
    kind: FormFormat = "docx" if fmt == "docx" else "pdf"
    result = export_forms(state(ctx).paths(), output, kind, FormSelection(cadre_id), options)
    where = result.files[0] if cadre_id else result.files[0].parent
    console().print(t("export.form.written", path=str(where), count=len(result.files)),
                    markup=False)  # fmt: skip
    return 0
