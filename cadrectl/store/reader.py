"""Read one registry file into plain Python data, or say precisely why it cannot be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cadrectl.core.problems import FieldPath, Problem, error
from cadrectl.core.text import (
    blank_unsafe,
    codepoint,
    first_surrogate,
    may_escape_unsafe,
    may_hold_unsafe,
    unsafe_character,
    unsafe_in_text,
)
from cadrectl.store import fastyaml
from cadrectl.store.textfile import TextProblem, decode_registry_text, read_capped


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
    """The file's bytes (never more than the size limit), or a document that says why not."""
    try:
        raw = read_capped(path)
    except OSError as exc:
        return RawDocument(file, None, [error(file, "unreadable", detail=exc.strerror or str(exc))])
    if isinstance(raw, TextProblem):
        return RawDocument(file, None, [error(file, raw.code, (), **raw.params)])
    return raw


def document_from_bytes(raw: bytes, file: str) -> RawDocument:
    """The same reading for bytes that come from elsewhere (git's history, say)."""
    text = decode_registry_text(raw)
    if isinstance(text, TextProblem):
        problem = error(file, text.code, (), **text.params).at(text.line, 1 if text.line else None)
        return RawDocument(file, None, [problem])
    return parse_text(text, file)


def parse_text(text: str, file: str) -> RawDocument:
    """The data of a registry text and its problems; a text with unsafe characters keeps its data.

    The common case costs the fast parse and a few searches at C speed; only a text that may
    nest too deeply, or may hold a control character, is looked at more closely.
    """
    data, problems = _parse(text, file, mapping=True)
    return RawDocument(file, data, problems, text)


def parse_any(text: str, file: str) -> tuple[Any, list[Problem]]:
    """The data of a text whose top level need not be a mapping (a bulk file's list), read
    with the same limits and explanations as a registry file."""
    return _parse(text, file, mapping=False)


def _parse(text: str, file: str, *, mapping: bool) -> tuple[Any, list[Problem]]:
    data: Any
    try:
        data = fastyaml.parse(text)
    except fastyaml.TooDeep as exc:
        data, problems = None, [_too_deep(file, exc.line)]
    except fastyaml.FastParseFailed:
        data, problems = _explain(text, file, mapping)
    else:
        problems = []
        if mapping and not isinstance(data, dict):
            data, problems = _explain(text, file, mapping)
    if may_hold_unsafe(text):
        problems += unsafe_character_problems(text, data, file)
    return data, problems


MAX_NESTING = fastyaml.MAX_NESTING


def _too_deep(file: str, line: int | None) -> Problem:
    return error(file, "too-deep", (), limit=MAX_NESTING).at(line, 1 if line else None)


def _explain(text: str, file: str, mapping: bool) -> tuple[Any, list[Problem]]:
    from ruamel.yaml.error import MarkedYAMLError

    from cadrectl.store.yamlfile import Diagnosis, diagnose, load_plain, locate

    lines = fastyaml.yaml_lines(text)
    if fastyaml.may_nest_deeply(lines):
        line = fastyaml.deep_line(lines)
        if line is not None:
            return None, [_too_deep(file, line)]
    result = diagnose(text)
    if isinstance(result, Diagnosis) and (mapping or result.code != "not-a-mapping"):
        problem = error(file, result.code, (), **result.params).at(result.line, result.column)
        return None, [problem]
    # ruamel.yaml accepts what the fast parser refused (a '!' in plain text that looked like a
    # tag, say): its data is the file's meaning.
    try:
        data = load_plain(text)
    except MarkedYAMLError as exc:  # a duplicate key, say: shown where it is
        mark = exc.problem_mark or exc.context_mark
        detail = " ".join(f"{exc.context or ''} {exc.problem or ''}".split())[:300]
        problem = error(file, "yaml-syntax", (), detail=detail)
        return None, [problem.at(mark.line + 1, mark.column + 1) if mark else problem]
    except Exception as exc:  # a value that composes but cannot be constructed
        detail = " ".join(str(exc).split())[:300]
        return None, [error(file, "yaml-syntax", (), detail=detail)]
    if fastyaml.nests_deeper(data, MAX_NESTING):
        return None, [_too_deep(file, fastyaml.deep_line(lines))]
    if may_escape_unsafe(text):
        # yaml-rs refuses an escape that makes a lone surrogate ("\\ud800"); so must this path.
        node = None if isinstance(result, Diagnosis) else result
        for path, value in _texts(data):
            char = first_surrogate(value)
            if char is not None:
                line, column = locate(node, path) if node is not None else (None, None)
                detail = f"{codepoint(char)}: a lone surrogate is not text"
                problem = error(file, "yaml-syntax", path, detail=detail).at(line, column)
                return None, [problem]
    return data, []


def unsafe_character_problems(text: str, data: Any, file: str) -> list[Problem]:
    """A problem for each line holding a control or bidi character, and each value made one.

    Characters written as they are are found in the text (one problem a line, at its column);
    those made by an escape (``"\\e"``, ``"\\u202e"``) are found in the data and located with
    the round-trip loader. The file keeps its data: the problems are errors all the same.
    """
    written = unsafe_in_text(text)
    problems = [
        error(file, "control-character", (), char=codepoint(char)).at(line, column)
        for line, column, char in written
    ]
    if data is None or not may_escape_unsafe(text):
        return problems
    from cadrectl.store.yamlfile import compose_mapping, locate

    # ruamel.yaml refuses most of those characters as written: locate in a copy without them
    # (one letter for each, so every line and column stays where it was).
    root = compose_mapping(blank_unsafe(text) if written else text)
    lines = {line for line, _, _ in written}
    found = []
    for path, char in _unsafe_values(data):
        line, column = locate(root, path) if root is not None else (None, None)
        if line is None or line not in lines:
            problem = error(file, "control-character", path, char=codepoint(char))
            found.append(problem.at(line, column))
    found.sort(key=lambda problem: (problem.line or 0, problem.column or 0))
    return problems + found


def _unsafe_values(data: Any) -> list[tuple[FieldPath, str]]:
    """(path, first unsafe character) of every key and text value holding one."""
    found = []
    for path, value in _texts(data):
        char = unsafe_character(value)
        if char is not None:
            found.append((path, char))
    return found


def _texts(data: Any) -> list[tuple[FieldPath, str]]:
    """Every text in parsed data, key or value, with its path (a key's path ends at it)."""
    found: list[tuple[FieldPath, str]] = []
    stack: list[tuple[FieldPath, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            found.append((path, node))
        elif isinstance(node, dict):
            for key, value in node.items():
                part = key if isinstance(key, str | int) else str(key)
                if isinstance(key, str):
                    found.append(((*path, key), key))
                stack.append(((*path, part), value))
        elif isinstance(node, list):
            stack.extend(((*path, index), item) for index, item in enumerate(node))
    return found
