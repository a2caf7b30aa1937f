"""``cadrectl report warnings``: the reminders of every active reserve, soonest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.problems import Problem
from cadrectl.model.outputs import WarningsOutput
from cadrectl.rules.warnings import CHECKS, KINDS, Reminder
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class WarningsReport:
    as_of: dt.date
    reminders: list[Reminder]
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem

    contract: ClassVar[type[BaseModel]] = WarningsOutput

    def as_data(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "warnings": [_reminder_data(reminder) for reminder in self.reminders],
        }

    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]:
        rows = ({**_reminder_data(r), "date": r.date.isoformat() if r.date else ""}
                for r in self.reminders)  # fmt: skip
        return ("id", "name", "kind", "date", "message"), rows


def _reminder_data(reminder: Reminder) -> dict[str, Any]:
    return {
        "id": reminder.cadre_id,
        "name": reminder.name,
        "kind": reminder.kind,
        "date": reminder.date.isoformat() if reminder.date else None,
        "message": reminder.message,
    }


def warnings_report(
    paths: RegistryPaths, as_of: dt.date, *, skip_broken: bool = False
) -> WarningsReport:
    """Every active reserve's reminders, soonest first; refused while a file cannot be read,
    unless ``skip_broken``."""
    from cadrectl.services.ladder import compute_ladder

    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    config = registry.config
    settings = config.warnings
    kinds = [k for k in settings.kinds if k != "no-assessment" or config.cycle.yearly_assessment]
    reminders = [
        reminder
        for placement in compute_ladder(registry, as_of).placements
        for kind in kinds
        for reminder in CHECKS[kind](placement, settings, as_of)
    ]
    reminders.sort(key=lambda r: (KINDS.index(r.kind), r.date or as_of, r.cadre_id))
    return WarningsReport(as_of, reminders, tuple(skipped))
