"""What cadrectl relies on in Typer beyond its documented API, checked by name and shape.

Typer 0.29 vendors click as ``typer._click``; cli/lazy.py (the lazy root group) and
cli/typerwords.py (help and usage errors in the clerk's language) subclass its classes, call
a method click keeps for subclasses, and set the help screen's panel names in
``typer.rich_utils``. pyproject.toml pins typer below the next minor release; when the pin is
raised, this test says at once which of these Typer has changed, instead of a help screen
quietly turning English or a mistyped command crashing.
"""

from __future__ import annotations

import inspect

import pytest


def test_the_vendored_click_classes_are_there() -> None:
    from typer import _click
    from typer._click import exceptions

    for name in ("Command", "Context", "HelpFormatter"):
        assert inspect.isclass(getattr(_click, name)), name
    for name in ("UsageError", "BadParameter", "MissingParameter", "NoSuchOption",
                 "NoArgsIsHelpError"):  # fmt: skip
        assert issubclass(getattr(exceptions, name), Exception), name
    assert issubclass(exceptions.NoArgsIsHelpError, exceptions.UsageError)


def test_the_typer_classes_the_commands_extend_are_there() -> None:
    from typer import _click, main
    from typer.core import TyperCommand, TyperGroup, TyperOption

    assert issubclass(TyperCommand, _click.Command)
    assert issubclass(TyperGroup, _click.Command)  # Typer's groups are click commands
    assert issubclass(TyperOption, _click.core.Parameter)  # what MissingParameter.param holds
    assert callable(main.get_command)
    # ClerkGroup.resolve_command wraps click's own, kept by Typer under this name
    assert callable(TyperGroup._click_resolve_command)


@pytest.mark.parametrize(
    ("cls", "method", "params"),
    [
        ("Command", "get_help_option", ["self", "ctx"]),
        ("Command", "format_usage", ["self", "ctx", "formatter"]),
        ("Command", "format_help", ["self", "ctx", "formatter"]),
        ("Command", "collect_usage_pieces", ["self", "ctx"]),
        ("TyperGroup", "resolve_command", ["self", "ctx", "args"]),
        ("TyperGroup", "_click_resolve_command", ["self", "ctx", "args"]),
        ("TyperGroup", "list_commands", ["self", "ctx"]),
        ("TyperGroup", "get_command", ["self", "ctx", "cmd_name"]),
    ],
)
def test_the_methods_overridden_keep_their_signature(
    cls: str, method: str, params: list[str]
) -> None:
    from typer import _click, core

    owner = getattr(core, cls) if cls.startswith("Typer") else getattr(_click, cls)
    signature = inspect.signature(getattr(owner, method))
    assert list(signature.parameters)[: len(params)] == params


def test_the_help_screen_panel_names_are_read_from_rich_utils() -> None:
    from typer import rich_utils

    for name in ("OPTIONS_PANEL_TITLE", "ARGUMENTS_PANEL_TITLE", "COMMANDS_PANEL_TITLE",
                 "DEFAULT_STRING", "REQUIRED_LONG_STRING"):  # fmt: skip
        assert isinstance(getattr(rich_utils, name), str), name
    assert "{}" in rich_utils.DEFAULT_STRING or rich_utils.DEFAULT_STRING.startswith("[")


def test_the_usage_errors_carry_what_the_messages_name() -> None:
    from typer._click import exceptions

    assert {"option_name", "possibilities"} <= set(
        inspect.signature(exceptions.NoSuchOption.__init__).parameters
    )
    assert "param" in inspect.signature(exceptions.BadParameter.__init__).parameters
    assert callable(exceptions.UsageError.format_message)


def test_the_installed_typer_is_within_the_pin() -> None:
    from importlib.metadata import version

    major, minor = (int(part) for part in version("typer").split(".")[:2])
    assert (major, minor) == (0, 29), "raise the pin in pyproject.toml only with this test green"
