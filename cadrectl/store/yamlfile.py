"""The round-trip side of YAML: one configured loader, diagnosis of bad files, and locating fields.

The round-trip loader keeps the line and column of every key, so it is what turns a field path
(``reserve.target_posts[0]``) into ``file:line:column`` and a parse failure into a clear reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cadrectl.rules.problems import FieldPath


def roundtrip_yaml() -> YAML:
    """A fresh round-trip YAML configured the way every cadrectl edit expects."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """Why a text is not a usable registry document, with a 1-based line and column."""

    code: str
    line: int | None
    column: int | None
    params: dict[str, str]


def diagnose(text: str) -> Diagnosis | Any:
    """Load ``text`` with the round-trip loader: the document, or why it is refused.

    Refused: syntax errors, tab indentation, duplicate keys, explicit tags, aliases, more than
    one document, and a top level that is not a mapping.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.events import AliasEvent, DocumentStartEvent, NodeEvent

    yaml = roundtrip_yaml()
    try:
        documents = 0
        for event in yaml.parse(text):
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    return _at(event, "multiple-documents", {})
            elif isinstance(event, AliasEvent):
                return _at(event, "yaml-alias", {"anchor": str(event.anchor)})
            elif isinstance(event, NodeEvent) and _explicit_tag(event) is not None:
                return _at(event, "yaml-tag", {"tag": str(_explicit_tag(event))})
        document = yaml.load(text)
    except MarkedYAMLError as exc:
        return _diagnose_marked(text, exc)
    except (YAMLError, ValueError, RecursionError) as exc:
        return Diagnosis("yaml-syntax", None, None, {"detail": _one_line(str(exc))})
    if document is None:
        return Diagnosis("empty-file", None, None, {})
    if not isinstance(document, CommentedMap):
        return Diagnosis("not-a-mapping", 1, 1, {})
    return document


def _explicit_tag(event: Any) -> str | None:
    tag = getattr(event, "tag", None)
    if tag is None:
        return None
    value = getattr(tag, "value", tag)
    return None if value in (None, "!") else str(value)


def _at(event: Any, code: str, params: dict[str, str]) -> Diagnosis:
    mark = event.start_mark
    return Diagnosis(code, mark.line + 1, mark.column + 1, params)


def _diagnose_marked(text: str, exc: Any) -> Diagnosis:
    from ruamel.yaml.constructor import DuplicateKeyError

    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    if isinstance(exc, DuplicateKeyError):
        key = str(exc.problem).split('"')[1] if '"' in str(exc.problem) else ""
        return Diagnosis("duplicate-key", line, column, {"key": key})
    tab_line = _first_tab_indent(text, up_to=line)
    if tab_line is not None:
        return Diagnosis("tab-indent", tab_line, 1, {})
    detail = _one_line(f"{exc.context or ''} {exc.problem or ''}".strip())
    return Diagnosis("yaml-syntax", line, column, {"detail": detail})


def _first_tab_indent(text: str, up_to: int | None) -> int | None:
    """The first line (1-based) whose indentation contains a tab, at or before ``up_to``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if up_to is not None and number > up_to:
            break
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            return number
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def locate(document: Any, path: FieldPath) -> tuple[int, int]:
    """1-based line and column of the deepest node of ``path`` present in ``document``.

    A missing key points at its parent; path parts that are not keys (pydantic's union
    branch names) are skipped.
    """
    node = document
    line, column = 1, 1
    if isinstance(node, CommentedMap | CommentedSeq) and node.lc.line is not None:
        line, column = node.lc.line + 1, node.lc.col + 1
    for part in path:
        if isinstance(node, CommentedMap):
            if part not in node:
                if isinstance(part, str) and not _looks_like_key(part):
                    continue
                break
            key_line, key_col = node.lc.key(part)
            line, column = key_line + 1, key_col + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int):
            if not 0 <= part < len(node):
                break
            item_line, item_col = node.lc.item(part)
            line, column = item_line + 1, item_col + 1
            node = node[part]
        else:
            break
    return line, column


def _looks_like_key(part: str) -> bool:
    return not any(mark in part for mark in "[](),")


def plain_data(node: Any) -> Any:
    """Round-trip containers and scalars as the plain values the fast path returns."""
    import datetime as dt

    if isinstance(node, CommentedMap | dict):
        return {plain_data(key): plain_data(value) for key, value in node.items()}
    if isinstance(node, CommentedSeq | list):
        return [plain_data(item) for item in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.datetime):
        return dt.datetime(*node.timetuple()[:6], node.microsecond, node.tzinfo)
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    if isinstance(node, str):
        return str(node)
    return node
