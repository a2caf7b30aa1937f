"""Text-level edits of a YAML file: locate with composed nodes, splice new text into the lines.

Why not ruamel.yaml's dump: it re-indents sequences, re-spaces flow mappings, wraps long lines
and turns CRLF into LF. Splicing changes only the bytes of the value being changed, so every
comment, quote, blank line and line ending the clerk wrote stays as it was. Every edit is
checked by reading the result back: the data must equal the old data with just that change.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cadrectl.core.problems import FieldPath, format_path
from cadrectl.core.text import (
    blank_unsafe,
    codepoint,
    may_hold_unsafe,
    unsafe_character,
    unsafe_in_text,
)
from cadrectl.model.dates import PartialDate
from cadrectl.store import fastyaml
from cadrectl.store.yamlfile import Diagnosis, compose_mapping, diagnose, load_plain

_BOM = "\ufeff"
_PLAIN_SAFE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^,\[\]{}#]*$")
# Characters YAML may not hold as they are (DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF),
# those ruamel.yaml reads as line breaks where yaml-rs does not (NEL, U+2028, U+2029), and the
# bidi marks. JSON leaves them raw, so they are written as \u escapes inside the double quotes.
# Why, when edits refuse them (_refuse_unsafe): a value that gets here anyway is visible in the
# file, and check reports it, instead of hiding in it.
_NOT_PRINTABLE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


class EditFailed(Exception):
    """The edit cannot be made on this text; ``code`` names the catalog message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


KeyOrder = Callable[[FieldPath], Sequence[str]]


def _no_order(path: FieldPath) -> Sequence[str]:
    return ()


def set_value(text: str, path: FieldPath, value: Any, key_order: KeyOrder = _no_order) -> str:
    """Set the value at ``path`` (creating missing mapping keys) and return the new text.

    ``key_order(mapping_path)`` names the keys of that mapping in schema order, so that a new
    key lands after the keys that come before it rather than at the end.
    """
    return _edit(text, path, value, append=False, key_order=key_order)


def append_item(text: str, path: FieldPath, item: Any, key_order: KeyOrder = _no_order) -> str:
    """Append ``item`` to the sequence at ``path`` (creating it if missing)."""
    return _edit(text, path, [item], append=True, key_order=key_order)


def append_items(
    text: str, path: FieldPath, items: Sequence[Any], key_order: KeyOrder = _no_order
) -> str:
    """Append ``items`` to the sequence at ``path`` (creating it if missing), in one edit.

    Why: each edit composes the whole file with ruamel.yaml (~25 ms for a cadre's file); a
    sheet that adds ten years of grades to each of a hundred people would take that a
    thousand times over.
    """
    if not items:
        return text
    return _edit(text, path, list(items), append=True, key_order=key_order)


def delete_key(text: str, path: FieldPath) -> str:
    """Remove the mapping key at ``path`` with its value; every other byte stays (a block key's
    lines go whole, a flow key with one comma). Refused: a key that is not there, the only key
    of a block mapping, and a key that shares its line (``- key: …``)."""
    bom = _BOM if text.startswith(_BOM) else ""
    body = text[len(bom) :]
    root, old_data = _located(body)
    node: Node | None = root
    for part in path[:-1]:
        if isinstance(node, MappingNode) and isinstance(part, str):
            node = (_pair(node, part) or (None, None))[1]
        elif (
            isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value)
        ):
            node = node.value[part]
        else:
            node = None
    key = path[-1] if path else None
    pair = _pair(node, key) if isinstance(node, MappingNode) and isinstance(key, str) else None
    if node is None or pair is None:
        raise EditFailed("edit-no-such-field", path=format_path(path))
    assert isinstance(node, MappingNode)
    index = next(i for i, (k, _) in enumerate(node.value) if k is pair[0])
    last = pair[1]  # a block collection's marks run on over the comments after it
    while isinstance(last, MappingNode | SequenceNode) and not last.flow_style and last.value:
        last = last.value[-1][1] if isinstance(last, MappingNode) else last.value[-1]
    start, end = pair[0].start_mark.index, _content_end(body, last)
    if node.flow_style and index > 0:  # from the end of the value before: ", key: value"
        start = _content_end(body, node.value[index - 1][1])
    elif node.flow_style and len(node.value) > 1:  # the first: "key: value, "
        end = node.value[1][0].start_mark.index
    elif not node.flow_style:
        line_start = body.rfind("\n", 0, start) + 1
        if body[line_start:start].strip() or len(node.value) == 1:
            raise EditFailed("edit-mismatch", path=format_path(path))
        start, end = line_start, _line_end(body, end)
    new_body = body[:start] + body[end:]
    expected = copy.deepcopy(old_data)
    target = expected
    for part in path[:-1]:
        target = target[part]
    del target[key]
    if _read(new_body) != expected:
        raise EditFailed("edit-mismatch", path=format_path(path))
    return bom + new_body


