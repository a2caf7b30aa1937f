"""The records a row of an assessments or trainings sheet gives (issue 16): 年度考核 grades by
year, in the long layout (年度, 考核等次) or the wide one (a column per year: 2024年 2025年),
and 培训 with their dates and hours. Each cell that cannot be read is a problem at its column;
whether a grade is on the registry's scale is the check rules' to say.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cadrectl.rules.sheet_rows import CellProblem
from cadrectl.rules.sheet_values import ValueProblem, clean_text, read_month

_YEAR = re.compile(r"^((?:19|20)\d\d)(?:年度?|年)?$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class RowRecord:
    """A record a row gives, and the row's field (its column) it was read from."""

    item: dict[str, Any]
    column: str


@dataclass
class RowRecords:
    records: list[RowRecord] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)


def read_assessments(values: Mapping[str, object]) -> RowRecords:
    """The row's grades: ``年度`` with ``考核等次``, or one per year column (``grade:2025``);
    an empty year column is no record (not assessed, or not yet)."""
    found = RowRecords()
    note = clean_text(values.get("note")) or None
    wide = sorted(name for name in values if name.startswith("grade:"))
    for name in wide:
        grade = clean_text(values[name]).replace(" ", "")
        if grade:
            year_grade = {"year": int(name.removeprefix("grade:")), "grade": grade}
            found.records.append(RowRecord(year_grade, name))
    if "grade" in values or "year" in values:
        grade = clean_text(values.get("grade")).replace(" ", "")
        year = read_year(values.get("year"))
        if not grade and values.get("year") in (None, ""):
            return found  # nothing filled in yet
        if year is None:
            found.problems.append(CellProblem("year", "year-unreadable", values.get("year")))
        elif not grade:
            found.problems.append(CellProblem("grade", "grade-empty", values.get("grade")))
        else:
            item: dict[str, Any] = {"year": year, "grade": grade}
            if note:
                item["note"] = note
            found.records.append(RowRecord(item, "grade"))
    return found


def read_year(value: object) -> int | None:
    """``2025``, ``2025.0``, ``2025年``, ``2025年度`` → 2025; None when it is no year."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        number = int(value)
        return number if 1900 <= number <= 2100 else None
    match = _YEAR.match(clean_text(value).replace(" ", ""))
    return int(match.group(1)) if match else None


def read_training(values: Mapping[str, object], formats: Mapping[str, str],
                  today: dt.date) -> RowRecords:  # fmt: skip
    """The row's 培训: its name, organizer, dates (``2026.03.02``, date cells), hours, days."""
    found = RowRecords()
    name = clean_text(values.get("training"))
    if not name and not any(clean_text(values.get(f)) for f in ("from", "to", "organizer")):
        return found
    item: dict[str, Any] = {}
    if name:
        item["name"] = name
    else:
        found.problems.append(CellProblem("training", "training-name-empty", None))
    organizer = clean_text(values.get("organizer"))
    if organizer:
        item["organizer"] = organizer
    for column in ("from", "to"):
        value = values.get(column)
        if value in (None, ""):
            found.problems.append(CellProblem(column, "date-empty", value))
            continue
        try:
            item[column] = read_month(value, number_format=formats.get(column), today=today)
        except ValueProblem as problem:
            found.problems.append(CellProblem(column, problem.code, value))
    for column in ("hours", "days"):
        value = values.get(column)
        if value in (None, ""):
            continue
        number = _number(value)
        if number is None:
            found.problems.append(CellProblem(column, "number-unreadable", value))
        else:
            item[column] = number
    if not found.problems:
        found.records.append(RowRecord(item, "training"))
    return found


def _number(value: object) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() else float(value)
    text = clean_text(value).replace(" ", "").removesuffix("学时").removesuffix("天")
    if not _NUMBER.match(text):
        return None
    number = float(text)
    return int(number) if number.is_integer() else number
