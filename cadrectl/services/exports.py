"""What every export's service shares: the output's name checked first, the time the file is
stamped with, and the atomic write of the bytes the writer in cadrectl.exports made.

Each ``cadrectl export …`` (and ``cycle inspect --template``) runs the same way: its service
checks the output, loads the registry and computes, hands plain data to a writer of
cadrectl.exports that returns the workbook or the bytes, and writes them here in one step.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cadrectl.core.errors import UsageError
from cadrectl.core.problems import Problem
from cadrectl.store.atomic import write_atomic

if TYPE_CHECKING:
    from openpyxl import Workbook

    from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem


EXPORTS_FOLDER = "exports"  # ignored in git by the .gitignore init writes


def export_target(output: Path, paths: RegistryPaths) -> Path:
    """Where ``-o`` writes: a bare file name (``-o 名册.xlsx``) goes into the registry's exports/
    folder, made when missing; a path with a folder in it is taken as given.

    Why: a roster written beside cadrectl.yaml is an untracked file holding personal data in
    the repository's root, one ``git add .`` away from its history.
    """
    if output.is_absolute() or len(output.parts) != 1:
        return output
    folder = paths.root / EXPORTS_FOLDER
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():  # the folder ignores itself, in a registry made before it existed too
        ignore.write_text("# 导出的表格：可随时重新导出，不进入版本库\n*\n", encoding="utf-8")
    return folder / output.name


def check_output(path: Path) -> None:
    """Refuse (exit 2) an output that is not an .xlsx file, before any work is done."""
    if path.suffix.lower() != ".xlsx":
        raise UsageError("export.bad-suffix", path=str(path))


def export_time(registry_root: Path) -> dt.datetime:
    """SOURCE_DATE_EPOCH if set, else the registry's last commit time, else a fixed epoch."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    from cadrectl.store import git

    if git.is_repository(registry_root) and git.has_commits(registry_root):
        stamp = git.git(registry_root, "log", "-1", "--format=%ct").strip()
        if stamp.isdigit():
            return dt.datetime.fromtimestamp(int(stamp), dt.UTC).replace(tzinfo=None)
    return dt.datetime(2000, 1, 1)


def save_workbook(book: Workbook, output: Path, paths: RegistryPaths) -> None:
    """Write ``book`` to ``output`` in one step, stamped with the registry's export time: the
    same registry commit and options always give the same file."""
    from cadrectl.exports.workbook import workbook_bytes

    write_atomic(output, workbook_bytes(book, export_time(paths.root)))