def render_scalar(value: Any) -> str:
    """A value as YAML flow text that reads back as the same value on both read paths."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        inner = ", ".join(f"{render_scalar(k)}: {render_scalar(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(render_scalar(item) for item in value) + "]"
    text = str(value)
    plain = (
        _PLAIN_SAFE.match(text) and not _NOT_PRINTABLE.search(text) and not unsafe_character(text)
    )
    if plain and text == text.strip() and ": " not in text:
        with contextlib.suppress(fastyaml.FastParseFailed):  # then it needs quotes
            if fastyaml.parse(f"v: {text}\n") == {"v": text}:
                return text
    quoted = json.dumps(text, ensure_ascii=False)
    return _NOT_PRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def _edit(text: str, path: FieldPath, value: Any, *, append: bool, key_order: KeyOrder) -> str:
    """Set ``value`` at ``path``; or, with ``append``, append the items of the list ``value``."""
    _refuse_unsafe(path, value)
    bom = _BOM if text.startswith(_BOM) else ""
    body = text[len(bom) :]
    root, old_data = _located(body)
    newline = "\r\n" if "\r\n" in body else "\n"
    new_body = _splice(body, root, path, value, append, newline, key_order)
    expected = _expected_data(old_data, path, value, append)
    if _read(new_body) != expected:
        raise EditFailed("edit-mismatch", path=format_path(path))
    return bom + new_body


def _refuse_unsafe(path: FieldPath, value: Any) -> None:
    """Refuse a value holding a control or bidi character: no edit writes one, even escaped."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            char = unsafe_character(item)
            if char is not None:
                raise EditFailed(
                    "edit-control-character", path=format_path(path), char=codepoint(char)
                )
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def _located(body: str) -> tuple[MappingNode, Any]:
    """The composed top mapping (whose nodes know their lines) and the data of ``body``.

    Why not always :func:`diagnose`: it reads the text twice with ruamel.yaml (events, then
    nodes), and a bulk import edits hundreds of files. Text the fast parser accepts has already
    passed every check the events would make (no duplicate key, alias, tag, or second document),
    so composing it once is enough; anything else gets the full diagnosis and its reason.
    """
    try:
        data = fastyaml.parse(body)
    except fastyaml.FastParseFailed:
        data = None
    if isinstance(data, dict):
        node = compose_mapping(body)
        if node is None and may_hold_unsafe(body):
            # ruamel.yaml refuses control characters as written (yaml-rs reads them): locate in
            # a copy with a letter for each, where every index is the same, and splice here.
            node = compose_mapping(blank_unsafe(body))
        if node is not None:
            return node, data
    written = unsafe_in_text(body)
    if written:
        raise EditFailed("edit-unparsable", reason="control-character", line=written[0][0])
    root = diagnose(body)
    if isinstance(root, Diagnosis):
        raise EditFailed("edit-unparsable", reason=root.code, line=root.line or "?")
    try:  # what the read path's fallback gives (parse_text would diagnose the text again)
        return root, load_plain(body)
    except Exception:  # composes, but a value cannot be constructed
        raise EditFailed("edit-unparsable", reason="yaml-syntax", line="?") from None


def _read(text: str) -> Any:
    """The data of ``text`` by the registry's read path (the fast parser, or its fallback)."""
    from cadrectl.store.reader import parse_text

    return parse_text(text, "").data


def _splice(
    text: str,
    root: MappingNode,
    path: FieldPath,
    value: Any,
    append: bool,
    newline: str,
    key_order: KeyOrder,
) -> str:
    node: Node = root
    for depth, part in enumerate(path):
        last = depth == len(path) - 1
        if isinstance(node, MappingNode) and isinstance(part, str):
            pair = _pair(node, part)
            if pair is None:
                rest = path[depth + 1 :]
                if any(isinstance(p, int) for p in rest):
                    raise EditFailed("edit-no-such-field", path=format_path(path))
                inner: Any = value
                for key in reversed(rest):
                    inner = {key: inner}
                previous = _previous_key(node, part, key_order(path[:depth]))
                block_list = append and not rest
                return _insert_key(text, node, part, inner, newline, previous, block_list)
            node = pair[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int):
            if part == len(node.value) and not append:  # one past the end: a new item
                rest = path[depth + 1 :]
                if any(isinstance(p, int) for p in rest):
                    raise EditFailed("edit-no-such-field", path=format_path(path))
                item: Any = value
                for key in reversed(rest):
                    item = {key: item}
                return _append_to_sequence(text, node, [item], newline)
            if not 0 <= part < len(node.value):
                raise EditFailed(
                    "edit-index-too-far", path=format_path(path), index=part, length=len(node.value)
                )
            node = node.value[part]
        else:
            raise EditFailed("edit-no-such-field", path=format_path(path))
        if last and not append:
            return _replace(text, node, render_scalar(value))
    if not append:
        raise EditFailed("edit-no-such-field", path=format_path(path))
    if isinstance(node, SequenceNode):
        return _append_to_sequence(text, node, value, newline)
    if isinstance(node, ScalarNode) and node.value in ("", "~", "null"):
        return _replace(text, node, render_scalar(value))
    raise EditFailed("edit-not-a-list", path=format_path(path))


