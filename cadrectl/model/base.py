"""The base of every registry model: frozen, unknown keys refused, Chinese titles required."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

NonEmptyStr = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Year = Annotated[int, Field(ge=1900, le=2100)]


class RegistryModel(BaseModel):
    """Frozen and strict about keys: a typo in a key is an error, never silently dropped."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        str_strip_whitespace=True,
        # Why: lax mode would read `grassroots: yes` (a string in YAML 1.2) as true, which the
        # JSON Schema and every other tool refuse.
        strict=True,
    )


def field(title: str, description: str, **kwargs: Any) -> Any:
    """A model field with the Chinese title and description the schema carries."""
    return Field(title=title, description=description, **kwargs)
