"""``cadrectl export lrmx|lrm ID -o FILE`` or ``--all -o DIR``: 干部任免审批表 exchange files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.options import AsOfOption, MaskIdOption, OutputOption, as_of_date
from cadrectl.cli.reporters.to_text import console, listed, shown
from cadrectl.cli.state import state
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.services.export_forms import FormFormat

CadreArgument = Annotated[
    str | None,
    typer.Argument(metavar="ID", help=t("cli.arg.card-id"), show_default=False,
                   autocompletion=complete.cadre_ids),
]  # fmt: skip


def _text_option(name: str, key: str) -> object:
    return typer.Option(name, metavar="TEXT", help=t(key))


def form_export_command(fmt: FormFormat) -> Callable[..., int]:
    """``export lrmx`` and ``export lrm``: the same options, another file format."""

    def export_command(
        ctx: typer.Context,
        output: OutputOption,
        cadre_id: CadreArgument = None,
        everyone: Annotated[bool, typer.Option("--all", help=t("cli.opt.form-all"))] = False,
        status: Annotated[
            str | None, typer.Option("--status", metavar="STATUS,…", help=t("cli.opt.form-status"))
        ] = None,
        target_rank: Annotated[
            str | None, typer.Option("--target-rank", metavar="RANK", help=t("cli.opt.form-rank"))
        ] = None,
        as_of: AsOfOption = None,
        mask_id: MaskIdOption = False,
        name_pattern: Annotated[
            str | None,
            typer.Option("--name-pattern", metavar="PATTERN", help=t("cli.opt.form-name-pattern")),
        ] = None,
        fields_file: Annotated[
            Path | None, typer.Option("--fields", metavar="FILE", help=t("cli.opt.form-fields"))
        ] = None,
        proposed_post: Annotated[
            str | None, _text_option("--proposed-post", "cli.opt.form-proposed-post")
        ] = None,
        proposed_removal: Annotated[
            str | None, _text_option("--proposed-removal", "cli.opt.form-proposed-removal")
        ] = None,
        reason: Annotated[str | None, _text_option("--reason", "cli.opt.form-reason")] = None,
        reporting_unit: Annotated[
            str | None, _text_option("--reporting-unit", "cli.opt.form-reporting-unit")
        ] = None,
        filled_by: Annotated[
            str | None, _text_option("--filled-by", "cli.opt.form-filled-by")
        ] = None,
    ) -> int:
        from cadrectl.services.export_forms import (
            DEFAULT_PATTERN,
            FormOptions,
            FormSelection,
            export_forms,
        )

        if (cadre_id is None) != everyone:
            raise UsageError("export.card.id-or-all")
        given = {
            "proposed_post": proposed_post,
            "proposed_removal": proposed_removal,
            "reason": reason,
            "reporting_unit": reporting_unit,
            "filled_by": filled_by,
        }
        selection = FormSelection(cadre_id)
        if everyone:
            statuses = tuple(s.strip() for s in status.split(",") if s.strip()) if status else None
            selection = FormSelection(None, statuses or selection.statuses, target_rank)
        options = FormOptions(
            as_of_date(as_of), mask_id, name_pattern or DEFAULT_PATTERN, fields_file,
            {key: value for key, value in given.items() if value},
        )  # fmt: skip
        result = export_forms(state(ctx).paths(), output, fmt, selection, options)
        out = console()
        if result.without_photo:
            out.print(shown(t("export.form.no-photo", count=len(result.without_photo),
                              ids=listed(result.without_photo[:10]))), markup=False)  # fmt: skip
        where = str(result.files[0] if cadre_id else result.files[0].parent)
        out.print(shown(t("export.form.written", path=where, count=len(result.files))),
                  markup=False)  # fmt: skip
        return 0

    return export_command
