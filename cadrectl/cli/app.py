"""The root command: global options, the command groups, and the one error handler."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.exceptions import TyperException

from cadrectl import __version__
from cadrectl.cli import (
    browse,
    check,
    coverage,
    cycle,
    dev,
    edit,
    export,
    export_adjustment,
    export_card,
    export_roster,
    export_structure,
    history,
    init,
    ladder,
    report,
    warnings,
)
from cadrectl.cli.render import err_console
from cadrectl.cli.state import AppState
from cadrectl.errors import CadrectlError
from cadrectl.messages import t

EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cadrectl {__version__}")
        raise typer.Exit(0)


app = typer.Typer(
    name="cadrectl",
    help=t("cli.help"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def root(
    ctx: typer.Context,
    registry: Annotated[
        Path | None,
        typer.Option("--registry", "-R", help=t("cli.opt.registry"), show_default=False),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help=t("cli.opt.debug"))] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("cli.opt.version")),
    ] = False,
) -> None:
    ctx.obj = AppState(registry=registry, debug=debug)


app.command("init", help=t("cli.cmd.init"))(init.init)
app.command("check", help=t("cli.cmd.check"))(check.check)
app.command("list", help=t("cli.cmd.list"))(browse.list_cadres)
app.command("show", help=t("cli.cmd.show"))(browse.show)
app.command("add", help=t("cli.cmd.add"))(edit.add_command)
app.command("set", help=t("cli.cmd.set"))(edit.set_command)
app.command("edit", help=t("cli.cmd.edit"))(edit.edit_command)
app.command("record", help=t("cli.cmd.record"))(edit.record_command)
app.command("exit", help=t("cli.cmd.exit"))(edit.exit_command)
app.command("use", help=t("cli.cmd.use"))(edit.use_command)
app.command("ladder", help=t("cli.cmd.ladder"))(ladder.ladder_command)
app.command("history", help=t("cli.cmd.history"))(history.history_command)
app.command("diff", help=t("cli.cmd.diff"))(history.diff_command)
report.app.command("coverage", help=t("cli.cmd.report-coverage"))(coverage.coverage_command)
report.app.command("warnings", help=t("cli.cmd.report-warnings"))(warnings.warnings_command)
app.add_typer(report.app, name="report", help=t("cli.cmd.report"))
export.app.command("roster", help=t("cli.cmd.export-roster"))(export_roster.export_roster_command)
export.app.command("structure", help=t("cli.cmd.export-structure"))(
    export_structure.export_structure_command
)
export.app.command("card", help=t("cli.cmd.export-card"))(export_card.export_card_command)
export.app.command("adjustment", help=t("cli.cmd.export-adjustment"))(
    export_adjustment.export_adjustment_command
)
app.add_typer(export.app, name="export", help=t("cli.cmd.export"))
app.add_typer(cycle.app, name="cycle", help=t("cli.cmd.cycle"))
app.add_typer(dev.app, name="dev", help=t("cli.cmd.dev"), hidden=True)


def run(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code (0 ok, 1 refused, 2 usage, 3 bug, 130)."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        result = app(args=args, prog_name="cadrectl", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except TyperException as exc:  # usage errors: bad option, missing argument (exit 2)
        exc.show()  # type: ignore[attr-defined]
        return int(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err_console().print(t("cli.error.interrupted"))
        return EXIT_INTERRUPTED
    except CadrectlError as exc:
        err_console().print(exc.render(), markup=False)
        return exc.exit_code
    except Exception as exc:
        if debug:
            raise
        err_console().print(t("cli.error.internal", error=type(exc).__name__), markup=False)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def main() -> None:
    sys.exit(run())
