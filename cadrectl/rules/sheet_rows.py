"""One roster row read into a cadre's data, field by field, with a problem for each cell that
cannot be read (issue 16). Nothing is invented: a field the roster lacks stays out of the data
(a roster without 身份证号 gives no id number), and a cell that cannot be read is reported at
its column, never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cadrectl.model.codes import ETHNICITY_NAMES, PARTY_SHORT_NAME
from cadrectl.rules.sheet_values import (
    ValueProblem,
    clean_text,
    read_month,
    read_schooling,
    split_unit_post,
)

# 政治面貌 as rosters abbreviate it → the registry's short name.
_PARTY_WORDS = {"党员": "中共党员", "预备党员": "中共预备党员", "团员": "共青团员",
                "无党派": "无党派人士", "民革": "民革会员", "民盟": "民盟盟员", "民建": "民建会员",
                "民进": "民进会员", "农工党": "农工党党员", "致公党": "致公党党员",
                "九三学社": "九三学社社员", "台盟": "台盟盟员"}  # fmt: skip
_TEXT_FIELDS = {"name": ("name",), "native_place": ("native_place",),
                "birthplace": ("birthplace",), "health": ("health",), "title": ("title",),
                "rank": ("current", "rank"), "direction": ("reserve", "direction"),
                "target_rank": ("reserve", "target_rank"), "source": ("reserve", "source"),
                "background": ("reserve", "background")}  # fmt: skip
_DATE_FIELDS = {"birth": ("birth",), "work_start": ("work_start",),
                "post_since": ("current", "post_since"), "rank_since": ("current", "rank_since"),
                "entered": ("reserve", "entered")}  # fmt: skip
# Each field of a row → where in a cadre's data it goes (a problem there is in its column).
FIELD_PATHS: dict[str, tuple[str, ...]] = {
    **_TEXT_FIELDS, **_DATE_FIELDS, "gender": ("gender",), "ethnicity": ("ethnicity",),
    "id_number": ("id_number",), "party": ("party", "status"), "party_joined": ("party", "joined"),
    "fulltime_degree": ("education",), "parttime_degree": ("education",),
    "degree": ("education",), "unit_post": ("current",), "unit": ("current", "unit"),
    "post": ("current", "post"),
}  # fmt: skip


@dataclass(frozen=True)
class CellProblem:
    """A cell that cannot be read: the row's field (its column), a code, the value."""

    field: str
    code: str
    value: object


@dataclass
class RowData:
    """What one row says of a person, as a cadre file's data, and what could not be read."""

    data: dict[str, Any] = field(default_factory=dict)
    problems: list[CellProblem] = field(default_factory=list)

    def put(self, path: tuple[str, ...], value: object) -> None:
        target = self.data
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = value


def read_row(
    values: Mapping[str, object],
    *,
    units: Mapping[str, str],
    group: str | None = None,
    formats: Mapping[str, str] | None = None,
    today: dt.date,
) -> RowData:
    """The row's fields (by ALIASES name) as cadre data.

    ``units`` maps unit names to ids (工作单位 matched by name); ``group`` is the unit a grouped
    roster names above the row; ``formats`` the cells' number formats by field.
    """
    row = RowData()
    formats = formats or {}
    for name, path in _TEXT_FIELDS.items():
        text = clean_text(values.get(name))
        if text:
            row.put(path, _name(text) if name == "name" else text)
    for name, path in _DATE_FIELDS.items():
        if clean_text(values.get(name)) or isinstance(values.get(name), int | float | dt.date):
            _date(row, name, path, values[name], formats.get(name), today)
    _gender(row, values.get("gender"))
    _ethnicity(row, values.get("ethnicity"))
    _id_number(row, values.get("id_number"))
    _party(row, values, formats.get("party_joined"), today)
    _education(row, values)
    _unit_and_post(row, values, units, group)
    return row


def _name(text: str) -> str:
    """A Chinese name without the spaces clerks pad two-character names with (``李  晓``); a
    name in Latin letters keeps its spaces."""
    return text.replace(" ", "") if any(ord(char) > 0x2E80 for char in text) else text


def _date(row: RowData, name: str, path: tuple[str, ...], value: object, shown: str | None,
          today: dt.date) -> None:  # fmt: skip
    try:
        row.put(path, read_month(value, number_format=shown, today=today))
    except ValueProblem as problem:
        row.problems.append(CellProblem(name, problem.code, value))


def _gender(row: RowData, value: object) -> None:
    text = clean_text(value)
    if not text:
        return
    if text in ("男", "女"):
        row.put(("gender",), text)
    else:
        row.problems.append(CellProblem("gender", "gender-unknown", value))


