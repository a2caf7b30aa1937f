"""Values typed on the command line, read by the type of the field they go to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from cadrectl.errors import UsageError
from cadrectl.model.dates import DateError, PartialDate
from cadrectl.rules.problems import FieldPath

if TYPE_CHECKING:
    from pydantic import BaseModel

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
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
    return parse_path(name.strip()), value.strip()


def coerce(model: type[BaseModel], path: FieldPath, raw: str) -> Any:
    """The typed value for ``raw`` at ``path``: dates accept YYYY.MM, booleans 是/否…"""
    from cadrectl.model.paths import field_at, scalar_type

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
    from cadrectl.rules.problems import format_path

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
