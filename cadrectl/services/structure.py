"""``report structure``: the active pool counted by education, age, gender… overall and by group."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import UsageError
from cadrectl.core.problems import Problem
from cadrectl.model.dates import age_on
from cadrectl.model.outputs import StructureOutput
from cadrectl.rules.structure import (
    AGE_UNDER,
    DIMENSIONS,
    EDUCATION_AT_LEAST,
    EDUCATION_AT_LEAST_LEVELS,
    EDUCATION_FAMILIES,
    ETHNICITY_VALUES,
    GENDER_VALUES,
    GRASSROOTS_HEAD_VALUES,
    GRASSROOTS_VALUES,
    NOT_RECORDED,
    PARTY_VALUES,
    TIER_VALUES,
    Share,
    Tally,
    age_band_labels,
    age_under_counts,
    average_age,
    cadre_profile,
    education_at_least_counts,
    field_value,
    ordered_shares,
)
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.unit import Unit

GROUP_FIELDS: tuple[str, ...] = (
    "unit_kind",
    "unit_group",
    "unit",
    "target_rank",
    "direction",
    "gender",
    "source",
    "background",
    "title",
)
# Group values for a cadre whose current unit has no file, or a unit with no `group`.
UNKNOWN_UNIT = "未知单位"
UNGROUPED = "未分组"

GroupKey = Callable[["Cadre"], str]


@dataclass(frozen=True)
class Breakdown:
    """The shares of every dimension among ``total`` cadres, and their mean 周岁 (None for
    nobody)."""

    total: int
    dimensions: dict[str, list[Share]]
    average_age: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "average_age": self.average_age,
            "dimensions": {
                name: [share.as_dict() for share in shares]
                for name, shares in self.dimensions.items()
            },
        }


@dataclass(frozen=True)
class StructureReport:
    as_of: dt.date
    overall: Breakdown
    group_by: str | None
    groups: dict[str, Breakdown]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem
    labels: dict[str, str] = dataclasses.field(default_factory=dict)  # declared dimensions' titles

    contract: ClassVar[type[BaseModel]] = StructureOutput

    def as_data(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md: as_of, total, average_age, dimensions, groups."""
        return {
            "as_of": self.as_of.isoformat(),
            "total": self.overall.total,
            "average_age": self.overall.average_age,
            "dimensions": self.overall.as_dict()["dimensions"],
            "groups": {name: group.as_dict() for name, group in self.groups.items()},
        }

    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]:
        """Rows of dimension, value, count, percent; with ``group`` first when grouping (the
        whole pool's rows then have an empty group)."""
        grouped = self.group_by is not None
        fields = (["group"] if grouped else []) + ["dimension", "value", "count", "percent"]
        rows = (
            {"group": group, "dimension": name, "value": share.value, "count": share.count,
             "percent": f"{share.percent:.2f}"}
            for group, breakdown in [("", self.overall), *self.groups.items()]
            for name, shares in breakdown.dimensions.items()
            for share in shares
        )  # fmt: skip
        return fields, rows


def group_field(name: str | None, config: Config | None = None) -> str | None:
    """The ``--group-by`` field, refused (exit 2) unless it is one of GROUP_FIELDS or a field
    the registry's cadrectl.yaml declares (structure.fields)."""
    allowed = (*GROUP_FIELDS, *declared_fields(config))
    if name is not None and name not in allowed:
        raise UsageError("structure.bad-group-by", value=name, allowed=", ".join(allowed))
    return name


def declared_fields(config: Config | None) -> dict[str, str]:
    """The dimensions cadrectl.yaml declares: name → field path of the cadre's file."""
    if config is None or config.structure is None:
        return {}
    return {item.name: item.source for item in config.structure.fields}


def declared_labels(config: Config) -> dict[str, str]:
    if config.structure is None:
        return {}
    return {item.name: item.label for item in config.structure.fields}


def structure_report(
    paths: RegistryPaths,
    *,
    as_of: dt.date,
    group_by: str | None = None,
    age_under: Sequence[int] = (),
    skip_broken: bool = False,
) -> StructureReport:
    """Load the registry and analyse the structure of its active reserves on ``as_of``;
    refused while a file cannot be read, unless ``skip_broken``."""
    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    group_by = group_field(group_by, registry.config)
    report = analyse(registry, as_of, group_by, age_under)
    return dataclasses.replace(report, skipped=tuple(skipped))


def analyse(
    registry: LoadedRegistry,
    as_of: dt.date,
    group_by: str | None,
    age_under: Sequence[int],
    tier_of: Callable[[str], int | None] | None = None,
) -> StructureReport:
    """One pass over the cadres: each active reserve's profile is added to its tallies.

    ``tier_of`` is the ladder of a caller that has placed the cadres already.
    """
    tier_of = tier_of or ladder_tiers(registry, as_of)
    bounds = age_bounds(registry.config)
    labels = age_band_labels(bounds)
    key = group_key(group_by, registry) if group_by else None
    extra = declared_fields(registry.config)
    overall = Tally()
    groups: dict[str, Tally] = {}
    for entry in registry.cadres:
        cadre = entry.cadre
        if not cadre.reserve.in_pool:
            continue
        age = age_on(cadre.birth, as_of)
        profile = cadre_profile(cadre, age, tier_of(cadre.id), bounds, labels, extra)
        overall.add(profile)
        if key is not None:
            groups.setdefault(key(cadre), Tally()).add(profile)
    orders = value_orders(registry.config, labels, age_under)
    ordered_groups = _group_order(groups, group_by, registry.config)
    return StructureReport(
        as_of=as_of,
        overall=breakdown(overall, orders, age_under, tuple(extra)),
        group_by=group_by,
        groups={
            name: breakdown(groups[name], orders, age_under, tuple(extra))
            for name in ordered_groups
        },
        labels=declared_labels(registry.config),
    )


