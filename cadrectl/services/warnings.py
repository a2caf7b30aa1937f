"""``cadrectl report warnings``: the reminders of every active reserve, soonest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadrectl.core.problems import Problem
from cadrectl.rules.warnings import CHECKS, KINDS, Reminder
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class WarningsReport:
    as_of: dt.date
    reminders: list[Reminder]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem


def warnings_report(
    paths: RegistryPaths, as_of: dt.date, *, skip_broken: bool = False
) -> WarningsReport:
    """Every active reserve's reminders, soonest first; refused while a file cannot be read,
    unless ``skip_broken``."""
    from cadrectl.services.ladder import compute_ladder

    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    settings = registry.config.warnings
    reminders = [
        reminder
        for placement in compute_ladder(registry, as_of).placements
        for check in CHECKS
        for reminder in check(placement, settings, as_of)
    ]
    reminders.sort(key=lambda r: (KINDS.index(r.kind), r.date or as_of, r.cadre_id))
    return WarningsReport(as_of, reminders, tuple(skipped))
