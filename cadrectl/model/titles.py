"""Field paths in the clerk's words: ``reserve.target_rank`` → ``拟培养层级（…）``."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel


def field_title(model: type[BaseModel], path: tuple[str | int, ...]) -> str | None:
    """The Chinese title of the deepest named field on ``path``, or None if unknown."""
    current: Any = model
    title: str | None = None
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return title
        found = _field_by_key(current, part)
        if found is None:
            return title
        info = found
        title = info.title or title
        current = _model_inside(info.annotation)
    return title


def keys_at(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """The keys a file may use in the mapping at ``path`` (empty if that is no model)."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        info = _field_by_key(current, part) if _is_model(current) else None
        if info is None:
            return []
        current = _model_inside(info.annotation)
    if not _is_model(current):
        return []
    return [info.alias or name for name, info in current.model_fields.items()]


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _field_by_key(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return info
    return None


def _model_inside(annotation: Any) -> Any:
    """The model class inside ``list[M]``, ``M | None`` and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            inner = _model_inside(arg)
            if inner is not None:
                return inner
    return None


def describe_field(file: str, path: tuple[str | int, ...]) -> str:
    """How a problem names its field: ``拟培养层级（reserve.target_rank）`` in Chinese."""
    from cadrectl.messages import language
    from cadrectl.rules.problems import format_path

    dotted = format_path(path)
    if not dotted or language() == "en":
        return dotted
    title = field_title(model_for_file(file), path)
    return f"{title}（{dotted}）" if title else dotted


def model_for_file(file: str) -> type[BaseModel]:
    """The model a registry-relative file is validated against."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.unit import Unit

    if file.startswith("units/"):
        return Unit
    if file.startswith("cadres/"):
        return Cadre
    return Config