def ladder_tiers(registry: LoadedRegistry, as_of: dt.date) -> Callable[[str], int | None]:
    """Cadre id → tier 1, 2, 3 or None (not placed), from the ladder on ``as_of``."""
    from cadrectl.services.ladder import compute_ladder

    return compute_ladder(registry, as_of).tier_of


def age_bounds(config: Config) -> tuple[int, ...]:
    """The upper bounds of the age bands: cadrectl.yaml's ``structure.age_bands`` or the default."""
    from cadrectl.model.config import DEFAULT_AGE_BANDS

    if config.structure is None:
        return DEFAULT_AGE_BANDS
    return tuple(config.structure.age_bands)


@dataclass(frozen=True)
class ValueOrder:
    """How a dimension lists its values: these first (with zeros when ``zeros``), then by count,
    then ``last`` (未填写) when it occurs."""

    fixed: tuple[str, ...] = ()
    zeros: bool = True
    last: tuple[str, ...] = ()


def value_orders(
    config: Config, age_labels: Sequence[str], age_under: Sequence[int]
) -> dict[str, ValueOrder]:
    """Education high to low, age bands ascending, ranks by the ladder (highest first), the
    fixed categories always listed; direction, source, background and title by count, most
    first (未填写 last)."""
    ranks_high_first = tuple(rank.name for rank in reversed(config.ranks))
    return {
        "education": ValueOrder(EDUCATION_FAMILIES),
        "age_band": ValueOrder(tuple(age_labels)),
        "gender": ValueOrder(GENDER_VALUES),
        "ethnicity": ValueOrder(ETHNICITY_VALUES),
        "party": ValueOrder(PARTY_VALUES),
        "grassroots": ValueOrder(GRASSROOTS_VALUES),
        "grassroots_head": ValueOrder(GRASSROOTS_HEAD_VALUES),
        "direction": ValueOrder(),
        "tier": ValueOrder(TIER_VALUES),
        "source": ValueOrder(),
        "target_rank": ValueOrder(ranks_high_first, zeros=False),
        EDUCATION_AT_LEAST: ValueOrder(EDUCATION_AT_LEAST_LEVELS),
        "background": ValueOrder(last=(NOT_RECORDED,)),
        "title": ValueOrder(last=(NOT_RECORDED,)),
        AGE_UNDER: ValueOrder(tuple(str(limit) for limit in age_under)),
    }


def breakdown(
    tally: Tally,
    orders: dict[str, ValueOrder],
    age_under: Sequence[int],
    extra: Sequence[str] = (),
) -> Breakdown:
    counts: dict[str, Counter[str]] = dict(tally.counts)
    counts[EDUCATION_AT_LEAST] = education_at_least_counts(tally.education_ranks)
    names = [*DIMENSIONS, *extra]
    declared = ValueOrder(last=(NOT_RECORDED,))  # by count, most first, 未填写 last
    counts.update({name: counts.get(name, Counter()) for name in extra})
    orders = {**{name: declared for name in extra}, **orders}
    if age_under:
        counts[AGE_UNDER] = age_under_counts(tally.ages, age_under)
        names.append(AGE_UNDER)
    dimensions = {
        name: ordered_shares(
            counts[name],
            tally.total,
            orders[name].fixed,
            zeros=orders[name].zeros,
            last=orders[name].last,
        )
        for name in names
    }
    return Breakdown(tally.total, dimensions, average_age(tally.ages))


def group_key(field: str, registry: LoadedRegistry) -> GroupKey:
    """The function giving a cadre's group value for a ``--group-by`` field."""
    units: dict[str, Unit] = {entry.unit.id: entry.unit for entry in registry.units}

    def unit_kind(cadre: Cadre) -> str:
        unit = units.get(cadre.current.unit)
        return unit.kind if unit else UNKNOWN_UNIT

    def unit_group(cadre: Cadre) -> str:
        unit = units.get(cadre.current.unit)
        if unit is None:
            return UNKNOWN_UNIT
        return unit.group or UNGROUPED

    def unit_name(cadre: Cadre) -> str:
        unit = units.get(cadre.current.unit)
        return unit.name if unit else cadre.current.unit

    keys: dict[str, GroupKey] = {
        "unit_kind": unit_kind,
        "unit_group": unit_group,
        "unit": unit_name,
        "target_rank": lambda cadre: cadre.reserve.target_rank,
        "direction": lambda cadre: cadre.reserve.direction,
        "gender": lambda cadre: cadre.gender,
        "source": lambda cadre: cadre.reserve.source,
        "background": lambda cadre: cadre.reserve.background or NOT_RECORDED,
        "title": lambda cadre: cadre.title or NOT_RECORDED,
    }
    declared = declared_fields(registry.config)
    if field in declared:
        path = declared[field]
        return lambda cadre: field_value(cadre, path)
    return keys[field]


def _group_order(groups: dict[str, Tally], group_by: str | None, config: Config) -> list[str]:
    """Groups in the order their field's values are listed: ranks by the ladder, 男 before 女,
    the rest by size, largest first (未填写 last)."""
    fixed: tuple[str, ...] = ()
    if group_by == "target_rank":
        fixed = tuple(rank.name for rank in reversed(config.ranks))
    elif group_by == "gender":
        fixed = GENDER_VALUES
    declared = group_by in declared_fields(config)
    last = (NOT_RECORDED,) if group_by in ("background", "title") or declared else ()
    sizes = {name: tally.total for name, tally in groups.items()}
    return [share.value for share in ordered_shares(sizes, 0, fixed, zeros=False, last=last)]
