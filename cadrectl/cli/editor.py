"""``cadrectl editor-setup``: the editor settings of an existing registry."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli.reporters.to_text import console, shown
from cadrectl.cli.state import state
from cadrectl.core.messages import t


def editor_setup_command(
    ctx: typer.Context,
    replace: Annotated[bool, typer.Option("--replace", help=t("cli.opt.editor-replace"))] = False,
) -> int:
    from cadrectl.services.editor import editor_setup

    done = editor_setup(state(ctx).paths(), replace=replace)
    out = console()
    for file in done.written:
        out.print(shown(t("editor.written", file=file)), markup=False)
    for file in done.kept:
        out.print(shown(t("editor.kept", file=file)), markup=False)
    out.print(t("editor.hint"), markup=False)
    return 0
