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


@dataclass(frozen=True)
class RuleContext:
    config: Config
    units: Mapping[str, Unit]
    today: dt.date

    @cached_property
    def rank_order(self) -> dict[str, int]:
        return {rank.name: index for index, rank in enumerate(self.config.ranks)}
