"""Writing YAML for files cadrectl itself owns (cycle state, proposals): plain block style."""

from __future__ import annotations

import io
from typing import Any

from cadrectl.model.dates import PartialDate


def dump_yaml(data: Any, header: str = "") -> str:
    """``data`` as block-style YAML 1.2 text, dates as ``YYYY-MM(-DD)``, Chinese unescaped."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    out = io.StringIO()
    yaml.dump(plain_values(data), out)
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
