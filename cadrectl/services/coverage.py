"""``cadrectl report coverage``: every key post's reserves (一职双备) and the structure targets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadrectl.core.problems import Problem
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

    @property
    def uncovered(self) -> list[PostCoverage]:
        return [post for post in self.posts if not post.covered]

    @property
    def without_ready(self) -> list[PostCoverage]:
        return [post for post in self.posts if post.ready == 0]


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
