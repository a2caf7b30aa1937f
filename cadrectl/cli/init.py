"""``cadrectl init PATH [--profile P] [--example] [--from ROSTER.xlsx]``: create a registry,
empty, as the example, or from the clerk's own roster."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.imports import (
    DefaultOption,
    DryRunOption,
    EnteredOption,
    SheetOption,
    UnitKindOption,
    print_import,
    roster_options,
)
from cadrectl.cli.options import TextJsonOption, as_of_date, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import console, err_console, shown
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.services.import_roster import RosterOptions


def init(
    path: Annotated[Path, typer.Argument(metavar="PATH")],
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            metavar="county|township|enterprise|university",
            help=t("cli.opt.profile"),
            autocompletion=complete.profiles,
        ),
    ] = None,
    example: Annotated[bool, typer.Option("--example", help=t("cli.opt.example"))] = False,
    roster: Annotated[
        Path | None, typer.Option("--from", metavar="FILE", help=t("cli.opt.init-from"))
    ] = None,
    sheet: SheetOption = None,
    unit_kind: UnitKindOption = None,
    entered: EnteredOption = None,
    defaults: DefaultOption = None,
    dry_run: DryRunOption = False,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.services.init import init_registry
    from cadrectl.services.profiles import DEFAULT_PROFILE

    if example and profile not in (None, DEFAULT_PROFILE):  # the example is a county's
        raise UsageError("init.example-is-county")
    if roster is not None:
        if example:
            raise UsageError("init.example-and-from")
        options = roster_options(sheet=sheet, unit_kind=unit_kind, entered=entered,
                                 defaults=defaults, dry_run=dry_run)  # fmt: skip
        return _from_roster(path, roster, options, profile or DEFAULT_PROFILE, fmt)
    result = init_registry(
        path.resolve(),
        example=example,
        commit_message=t("init.commit"),
        profile=profile or DEFAULT_PROFILE,
    )
    if not result.git:
        err_console().print(t("init.no-git"), markup=False)
    out = console()
    out.print(t("init.done", path=str(path)), markup=False)
    if result.profile is not None:
        name = t(f"init.profile.{result.profile}")
        out.print(t("init.profile-written", profile=name), markup=False)
    if result.to_fill:
        out.print(t("init.to-fill"), markup=False)
        for item in result.to_fill:
            out.print(shown(t("init.to-fill-line", line=item.line, text=item.text)), markup=False)
        out.print(t("init.next-steps"), markup=False)
    return 0


def _from_roster(path: Path, roster: Path, options: RosterOptions, profile: str,
                 fmt: str) -> int:  # fmt: skip
    """``init --from``: the registry and its people in one step, or nothing."""
    from cadrectl.services.init import init_from_roster

    fmt = output_format(fmt, ("text", "json"))
    made, report = init_from_roster(
        path.resolve(), roster, options, commit_message=t("init.commit"), profile=profile,
        today=as_of_date(None),
    )  # fmt: skip
    emit(report, fmt, lambda out: print_import(out, report))
    if not report.ok or options.dry_run:
        err_console().print(t("init.from-not-made", path=str(path)), markup=False)
        return 0 if report.ok else 1
    if not made.git:
        err_console().print(t("init.no-git"), markup=False)
    out = err_console()  # the report went to stdout (as text or JSON); the outcome beside it
    out.print(t("init.done", path=str(path)), markup=False)
    for item in made.to_fill:
        out.print(shown(t("init.to-fill-line", line=item.line, text=item.text)), markup=False)
    return 0
