"""Talking to the system ``git`` binary: the registry's audit trail."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


class GitError(Exception):
    """git failed; ``detail`` is what it printed."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def git_available() -> bool:
    return shutil.which("git") is not None


def git(root: Path, *args: str, check: bool = True) -> str:
    """Run ``git -C root args…`` and return its standard output."""
    result = subprocess.run(
        ["git", "-C", str(root), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if check and result.returncode != 0:
        raise GitError((result.stderr or result.stdout).strip())
    return result.stdout


def is_repository(root: Path) -> bool:
    if not git_available():
        return False
    return git(root, "rev-parse", "--is-inside-work-tree", check=False).strip() == "true"


def init_repository(root: Path) -> None:
    git(root, "init", "--quiet")


def commit_paths(root: Path, paths: list[str], message: str) -> None:
    """Stage ``paths`` (registry-relative) and commit exactly them."""
    git(root, "add", "--", *paths)
    git(root, "commit", "--quiet", "-m", message, "--", *paths)
