"""Bytes to text for registry files: size limit, UTF-8 only (BOM accepted), a named guess if not.

Also the characters no registry value may hold (controls and bidi marks), found and shown.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 1024 * 1024  # a cadre file is a few KB; anything this large is not one

# Why: characters no registry value has a use for, and which change what a terminal, an editor
# or Excel shows: C0 controls but tab and newline (ESC starts terminal sequences, BEL rings),
# DEL, C1 controls (NEL is a line break to ruamel.yaml and not to yaml-rs), the line and
# paragraph separators (likewise), and the bidirectional marks, embeddings, overrides and
# isolates that reorder what is shown ("Trojan Source", CVE-2021-42574). Lone surrogates too:
# they are no text at all (a typed argument that was not UTF-8 holds them), and cannot be printed.
_UNSAFE = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE_CHARACTER = re.compile(f"[{_UNSAFE}]")
_UNSAFE_IN_VALUE = re.compile(f"[{_UNSAFE}\r]")
_UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE}]|\r(?!\n)")  # CR only as part of a CRLF line end
_UNSAFE_ESCAPE = re.compile(r"\\[0abvfreNLPxuU]")


def unsafe_character(value: str) -> str | None:
    """The first character ``value`` may not hold (see ``_UNSAFE``), or None."""
    found = _UNSAFE_IN_VALUE.search(value)
    return None if found is None else found.group()


def first_surrogate(value: str) -> str | None:
    """The first lone surrogate in ``value`` (which no UTF-8 text can hold), or None."""
    found = _SURROGATE.search(value)
    return None if found is None else found.group()


def codepoint(char: str) -> str:
    """``U+001B``: how a message names a character without printing it."""
    return f"U+{ord(char):04X}"


def escape_unsafe(value: str, *, json: bool = False) -> str:
    """``value`` with each unsafe character shown as an escape (``\\x1b``, ``\\u202e``).

    With ``json``, as JSON's ``\\u001b``: JSON text escaped so reads back as the same data.
    """
    if _UNSAFE_IN_VALUE.search(value) is None:
        return value
    return _UNSAFE_IN_VALUE.sub(_json_escaped if json else _escaped, value)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _json_escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def blank_unsafe(text: str) -> str:
    """``text`` with each unsafe character but CR replaced by ``x`` (lines and columns kept)."""
    return _UNSAFE_CHARACTER.sub("x", text)


def may_hold_unsafe(text: str) -> bool:
    """Whether ``text`` may hold an unsafe character or make one by an escape (cheap, C speed).

    A backslash counts: only a double-quoted escape (``"\\e"``) makes one otherwise.
    """
    if "\\" in text:
        return True
    # Why: every unsafe character is unprintable to Python, and isprintable() runs twice as
    # fast as the regex over CJK text; a tab, CR or U+3000 space then takes the regex.
    if text.replace("\n", " ").isprintable():
        return False
    if _UNSAFE_CHARACTER.search(text) is not None:
        return True
    return "\r" in text and text.count("\r") != text.count("\r\n")


def unsafe_in_text(text: str) -> list[tuple[int, int, str]]:
    """(line, column, character) of the first unsafe character, as written, on each line."""
    found: list[tuple[int, int, str]] = []
    line, counted, at = 1, 0, 0  # newlines before index ``counted`` are counted in ``line``
    while (match := _UNSAFE_IN_TEXT.search(text, at)) is not None:
        start = match.start()
        line += text.count("\n", counted, start)
        counted = start
        line_start = text.rfind("\n", 0, start) + 1
        found.append((line, start - line_start + 1, match.group()))
        at = text.find("\n", start) + 1
        if at == 0:
            break
    return found


def may_escape_unsafe(text: str) -> bool:
    """Whether ``text`` holds a YAML escape that can stand for an unsafe character."""
    return "\\" in text and _UNSAFE_ESCAPE.search(text) is not None


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


def guess_encoding(data: bytes) -> str:
    """Name the likely encoding of bytes that are not UTF-8 (the clerk's files are mostly GBK)."""
    for name, label in (("gb18030", "GBK"), ("big5", "Big5"), ("shift_jis", "Shift-JIS")):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return label
    return "unknown"
