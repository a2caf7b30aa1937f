"""``cadrectl init PATH [--example]``: create a registry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cadrectl.cli.reporters.to_text import console, err_console
from cadrectl.core.messages import t


def init(
    path: Annotated[Path, typer.Argument(metavar="PATH")],
    example: Annotated[bool, typer.Option("--example", help=t("cli.opt.example"))] = False,
) -> int:
    from cadrectl.services.init import init_registry

    result = init_registry(path.resolve(), example=example, commit_message=t("init.commit"))
    if not result.git:
        err_console().print(t("init.no-git"), markup=False)
    console().print(t("init.done", path=str(path)), markup=False)
    return 0
