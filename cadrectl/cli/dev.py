"""``cadrectl dev …``: tools for the people who build cadrectl (hidden from the main help)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cadrectl.cli.lazy import ClerkGroup, command
from cadrectl.cli.reporters.to_text import console, err_console
from cadrectl.core.messages import t

app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)


@command(app, "commands-doc", "cli.cmd.commands-doc")
def commands_doc(
    check_only: Annotated[bool, typer.Option("--check", help=t("cli.opt.check-only"))] = False,
) -> int:
    """docs/commands.md from the command line itself."""
    from cadrectl.cli.reference import command_reference
    from cadrectl.core.messages import language

    if language() != "zh":  # help texts are rendered at import: a Chinese process renders them
        import os
        import subprocess
        import sys

        argv = [sys.executable, "-m", "cadrectl", "dev", "commands-doc"]
        env = {**os.environ, "CADRECTL_LANG": "zh"}
        return subprocess.run([*argv, *(["--check"] if check_only else [])], env=env).returncode

    target = Path("docs") / "commands.md"
    text = command_reference()
    if check_only:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            err_console().print(t("cli.dev.commands-doc-stale", path=str(target)), markup=False)
            return 1
        return 0
    target.write_text(text, encoding="utf-8", newline="\n")
    console().print(t("cli.dev.commands-doc-written", path=str(target)), markup=False)
    return 0


@command(app, "schemas", "cli.cmd.schemas")
def schemas(
    folders: Annotated[list[Path] | None, typer.Argument()] = None,
    check_only: Annotated[bool, typer.Option("--check", help=t("cli.opt.check-only"))] = False,
) -> int:
    from cadrectl.services.schemas import folder_schemas, stale_schemas, write_schemas

    # Why: the output schemas describe what cadrectl prints, so they live in the project's
    # schemas/ alone. A registry's schemas/ (registry-example's, or one named beside a
    # cadrectl.yaml) gets that registry's own, as `cadrectl schemas` writes them; any other
    # folder named gets the generic ones.
    targets = [(folder, False) for folder in folders] if folders else [(Path("schemas"), True)]
    if not folders and Path("registry-example").is_dir():
        targets.append((Path("registry-example/schemas"), False))
    expected = [(folder, folder_schemas(folder, outputs=outputs)) for folder, outputs in targets]
    if check_only:
        stale = [
            f"{folder}/{name}"
            for folder, texts in expected
            for name in stale_schemas(folder, texts=texts)
        ]
        if stale:
            err_console().print(t("schemas.stale", names=", ".join(stale)), markup=False)
            return 1
        console().print(t("schemas.current"))
        return 0
    for folder, texts in expected:
        names = write_schemas(folder, texts=texts)
        console().print(t("schemas.written", count=len(names), path=str(folder)), markup=False)
    return 0