def _ethnicity(row: RowData, value: object) -> None:
    text = clean_text(value).replace(" ", "")
    if not text:
        return
    name = text if text in ETHNICITY_NAMES else f"{text}族"  # 汉 → 汉族, 畲 → 畲族
    if name in ETHNICITY_NAMES:
        row.put(("ethnicity",), name)
    else:
        row.problems.append(CellProblem("ethnicity", "ethnicity-unknown", value))


def _id_number(row: RowData, value: object) -> None:
    text = clean_text(value).replace(" ", "").upper()
    if not text:
        return
    if isinstance(value, float):  # a number cell: Excel kept only 15 digits of it
        row.problems.append(CellProblem("id_number", "id-number-as-number", value))
    elif len(text) == 18 and text[:17].isdigit() and (text[17].isdigit() or text[17] == "X"):
        row.put(("id_number",), text)
    else:
        row.problems.append(CellProblem("id_number", "id-number-unreadable", value))


def _party(row: RowData, values: Mapping[str, object], shown: str | None, today: dt.date) -> None:
    """政治面貌, and 入党时间 — whose cell may instead name a 民主党派 (``九三学社`` or
    ``2015.06；民建``): that is the party, and its date is no CPC joining date."""
    status = clean_text(values.get("party")).replace(" ", "")
    joined = values.get("party_joined")
    joined_text = clean_text(joined).replace(" ", "") if not isinstance(joined, dt.date) else ""
    named = next((word for word in _PARTY_WORDS if joined_text.endswith(word)
                  and word not in ("党员", "预备党员", "团员")), None)  # fmt: skip
    if named is not None:
        status = status or named
        joined = joined_text[: -len(named)].rstrip(";；,，、 ")
    if status:
        short = PARTY_SHORT_NAME.get(status) or _PARTY_WORDS.get(status)
        if short is None:
            row.problems.append(CellProblem("party", "party-unknown", values.get("party")))
        else:
            row.put(("party", "status"), short)
    cpc = row.data.get("party", {}).get("status") in ("中共党员", "中共预备党员")
    if joined in (None, "") or (named is not None and not cpc):
        return
    try:
        date = read_month(joined, number_format=shown, today=today)
    except ValueProblem as problem:
        row.problems.append(CellProblem("party_joined", problem.code, values.get("party_joined")))
        return
    if "status" not in row.data.get("party", {}):
        row.put(("party", "status"), "中共党员")  # a joining date and no 政治面貌 column
    row.put(("party", "joined"), date)


def _education(row: RowData, values: Mapping[str, object]) -> None:
    entries = []
    for kind, degree_field, school_field in (
        ("全日制", "fulltime_degree", "fulltime_school"), ("全日制", "degree", None),
        ("在职", "parttime_degree", "parttime_school"),
    ):  # fmt: skip
        value = values.get(degree_field)
        if not clean_text(value):
            continue
        try:
            schooling = read_schooling(value)
        except ValueProblem as problem:
            row.problems.append(CellProblem(degree_field, problem.code, value))
            continue
        entry: dict[str, Any] = {"kind": kind, "level": schooling.level}
        if schooling.degree:
            entry["degree"] = schooling.degree
        school = clean_text(values.get(school_field)) if school_field else ""
        if school:
            entry["school"] = school
        entries.append(entry)
    if entries:
        row.put(("education",), entries)


def _unit_and_post(
    row: RowData, values: Mapping[str, object], units: Mapping[str, str], group: str | None
) -> None:
    """工作单位及职务 split by the unit names; else 工作单位 and 现任职务 apart; a grouped
    roster's unit (its title row) where the row names none."""
    combined = values.get("unit_post")
    if clean_text(combined):
        try:
            split = split_unit_post(combined, units)
        except ValueProblem as problem:
            if group is None or _unit_id(group, units) is None:
                row.problems.append(CellProblem("unit_post", problem.code, combined))
                return
            row.put(("current", "unit"), _unit_id(group, units))
            row.put(("current", "post"), clean_text(combined).replace(" ", ""))
            return
        row.put(("current", "unit"), units[split.unit])
        row.put(("current", "post"), split.post)
        return
    unit_text = clean_text(values.get("unit")) or (group or "")
    if unit_text:
        unit_id = _unit_id(unit_text, units)
        if unit_id is None:
            row.problems.append(CellProblem("unit", "unit-unknown", values.get("unit") or group))
        else:
            row.put(("current", "unit"), unit_id)
    post = clean_text(values.get("post"))
    if post:
        row.put(("current", "post"), post.replace(" ", ""))


def _unit_id(text: str, units: Mapping[str, str]) -> str | None:
    """A unit's id by its name, also under a group title such as ``一、湖溪镇``."""
    return units.get(unit_name(text))


def unit_name(text: str) -> str:
    """A unit's name as a 工作单位 cell or a group's title writes it (``一、湖溪镇`` → 湖溪镇)."""
    return clean_text(text).replace(" ", "").lstrip("一二三四五六七八九十0123456789、.（）() ")
