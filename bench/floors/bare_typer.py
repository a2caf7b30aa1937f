"""The start-up floor: a bare Typer app with as many top-level commands as cadrectl.

    BENCH_TYPER_COMMANDS=15 python bench/floors/bare_typer.py --help

It imports nothing but Typer (which brings rich for its help screen), has one global option like
cadrectl's ``-R``, and gives every command a help line, so ``--help`` does the same work as
cadrectl's without any of cadrectl's own modules.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_COMMANDS = 15  # cadrectl's visible top-level commands when this was written

app = typer.Typer(
    name="bare",
    help="A bare Typer app: the floor for `cadrectl --help`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root(
    registry: Annotated[
        Path | None, typer.Option("--registry", "-R", help="registry folder")
    ] = None,
) -> None:
    """Global options, as cadrectl's root callback has."""


def _command(number: int) -> Callable[[str], None]:
    def command(name: Annotated[str, typer.Argument(help="a value")] = "") -> None:
        typer.echo(f"command {number}: {name}")

    return command


def build(count: int) -> typer.Typer:
    """Register ``count`` commands, each with a help line and one argument."""
    for number in range(1, count + 1):
        app.command(f"command-{number}", help=f"Command number {number}.")(_command(number))
    return app


if __name__ == "__main__":
    build(int(os.environ.get("BENCH_TYPER_COMMANDS", DEFAULT_COMMANDS)))()
