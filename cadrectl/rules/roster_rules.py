"""Rules over cadrectl.yaml's roster templates: every column names a field a roster can show."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from cadrectl.core.problems import Problem, error

if TYPE_CHECKING:
    from cadrectl.model.config import RosterTemplate

# The named fields a template column may show, in the order the roster's field table
# (cadrectl.exports.columns.FIELDS) holds them; besides these, any path of the cadre model.
ROSTER_FIELDS: tuple[str, ...] = (
    "seq", "name", "gender", "ethnicity", "birth_age", "age", "native_place", "birthplace",
    "party", "party_joined", "work_start", "fulltime_degree", "fulltime_school",
    "parttime_degree", "parttime_school", "unit", "post", "unit_post", "rank", "post_since",
    "rank_since", "years_in_rank", "target_rank", "direction", "tier", "source", "entered",
    "mentors", "id_number", "health", "title", "specialty", "rewards", "family", "note",
)  # fmt: skip


def is_roster_field(name: str) -> bool:
    """A field name a template may use: one of ROSTER_FIELDS or a path of the cadre model."""
    if name in ROSTER_FIELDS:
        return True
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.paths import field_at

    return field_at(Cadre, tuple(name.split("."))) is not None


def template_problems(file: str, rosters: Mapping[str, RosterTemplate]) -> list[Problem]:
    """Roster templates in cadrectl.yaml that name a field no roster can show."""
    found = []
    for name, template in rosters.items():
        for index, column in enumerate(template.columns):
            if not is_roster_field(column.source):
                path = ("rosters", name, "columns", index, "field")
                found.append(error(file, "unknown-roster-field", path, value=column.source,
                                   fields="、".join(ROSTER_FIELDS)))  # fmt: skip
    return found
