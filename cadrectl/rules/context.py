"""What rules see: the validated files and the registry's settings, as plain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.cycle import CycleState, Nominations, Proposal, Tallies
    from cadrectl.model.unit import Unit


@dataclass(frozen=True, slots=True)
class CadreFile:
    """A cadre that passed the schema, and the registry-relative file it came from."""

    file: str
    cadre: Cadre


@dataclass(frozen=True, slots=True)
class UnitFile:
    file: str
    unit: Unit


@dataclass(frozen=True, slots=True)
class CycleFolder:
    """One year's files under cycles/<year>/ that passed their schemas (None: absent or not).

    ``invalid`` names the files that exist but did not pass: rules about what they hold say
    nothing then, rather than a second, misleading problem.
    """

    year: int  # the folder's name
    folder: str  # "cycles/2026"
    state: CycleState | None = None
    nominations: Nominations | None = None
    tallies: Tallies | None = None
    proposal: Proposal | None = None
    invalid: frozenset[str] = frozenset()

    def file(self, name: str) -> str:
        return f"{self.folder}/{name}"


@dataclass(frozen=True)
class RuleContext:
    config: Config
    units: Mapping[str, Unit]
    today: dt.date

    @cached_property
    def rank_order(self) -> dict[str, int]:
        return {rank.name: index for index, rank in enumerate(self.config.ranks)}
