"""The round-trip side of YAML: one configured loader, diagnosis of bad files, and locating fields.

The round-trip loader keeps the line and column of every key, so it is what turns a field path
(``reserve.target_posts[0]``) into ``file:line:column`` and a parse failure into a clear reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cadrectl.core.problems import FieldPath


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


def diagnose(text: str) -> Diagnosis | MappingNode:
    """Compose ``text`` into nodes (which know their lines): the top mapping, or why refused.

    Refused: syntax errors, tab indentation, duplicate keys, explicit tags, aliases, more than
    one document, and a top level that is not a mapping. Values are not constructed, so a
    file with an impossible date still composes and can be located.
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
                    return _at(event.start_mark, "multiple-documents", {})
            elif isinstance(event, AliasEvent):
                return _at(event.start_mark, "yaml-alias", {"anchor": str(event.anchor)})
            elif isinstance(event, NodeEvent) and _explicit_tag(event) is not None:
                return _at(event.start_mark, "yaml-tag", {"tag": str(_explicit_tag(event))})
        node = _compose(yaml, text)
    except MarkedYAMLError as exc:
        return _diagnose_marked(text, exc)
    except (YAMLError, ValueError, RecursionError) as exc:
        return Diagnosis("yaml-syntax", None, None, {"detail": _one_line(str(exc))})
    if node is None:
        return Diagnosis("empty-file", None, None, {})
    if not isinstance(node, MappingNode):
        return _at(node.start_mark, "not-a-mapping", {})
    duplicate = _first_duplicate_key(node)
    if duplicate is not None:
        return _at(duplicate.start_mark, "duplicate-key", {"key": str(duplicate.value)})
    return node


def compose_mapping(text: str) -> MappingNode | None:
    """The top mapping of ``text`` composed into nodes in one pass, or None if it is not one.

    For text already known to be a clean document (the fast parser accepted it); anything else
    should go through :func:`diagnose`, which says why.
    """
    from ruamel.yaml.error import YAMLError

    try:
        node = _compose(roundtrip_yaml(), text)
    except (YAMLError, ValueError, RecursionError):
        return None
    return node if isinstance(node, MappingNode) else None


def _compose(yaml: YAML, text: str) -> Node | None:
    """``yaml.compose(text)`` without ruamel.yaml's warning about an anchor named twice.

    Why: YAML allows an anchor to be redefined, aliases are refused on their own, and the
    warning would otherwise be printed in the middle of a command's output.
    """
    import warnings

    from ruamel.yaml.error import ReusedAnchorWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReusedAnchorWarning)
        node: Node | None = yaml.compose(text)
    return node


def _first_duplicate_key(root: Node) -> Node | None:
    """The second occurrence of the first key that a mapping repeats, anywhere in the tree."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            seen: set[object] = set()
            for key, value in node.value:
                marker = key.value if isinstance(key, ScalarNode) else id(key)
                if marker in seen:
                    return key  # type: ignore[no-any-return]
                seen.add(marker)
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return None


def _explicit_tag(event: Any) -> str | None:
    tag = getattr(event, "tag", None)
    if tag is None:
        return None
    value = getattr(tag, "value", tag)
    return None if value in (None, "!") else str(value)


def _at(mark: Any, code: str, params: dict[str, str]) -> Diagnosis:
    return Diagnosis(code, mark.line + 1, mark.column + 1, params)


def _diagnose_marked(text: str, exc: Any) -> Diagnosis:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
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


def locate(root: Node, path: FieldPath) -> tuple[int, int]:
    """1-based line and column of the deepest node of ``path`` present under ``root``.

    A missing key points at its parent; path parts that are not keys (pydantic's union
    branch names) are skipped.
    """
    node: Node = root
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    for part in path:
        if isinstance(node, MappingNode):
            found = next(
                ((k, v) for k, v in node.value if _key_matches(k, part)),
                None,
            )
            if found is None:
                if isinstance(part, str) and not _looks_like_key(part):
                    continue
                break
            key, node = found
            line, column = key.start_mark.line + 1, key.start_mark.column + 1
        elif isinstance(node, SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                break
            node = node.value[part]
            line, column = node.start_mark.line + 1, node.start_mark.column + 1
        else:
            break
    return line, column


# How keys that are no text show in a field path: the str of the value a parser made of them
# (pydantic names a boolean key as its integer, True as 1)
_TRUE, _FALSE = {"true", "True", "TRUE"}, {"false", "False", "FALSE"}
_PLAIN_KEYS = {"None": {"~", "null", "Null", "NULL", ""}, "True": _TRUE, "False": _FALSE,
               "1": _TRUE, "0": _FALSE}  # fmt: skip


def _key_matches(key: Node, part: object) -> bool:
    if isinstance(key, ScalarNode):
        return bool(
            key.value == part or (isinstance(part, str) and key.value in _PLAIN_KEYS.get(part, ()))
        )
    # a complex key (`? [a, b]`) shows as the text of a tuple or list
    return isinstance(part, str) and part[:1] in "([{" and part[-1:] in ")]}"


def _looks_like_key(part: str) -> bool:
    return not any(mark in part for mark in "[](),")


def load_plain(text: str) -> Any:
    """Construct ``text`` with ruamel.yaml's safe loader (YAML 1.2), as plain Python data."""
    loader = YAML(typ="safe", pure=True)
    loader.allow_duplicate_keys = False
    return loader.load(text)
