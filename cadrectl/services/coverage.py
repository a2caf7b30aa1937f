"""``cadrectl report coverage``: every key post's reserves (一职双备) and the structure targets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.problems import Problem
from cadrectl.model.outputs import CoverageOutput
from cadrectl.rules.coverage import PostCoverage, TargetCheck, post_coverage
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class CoverageReport:
    as_of: dt.date
    reserves_per_seat: float
    posts: list[PostCoverage]
    targets: list[TargetCheck]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem

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


def coverage_report(
    paths: RegistryPaths, as_of: dt.date, *, skip_broken: bool = False
) -> CoverageReport:
    """Key posts and their reserves, and the structure targets; refused while a file cannot be
    read, unless ``skip_broken``."""
    from cadrectl.services.ladder import compute_ladder
    from cadrectl.services.structure import analyse

    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    settings = registry.config.coverage
    ladder = compute_ladder(registry, as_of)
    posts = post_coverage(
        [entry.unit for entry in registry.units],
        [entry.cadre for entry in registry.cadres],
        ladder.tier_of,
        settings.reserves_per_seat,
    )
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
    return CoverageReport(as_of, settings.reserves_per_seat, posts, targets, tuple(skipped))
