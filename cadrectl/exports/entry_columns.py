"""The columns of each entry sheet (填报表) of ``cadrectl export template``: their fields, in
the order a unit fills them in, with width, cell format, code list and what makes them
required. Each header is the first alias of its field in rules.sheet_layout.ALIASES, so the
importer recognises every column of the sheet it handed out.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from cadrectl.rules.sheet_layout import ALIASES

KINDS: tuple[str, ...] = ("roster", "assessments", "trainings", "nominations")
# The code lists a column may offer, each a column of the hidden 代码 sheet.
ListName = Literal["gender", "ethnicity", "education", "party", "rank", "direction", "source",
                   "grade", "unit"]  # fmt: skip
# text: typed as text ("@"), so 1985.10 stays 1985.10 and an id number keeps its 18 digits;
# number: 序号, 年度, 学时, 天数, which Excel may keep as the numbers they are.
Form = Literal["text", "number"]


@dataclass(frozen=True)
class Column:
    """One column of an entry sheet: the field whose header it shows, its width (Excel units),
    its cell format, the list it offers, and what makes it required — a field path of the
    registry's required fields (``required_by``) or the sheet's own need (``needed``)."""

    field: str
    width: float
    form: Form = "text"
    choices: ListName | None = None
    required_by: str | None = None
    needed: bool = False

    @property
    def header(self) -> tuple[str, str | None]:
        """(upper, lower) header texts: ``全日制教育/学历学位`` is a two-level header."""
        upper, _, lower = ALIASES[self.field][0].partition("/")
        return upper, lower or None


_ROSTER: tuple[Column, ...] = (
    Column("seq", 5, "number"),
    Column("name", 9, required_by="name"),
    Column("gender", 6, choices="gender", required_by="gender"),
    Column("ethnicity", 8, choices="ethnicity", required_by="ethnicity"),
    Column("birth", 9, required_by="birth"),
    Column("native_place", 10, required_by="native_place"),
    Column("party", 11, choices="party", required_by="party.status"),
    Column("party_joined", 9, required_by="party.joined"),
    Column("work_start", 9, required_by="work_start"),
    Column("id_number", 21, required_by="id_number"),
    Column("fulltime_degree", 11, choices="education", required_by="education"),
    Column("fulltime_school", 20),
    Column("parttime_degree", 11, choices="education"),
    Column("parttime_school", 20),
    Column("unit", 16, choices="unit", required_by="current.unit"),
    Column("post", 18, required_by="current.post"),
    Column("rank", 8, choices="rank", required_by="current.rank"),
    Column("post_since", 9, required_by="current.post_since"),
    Column("rank_since", 9, required_by="current.rank_since"),
    Column("direction", 10, choices="direction", required_by="reserve.direction"),
    Column("target_rank", 8, choices="rank", required_by="reserve.target_rank"),
    Column("source", 10, choices="source", required_by="reserve.source"),
    Column("entered", 9),
    Column("note", 14),
)
_ASSESSMENTS: tuple[Column, ...] = (
    Column("cadre", 14),
    Column("name", 9, needed=True),
    Column("id_number", 21),
    Column("unit_post", 26),
    Column("year", 8, "number", needed=True),
    Column("grade", 10, choices="grade", needed=True),
    Column("note", 20),
)
_TRAININGS: tuple[Column, ...] = (
    Column("cadre", 14),
    Column("name", 9, needed=True),
    Column("id_number", 21),
    Column("training", 28, needed=True),
    Column("organizer", 16, needed=True),
    Column("from", 11, needed=True),
    Column("to", 11, needed=True),
    Column("hours", 7, "number"),
    Column("days", 7, "number"),
)
_NOMINATIONS: tuple[Column, ...] = (
    Column("name", 9, required_by="name"),
    Column("gender", 6, choices="gender", required_by="gender"),
    Column("ethnicity", 8, choices="ethnicity", required_by="ethnicity"),
    Column("birth", 9, required_by="birth"),
    Column("id_number", 21, required_by="id_number"),
    Column("party", 11, choices="party", required_by="party.status"),
    Column("party_joined", 9, required_by="party.joined"),
    Column("work_start", 9, required_by="work_start"),
    Column("degree", 11, choices="education", required_by="education"),
    Column("unit", 16, choices="unit", required_by="current.unit"),
    Column("post", 18, required_by="current.post"),
    # a nominee is checked as their file would be once admitted: the profile's required
    # fields (a county's rank and its dates) are asked here too
    Column("rank", 8, choices="rank", required_by="current.rank"),
    Column("post_since", 9, required_by="current.post_since"),
    Column("rank_since", 9, required_by="current.rank_since"),
    Column("nomination_source", 10, choices="source", needed=True),
    Column("nominated_by", 14, needed=True),
    Column("target_rank", 8, choices="rank", needed=True),
    Column("direction", 10, choices="direction", needed=True),
    Column("nominated", 9),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    "roster": _ROSTER,
    "assessments": _ASSESSMENTS,
    "trainings": _TRAININGS,
    "nominations": _NOMINATIONS,
}


def is_required(column: Column, required: Collection[str]) -> bool:
    """Whether the sheet asks for ``column`` in every row (``required``: the registry's required
    field paths, services.add.required_fields)."""
    return column.needed or (column.required_by is not None and column.required_by in required)
