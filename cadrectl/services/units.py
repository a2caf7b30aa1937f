"""``unit list`` and ``unit show``: the units and their posts, read; a unit file found by id."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError, NotFound, UsageError
from cadrectl.core.problems import Problem
from cadrectl.model.outputs_units import UnitListOutput, UnitShowOutput
from cadrectl.model.unit import UNIT_ID_PATTERN, Unit
from cadrectl.services.filetext import FileText, read_file_text
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths

_UNIT_ID = re.compile(UNIT_ID_PATTERN)


def unit_file(unit_id: str) -> str:
    """``units/<id>.yaml``, refused (exit 2) unless ``unit_id`` is a unit id (no path in it)."""
    if not _UNIT_ID.fullmatch(unit_id):
        raise UsageError("unit.bad-id", id=unit_id)
    return f"units/{unit_id}.yaml"


class UnitText(FileText):
    """A unit's file as it is on disk, with its parsed data."""

    def posts(self) -> list[dict[str, Any]]:
        """The post mappings of the file, as written (an item that is no mapping left out)."""
        posts = self.data.get("posts")
        return [post for post in posts if isinstance(post, dict)] if isinstance(posts, list) else []


def read_unit(paths: RegistryPaths, unit_id: str) -> UnitText:
    """The unit's file text; refuses unsafe or unknown ids and files that do not parse."""
    file = unit_file(unit_id)
    path = paths.checked(file)  # refuses a link, a folder, a FIFO: never opened
    if not path.exists():
        raise NotFound("unit.not-found", id=unit_id)
    return read_file_text(UnitText, path, file, unit_id, "unit.unreadable")


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    kind: str
    group: str | None
    parent: str | None
    grassroots: bool
    posts: int
    seats: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class UnitListing:
    rows: list[UnitRow]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem

    contract: ClassVar[type[BaseModel]] = UnitListOutput

    def as_data(self) -> list[dict[str, Any]]:
        return [row.as_dict() for row in self.rows]

    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]:
        return [f.name for f in fields(UnitRow)], self.as_data()


def list_units(
    paths: RegistryPaths, *, kind: str | None = None, skip_broken: bool = False
) -> UnitListing:
    """Every unit (of ``kind``, one of cadrectl.yaml's unit_kinds), ordered by id; refused while
    a unit file cannot be read, unless ``skip_broken``."""
    registry = load_registry(paths, cadre_files=frozenset())  # the config and the units only
    skipped = require_complete(registry, skip_broken=skip_broken)
    kinds = registry.config.unit_kinds
    if kind is not None and kind not in kinds:
        raise UsageError("unit.bad-kind-filter", kind=kind, kinds="、".join(kinds))
    rows = [
        UnitRow(
            id=unit.id,
            name=unit.name,
            kind=unit.kind,
            group=unit.group,
            parent=unit.parent,
            grassroots=unit.grassroots,
            posts=len(unit.posts),
            seats=sum(post.seats for post in unit.posts),
        )
        for unit in sorted((entry.unit for entry in registry.units), key=lambda u: u.id)
        if kind is None or unit.kind == kind
    ]
    return UnitListing(rows, tuple(skipped))


@dataclass(frozen=True)
class UnitView:
    """One unit, with who targets each of its posts, its sub-units and the reserves in it."""

    file: str
    unit: Unit
    parent_name: str | None
    reserves: dict[str, list[str]]  # post id → active reserves whose target_posts name it
    children: list[str]
    cadres: list[str]  # active reserves whose current unit it is
    skipped: tuple[Problem, ...] = ()

    contract: ClassVar[type[BaseModel]] = UnitShowOutput

    def as_data(self) -> dict[str, Any]:
        unit = self.unit
        posts = [
            post.model_dump(mode="json") | {"reserves": self.reserves.get(post.id, [])}
            for post in unit.posts
        ]
        return {
            "id": unit.id,
            "name": unit.name,
            "kind": unit.kind,
            "group": unit.group,
            "parent": unit.parent,
            "parent_name": self.parent_name,
            "grassroots": unit.grassroots,
            "file": self.file,
            "posts": posts,
            "children": self.children,
            "cadres": self.cadres,
        }


def show_unit(paths: RegistryPaths, unit_id: str, *, skip_broken: bool = False) -> UnitView:
    """One unit's validated file and what the registry says about it; refuses clearly if the id
    is unknown, the file is invalid, or (unless ``skip_broken``) another file cannot be read."""
    file = unit_file(unit_id)
    if not paths.checked(file).exists():
        raise NotFound("unit.not-found", id=unit_id)
    registry = load_registry(paths)
    entry = next((e for e in registry.units if e.file == file), None)
    if entry is None:
        problems = [p for p in registry.problems if p.file == file]
        lines = _lines(paths, problems)
        raise CadrectlError("unit.invalid-file", id=unit_id, file=file, problems=lines)
    skipped = require_complete(registry, skip_broken=skip_broken)
    unit = entry.unit
    names = {other.unit.id: other.unit.name for other in registry.units}
    active = sorted(
        (e.cadre for e in registry.cadres if e.cadre.reserve.in_pool),
        key=lambda cadre: cadre.id,
    )
    reserves: dict[str, list[str]] = {}
    for cadre in active:
        for ref in cadre.reserve.target_posts:
            target_unit, _, post = ref.partition("/")
            if target_unit == unit.id:
                reserves.setdefault(post, []).append(cadre.id)
    return UnitView(
        file=file,
        unit=unit,
        parent_name=names.get(unit.parent) if unit.parent else None,
        reserves=reserves,
        children=sorted(other.unit.id for other in registry.units if other.unit.parent == unit.id),
        cadres=[cadre.id for cadre in active if cadre.current.unit == unit.id],
        skipped=tuple(skipped),
    )


def _lines(paths: RegistryPaths, problems: list[Problem]) -> str:
    from cadrectl.services.check import locate_problems
    from cadrectl.services.registry import problem_lines

    return problem_lines(locate_problems(paths, problems))
