"""The root command: global options, the command groups, and the one error handler."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click.exceptions import UsageError
from typer.exceptions import TyperException

from cadrectl import __version__
from cadrectl.cli import typerwords
from cadrectl.cli.commands import COMMANDS
from cadrectl.cli.lazy import LazyGroup
from cadrectl.cli.reporters.to_text import err_console
from cadrectl.cli.state import AppState
from cadrectl.cli.streams import note_unheld_characters, prepare_streams
from cadrectl.core.errors import CadrectlError
from cadrectl.core.messages import t

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
    add_completion=True,
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
    no_color: Annotated[bool, typer.Option("--no-color", help=t("cli.opt.no-color"))] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("cli.opt.version")),
    ] = False,
) -> None:
    if no_color:  # as NO_COLOR does (https://no-color.org), for every console made after
        os.environ["NO_COLOR"] = "1"
    ctx.obj = AppState(registry=registry, debug=debug)


def run(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code (0 ok, 1 refused, 2 usage, 3 bug, 130)."""
    args = sys.argv[1:] if argv is None else argv
    prepare_streams()
    try:
        return _run(args)
    finally:
        note_unheld_characters()


def _run(args: list[str]) -> int:
    debug = "--debug" in args
    _install_reporters()
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
        from cadrectl.cli.reporters.to_text import shown

        err_console().print(shown(exc.render()), markup=False)  # no raw ESC from a value
        return exc.exit_code
    except Exception as exc:
        if debug:
            _mask_arguments(exc)
            raise
        err_console().print(t("cli.error.internal", error=type(exc).__name__), markup=False)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def _mask_arguments(exc: BaseException) -> None:
    """Mask id numbers in the text arguments of ``exc`` and its causes, before the traceback.

    Why: a traceback is pasted into a bug report; the value that failed may be an id number.
    """
    from cadrectl.core.privacy import mask_in

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        with contextlib.suppress(Exception):  # an exception whose args cannot be replaced
            current.args = tuple(mask_in(arg) for arg in current.args)
        current = current.__cause__ or current.__context__


def _install_reporters() -> None:
    """Let the store and services tell the clerk what happens while they wait or recover.

    Only :mod:`cadrectl.core.hooks` is imported here: ``--help`` loads nothing of the write path.
    """
    from cadrectl.core import hooks

    def waiting(holder: dict[str, object]) -> None:
        command, pid = holder.get("command", "?"), holder.get("pid", "?")
        err_console().print(t("lock.waiting", command=command, pid=pid), markup=False)

    def recovered(found: Any) -> None:
        from cadrectl.cli.recover import report_recovery

        report_recovery(found)

    hooks.lock_wait = waiting
    hooks.recovered = recovered


def main() -> None:
    sys.exit(run())
