"""The registry-wide write lock: one cadrectl writes at a time; the others wait, then say who."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from cadrectl.errors import CadrectlError

LOCK_NAME = ".cadrectl.lock"


@contextlib.contextmanager
def registry_lock(root: Path, command: str, wait_seconds: float = 3.0) -> Iterator[None]:
    """Hold ``root/.cadrectl.lock`` for the block; refuse after ``wait_seconds`` if held.

    A lock whose process is gone (on this host) is stale and taken over.
    """
    path = root / LOCK_NAME
    holder = json.dumps(
        {"pid": os.getpid(), "host": socket.gethostname(), "command": command,
         "since": time.strftime("%Y-%m-%d %H:%M:%S")},
        ensure_ascii=False,
    )  # fmt: skip
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            info = _read_holder(path)
            if _is_stale(info):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            if time.monotonic() >= deadline:
                raise CadrectlError(
                    "lock.held",
                    command=str(info.get("command", "?")),
                    pid=str(info.get("pid", "?")),
                    since=str(info.get("since", "?")),
                    path=str(path),
                ) from None
            time.sleep(0.1)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(holder)
        break
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _read_holder(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _is_stale(info: dict[str, object]) -> bool:
    pid, host = info.get("pid"), info.get("host")
    if not isinstance(pid, int) or host != socket.gethostname():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
