"""Bytes to text for registry files: size limit, UTF-8 only (BOM accepted), a named guess if not."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

MAX_FILE_BYTES = 1024 * 1024  # a cadre file is a few KB; anything this large is not one


@dataclass(frozen=True, slots=True)
class TextProblem:
    """Why the bytes are not a registry text: catalog code, line, and message parameters."""

    code: str
    line: int | None
    params: dict[str, str]


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
