"""The journal of a change in flight, so that an interrupted change is finished or undone.

Before a command writes anything it records, in one file in the registry's git folder, what it
is about to do: every file's old bytes (or that it did not exist) and new bytes, the commit
message, and the commit the change starts from. The journal is written and synced before the
first registry file is touched and removed only after the commit, so whatever point a process
is killed at, the next command finds either no journal (nothing was touched, or everything is
done) or a journal from which it can complete the change or put every file back.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cadrectl.store.atomic import write_atomic
from cadrectl.store.gitdir import state_folder

FORMAT = 1


@dataclass(frozen=True)
class JournalFile:
    """One file of the change: registry-relative path, bytes before (None: absent) and after."""

    path: str
    old: bytes | None
    new: bytes


@dataclass(frozen=True)
class Intent:
    """A change as it was about to be made."""

    action: str
    message: str
    head: str | None  # the commit the change starts from (None outside git)
    stage_only: bool
    files: tuple[JournalFile, ...]
    started: str = ""
    pid: int = 0

    @property
    def subject(self) -> str:
        return self.message.partition("\n")[0]

    @property
    def paths(self) -> list[str]:
        return [entry.path for entry in self.files]


class JournalUnreadable(Exception):
    """A journal file exists but cannot be read back (damaged by hand, or another format)."""


def journal_path(root: Path) -> Path:
    """The journal of the registry at ``root`` (several registries may share one git folder)."""
    folder = state_folder(root)
    tag = hashlib.blake2b(str(root).encode("utf-8"), digest_size=6).hexdigest()
    name = f"cadrectl-journal-{tag}.json"
    return folder / name if folder != root else root / f".{name}"


def begin(root: Path, intent: Intent) -> None:
    """Record ``intent`` durably; nothing of the registry may be written before this returns."""
    record = {
        "format": FORMAT,
        "root": str(root),
        "action": intent.action,
        "message": intent.message,
        "head": intent.head,
        "stage_only": intent.stage_only,
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "files": [
            {"path": entry.path, "old": _encode(entry.old), "new": _encode(entry.new)}
            for entry in intent.files
        ],
    }
    data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomic(journal_path(root), data)


def pending(root: Path) -> Intent | None:
    """The recorded change that did not finish, if any."""
    path = journal_path(root)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise JournalUnreadable(str(exc)) from None
    try:
        record: dict[str, Any] = json.loads(raw)
        if record.get("format") != FORMAT:
            raise JournalUnreadable(f"format {record.get('format')!r}")
        files = tuple(
            JournalFile(str(item["path"]), _decode(item["old"]), _decode_new(item["new"]))
            for item in record["files"]
        )
        return Intent(
            action=str(record["action"]),
            message=str(record["message"]),
            head=record["head"],
            stage_only=bool(record["stage_only"]),
            files=files,
            started=str(record.get("started", "")),
            pid=int(record.get("pid", 0)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise JournalUnreadable(str(exc)) from None


def end(root: Path) -> None:
    """The change is complete or undone: forget it."""
    with contextlib.suppress(FileNotFoundError):
        journal_path(root).unlink()


def sweep_temporary(root: Path) -> None:
    """Remove what a process killed while writing the journal itself left beside it."""
    path = journal_path(root)
    with contextlib.suppress(OSError):
        for temp in path.parent.glob(f".{path.name}.*.tmp"):
            temp.unlink()


def _encode(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _decode(text: object) -> bytes | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError("blob")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _decode_new(text: object) -> bytes:
    data = _decode(text)
    if data is None:
        raise TypeError("new blob")
    return data
