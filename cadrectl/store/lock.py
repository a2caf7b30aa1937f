"""The registry-wide write lock: one cadrectl writes at a time; the others wait, then say who.

The lock is an operating-system lock on a file in the registry's git folder (``flock`` on POSIX,
``msvcrt.locking`` on Windows), so the kernel releases it when its process ends, however it
ends: a killed cadrectl never leaves a lock to clean up, and no file in the work tree changes.
The file also holds who took it, for the message another writer gets.

The lock is reentrant within a process: a service that takes it before reading what it will
change may call others that take it again.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from cadrectl.core import hooks
from cadrectl.core.errors import CadrectlError
from cadrectl.store.gitdir import state_folder

LOCK_NAME = "cadrectl.lock"
ENV_WAIT = "CADRECTL_LOCK_WAIT"
DEFAULT_WAIT_SECONDS = 30.0
_POLL_SECONDS = 0.05

WaitReporter = Callable[[dict[str, object]], None]
_held: dict[Path, int] = {}


def set_wait_reporter(reporter: WaitReporter | None) -> None:
    """Who to tell, once, that a command waits for another writer (the CLI prints it)."""
    hooks.lock_wait = reporter


def lock_path(root: Path) -> Path:
    """``<git dir>/cadrectl.lock``, or ``.cadrectl.lock`` in a registry that is not in git."""
    folder = state_folder(root)
    return folder / LOCK_NAME if folder != root else root / f".{LOCK_NAME}"


def wait_seconds_default() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_WAIT, DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


def is_held_here(root: Path) -> bool:
    """This process holds the lock of ``root``."""
    return _held.get(root, 0) > 0


@contextlib.contextmanager
def registry_lock(
    root: Path, command: str, wait_seconds: float | None = None, *, blocking: bool = True
) -> Iterator[bool]:
    """Hold the registry's lock for the block; refuse after ``wait_seconds`` if another holds it.

    With ``blocking=False`` the block runs at once and receives False when another process
    holds the lock (and True when this one took it).
    """
    if _held.get(root, 0):
        _held[root] += 1
        try:
            yield True
        finally:
            _held[root] -= 1
        return
    path = lock_path(root)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise CadrectlError("lock.cannot", path=str(path), reason=_reason(exc)) from None
    try:
        if not _acquire(fd, path, wait_seconds, blocking):
            yield False
            return
        _write_holder(fd, command)
        _held[root] = 1
        try:
            yield True
        finally:
            del _held[root]
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing releases the OS lock


def _acquire(fd: int, path: Path, wait_seconds: float | None, blocking: bool) -> bool:
    limit = wait_seconds_default() if wait_seconds is None else wait_seconds
    deadline = time.monotonic() + limit
    told = False
    while not _try_lock(fd):
        if not blocking:
            return False
        info = _read_holder(path)
        if time.monotonic() >= deadline:
            raise CadrectlError(
                "lock.held",
                command=str(info.get("command", "?")),
                pid=str(info.get("pid", "?")),
                since=str(info.get("since", "?")),
                seconds=f"{limit:g}",
            )
        if not told and hooks.lock_wait is not None:
            hooks.lock_wait(info)
            told = True
        time.sleep(_POLL_SECONDS)
    return True


def _write_holder(fd: int, command: str) -> None:
    holder = json.dumps(
        {"pid": os.getpid(), "host": socket.gethostname(), "command": command,
         "since": time.strftime("%Y-%m-%d %H:%M:%S")},
        ensure_ascii=False,
    ).encode("utf-8")  # fmt: skip
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, holder)


def _read_holder(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    return exc.strerror or type(exc).__name__


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
