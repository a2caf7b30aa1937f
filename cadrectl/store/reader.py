"""Read one registry file into plain Python data, or say precisely why it cannot be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cadrectl.rules.problems import Problem, error
from cadrectl.store import fastyaml
from cadrectl.store.textfile import TextProblem, decode_registry_text


@dataclass(slots=True)
class RawDocument:
    """The parsed mapping of a file (None when unreadable) and what went wrong reading it."""

    file: str
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)
    text: str | None = None  # the decoded text, when the bytes were text at all


def read_document(path: Path, file: str) -> RawDocument:
    """Fast path first; the round-trip loader only to explain a file the fast path refused."""
    raw = read_raw(path, file)
    return raw if isinstance(raw, RawDocument) else document_from_bytes(raw, file)


def read_raw(path: Path, file: str) -> bytes | RawDocument:
    """The file's bytes, or a document that says why they cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        return RawDocument(file, None, [error(file, "unreadable", detail=exc.strerror or str(exc))])


def document_from_bytes(raw: bytes, file: str) -> RawDocument:
    """The same reading for bytes that come from elsewhere (git's history, say)."""
    text = decode_registry_text(raw)
    if isinstance(text, TextProblem):
        problem = error(file, text.code, (), **text.params).at(text.line, 1 if text.line else None)
        return RawDocument(file, None, [problem])
    return parse_text(text, file)


def parse_text(text: str, file: str) -> RawDocument:
    try:
        data = fastyaml.parse(text)
    except fastyaml.FastParseFailed:
        data = None
    document = RawDocument(file, data) if isinstance(data, dict) else _explain(text, file)
    document.text = text
    return document


MAX_NESTING = 100  # a registry file nests about six levels; ruamel.yaml is quadratic in depth


def _explain(text: str, file: str) -> RawDocument:
    from cadrectl.store.yamlfile import Diagnosis, diagnose, load_plain

    line = _too_deep_at(text)
    if line is not None:
        return RawDocument(file, None, [error(file, "too-deep", (), limit=MAX_NESTING).at(line, 1)])
    result = diagnose(text)
    if isinstance(result, Diagnosis):
        problem = error(file, result.code, (), **result.params).at(result.line, result.column)
        return RawDocument(file, None, [problem])
    # ruamel.yaml accepts what the fast parser refused (a '!' in plain text that looked like a
    # tag, say): its data is the file's meaning.
    try:
        return RawDocument(file, load_plain(text))
    except Exception as exc:  # a value that composes but cannot be constructed
        detail = " ".join(str(exc).split())[:300]
        return RawDocument(file, None, [error(file, "yaml-syntax", (), detail=detail)])


def _too_deep_at(text: str) -> int | None:
    """The line where brackets or indentation nest deeper than any registry file would."""
    depth, line, quote = 0, 1, ""
    for char in text:
        if char == "\n":
            line += 1
        elif quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
    for number, row in enumerate(text.splitlines(), start=1):
        if len(row) - len(row.lstrip(" ")) > 2 * MAX_NESTING:
            return number
    return None
