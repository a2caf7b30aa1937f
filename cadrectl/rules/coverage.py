"""Post coverage (一职双备): reserves per key post and seat, and how many of them are ready;
reserves per unit (村 5–7 人) and reserves per seat of a unit (乡镇机关 1:3)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.coverage import ReserveRatio, UnitReserves, UnitSelector
    from cadrectl.model.unit import Unit

R = TypeVar("R", bound="UnitSelector")


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
        if not cadre.reserve.in_pool:
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


@dataclass(frozen=True)
class UnitCount:
    """The active reserves whose current unit is this unit, against the unit's bounds."""

    unit_id: str
    unit_name: str | None  # None: the rule names a unit that units/ does not hold
    kind: str | None
    reserves: int
    min: int | None
    max: int | None

    @property
    def ok(self) -> bool:
        """Both bounds include the number itself (5–7 人: 5 and 7 are enough)."""
        if self.unit_name is None:
            return False
        low = self.min is None or self.reserves >= self.min
        high = self.max is None or self.reserves <= self.max
        return low and high


@dataclass(frozen=True)
class RatioCheck:
    """The active reserves targeting this unit's posts, against ``reserves:posts`` × its seats."""

    unit_id: str
    unit_name: str | None  # None: the rule names a unit that units/ does not hold
    kind: str | None
    posts: int  # the unit's posts
    seats: int  # the sum of its posts' seats
    reserves: int
    ratio_posts: int
    ratio_reserves: int

    @property
    def required(self) -> int:
        """ceil(ratio_reserves / ratio_posts × seats), in whole numbers (no float rounding)."""
        return -(-self.ratio_reserves * self.seats // self.ratio_posts)

    @property
    def ok(self) -> bool:
        return self.unit_name is not None and self.reserves >= self.required


def unit_counts(
    units: Sequence[Unit], cadres: Sequence[Cadre], rules: Sequence[UnitReserves]
) -> list[UnitCount]:
    """Every unit a rule applies to, with the number of active reserves working there."""
    working = Counter(cadre.current.unit for cadre in cadres if cadre.reserve.in_pool)
    found = [
        UnitCount(unit.id, unit.name, unit.kind, working[unit.id], rule.min, rule.max)
        for unit, rule in _ruled(units, rules)
    ]
    found += [
        UnitCount(rule.unit, None, None, 0, rule.min, rule.max)
        for rule in _unknown_units(units, rules)
        if rule.unit is not None
    ]
    return found


def ratio_checks(
    units: Sequence[Unit], cadres: Sequence[Cadre], rules: Sequence[ReserveRatio]
) -> list[RatioCheck]:
    """Every unit a ratio applies to, with the active reserves targeting any of its posts (one
    person targeting two of its posts counts once)."""
    targeting: dict[str, set[str]] = {}
    for cadre in cadres:
        if cadre.reserve.in_pool:
            for ref in cadre.reserve.target_posts:
                targeting.setdefault(ref, set()).add(cadre.id)
    found = []
    for unit, rule in _ruled(units, rules):
        reserves = set().union(*(targeting.get(f"{unit.id}/{p.id}", set()) for p in unit.posts))
        seats = sum(post.seats for post in unit.posts)
        found.append(RatioCheck(unit.id, unit.name, unit.kind, len(unit.posts), seats,
                                len(reserves), rule.posts, rule.reserves))  # fmt: skip
    found += [
        RatioCheck(rule.unit, None, None, 0, 0, 0, rule.posts, rule.reserves)
        for rule in _unknown_units(units, rules)
        if rule.unit is not None
    ]
    return found


def _ruled(units: Sequence[Unit], rules: Sequence[R]) -> list[tuple[Unit, R]]:
    """Each unit with the rule that applies to it: the first naming the unit, else the first
    naming its kind; units no rule names are left out."""
    ruled = []
    for unit in units:
        rule = next((r for r in rules if r.unit == unit.id), None) or next(
            (r for r in rules if r.unit is None and r.kind == unit.kind), None
        )
        if rule is not None:
            ruled.append((unit, rule))
    return ruled


def _unknown_units(units: Sequence[Unit], rules: Sequence[R]) -> list[R]:
    known = {unit.id for unit in units}
    return [rule for rule in rules if rule.unit is not None and rule.unit not in known]