def _pair(node: MappingNode, key: str) -> tuple[Node, Node] | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def _replace(text: str, node: Node, new: str) -> str:
    start, end = node.start_mark.index, _content_end(text, node)
    return text[:start] + new + text[end:]


def _content_end(text: str, node: Node) -> int:
    """Where the node's own text ends (block collections' marks run on past line ends)."""
    end: int = node.end_mark.index
    if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
        return end
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _line_end(text: str, index: int) -> int:
    """Index just past the newline that ends the line holding ``index - 1``."""
    newline = text.find("\n", max(index - 1, 0))
    return len(text) if newline == -1 else newline + 1


def _previous_key(node: MappingNode, key: str, order: Sequence[str]) -> Node | bool | None:
    """The value node after which ``key`` belongs; False: before the first key; None: at the end."""
    if key not in order:
        return None
    present = {k.value: v for k, v in node.value if isinstance(k, ScalarNode)}
    earlier = [present[name] for name in order[: order.index(key)] if name in present]
    if earlier:
        latest: Node = max(earlier, key=lambda v: v.start_mark.index)
        return latest
    return False if present else None


def _insert_key(
    text: str,
    node: MappingNode,
    key: str,
    value: Any,
    newline: str,
    previous: Node | bool | None,
    block_list: bool,
) -> str:
    rendered_key = render_scalar(key)
    if node.flow_style:
        pair = f"{rendered_key}: {render_scalar(value)}"
        if previous is False:
            at = node.start_mark.index + 1
            return text[:at] + pair + ", " + text[at:]
        if isinstance(previous, Node):
            at = _content_end(text, previous)
            return text[:at] + ", " + pair + text[at:]
        close = _content_end(text, node) - 1  # the '}'
        before = text[node.start_mark.index + 1 : close].strip()
        separator = ", " if before else ""
        return text[:close] + separator + pair + text[close:]
    indent = " " * node.value[0][0].start_mark.column
    if block_list:
        lines = [f"{indent}{rendered_key}:"]
        lines += [f"{indent}  - {render_scalar(item)}" for item in value]
        addition = newline.join(lines) + newline
    else:
        addition = f"{indent}{rendered_key}: {render_scalar(value)}{newline}"
    if previous is False:
        first_key = node.value[0][0].start_mark.index
        at = text.rfind("\n", 0, first_key) + 1
        return text[:at] + addition + text[at:]
    after = previous if isinstance(previous, Node) else node.value[-1][1]
    at = _line_end(text, _content_end(text, after))
    if at == len(text) and not text.endswith("\n"):
        addition = newline + addition
    return text[:at] + addition + text[at:]


def _append_to_sequence(text: str, node: SequenceNode, items: list[Any], newline: str) -> str:
    """``items`` after the sequence's last item, in its style (flow, or a block line each)."""
    if node.flow_style:
        rendered = ", ".join(render_scalar(item) for item in items)
        close = _content_end(text, node) - 1  # the ']'
        before = text[node.start_mark.index + 1 : close].strip()
        if not before:
            return text[:close] + rendered + text[close:]
        return text[:close] + f", {rendered}" + text[close:]
    first = node.value[0]
    dash = text.rfind("-", 0, first.start_mark.index)
    line_start = text.rfind("\n", 0, dash) + 1
    indent = " " * (dash - line_start)
    at = _line_end(text, _content_end(text, node.value[-1]))
    addition = "".join(f"{indent}- {render_scalar(item)}{newline}" for item in items)
    if at == len(text) and not text.endswith("\n"):
        addition = newline + addition
    return text[:at] + addition + text[at:]


def _expected_data(old: Any, path: FieldPath, value: Any, append: bool) -> Any:
    """The data the edited file must read back as: the old data with just this change."""
    data = copy.deepcopy(old)
    rendered = _read(f"v: {render_scalar(value)}\n")
    if not isinstance(rendered, dict):  # a value YAML cannot hold as written
        raise EditFailed("edit-mismatch", path=format_path(path))
    parsed = rendered["v"]
    target = data
    for part in path[:-1]:
        if isinstance(target, dict) and part not in target:
            target[part] = {}
        elif isinstance(target, list) and part == len(target):  # a new item (see _splice)
            target.append({})
        target = target[part]
    last = path[-1]
    if append:
        current = target.get(last) if isinstance(target, dict) else target[last]
        target[last] = [*(current or []), *parsed]  # ``value`` is the list of items
    elif isinstance(target, list) and last == len(target):
        target.append(parsed)
    else:
        target[last] = parsed
    return data
