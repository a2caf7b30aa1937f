"""``cadrectl import roster|assessments|trainings|nominations FILE`` and ``import lrmx``: the
sheets and forms lower units send, read, matched and checked; written in one commit, or not at
all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.import_forms import import_lrmx_command
from cadrectl.cli.lazy import ClerkGroup, command
from cadrectl.cli.options import TextJsonOption, as_of_date, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import shown
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.model.dates import PartialDate
    from cadrectl.services.import_forms import FormImportResult
    from cadrectl.services.import_records import RecordKind
    from cadrectl.services.import_roster import RosterOptions
    from cadrectl.services.import_sheet import ImportResult

app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)

FileArgument = Annotated[Path, typer.Argument(metavar="FILE", help=t("cli.arg.import-file"))]
SheetOption = Annotated[
    str | None, typer.Option("--sheet", metavar="SHEET", help=t("cli.opt.import-sheet"))
]


DryRunOption = Annotated[bool, typer.Option("--dry-run", help=t("cli.opt.import-dry-run"))]


UnitKindOption = Annotated[
    str | None, typer.Option("--unit-kind", metavar="KIND", help=t("cli.opt.import-unit-kind"))
]
EnteredOption = Annotated[
    str | None, typer.Option("--entered", metavar="DATE", help=t("cli.opt.import-entered"))
]
DefaultOption = Annotated[
    list[str] | None,
    typer.Option("--default", metavar="FIELD=VALUE", help=t("cli.opt.import-default")),
]


@command(app, "roster", "cli.cmd.import-roster")
def roster_command(
    ctx: typer.Context,
    file: FileArgument,
    sheet: SheetOption = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            metavar="NAME",
            help=t("cli.opt.import-template"),
            autocompletion=complete.template_names,
        ),
    ] = None,
    create_units: Annotated[
        bool, typer.Option("--create-units", help=t("cli.opt.create-units"))
    ] = False,
    unit_kind: UnitKindOption = None,
    entered: EnteredOption = None,
    defaults: DefaultOption = None,
    dry_run: DryRunOption = False,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.services.import_roster import import_roster

    fmt = output_format(fmt, ("text", "json"))
    options = roster_options(
        sheet=sheet, template=template, create_units=create_units, unit_kind=unit_kind,
        entered=entered, defaults=defaults, dry_run=dry_run,
    )  # fmt: skip
    result = import_roster(state(ctx).paths(), file, options, today=as_of_date(None))
    emit(result, fmt, lambda out: print_import(out, result))
    return 0 if result.ok else 1


def roster_options(*, sheet: str | None, unit_kind: str | None, entered: str | None,
                   defaults: list[str] | None, dry_run: bool, template: str | None = None,
                   create_units: bool = False) -> RosterOptions:  # fmt: skip
    """How a roster is read, from the options of ``import roster`` and ``init --from``."""
    from cadrectl.services.import_roster import RosterOptions, typed_defaults

    return RosterOptions(
        sheet=sheet, template=template, create_units=create_units, unit_kind=unit_kind,
        entered=month_option(entered), defaults=typed_defaults(defaults or []), dry_run=dry_run,
    )  # fmt: skip


def _records_command(kind: RecordKind) -> Callable[..., int]:
    """``import assessments`` and ``import trainings``: the same options, another kind."""

    def records_command(
        ctx: typer.Context,
        file: FileArgument,
        sheet: SheetOption = None,
        dry_run: DryRunOption = False,
        fmt: TextJsonOption = "text",
    ) -> int:
        from cadrectl.services.import_records import RecordOptions, import_records

        fmt = output_format(fmt, ("text", "json"))
        options = RecordOptions(sheet=sheet, dry_run=dry_run)
        result = import_records(state(ctx).paths(), file, kind, options, today=as_of_date(None))
        emit(result, fmt, lambda out: print_import(out, result))
        return 0 if result.ok else 1

    return records_command


command(app, "lrmx", "cli.cmd.import-lrmx")(import_lrmx_command)
command(app, "assessments", "cli.cmd.import-assessments")(_records_command("assessments"))
command(app, "trainings", "cli.cmd.import-trainings")(_records_command("trainings"))


@command(app, "nominations", "cli.cmd.import-nominations")
def nominations_command(
    ctx: typer.Context,
    file: FileArgument,
    sheet: SheetOption = None,
    source: Annotated[
        str | None, typer.Option("--source", metavar="SOURCE", help=t("cli.opt.import-source"))
    ] = None,
    by: Annotated[
        str | None, typer.Option("--by", metavar="WHO", help=t("cli.opt.import-by"))
    ] = None,
    year: Annotated[int | None, typer.Option("--year", help=t("cli.opt.cycle-year"))] = None,
    dry_run: DryRunOption = False,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.services.import_nominations import NominationOptions, import_nominations

    fmt = output_format(fmt, ("text", "json"))
    options = NominationOptions(sheet=sheet, source=source, by=by, year=year, dry_run=dry_run)
    result = import_nominations(state(ctx).paths(), file, options, today=as_of_date(None))
    emit(result, fmt, lambda out: print_import(out, result))
    return 0 if result.ok else 1


def month_option(value: str | None) -> PartialDate | None:
    if value is None:
        return None
    from cadrectl.core.errors import UsageError
    from cadrectl.model.dates import DateError, PartialDate

    try:
        return PartialDate.parse_typed(value)
    except DateError:
        raise UsageError("cli.error.bad-date", value=value) from None


def print_import(out: Console, result: ImportResult) -> None:
    """The summary, each person who is new or changed, the problems, and what was done."""
    out.print(shown(t("import.summary", file=result.file, sheet=result.sheet, rows=result.rows,
                      new=result.count("new"), changed=result.count("changed"),
                      unchanged=result.count("unchanged"))), markup=False)  # fmt: skip
    for person in result.people:
        if person.status == "unchanged":
            continue
        line = f"  {t(f'import.status.{person.status}')} {person.id} {person.name}"
        out.print(shown(line), markup=False)
        for change in person.changes:
            out.print(shown(f"      {change}"), markup=False)
    if result.units_created:
        out.print(shown(t("import.units-created", units="、".join(result.units_created))),
                  markup=False)  # fmt: skip
    for found in result.problems:
        where = f"{found.sheet}:{found.row}" + (f" [{found.column}]" if found.column else "")
        label = t(f"check.severity.{found.severity}")
        out.print(shown(f"{where}: {label}: {found.message}"), markup=False)
    print_ending(out, result)


def print_ending(out: Console, result: ImportResult | FormImportResult) -> None:
    """Refused (with how many errors), a dry run, committed, written, or nothing to do."""
    errors = sum(1 for found in result.problems if found.severity == "error")
    if errors:
        out.print(shown(t("import.refused", count=errors)), markup=False)
    elif result.dry_run:
        out.print(t("import.dry-run"), markup=False)
    elif result.commit:
        out.print(t("import.written", commit=result.commit[:10]), markup=False)
    elif result.written:
        out.print(t("import.written-no-git"), markup=False)
    else:
        out.print(t("import.nothing"), markup=False)
