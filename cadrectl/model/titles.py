"""Field paths in the clerk's words: ``reserve.target_rank`` → ``拟培养层级（…）``."""

from __future__ import annotations

from pydantic import BaseModel

from cadrectl.model.paths import field_by_key, is_model, model_inside


def field_title(model: type[BaseModel], path: tuple[str | int, ...]) -> str | None:
    """The Chinese title of the deepest named field on ``path``, or None if unknown."""
    current: type[BaseModel] | None = model
    title: str | None = None
    for part in path:
        if isinstance(part, int):
            continue
        if current is None or not is_model(current):
            return title
        info = field_by_key(current, part)
        if info is None:
            return title
        title = info.title or title
        current = model_inside(info.annotation)
    return title


def describe_field(file: str, path: tuple[str | int, ...]) -> str:
    """How a problem names its field: ``拟培养层级（reserve.target_rank）`` in Chinese."""
    from cadrectl.core.messages import language
    from cadrectl.core.problems import format_path

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
