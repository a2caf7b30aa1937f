"""Finishing what a killed command left: complete or undo its journaled change, say which.

Every command runs :func:`finish_interrupted` before it reads the registry. A change that had
reached its commit is simply forgotten; one that had not is completed (it was validated before
its journal was written) unless its files were changed since by hand, in which case nothing is
touched and ``cadrectl recover`` shows it and lets the clerk choose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from cadrectl.core import hooks
from cadrectl.core.errors import CadrectlError
from cadrectl.store import git, journal, transaction
from cadrectl.store.journal import Intent, JournalUnreadable
from cadrectl.store.lock import registry_lock
from cadrectl.store.registry import RegistryPaths

Outcome = Literal["completed", "undone", "committed", "held", "running", "diverged", "unreadable"]


@dataclass(frozen=True)
class Recovery:
    """What was found and done: the interrupted change's subject, files and outcome."""

    outcome: Outcome
    action: str = ""
    subject: str = ""
    files: tuple[str, ...] = ()
    started: str = ""
    foreign: tuple[str, ...] = ()
    stale_locks: tuple[str, ...] = ()
    error: str = ""


Reporter = Callable[[Recovery], None]


def set_reporter(reporter: Reporter | None) -> None:
    """Who tells the clerk what recovery did (the CLI prints it on stderr)."""
    hooks.recovered = reporter


def finish_interrupted(paths: RegistryPaths) -> Recovery | None:
    """Complete an interrupted change, or leave it for ``cadrectl recover``; None when none.

    Called with or without the registry lock: without it, a change another live process is
    making is not interrupted, and is left to it.
    """
    root = paths.root
    if not journal.journal_path(root).exists() and not _maybe_stale_git_locks(paths):
        return None
    with registry_lock(root, "recover", blocking=False) as ours:
        if not ours:
            return None
        found = _recover(paths)
    if found is not None and hooks.recovered is not None:
        hooks.recovered(found)
    return found


def _maybe_stale_git_locks(paths: RegistryPaths) -> bool:
    from cadrectl.store.gitdir import find_git_dir

    folder = find_git_dir(paths.root)
    return folder is not None and (folder / "index.lock").exists()


def _recover(paths: RegistryPaths) -> Recovery | None:
    root = paths.root
    cleared = _clear_stale_git_locks(paths)
    journal.sweep_temporary(root)
    try:
        intent = journal.pending(root)
    except JournalUnreadable as exc:
        return Recovery("unreadable", error=str(exc), stale_locks=cleared)
    if intent is None:
        return Recovery("completed", stale_locks=cleared) if cleared else None
    repository = git.is_repository(root)
    state = transaction.state_of(root, intent, repository=repository)
    if state.state == "committed":
        transaction.settle_committed(root, intent)
        return _about(intent, "committed", cleared)
    if state.state == "diverged":
        return _about(intent, "diverged", cleared, foreign=state.foreign)
    try:
        transaction.complete(root, intent, repository=repository)
    except CadrectlError as exc:  # a hook refused, the disk is full: complete() undid it
        return _about(intent, "undone", cleared, error=exc.render())
    return _about(intent, "completed", cleared)


def pending_change(paths: RegistryPaths) -> Recovery | None:
    """``cadrectl recover`` without a choice: what is pending, touching nothing."""
    try:
        intent = journal.pending(paths.root)
    except JournalUnreadable as exc:
        return Recovery("unreadable", error=str(exc))
    if intent is None:
        return None
    with registry_lock(paths.root, "recover", blocking=False) as ours:
        if not ours:
            return _about(intent, "running")
        repository = git.is_repository(paths.root)
        state = transaction.state_of(paths.root, intent, repository=repository)
    return _about(
        intent, "diverged" if state.state == "diverged" else "held", foreign=state.foreign
    )


def resolve_pending(paths: RegistryPaths, choice: Literal["complete", "undo"]) -> Recovery:
    """``cadrectl recover --complete|--undo``: the clerk's choice for an interrupted change."""
    root = paths.root
    with registry_lock(root, "recover"):
        cleared = _clear_stale_git_locks(paths)
        try:
            intent = journal.pending(root)
        except JournalUnreadable as exc:
            if choice == "undo":  # nothing can be read back; the files stay as they are
                journal.end(root)
                return Recovery("undone", error=str(exc), stale_locks=cleared)
            raise CadrectlError("recover.unreadable", error=str(exc)) from None
        if intent is None:
            raise CadrectlError("recover.nothing")
        repository = git.is_repository(root)
        state = transaction.state_of(root, intent, repository=repository)
        if state.state == "committed":
            transaction.settle_committed(root, intent)
            return _about(intent, "committed", cleared)
        if choice == "undo":
            transaction.undo(root, intent, repository=repository)
            return _about(intent, "undone", cleared, foreign=state.foreign)
        if state.foreign:
            raise CadrectlError("recover.foreign", files="、".join(state.foreign))
        transaction.complete(root, intent, repository=repository)
        return _about(intent, "completed", cleared)


def _clear_stale_git_locks(paths: RegistryPaths) -> tuple[str, ...]:
    cleared = []
    for path in git.stale_locks(paths.root):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            raise CadrectlError("recover.git-lock", path=str(path)) from None
        cleared.append(path.name)
    return tuple(cleared)


def _about(
    intent: Intent,
    outcome: Outcome,
    cleared: tuple[str, ...] = (),
    *,
    foreign: tuple[str, ...] = (),
    error: str = "",
) -> Recovery:
    return Recovery(
        outcome,
        action=intent.action,
        subject=intent.subject,
        files=tuple(intent.paths),
        started=intent.started,
        foreign=foreign,
        stale_locks=cleared,
        error=error,
    )
