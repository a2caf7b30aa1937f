"""Typer's own words in the clerk's language: the usage line, help panels, ``-h``, usage errors.

Typer (and the click it vendors) print "Usage:", "Options", "Show this message and exit." and
"Error: No such option" in English whatever the rest of the screen says. The command classes of
:mod:`cadrectl.cli.lazy` call these functions so that a help screen or a mistyped option reads
in Chinese by default, like every other message (``CADRECTL_LANG=en`` keeps English).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from typer import _click
from typer._click.exceptions import (
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperOption

from cadrectl.core.messages import t


def help_option(option: Any) -> Any:
    """The ``-h/--help`` option with its help text in the clerk's language."""
    if option is not None:
        option.help = t("cli.opt.help")
    return option


def write_usage(command: _click.Command, ctx: _click.Context, formatter: Any) -> None:
    """``用法：cadrectl check [OPTIONS] [PATHS]...``."""
    pieces = " ".join(command.collect_usage_pieces(ctx))
    formatter.write_usage(ctx.command_path, pieces, prefix=t("cli.usage"))


def panel_titles() -> None:
    """Name the help screen's panels (and its default/required marks) in the clerk's language.

    Typer reads these module-level names each time it renders a help screen.
    """
    from typer import rich_utils

    rich_utils.OPTIONS_PANEL_TITLE = t("cli.help.options")
    rich_utils.ARGUMENTS_PANEL_TITLE = t("cli.help.arguments")
    rich_utils.COMMANDS_PANEL_TITLE = t("cli.help.commands")
    rich_utils.DEFAULT_STRING = t("cli.help.default", value="{}")
    rich_utils.REQUIRED_LONG_STRING = t("cli.help.required")


def no_such_command(name: str, matches: Sequence[str]) -> str:
    """The message for a command that does not exist, with the nearest names."""
    message = t("cli.error.no-such-command", name=name)
    if matches:
        message += t("cli.error.did-you-mean", names=", ".join(matches))
    return message


def show_usage_error(error: UsageError) -> None:
    """Print a usage error as click would, in the clerk's language (to stderr)."""
    if isinstance(error, NoArgsIsHelpError):  # a group run bare: its help, nothing else
        error.show()
        return
    from cadrectl.cli.reporters.to_text import err_console, shown

    lines: list[str] = []
    ctx = error.ctx
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(
                t("cli.error.try-help", command=ctx.command_path, option=ctx.help_option_names[0])
            )
        lines.append("")
    lines.append(t("cli.error.usage", message=_message(error)))
    err_console().print(shown("\n".join(lines)), markup=False, highlight=False)


def _message(error: UsageError) -> str:
    if isinstance(error, NoSuchOption):
        message = t("cli.error.no-such-option", option=error.option_name)
        if error.possibilities:
            message += t("cli.error.did-you-mean", names=", ".join(sorted(error.possibilities)))
        return message
    if isinstance(error, MissingParameter) and error.param is not None:
        kind = "option" if isinstance(error.param, TyperOption) else "argument"
        return t(f"cli.error.missing-{kind}", name=error.param.get_error_hint())
    if isinstance(error, BadParameter) and error.param is not None:
        return t("cli.error.bad-value", name=error.param.get_error_hint(), detail=error.message)
    return error.format_message()
