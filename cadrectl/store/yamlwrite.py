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
    yaml.dump(_plain(data), out)
    return header + out.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
