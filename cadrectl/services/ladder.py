"""``cadrectl ladder``: every active reserve placed on the ladder (梯队) on a date, with reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from cadrectl.core.errors import NotFound
from cadrectl.core.problems import Problem
from cadrectl.rules.tiers import Placement, place
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class Ladder:
    as_of: dt.date
    placements: list[Placement]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem

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
    """Placements of the active reserves, ordered by tier (unplaced last), then rank and id."""
    config = registry.config
    placements = [
        place(entry.cadre, config, as_of)
        for entry in registry.cadres
        if entry.cadre.reserve.status == "active"
    ]

    def order(placement: Placement) -> tuple[int, int, str]:
        rank = config.rank_order(placement.cadre.current.rank)
        return (placement.tier or 9, -(rank or 0), placement.cadre.id)

    placements.sort(key=order)
    return Ladder(as_of, placements)
