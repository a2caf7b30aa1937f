"""The read-and-parse floor: read every YAML file of a registry into Python objects, once.

    python bench/floors/read_floor.py REGISTRY

One process, no validation, no rules: only ``read`` and the fastest installed parser that builds
Python objects (yaml-rs; ruamel.yaml's safe loader where it is missing).
Prints nothing but the number of files parsed, so the timing is the work and nothing else.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Parser = Callable[[str], Any]


def fastest_parser() -> tuple[str, Parser]:
    """The fastest safe parser installed, with its name."""
    with contextlib.suppress(ImportError):  # else ruamel.yaml's safe loader
        import yaml_rs

        return "yaml-rs", yaml_rs.loads
    from ruamel.yaml import YAML

    loader = YAML(typ="safe")
    return "ruamel.yaml (safe)", loader.load


def registry_files(root: Path) -> list[Path]:
    """Every ``*.yaml`` under the registry, outside hidden folders such as ``.git``."""
    return sorted(
        path
        for path in root.rglob("*.yaml")
        if not any(part.startswith(".") for part in path.relative_to(root).parts)
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: read_floor.py REGISTRY", file=sys.stderr)
        return 2
    _, parse = fastest_parser()
    count = 0
    for path in registry_files(Path(argv[0])):
        parse(path.read_text(encoding="utf-8"))
        count += 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
