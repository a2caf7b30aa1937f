"""Walking the models along a field path: which field, which keys, in which order."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

Path = tuple[str | int, ...]


def field_at(model: type[BaseModel], path: Path) -> FieldInfo | None:
    """The field a path ends on (list indexes are stepped over), or None if there is none."""
    current: Any = model
    info: FieldInfo | None = None
    for part in path:
        if isinstance(part, int):
            continue
        if not is_model(current):
            return None
        info = field_by_key(current, part)
        if info is None:
            return None
        current = model_inside(info.annotation)
    return info


def model_at(model: type[BaseModel], path: Path) -> type[BaseModel] | None:
    """The model of the mapping at ``path`` (the root for ``()``), or None."""
    if not path:
        return model
    info = field_at(model, path)
    return None if info is None else model_inside(info.annotation)


def keys_at(model: type[BaseModel], path: Path) -> list[str]:
    """The keys a file may use in the mapping at ``path``, in schema order."""
    inner = model_at(model, path)
    if inner is None:
        return []
    return [info.alias or name for name, info in inner.model_fields.items()]


def is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def field_by_key(model: type[BaseModel], key: str) -> FieldInfo | None:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return info
    return None


def model_inside(annotation: Any) -> type[BaseModel] | None:
    """The model class inside ``list[M]``, ``M | None`` and the like."""
    if is_model(annotation):
        return typing.cast(type[BaseModel], annotation)
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            inner = model_inside(arg)
            if inner is not None:
                return inner
    return None


def scalar_type(annotation: Any) -> Any:
    """The scalar type under ``X | None``, ``Annotated[X, …]`` and ``list[X]``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return scalar_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return scalar_type(args[0]) if len(args) == 1 else annotation
    return annotation
