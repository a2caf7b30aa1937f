"""``cadrectl init PATH [--profile P] [--example]``: create a registry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cadrectl.cli.reporters.to_text import console, err_console, shown
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t


def init(
    path: Annotated[Path, typer.Argument(metavar="PATH")],
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile", metavar="county|township|enterprise|university", help=t("cli.opt.profile")
        ),
    ] = None,
    example: Annotated[bool, typer.Option("--example", help=t("cli.opt.example"))] = False,
) -> int:
    from cadrectl.services.init import init_registry
    from cadrectl.services.profiles import DEFAULT_PROFILE

    if example and profile not in (None, DEFAULT_PROFILE):  # the example is a county's
        raise UsageError("init.example-is-county")
    result = init_registry(
        path.resolve(),
        example=example,
        commit_message=t("init.commit"),
        profile=profile or DEFAULT_PROFILE,
    )
    if not result.git:
        err_console().print(t("init.no-git"), markup=False)
    out = console()
    out.print(t("init.done", path=str(path)), markup=False)
    if result.profile is not None:
        name = t(f"init.profile.{result.profile}")
        out.print(t("init.profile-written", profile=name), markup=False)
    if result.to_fill:
        out.print(t("init.to-fill"), markup=False)
        for item in result.to_fill:
            out.print(shown(t("init.to-fill-line", line=item.line, text=item.text)), markup=False)
        out.print(t("init.next-steps"), markup=False)
    return 0
