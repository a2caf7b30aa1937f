"""One change to registry files, all or nothing even when the process is killed half-way.

:func:`commit_change` journals the change (:mod:`cadrectl.store.journal`), writes each file
atomically, and commits; a failure undoes it on the spot. :func:`complete` and :func:`undo`
finish a journaled change that a killed process left behind; :func:`state_of` says which of
the two is still possible.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cadrectl.core.errors import CadrectlError
from cadrectl.store import atomic, git, journal
from cadrectl.store.journal import Intent, JournalFile


class WriteFailed(CadrectlError):
    """The disk refused a write (read-only, full, no permission); nothing was changed."""


def commit_change(
    root: Path,
    changes: Mapping[str, bytes],
    message: str,
    action: str,
    *,
    repository: bool,
    head: str | None,
    stage_only: bool = False,
) -> str | None:
    """Write ``changes`` (registry-relative path → bytes) and commit them; the new commit.

    On any failure (a refusing hook, a full disk, Ctrl-C) every file is put back as it was
    and the index with it, and the error goes on.
    """
    files = tuple(
        JournalFile(rel, _read_or_none(root / rel), data) for rel, data in sorted(changes.items())
    )
    intent = Intent(action, message, head, stage_only, files)
    journal.sweep_temporary(root)
    try:
        journal.begin(root, intent)
    except OSError as exc:
        raise _write_failed(exc, journal.journal_path(root)) from None
    try:
        for entry in files:
            try:
                atomic.write_atomic(root / entry.path, entry.new)
            except OSError as exc:
                raise _write_failed(exc, root / entry.path) from None
        commit = (
            git.commit(root, list(intent.paths), message, stage_only=stage_only)
            if (repository)
            else None
        )
    except BaseException:
        undo(root, intent, repository=repository)
        raise
    journal.end(root)
    return commit


RecoveryState = Literal["committed", "unfinished", "diverged"]


@dataclass(frozen=True)
class JournalState:
    """Where an interrupted change stands, and the files that stand in its way (if any)."""

    state: RecoveryState
    foreign: tuple[str, ...] = ()  # files that hold neither the old nor the new bytes


def state_of(root: Path, intent: Intent, *, repository: bool) -> JournalState:
    """Is the journaled change already committed, still to finish, or overtaken by others?"""
    if repository and intent.head is not None and not intent.stage_only:
        now = git.head(root)
        if now != intent.head:
            if _is_the_commit(root, now, intent):
                return JournalState("committed")
            return JournalState("diverged")
    foreign = tuple(
        entry.path
        for entry in intent.files
        if _read_or_none(root / entry.path) not in (entry.old, entry.new)
    )
    return JournalState("diverged" if foreign else "unfinished", foreign)


def complete(root: Path, intent: Intent, *, repository: bool) -> str | None:
    """Write what the journal says is new, and commit it as the command would have."""
    try:
        for entry in intent.files:
            if _read_or_none(root / entry.path) != entry.new:
                atomic.write_atomic(root / entry.path, entry.new)
        commit = (
            git.commit(root, intent.paths, intent.message, stage_only=intent.stage_only)
            if repository
            else None
        )
    except BaseException:
        undo(root, intent, repository=repository)
        raise
    sweep_temporary_files(root, intent)
    journal.end(root)
    return commit


def undo(root: Path, intent: Intent, *, repository: bool) -> None:
    """Put every file of the change back as it was, unstage it, and forget the journal.

    A file is deleted only when the change created it; a file that holds neither the old nor
    the new bytes (edited since) is left alone.
    """
    if repository:
        git.git(root, "reset", "--quiet", "--", *intent.paths, check=False)
    for entry in intent.files:
        path = root / entry.path
        current = _read_or_none(path)
        if current != entry.new or current == entry.old:
            continue
        if entry.old is None:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        else:
            atomic.write_atomic(path, entry.old)
    sweep_temporary_files(root, intent)
    journal.end(root)


def settle_committed(root: Path, intent: Intent) -> None:
    """A change that reached its commit: make the index agree with it, and forget the journal.

    Why: git updates the branch before it writes the index, so a git killed in between leaves
    an index that still holds the old files; re-reading them from the commit makes the work
    tree clean again.
    """
    git.git(root, "reset", "--quiet", "--", *intent.paths, check=False)
    sweep_temporary_files(root, intent)
    journal.end(root)


def sweep_temporary_files(root: Path, intent: Intent) -> None:
    """Remove the temporary files a killed write left beside the change's files."""
    for entry in intent.files:
        target = root / entry.path
        with contextlib.suppress(OSError):
            for temp in target.parent.glob(f".{target.name}.*.tmp"):
                temp.unlink()


def _is_the_commit(root: Path, commit: str | None, intent: Intent) -> bool:
    """``commit`` is the journaled change: its parent is the start and its files the new ones."""
    if commit is None:
        return False
    parent = git.git(root, "rev-parse", "--verify", "--quiet", f"{commit}^", check=False).strip()
    if parent != intent.head:
        return False
    # "./" names the path from the registry, which may be a subfolder of the work tree
    return all(git.show_file(root, commit, f"./{e.path}") == e.new for e in intent.files)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write_failed(exc: OSError, path: Path) -> WriteFailed:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WriteFailed("write.read-only", path=str(path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WriteFailed("write.disk-full", path=str(path))
    return WriteFailed("write.failed", path=str(path), reason=exc.strerror or str(exc))
