"""Bytes to text for registry files: size limit, UTF-8 only (BOM accepted and kept), a named guess
if not.

The characters no registry value may hold (controls and bidi marks) are in
:mod:`cadrectl.core.text`.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 1024 * 1024  # a cadre file is a few KB; anything this large is not one


@dataclass(frozen=True, slots=True)
class TextProblem:
    """Why the bytes are not a registry text: catalog code, line, and message parameters."""

    code: str
    line: int | None
    params: dict[str, str]


_CHUNK = 64 * 1024


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | TextProblem:
    """The bytes of ``path``, or file-too-large when it holds more than ``limit`` bytes.

    Never reads more than ``limit + 1`` bytes, so ``/dev/zero`` or a 5 GB file costs no more
    than a file at the limit. Raises OSError as ``Path.read_bytes`` does.
    """
    # Why O_NONBLOCK: opening a named pipe nobody writes to would wait forever; opened so, a
    # read then sees the end at once (a pipe that is being written is read as usual).
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        size = os.fstat(descriptor).st_size
        # Why the size first: read(limit + 1) allocates the whole megabyte for every file, a
        # third of a second at 10,000 files; a regular file is read in one call, and what a
        # pipe or a device holds in chunks, never past the limit.
        chunks: list[bytes] = []
        total, want = 0, (min(size, limit) + 1 if size else _CHUNK)
        while total <= limit:
            chunk = handle.read(want)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = min(_CHUNK, limit + 1 - total) or 1
        data = b"".join(chunks) if len(chunks) != 1 else chunks[0]
        if len(data) <= limit:
            return data
    shown = f"{size / 1024:.0f}" if size > limit else f">{limit // 1024}"
    return TextProblem("file-too-large", None, {"size": shown, "limit": f"{limit // 1024}"})


def read_registry_text(path: Path) -> str | TextProblem:
    """A file read as registry text (``--from-file`` inputs too): capped, UTF-8, no NUL."""
    raw = read_capped(path)
    return raw if isinstance(raw, TextProblem) else decode_registry_text(raw)


def decode_registry_text(data: bytes) -> str | TextProblem:
    """The file's text, or the reason it cannot be read as UTF-8 YAML."""
    if len(data) > MAX_FILE_BYTES:
        return TextProblem(
            "file-too-large", None, {"size": f"{len(data) / 1024:.0f}", "limit": "1024"}
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return TextProblem("encoding", 1, {"encoding": "UTF-32"})
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TextProblem("encoding", 1, {"encoding": "UTF-16"})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return TextProblem("encoding", line, {"encoding": guess_encoding(data)})
    if "\x00" in text:
        return TextProblem("binary-file", text.count("\n", 0, text.index("\x00")) + 1, {})
    return text


def encode_like(text: str, path: Path) -> bytes:
    """``text`` as the UTF-8 bytes written over ``path``: with a BOM when the file has one.

    Why: Notepad starts a UTF-8 file with a BOM; the reader drops it, and a change written
    without it would change a byte of the file no edit asked for.
    """
    data = text.encode("utf-8")
    if data.startswith(codecs.BOM_UTF8):
        return data
    try:
        with path.open("rb") as handle:
            start = handle.read(len(codecs.BOM_UTF8))
    except OSError:  # a new file (or one that cannot be read: the write will say why)
        return data
    return codecs.BOM_UTF8 + data if start == codecs.BOM_UTF8 else data


def guess_encoding(data: bytes) -> str:
    """Name the likely encoding of bytes that are not UTF-8 (the clerk's files are mostly GBK)."""
    for name, label in (("gb18030", "GBK"), ("big5", "Big5"), ("shift_jis", "Shift-JIS")):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return label
    return "unknown"
