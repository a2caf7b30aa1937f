"""``cadrectl import lrmx FILE…|DIR``: 干部任免审批表 files (.lrmx, .lrm with its .pic) into the
registry, each shown as new, changed or unchanged; written in one commit, or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli.options import TextJsonOption, as_of_date, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import bracketed, shown
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.services.import_forms import FormImportResult


def import_lrmx_command(
    ctx: typer.Context,
    sources: Annotated[
        list[Path], typer.Argument(metavar="FILE…|DIR", help=t("cli.arg.import-forms"))
    ],
    entered: Annotated[
        str | None, typer.Option("--entered", metavar="DATE", help=t("cli.opt.import-entered"))
    ] = None,
    defaults: Annotated[
        list[str] | None,
        typer.Option("--default", metavar="FIELD=VALUE", help=t("cli.opt.import-default")),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("cli.opt.import-dry-run"))] = False,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.cli.imports import month_option
    from cadrectl.services.import_forms import FormOptions, import_forms
    from cadrectl.services.import_roster import typed_defaults

    fmt = output_format(fmt, ("text", "json"))
    options = FormOptions(typed_defaults(defaults or []), month_option(entered), dry_run)
    result = import_forms(state(ctx).paths(), sources, options, today=as_of_date(None))
    emit(result, fmt, lambda out: print_forms(out, result))
    return 0 if result.ok else 1


def print_forms(out: Console, result: FormImportResult) -> None:
    """The summary, each person new or changed, the problems by file and element, the end."""
    from cadrectl.cli.imports import print_ending

    out.print(shown(t("import.form.summary", count=len(result.files), new=result.count("new"),
                      changed=result.count("changed"),
                      unchanged=result.count("unchanged"))), markup=False)  # fmt: skip
    for person in result.people:
        if person.status == "unchanged":
            continue
        line = f"  {t(f'import.status.{person.status}')} {person.id} {person.name}"
        out.print(shown(line + bracketed(person.file)), markup=False)
        for change in person.changes:
            out.print(shown(f"      {change}"), markup=False)
    for found in result.problems:
        where = found.file + (f" [{found.element}]" if found.element else "")
        label = t(f"check.severity.{found.severity}")
        out.print(shown(f"{where}: {label}: {found.message}"), markup=False)
    print_ending(out, result)
