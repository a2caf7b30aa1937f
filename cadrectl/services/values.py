"""Values typed on the command line, read by the type of the field they go to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from cadrectl.core.errors import UsageError
from cadrectl.core.problems import FieldPath
from cadrectl.model.dates import DateError, PartialDate

if TYPE_CHECKING:
    from pydantic import BaseModel

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")
# Why: an index is stepped to one item at a time (``add`` fills a list up to it); no cadre's
# list comes near this, and ``education[100000000]`` must be refused, not tried.
MAX_LIST_INDEX = 1000
_TRUE = {"true", "yes", "y", "是", "1"}
_FALSE = {"false", "no", "n", "否", "0"}


def parse_path(text: str) -> FieldPath:
    """``education[1].major`` → ``("education", 1, "major")``."""
    parts: list[str | int] = []
    for chunk in text.split("."):
        if not chunk:
            raise UsageError("edit.bad-path", path=text)
        end = 0
        for match in _PART.finditer(chunk):
            if match.start() != end:
                raise UsageError("edit.bad-path", path=text)
            name, index = match.groups()
            if index is not None and (
                len(index.lstrip("0")) > len(str(MAX_LIST_INDEX)) or int(index) > MAX_LIST_INDEX
            ):
                raise UsageError("edit.index-too-large", path=text, limit=MAX_LIST_INDEX)
            parts.append(name if name is not None else int(index))
            end = match.end()
        if end != len(chunk):
            raise UsageError("edit.bad-path", path=text)
    if not parts or isinstance(parts[0], int):
        raise UsageError("edit.bad-path", path=text)
    return tuple(parts)


def split_assignment(text: str) -> tuple[FieldPath, str]:
    """``current.post=镇长`` → ``(("current", "post"), "镇长")``."""
    name, sep, value = text.partition("=")
    if not sep:
        raise UsageError("edit.bad-assignment", text=text)
    path = parse_path(name.strip())
    refuse_unsafe(path, value)  # before strip(): it would drop a NEL or U+2028 unseen
    return path, value.strip()


def coerce(model: type[BaseModel], path: FieldPath, raw: str) -> Any:
    """The typed value for ``raw`` at ``path``: dates accept YYYY.MM, booleans 是/否…"""
    from cadrectl.model.paths import field_at, scalar_type

    refuse_unsafe(path, raw)
    info = field_at(model, path)
    if info is None:
        return raw
    target = scalar_type(info.annotation)
    if isinstance(path[-1], int) or _is_list(target):
        if isinstance(path[-1], int):
            return _coerce_scalar(_list_item_type(target), raw, path)
        items = [item.strip() for item in re.split(r"[,，、]", raw) if item.strip()]
        if raw.startswith("["):
            items = [item.strip() for item in raw.strip("[]").split(",") if item.strip()]
        return [_coerce_scalar(_list_item_type(target), item, path) for item in items]
    return _coerce_scalar(target, raw, path)


def _is_list(annotation: Any) -> bool:
    import typing

    return typing.get_origin(annotation) is list


def _list_item_type(annotation: Any) -> Any:
    import typing

    from cadrectl.model.paths import scalar_type

    args = typing.get_args(annotation)
    return scalar_type(args[0]) if args else str


def _coerce_scalar(target: Any, raw: str, path: FieldPath) -> Any:
    from cadrectl.core.problems import format_path

    if raw == "":
        return None
    if target is PartialDate:
        try:
            return PartialDate.parse_typed(raw)
        except DateError:
            raise UsageError("cli.error.bad-date", value=raw) from None
    if target is bool:
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise UsageError("edit.bad-bool", value=raw, path=format_path(path))
    if target is int:
        try:
            return int(raw)
        except ValueError:
            raise UsageError("edit.bad-number", value=raw, path=format_path(path)) from None
    if target is float:
        try:
            number = float(raw)
        except ValueError:
            raise UsageError("edit.bad-number", value=raw, path=format_path(path)) from None
        return int(number) if number.is_integer() else number
    return raw


def refuse_unsafe(path: FieldPath, raw: str) -> None:
    """Refuse a typed value holding a control or bidi character, named as ``U+001B``."""
    from cadrectl.core.problems import format_path
    from cadrectl.core.text import codepoint, unsafe_character

    char = unsafe_character(raw)
    if char is not None:
        raise UsageError(
            "problem.edit-control-character", path=format_path(path), char=codepoint(char)
        )


def put_value(data: dict[str, Any], path: FieldPath, value: Any) -> None:
    """Set ``value`` at ``path`` in plain data, making the mappings and list items on the way.

    An index may be one past the end of its list (a new item), never further: so that
    ``education[5]`` on a list of two is refused rather than filled with empty items.
    """
    from cadrectl.core.problems import format_path

    target: Any = data
    for depth, part in enumerate(path):
        last = depth == len(path) - 1
        if isinstance(part, int):
            if not isinstance(target, list):
                raise UsageError("edit.bad-path", path=format_path(path))
            if part > len(target):
                raise UsageError(
                    "problem.edit-index-too-far",
                    path=format_path(path),
                    index=part,
                    length=len(target),
                )
            if part == len(target):
                target.append(None if last else [] if isinstance(path[depth + 1], int) else {})
        elif not isinstance(target, dict):
            raise UsageError("edit.bad-path", path=format_path(path))
        if last:
            target[part] = value
            return
        if isinstance(target, dict) and part not in target:
            target[part] = [] if isinstance(path[depth + 1], int) else {}
        target = target[part]  # not a list or mapping where the path goes on: refused above
