"""The warning a reading command prints on stderr for the files ``--skip-broken`` left out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cadrectl.cli.reporters.to_text import err_console, shown
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.core.problems import Problem


def warn_skipped(skipped: Sequence[Problem]) -> None:
    """Name each skipped file, with its first problem (nothing when none was skipped)."""
    from cadrectl.services.registry import problem_lines

    if skipped:
        files = problem_lines(skipped)
        text = t("registry.skipped", count=len(skipped), files=files)
        err_console().print(shown(text), markup=False)
