"""Writing files so that nothing is half-written: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure the old file stays as it was.

    ``durable=False`` skips the fsyncs, for files that may be lost but never half-written (the
    parse cache): the rename alone keeps readers from seeing a torn file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        # mkstemp makes the file 0600; keep an existing file's mode, else what umask allows
        temp.chmod(path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    if durable:
        _fsync_folder(path.parent)


def write_all_or_none(changes: Mapping[Path, bytes | None]) -> None:
    """Write (or, for None, delete) several files; if one fails, restore every file already done."""
    previous: dict[Path, bytes | None] = {}
    try:
        for path, data in changes.items():
            previous[path] = path.read_bytes() if path.exists() else None
            if data is None:
                path.unlink(missing_ok=True)
            else:
                write_atomic(path, data)
    except BaseException:
        for path, old in previous.items():
            with contextlib.suppress(OSError):
                if old is None:
                    path.unlink(missing_ok=True)
                else:
                    write_atomic(path, old)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
