"""Writing YAML for files cadrectl itself owns (cycle state, proposals): plain block style."""

from __future__ import annotations

import io
from typing import Any

from cadrectl.model.dates import PartialDate


def dump_yaml(data: Any, header: str = "") -> str:
    """``data`` as block-style YAML 1.2 text, dates as ``YYYY-MM(-DD)``, Chinese unescaped."""
    from ruamel.yaml import YAML

    plain = plain_values(data)
    _refuse_unsafe(plain)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    out = io.StringIO()
    yaml.dump(plain, out)
    return header + out.getvalue()


def plain_values(value: Any) -> Any:
    """``value`` with dates written as text, ready for YAML or a plain model field."""
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): plain_values(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain_values(item) for item in value]
    return value


def _refuse_unsafe(data: Any) -> None:
    """Refuse text holding a control or bidi character (ruamel.yaml would write it escaped)."""
    from cadrectl.core.errors import CadrectlError
    from cadrectl.core.problems import format_path
    from cadrectl.core.text import codepoint, unsafe_character

    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            char = unsafe_character(value)
            if char is not None:
                where = format_path(path)
                raise CadrectlError(
                    "problem.edit-control-character", path=where, char=codepoint(char)
                )
        elif isinstance(value, dict):
            stack.extend(((*path, str(key)), key) for key in value)
            stack.extend(((*path, str(key)), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
