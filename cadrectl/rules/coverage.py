"""Post coverage (一职双备): reserves per key post and seat, and how many of them are ready."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.unit import Unit


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    tier: int | None


@dataclass(frozen=True)
class PostCoverage:
    unit_id: str
    unit_name: str
    post_id: str
    title: str
    rank: str
    seats: int
    needed: int
    reserves: tuple[Candidate, ...]

    @property
    def ready(self) -> int:
        """Reserves on the first tier (could take the post within about a year)."""
        return sum(1 for candidate in self.reserves if candidate.tier == 1)

    @property
    def covered(self) -> bool:
        return len(self.reserves) >= self.needed


def post_coverage(
    units: Sequence[Unit],
    cadres: Sequence[Cadre],
    tier_of: Callable[[str], int | None],
    reserves_per_seat: float,
) -> list[PostCoverage]:
    """Every key post with the active reserves whose target_posts name it."""
    targeting: dict[str, list[Candidate]] = {}
    for cadre in cadres:
        if cadre.reserve.status != "active":
            continue
        for ref in cadre.reserve.target_posts:
            targeting.setdefault(ref, []).append(Candidate(cadre.id, cadre.name, tier_of(cadre.id)))
    found = []
    for unit in units:
        for post in unit.posts:
            if not post.key:
                continue
            reserves = sorted(targeting.get(f"{unit.id}/{post.id}", []),
                              key=lambda c: (c.tier or 9, c.id))  # fmt: skip
            found.append(
                PostCoverage(
                    unit_id=unit.id,
                    unit_name=unit.name,
                    post_id=post.id,
                    title=post.title,
                    rank=post.rank,
                    seats=post.seats,
                    needed=math.ceil(post.seats * reserves_per_seat),
                    reserves=tuple(reserves),
                )
            )
    return found


@dataclass(frozen=True)
class TargetCheck:
    dimension: str
    value: str
    actual: float
    min_percent: float | None
    max_percent: float | None

    @property
    def ok(self) -> bool:
        low = self.min_percent is None or self.actual >= self.min_percent
        high = self.max_percent is None or self.actual <= self.max_percent
        return low and high
