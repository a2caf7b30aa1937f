"""``list`` and ``show``: the reading side of the registry, as plain rows and records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError, NotFound
from cadrectl.core.problems import Problem
from cadrectl.model.cadre import Cadre
from cadrectl.model.codes import RESERVE_STATUSES
from cadrectl.model.dates import age_on
from cadrectl.model.outputs import ListOutput
from cadrectl.rules.context import CadreFile
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class CadreRow:
    id: str
    name: str
    gender: str
    birth: str
    age: int
    unit: str
    unit_name: str
    post: str
    rank: str
    target_rank: str
    direction: str
    status: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class CadreListing:
    rows: list[CadreRow]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem

    contract: ClassVar[type[BaseModel]] = ListOutput

    def as_data(self) -> list[dict[str, Any]]:
        return [row.as_dict() for row in self.rows]

    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]:
        return [f.name for f in fields(CadreRow)], self.as_data()


def list_cadres(
    paths: RegistryPaths,
    *,
    status: str = "active",
    target_rank: str | None = None,
    unit: str | None = None,
    as_of: dt.date,
    skip_broken: bool = False,
) -> CadreListing:
    """Cadres that match the filters, ordered by id; refused while a file cannot be read,
    unless ``skip_broken``."""
    if status != "all" and status not in RESERVE_STATUSES:
        raise CadrectlError("cli.error.bad-status", value=status)
    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    unit_names = {entry.unit.id: entry.unit.name for entry in registry.units}
    rows = []
    for entry in sorted(registry.cadres, key=lambda e: e.cadre.id):
        cadre = entry.cadre
        if status != "all" and cadre.reserve.status != status:
            continue
        if target_rank is not None and cadre.reserve.target_rank != target_rank:
            continue
        if unit is not None and cadre.current.unit != unit:
            continue
        rows.append(
            CadreRow(
                id=cadre.id,
                name=cadre.name,
                gender=cadre.gender,
                birth=cadre.birth.isoformat(),
                age=age_on(cadre.birth, as_of),
                unit=cadre.current.unit,
                unit_name=unit_names.get(cadre.current.unit, cadre.current.unit),
                post=cadre.current.post,
                rank=cadre.current.rank or "",
                target_rank=cadre.reserve.target_rank,
                direction=cadre.reserve.direction,
                status=cadre.reserve.status,
            )
        )
    return CadreListing(rows, tuple(skipped))


@dataclass(frozen=True)
class CadreView:
    entry: CadreFile
    unit_names: dict[str, str]

    contract: ClassVar[type[BaseModel]] = Cadre  # the cadre file's own schema

    def as_data(self) -> dict[str, Any]:
        return self.entry.cadre.model_dump(mode="json", by_alias=True, exclude_none=True)


def show_cadre(paths: RegistryPaths, cadre_id: str) -> CadreView:
    """One cadre's validated file; refuses clearly if the id is unknown or the file is invalid."""
    from cadrectl.model.cadre import is_safe_id

    if not is_safe_id(cadre_id):
        raise NotFound("show.not-found", id=cadre_id)
    path = paths.existing_cadre_file(cadre_id)
    if path is None:
        raise NotFound("show.not-found", id=cadre_id)
    file = paths.relative(path)
    registry = load_registry(paths, cadre_files={file})
    entry = next((e for e in registry.cadres if e.file == file), None)
    if entry is None:
        raise CadrectlError("show.invalid", id=cadre_id, file=file)
    return CadreView(entry, {unit.unit.id: unit.unit.name for unit in registry.units})
