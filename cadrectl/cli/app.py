"""The root command: global options, the command groups, and the one error handler."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from typer._click.exceptions import UsageError
from typer.exceptions import TyperException

from cadrectl import __version__
from cadrectl.cli import typerwords
from cadrectl.cli.commands import COMMANDS
from cadrectl.cli.lazy import LazyGroup
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


class CommandTree(LazyGroup):
    """The root group: the commands of :mod:`cadrectl.cli.commands`, each imported when run."""

    entries = COMMANDS


app = typer.Typer(
    name="cadrectl",
    cls=CommandTree,
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


def run(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code (0 ok, 1 refused, 2 usage, 3 bug, 130)."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        result = app(args=args, prog_name="cadrectl", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except UsageError as exc:  # bad option, missing argument (exit 2)
        typerwords.show_usage_error(exc)
        return int(exc.exit_code)
    except TyperException as exc:
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
