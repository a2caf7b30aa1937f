"""``cadrectl check [PATHS…]``: validate the registry and report every problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli.options import TextJsonOption, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import problem_line, progress_bar
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console


def check(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help=t("cli.opt.paths"))] = None,
    fmt: TextJsonOption = "text",
    strict: Annotated[bool, typer.Option("--strict", help=t("cli.opt.strict"))] = False,
) -> int:
    """校验整个后备干部库 / Validate the whole registry."""
    from cadrectl.model.titles import describe_field
    from cadrectl.services.check import run_check

    fmt = output_format(fmt, ("text", "json"))
    registry = state(ctx).paths()
    with progress_bar("check") as progress:
        report = run_check(registry, paths or (), progress=progress, strict=strict)

    def text(out: Console) -> None:
        for problem in report.problems:
            out.print(problem_line(problem, describe_field(problem.file, problem.field)))
        if report.problems:
            out.print()
        key = "check.summary-bad" if report.errors else "check.summary-ok"
        counts = {"files": report.files, "cadres": report.cadres, "units": report.units}
        out.print(t(key, errors=report.errors, warnings=report.warnings, **counts))
        out.print(t("check.status-counts", **report.statuses))

    emit(report, fmt, text)
    return 0 if report.ok() else 1
