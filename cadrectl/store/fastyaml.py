"""The fast read path: a safe YAML 1.2 parser in native code, ruamel.yaml's safe loader if absent.

Why: the round-trip loader costs ~14 ms a file; yaml-rs parses the same file in ~0.1 ms
(docs/yaml-reading.md). Both paths must give the same data (tests/store/test_read_paths.py).
"""

from __future__ import annotations

import re
from typing import Any

_yaml_rs: Any
try:
    import yaml_rs as _yaml_rs
except ImportError:  # pragma: no cover - exercised where yaml-rs cannot be installed
    _yaml_rs = None

# An explicit tag (`!x`, `!!str`) or an alias (`*a`) may start wherever a node may start.
_MAYBE_TAG = re.compile(r"(?:^|[\s\[\{,:?-])!", re.MULTILINE)
_MAYBE_ALIAS = re.compile(r"(?:^|[\s\[\{,:?-])\*", re.MULTILINE)


def parser_name() -> str:
    """Which parser reads registry files here, with its version."""
    if _yaml_rs is not None:
        return f"yaml-rs {getattr(_yaml_rs, '__version__', '?')}"
    from ruamel.yaml import __version__ as ruamel_version

    return f"ruamel.yaml {ruamel_version}"


class FastParseFailed(Exception):
    """The fast parser refused the text; the round-trip diagnosis says where and why."""


def parse(text: str) -> Any:
    """Parse one YAML document with YAML 1.2 semantics, refusing duplicate keys and aliases."""
    maybe_tag = "!" in text and _MAYBE_TAG.search(text)  # `in` first: it runs at C speed
    if maybe_tag or (_yaml_rs is None and "*" in text and _MAYBE_ALIAS.search(text)):
        # Rare: let the diagnosis (which sees tags and aliases as events) decide.
        raise FastParseFailed
    if _yaml_rs is not None:
        try:
            return _yaml_rs.loads(text, alias_limits=_NO_ALIASES)
        except Exception as exc:  # yaml-rs raises YAMLDecodeError, and others on odd input
            raise FastParseFailed from exc
    return _safe_load(text)


def _safe_load(text: str) -> Any:
    from ruamel.yaml.error import YAMLError

    from cadrectl.store.yamlfile import load_plain

    try:
        return load_plain(text)
    except (YAMLError, RecursionError, ValueError) as exc:
        raise FastParseFailed from exc


_NO_ALIASES = _yaml_rs.AliasLimits(max_total_replayed_events=0) if _yaml_rs is not None else None
