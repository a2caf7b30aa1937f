"""Shell completion of the registry's own words: cadre and unit ids, post ids, roster template
names, record kinds, profiles, years with a cycle, and the field paths of ``set``.

Fast: file names are listed and at most one small YAML file is read; the registry is never
loaded. A registry that cannot be found, or a file that cannot be read, completes nothing
rather than fail in the middle of the clerk's typing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import typer

from cadrectl.store.registry import CONFIG_NAME


def _root(ctx: typer.Context) -> Path | None:
    """The registry the command line names (-R), or $CADRECTL_REGISTRY, or the first folder
    upward from here holding cadrectl.yaml."""
    given = ctx.find_root().params.get("registry") or os.environ.get("CADRECTL_REGISTRY")
    if given:
        return Path(given)
    here = Path.cwd()
    return next((p for p in (here, *here.parents) if (p / CONFIG_NAME).is_file()), None)


def _matching(words: Iterable[str], incomplete: str) -> list[str]:
    return sorted(word for word in set(words) if word.startswith(incomplete))


def _stems(ctx: typer.Context, folder: str) -> list[str]:
    root = _root(ctx)
    if root is None:
        return []
    try:
        return [entry.name[:-5] for entry in os.scandir(root / folder)
                if entry.name.endswith(".yaml") and not entry.name.startswith(".")]  # fmt: skip
    except OSError:
        return []


def _read(path: Path) -> Any:
    from cadrectl.store import fastyaml

    try:
        return fastyaml.parse(path.read_text(encoding="utf-8"))
    except Exception:
        return None


def cadre_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    return _matching(_stems(ctx, "cadres"), incomplete)


def unit_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    return _matching(_stems(ctx, "units"), incomplete)


def post_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The posts of the unit the command line names already (``--unit`` or the UNIT argument)."""
    root = _root(ctx)
    unit = ctx.params.get("unit") or ctx.params.get("unit_id")
    if root is None or not isinstance(unit, str) or "/" in unit or unit.startswith("."):
        return []
    data = _read(root / "units" / f"{unit}.yaml")
    posts = data.get("posts") if isinstance(data, dict) else None
    ids = [str(p["id"]) for p in posts or [] if isinstance(p, dict) and "id" in p]
    return _matching(ids, incomplete)


def template_names(ctx: typer.Context, incomplete: str) -> list[str]:
    root = _root(ctx)
    data = _read(root / CONFIG_NAME) if root is not None else None
    rosters = data.get("rosters") if isinstance(data, dict) else None
    return _matching((str(name) for name in rosters or {}), incomplete)


def cycle_years(ctx: typer.Context, incomplete: str) -> list[str]:
    root = _root(ctx)
    if root is None:
        return []
    try:
        years = [e.name for e in os.scandir(root / "cycles") if e.is_dir() and e.name.isdigit()]
    except OSError:
        return []
    return _matching(years, incomplete)


def record_kinds(ctx: typer.Context, incomplete: str) -> list[str]:
    from cadrectl.model.inspections import RECORD_LISTS

    return _matching([*RECORD_LISTS, "family"], incomplete)


def profiles(ctx: typer.Context, incomplete: str) -> list[str]:
    folder = resources.files("cadrectl") / "data" / "profiles"
    names = [item.name[:-5] for item in folder.iterdir() if item.name.endswith(".yaml")]
    return _matching(names, incomplete)


def field_paths(ctx: typer.Context, incomplete: str) -> list[str]:
    """``set ID FIELD=VALUE``: the cadre file's scalar fields, as ``current.post=``."""
    if "=" in incomplete:
        return []
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.paths import is_model

    found = []
    for name, info in Cadre.model_fields.items():
        key = info.alias or name
        if key in ("records", "schema_version", "id"):
            continue  # records are appended with ``record``; the id is the file's name
        inner: Any = info.annotation
        if is_model(inner):  # current, reserve, party: their own fields
            found += [f"{key}.{f.alias or n}=" for n, f in inner.model_fields.items()]
        else:
            found.append(f"{key}=")
    return _matching(found, incomplete)
