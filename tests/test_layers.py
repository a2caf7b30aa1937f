"""The layering of ../shared/DESIGN.md, enforced: imports point downward only.

    cli → services → exports → rules → model → core
                  ↘ store (beside: core and model only)

Every import counts, at the top of a module or inside a function (the lazy ones too). core
imports nothing of cadrectl; exports turn plain data into files and import neither services nor
store; devtools (the example generator) may use any layer but the command line.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "cadrectl"

# layer → the layers it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "model": {"core"},
    "rules": {"model", "core"},
    "store": {"model", "core"},
    "exports": {"rules", "model", "core"},
    "services": {"exports", "rules", "store", "model", "core"},
    "devtools": {"services", "exports", "rules", "store", "model", "core"},
    "cli": {"services", "exports", "rules", "store", "model", "core", "devtools"},
    "cadrectl": {"cli"},  # __main__ and the package itself
}
# Imports against the layering still to be removed (issue 14: exports as pure writers). An
# entry no longer needed fails the test too, so the list only shrinks.
KNOWN: set[tuple[str, str]] = set()


def layer_of(module: str) -> str:
    if module == "cadrectl.__version__":  # the version, which every layer may name
        return "core"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else "cadrectl"


def imports() -> list[tuple[str, str]]:
    """(importing module, imported module) for every import of cadrectl inside cadrectl."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                target = node.module if node.module != "cadrectl" else names[1]
                if target.startswith("cadrectl"):
                    found.append((module, target))
            elif isinstance(node, ast.Import):
                found += [(module, a.name) for a in node.names if a.name.startswith("cadrectl")]
    return found


def test_imports_point_downward_only() -> None:
    against = set()
    for module, target in imports():
        source, dest = layer_of(module), layer_of(target)
        if source != dest and dest not in ALLOWED[source]:
            against.add((module, target))
    assert sorted(against - KNOWN) == []
    assert sorted(KNOWN - against) == [], "remove these from KNOWN: they are gone"


def test_the_contract_sees_every_layer() -> None:
    found = {layer_of(module) for module, _ in imports()}
    assert found == set(ALLOWED)
