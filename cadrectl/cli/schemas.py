"""``cadrectl schemas [--check]``: the registry's schemas/, made from its cadrectl.yaml."""

from __future__ import annotations

from typing import Annotated

import typer

from cadrectl.cli.reporters.to_text import console, err_console
from cadrectl.cli.state import state
from cadrectl.core.messages import t


def schemas_command(
    ctx: typer.Context,
    check_only: Annotated[
        bool, typer.Option("--check", help=t("cli.opt.registry-schemas-check"))
    ] = False,
) -> int:
    from cadrectl.services.registry import load_config
    from cadrectl.services.schemas import stale_registry_schemas, write_registry_schemas

    paths = state(ctx).paths()
    config = load_config(paths)  # refused (exit 1) when cadrectl.yaml is invalid
    if check_only:
        stale = stale_registry_schemas(paths, config)
        if stale:
            err_console().print(_listing("registry-schemas.stale", stale), markup=False)
            return 1
        console().print(t("registry-schemas.current"), markup=False)
        return 0
    written = write_registry_schemas(paths, config)
    if written:
        console().print(_listing("registry-schemas.written", written), markup=False)
    else:
        console().print(t("registry-schemas.current"), markup=False)
    return 0


def _listing(key: str, names: list[str]) -> str:
    """The message, then each file on its own line (as ``check`` names it)."""
    return "\n".join([t(key, count=len(names)), *(f"  schemas/{name}" for name in names)])
