"""Where a registry's git folder is, found on disk without running git (it is asked often)."""

from __future__ import annotations

from pathlib import Path


def find_git_dir(root: Path) -> Path | None:
    """The git folder of the repository holding ``root``, or None outside git.

    Looks upward for ``.git`` the way git does: a folder, or a file ``gitdir: PATH`` (a
    worktree or a submodule).
    """
    for folder in (root, *root.parents):
        marker = folder / ".git"
        if marker.is_dir():
            return marker
        if marker.is_file():
            try:
                text = marker.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                return None
            if text.startswith("gitdir:"):
                target = Path(text.removeprefix("gitdir:").strip())
                return target if target.is_absolute() else (folder / target).resolve()
            return None
    return None


def state_folder(root: Path) -> Path:
    """Where cadrectl keeps its lock and journal: the git folder, else the registry itself."""
    found = find_git_dir(root)
    return found if found is not None and found.is_dir() else root
