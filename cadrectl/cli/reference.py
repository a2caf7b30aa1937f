"""docs/commands.md: every command's usage, help line and options, generated from the command
line itself (``cadrectl dev commands-doc``), so the reference cannot drift from the tool — a
test fails when it does. Written in the catalog's default language (Chinese)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HEADER = """\
# 命令参考 / Command reference

由 `cadrectl dev commands-doc` 从命令行本身生成，请勿手工修改（测试会比对）。
Generated from the command line by `cadrectl dev commands-doc`; do not edit by hand.
每个命令也可以用 `cadrectl 命令 --help` 查看；`CADRECTL_LANG=en` 显示英文。
"""


def command_reference() -> str:
    """The reference, one section per runnable command in the order of ``cadrectl --help``."""
    import typer

    from cadrectl.cli.app import app

    root = typer.main.get_command(app)
    ctx = root.make_context("cadrectl", ["--help"], resilient_parsing=True)
    parts = [HEADER, _section((), root).replace("## cadrectl \n", "## cadrectl（全局选项）\n", 1)]
    for path, command in _commands(root, ctx, ()):
        parts.append(_section(path, command))
    return "\n".join(parts)


def _commands(
    group: Any, ctx: Any, prefix: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], Any]]:
    names = group.list_commands(ctx)
    for name in names:
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        path = (*prefix, name)
        if hasattr(command, "list_commands"):
            sub = command.make_context(name, [], parent=ctx, resilient_parsing=True)
            yield from _commands(command, sub, path)
        else:
            yield path, command


def _section(path: tuple[str, ...], command: Any) -> str:
    params = [p for p in command.params if not getattr(p, "hidden", False)]
    arguments = [p for p in params if p.param_type_name == "argument"]
    options = [p for p in params if p.param_type_name == "option"]
    usage = " ".join(["cadrectl", *path, *(_argument(p) for p in arguments), "[OPTIONS]"])
    if not path:
        usage += " COMMAND [ARGS]..."
    lines = [f"## cadrectl {' '.join(path)}", "", _one_line(command.help or ""), "",
             "```", usage, "```", ""]  # fmt: skip
    if options:
        lines += ["| 选项 | 说明 |", "|---|---|"]
        for option in options:
            names = ", ".join(f"`{name}`" for name in [*option.opts, *option.secondary_opts])
            shown = "" if option.is_flag else f" {_one_line(option.metavar or option.name.upper())}"
            lines.append(f"| {names}{shown} | {_one_line(_help(option))} |")
        lines.append("")
    return "\n".join(lines)


def _help(option: Any) -> str:
    """An option's help as ``--help`` shows it (Typer's own options in the clerk's words)."""
    from cadrectl.cli.lazy import TYPER_OPTIONS
    from cadrectl.core.messages import t

    key = TYPER_OPTIONS.get(option.name)
    return t(key) if key is not None else str(option.help or "")


def _argument(param: Any) -> str:
    name = param.metavar or param.name.upper()
    return name if param.required else f"[{name}]"


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
