"""The root group, which imports a command's module only when that command is run.

``cadrectl --help`` lists every command from the table in :mod:`cadrectl.cli.commands` (name and
help line) without importing any of them, and ``cadrectl check`` imports and converts the one
``check`` function, not the other forty. Typer turns a function into a click command by
evaluating its annotations, which costs about a millisecond a command; doing it for all of them
on every start was most of the gap between ``cadrectl --help`` and a bare Typer app. A command
group (``cycle``, ``report``…) owns its ``typer.Typer`` in its module, as any Typer group does;
the root composes it when it is run, as ``add_typer`` would have at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any

import typer
from typer import _click
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from cadrectl.cli import typerwords
from cadrectl.core.messages import t


@dataclass(frozen=True)
class Entry:
    """One top-level command: ``target`` names its function, or its group's ``typer.Typer``."""

    name: str
    help_key: str
    target: str  # "module:attribute"
    hidden: bool = False

    def listing(self) -> _click.Command:
        """What ``--help`` shows of the command, built without importing it."""
        return TyperCommand(name=self.name, help=t(self.help_key), hidden=self.hidden)

    def build(self) -> _click.Command:
        """The real command: the group's Typer, or the function, converted by Typer."""
        module_name, _, attribute = self.target.partition(":")
        target = getattr(importlib.import_module(module_name), attribute)
        if isinstance(target, typer.Typer):
            group = typer.main.get_command(target)
            group.name, group.help, group.hidden = self.name, t(self.help_key), self.hidden
            return group
        holder = typer.Typer(add_completion=False)
        command(holder, self.name, self.help_key, hidden=self.hidden)(target)
        return typer.main.get_command(holder)  # one command and no callback: the command itself


def command(
    app: typer.Typer, name: str, help_key: str, **settings: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``app.command(name)`` with its help from the catalog and the clerk's help words."""
    return app.command(name, cls=ClerkCommand, help=t(help_key), **settings)


TYPER_OPTIONS = {"install_completion": "cli.opt.install-completion",
                  "show_completion": "cli.opt.show-completion"}  # fmt: skip


def _no_type(ctx: _click.Context) -> None:
    return None


class _ClerkWords(_click.Command):
    """Usage line, ``-h`` text and help panels in the clerk's language (cli/typerwords.py)."""

    def get_help_option(self, ctx: _click.Context) -> Any:
        return typerwords.help_option(super().get_help_option(ctx))

    def format_usage(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        typerwords.write_usage(self, ctx, formatter)

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        typerwords.panel_titles()
        for param in self.get_params(ctx):
            # Why: Typer 0.29 shows a flag as ``--dry-run <bool>``, as if it took a value.
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
            # and an argument with a Python type beside its name (``ID <str>``)
            if isinstance(param, TyperArgument):
                param.display_type_rich = _no_type  # type: ignore[method-assign]
            if param.name in TYPER_OPTIONS and isinstance(param, TyperOption):
                param.help = t(TYPER_OPTIONS[param.name])  # Typer's own, in the clerk's words
        super().format_help(ctx, formatter)


class ClerkCommand(_ClerkWords, TyperCommand):
    """A command whose help screen and usage line use the clerk's language."""


class ClerkGroup(_ClerkWords, TyperGroup):
    """A command group whose help screen and usage line use the clerk's language."""

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        try:
            return self._click_resolve_command(ctx, args)
        except _click.exceptions.UsageError as error:
            if args and not self.get_command(ctx, args[0]):
                matches = get_close_matches(args[0], self.visible_names(ctx))
                error.message = typerwords.no_such_command(args[0], matches)
            raise

    def visible_names(self, ctx: _click.Context) -> list[str]:
        return [name for name, command in self.commands.items() if not command.hidden]


class LazyGroup(ClerkGroup):
    """A group whose commands come from :class:`Entry` rows, built on first use."""

    entries: tuple[Entry, ...] = ()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self._by_name = {entry.name: entry for entry in self.entries}
        self._listing = False

    def list_commands(self, ctx: _click.Context) -> list[str]:
        return [*self._by_name, *(name for name in self.commands if name not in self._by_name)]

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        command = self.commands.get(cmd_name)
        entry = self._by_name.get(cmd_name)
        if command is not None or entry is None:
            return command
        if self._listing:
            return entry.listing()
        command = self.commands[cmd_name] = entry.build()
        return command

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def visible_names(self, ctx: _click.Context) -> list[str]:
        return [entry.name for entry in self.entries if not entry.hidden]
