"""``cadrectl ladder``: every active reserve placed on the ladder (梯队) on a date, with reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import NotFound
from cadrectl.core.problems import Problem
from cadrectl.model.outputs import LadderOutput
from cadrectl.rules.tiers import Placement, place
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class Ladder:
    as_of: dt.date
    placements: list[Placement]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem

    contract: ClassVar[type[BaseModel]] = LadderOutput
    ROW_FIELDS: ClassVar = ("id", "name", "target_rank", "direction", "tier", "tier_label",
                            "ready_on", "exit_suggested", "exit_reasons")  # fmt: skip

    def explaining(self, cadre_id: str) -> Ladder:
        """The ladder narrowed to one active reserve (``ladder --explain ID``)."""
        return dataclasses.replace(self, placements=[self.placement(cadre_id)])

    def as_data(self) -> dict[str, Any]:
        fields, key, items = self.as_stream()
        return {**fields, key: list(items)}

    def as_stream(self) -> tuple[Mapping[str, Any], str, Iterable[Any]]:
        """The JSON document in parts: 10,000 placements are written one by one, not held."""
        return {"as_of": self.as_of.isoformat()}, "cadres", (p.as_data() for p in self.placements)

    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]:
        rows = (p.as_data() | {"exit_reasons": "；".join(p.exit_reasons)} for p in self.placements)
        return self.ROW_FIELDS, rows

    def tier_of(self, cadre_id: str) -> int | None:
        placement = self.by_id.get(cadre_id)
        return placement.tier if placement is not None else None

    @cached_property
    def by_id(self) -> dict[str, Placement]:
        return {placement.cadre.id: placement for placement in self.placements}

    def placement(self, cadre_id: str) -> Placement:
        found = self.by_id.get(cadre_id)
        if found is None:
            raise NotFound("ladder.not-active", id=cadre_id)
        return found


def registry_ladder(paths: RegistryPaths, as_of: dt.date, *, skip_broken: bool = False) -> Ladder:
    """The ladder of the registry on ``as_of``; refused while a file cannot be read, unless
    ``skip_broken``."""
    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    return dataclasses.replace(compute_ladder(registry, as_of), skipped=tuple(skipped))


def compute_ladder(registry: LoadedRegistry, as_of: dt.date) -> Ladder:
    """Placements of the reserves in the pool (active or inspecting), ordered by tier (unplaced
    last), then rank and id."""
    config = registry.config
    placements = [
        place(entry.cadre, config, as_of)
        for entry in registry.cadres
        if entry.cadre.reserve.in_pool
    ]

    def order(placement: Placement) -> tuple[int, int, str]:
        rank = config.rank_order(placement.cadre.current.rank)
        return (placement.tier or 9, -(rank or 0), placement.cadre.id)

    placements.sort(key=order)
    return Ladder(as_of, placements)
