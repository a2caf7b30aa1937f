"""Just enough YAML writing for generated files: safe quoting, flow mappings, line wrapping."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from cadrectl.core.textwidth import display_width


class Month(NamedTuple):
    """A month-precision date, written ``YYYY-MM``."""

    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


Scalar = str | int | float | bool | Month | dt.date
Value = Scalar | tuple[Scalar, ...]
Pairs = Sequence[tuple[str, "Value | None"]]

WIDTH = 100
_RESERVED = re.compile(r"^(?:~|null|true|false|yes|no|on|off|y|n)$", re.IGNORECASE)
_QUARTER = re.compile(r"^\d{4}Q[1-4]$")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_BLOCK_UNSAFE = re.compile(r"#|: ")
_FLOW_UNSAFE = re.compile(r"[#:,\[\]{}]")


@functools.cache
def needs_quotes(text: str, *, in_flow: bool) -> bool:
    """True when a plain scalar would not read back as this exact string."""
    if not text or text != text.strip() or _RESERVED.match(text):
        return True
    if text[0] in _INDICATORS or not text.isprintable():
        return True
    # Anything starting like a number, a date or a time; a quarter such as 2026Q3 is safe.
    if text[0] in "+-.0123456789" and not _QUARTER.match(text):
        return True
    if text.endswith(":"):
        return True
    return bool((_FLOW_UNSAFE if in_flow else _BLOCK_UNSAFE).search(text))


def quote(text: str) -> str:
    """A double-quoted YAML scalar."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def scalar(value: Scalar, *, in_flow: bool = False) -> str:
    """One value as YAML text; dates stay unquoted so they keep their precision."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value)
    return quote(value) if needs_quotes(value, in_flow=in_flow) else value


def render(value: Value, *, in_flow: bool = False) -> str:
    """A scalar, or a tuple as a flow sequence ``[a, b]``."""
    if isinstance(value, Month) or not isinstance(value, tuple):
        return scalar(value, in_flow=in_flow)
    return "[" + ", ".join(scalar(item, in_flow=True) for item in value) + "]"


def flow_items(pairs: Pairs) -> list[str]:
    """``key: value`` texts of a flow mapping, leaving out absent (None) values."""
    return [f"{key}: {render(value, in_flow=True)}" for key, value in pairs if value is not None]


def wrapped(lead: str, items: list[str], *, opener: str = "{", closer: str = "}") -> list[str]:
    """``lead`` then a flow collection, broken between items past WIDTH columns."""
    lines: list[str] = []
    current = lead + opener
    width = display_width(current)
    continuation = " " * (len(lead) + 1)
    for index, item in enumerate(items):
        text = item + (closer if index == len(items) - 1 else ",")
        text_width = display_width(text)
        if index and width + 1 + text_width > WIDTH:
            lines.append(current)
            current, width = continuation + text, len(continuation) + text_width
        else:
            separator = " " if index else ""
            current += separator + text
            width += len(separator) + text_width
    if not items:
        current += closer
    lines.append(current)
    return lines


def key_value(key: str, value: Value | None, indent: int = 0, comment: str = "") -> list[str]:
    """``key: value`` at an indent, with an optional trailing comment; nothing when None."""
    if value is None:
        return []
    line = f"{' ' * indent}{key}: {render(value)}"
    return [f"{line}  # {comment}" if comment else line]


def key_map(key: str, pairs: Pairs, indent: int = 0) -> list[str]:
    """``key: {a: 1, b: 2}``, wrapped when long."""
    return wrapped(f"{' ' * indent}{key}: ", flow_items(pairs))


def key_items(key: str, rows: Sequence[Pairs], indent: int = 0, comment: str = "") -> list[str]:
    """A block sequence of flow mappings under ``key``; nothing when there are no rows."""
    if not rows:
        return []
    head = f"{' ' * indent}{key}:"
    lines = [f"{head}  # {comment}" if comment else head]
    for row in rows:
        lines.extend(wrapped(f"{' ' * (indent + 2)}- ", flow_items(row)))
    return lines
