"""``cadrectl report coverage``: every key post's reserves (一职双备), the structure targets,
the reserves per unit and the reserves per seat of a unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.problems import Problem
from cadrectl.model.outputs import CoverageOutput
from cadrectl.rules.coverage import (
    PostCoverage,
    RatioCheck,
    TargetCheck,
    UnitCount,
    post_coverage,
    ratio_checks,
    unit_counts,
)
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class CoverageReport:
    as_of: dt.date
    reserves_per_seat: float
    posts: list[PostCoverage]
    targets: list[TargetCheck]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem
    units: tuple[UnitCount, ...] = ()  # coverage.units: reserves working in each unit
    ratios: tuple[RatioCheck, ...] = ()  # coverage.ratios: reserves targeting a unit's posts

    contract: ClassVar[type[BaseModel]] = CoverageOutput
    ROW_FIELDS: ClassVar = ("unit", "unit_name", "post", "title", "rank", "seats", "needed",
                            "ready", "covered", "reserves")  # fmt: skip

    @property
    def uncovered(self) -> list[PostCoverage]:
        return [post for post in self.posts if not post.covered]

    @property
    def without_ready(self) -> list[PostCoverage]:
        return [post for post in self.posts if post.ready == 0]

    def as_data(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "reserves_per_seat": self.reserves_per_seat,
            "posts": [_post_data(post) for post in self.posts],
            "uncovered": [f"{p.unit_id}/{p.post_id}" for p in self.uncovered],
            "without_ready": [f"{p.unit_id}/{p.post_id}" for p in self.without_ready],
            "targets": [asdict(target) | {"ok": target.ok} for target in self.targets],
            "units": [_unit_data(count) for count in self.units],
            "ratios": [_ratio_data(ratio) for ratio in self.ratios],
        }

    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]:
        """One row a post, its reserves' names joined."""
        rows = (
            _post_data(post) | {"reserves": "、".join(c.name for c in post.reserves)}
            for post in self.posts
        )
        return self.ROW_FIELDS, rows


def _post_data(post: PostCoverage) -> dict[str, Any]:
    return {
        "unit": post.unit_id,
        "unit_name": post.unit_name,
        "post": post.post_id,
        "title": post.title,
        "rank": post.rank,
        "seats": post.seats,
        "needed": post.needed,
        "reserves": [{"id": c.id, "name": c.name, "tier": c.tier} for c in post.reserves],
        "ready": post.ready,
        "covered": post.covered,
    }


def _unit_data(count: UnitCount) -> dict[str, Any]:
    return {
        "unit": count.unit_id,
        "unit_name": count.unit_name,
        "kind": count.kind,
        "reserves": count.reserves,
        "min": count.min,
        "max": count.max,
        "ok": count.ok,
    }


def _ratio_data(ratio: RatioCheck) -> dict[str, Any]:
    return {
        "unit": ratio.unit_id,
        "unit_name": ratio.unit_name,
        "kind": ratio.kind,
        "ratio": f"{ratio.ratio_posts}:{ratio.ratio_reserves}",
        "posts": ratio.posts,
        "seats": ratio.seats,
        "reserves": ratio.reserves,
        "required": ratio.required,
        "ok": ratio.ok,
    }


def coverage_report(
    paths: RegistryPaths, as_of: dt.date, *, skip_broken: bool = False
) -> CoverageReport:
    """Key posts and their reserves, the structure targets, and the per-unit counts and ratios;
    refused while a file cannot be read, unless ``skip_broken``."""
    from cadrectl.services.ladder import compute_ladder
    from cadrectl.services.structure import analyse

    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    settings = registry.config.coverage
    ladder = compute_ladder(registry, as_of)
    units = [entry.unit for entry in registry.units]
    cadres = [entry.cadre for entry in registry.cadres]
    posts = post_coverage(units, cadres, ladder.tier_of, settings.reserves_per_seat)
    limits = sorted({int(t.value) for t in settings.targets if t.dimension == "age_under"
                     and t.value.isdigit()})  # fmt: skip
    structure = analyse(registry, as_of, None, limits, ladder.tier_of)
    targets = []
    for target in settings.targets:
        shares = structure.overall.dimensions.get(target.dimension, [])
        actual = next((share.percent for share in shares if share.value == target.value), 0.0)
        targets.append(
            TargetCheck(
                target.dimension, target.value, actual, target.min_percent, target.max_percent
            )
        )
    return CoverageReport(
        as_of, settings.reserves_per_seat, posts, targets, tuple(skipped),
        units=tuple(unit_counts(units, cadres, settings.units)),
        ratios=tuple(ratio_checks(units, cadres, settings.ratios)),
    )  # fmt: skip
