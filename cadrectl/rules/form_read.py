"""An exchange record read into a cadre's data: each element the registry has a field for, read
as :mod:`cadrectl.rules.form_values` reads it, its problems named by element.

Only the elements asked for are read — an import reads those whose text differs from what this
registry would write for the reserve, so a form sent back unchanged changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cadrectl.model.codes import ETHNICITY_NAMES, GENDER_NAMES
from cadrectl.model.dates import PartialDate
from cadrectl.rules.exchange import DECEASED, ExchangeRecord
from cadrectl.rules.form_values import (
    FormValueError,
    as_written,
    normalized,
    read_assessment_text,
    read_form_date,
    read_level,
    read_party,
    split_school,
)
from cadrectl.rules.sheet_values import ValueProblem, guess_unit_post, split_unit_post

if TYPE_CHECKING:
    from cadrectl.model.cadre import Education

# Elements read into a plain field of the file, and the field.
SCALARS: dict[str, tuple[str, ...]] = {
    "JiGuan": ("native_place",), "ChuShengDi": ("birthplace",),
    "JianKangZhuangKuang": ("health",), "ZhuanYeJiShuZhiWu": ("title",),
    "ShuXiZhuanYeYouHeZhuanChang": ("specialty",),
}  # fmt: skip
# What each element is read into (for a problem's field, and the report).
ELEMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "XingMing": ("name",), "XingBie": ("gender",), "ChuShengNianYue": ("birth",),
    "MinZu": ("ethnicity",), "RuDangShiJian": ("party",),
    "CanJiaGongZuoShiJian": ("work_start",), "ShenFenZheng": ("id_number",),
    "XianRenZhiWu": ("current",), "JianLi": ("resume",),
    "NianDuKaoHeJieGuo": ("records", "assessments"), "JiangChengQingKuang": ("form", "rewards"),
    "JiaTingChengYuan": ("family",), **SCALARS,
}  # fmt: skip
EDUCATION = {"QuanRiZhiJiaoYu": "全日制", "ZaiZhiJiaoYu": "在职"}
NONE_WORDS = frozenset({"", "无", "无。", "—", "-", "/"})
# Elements of the export itself, never data of the person (拟任…, the as-of date, Version).
NOT_DATA = frozenset({
    "NiRenZhiWu", "NiMianZhiWu", "RenMianLiYou", "ChengBaoDanWei", "JiSuanNianLingShiJian",
    "TianBiaoShiJian", "TianBiaoRen", "Version", "ZhaoPian", "DaoLingNianYue",
})  # fmt: skip


@dataclass(frozen=True)
class ElementProblem:
    """Why an element's text cannot be taken: the element, a code of ``import.problem.*``, the
    text quoted, a warning when the rest of the form can still be taken."""

    element: str
    code: str
    value: str
    warning: bool = False
    line: int | None = None  # the line of a 简历 the problem is on


@dataclass(frozen=True)
class FormContext:
    """The registry's words an import reads a form with: unit names → ids, the grades, the
    practice kinds; and how the export writes a 其间 study (to tell whether a study read from
    the 简历 would be written back the same, else its text is kept)."""

    units: Mapping[str, str]
    grades: list[str]
    practice_kinds: list[str]
    study_text: Callable[[Education], str | None] | None = None


@dataclass
class FormData:
    """The cadre's data the elements give (keys as in a cadre file), and what could not be read."""

    data: dict[str, Any] = field(default_factory=dict)
    problems: list[ElementProblem] = field(default_factory=list)


def read_form(record: ExchangeRecord, wanted: Collection[str], ctx: FormContext) -> FormData:
    """The data the ``wanted`` elements of the record give."""
    out = FormData()
    # 简历 last: a study inside it joins the education the form's own elements give
    for name in sorted(wanted, key=lambda name: name == "JianLi"):
        if name in NOT_DATA:
            continue
        try:
            _read(name, record, ctx, out)
        except (FormValueError, ValueProblem) as exc:
            value = exc.text if isinstance(exc, FormValueError) else str(exc.value)
            out.problems.append(ElementProblem(name, exc.code, value))
    return out


def _read(name: str, record: ExchangeRecord, ctx: FormContext, out: FormData) -> None:
    text = record.text(name)
    data = out.data
    if name in SCALARS:
        if text:
            data[SCALARS[name][0]] = text
    elif name == "XingMing":
        data["name"] = "".join(text.split())
    elif name == "XingBie":
        data["gender"] = _one_of(text.removesuffix("性"), GENDER_NAMES, "gender-unknown")
    elif name == "MinZu":
        data["ethnicity"] = _ethnicity(text)
    elif name in ("ChuShengNianYue", "CanJiaGongZuoShiJian"):
        key = "birth" if name == "ChuShengNianYue" else "work_start"
        if (day := read_form_date(text)) is not None:
            data[key] = day
    elif name == "RuDangShiJian":
        status, joined = read_party(text)
        data["party"] = {"status": status, **({"joined": joined} if joined else {})}
    elif name == "ShenFenZheng":
        if text:
            data["id_number"] = normalized(text).upper()
    elif name == "XianRenZhiWu":
        data["current"] = _current(text, ctx)
    elif name == "NianDuKaoHeJieGuo":
        found = read_assessment_text(text, ctx.grades)
        items = [{"year": year, "grade": grade} for year, grade in sorted(found.items())]
        data.setdefault("records", {})["assessments"] = items
    elif name == "JiangChengQingKuang":
        if normalized(text) not in NONE_WORDS:
            data.setdefault("form", {})["rewards"] = text
    elif name == "JiaTingChengYuan":
        data["family"] = _family(record, out)
    elif name == "JianLi":
        from cadrectl.rules.form_resume import read_resume

        read_resume(text, ctx, out)
    elif name.endswith(("_XueLi", "_XueWei", "_BiYeYuanXiaoXi")):
        _education(name.split("_", 1)[0], record, out)
    else:  # an element cadrectl has no field for: kept for re-export
        data.setdefault("form", {}).setdefault("elements", {})[name] = text


def _one_of(text: str, names: Collection[str], code: str) -> str:
    if text not in names:
        raise FormValueError(code, text)
    return text


def _ethnicity(text: str) -> str:
    """民族, ``汉`` read as 汉族."""
    value = normalized(text)
    if value not in ETHNICITY_NAMES and f"{value}族" in ETHNICITY_NAMES:
        value += "族"
    return _one_of(value, ETHNICITY_NAMES, "ethnicity-unknown")


def _current(text: str, ctx: FormContext) -> dict[str, str]:
    """XianRenZhiWu, 单位+职务 as one text, split by the registry's unit names."""
    try:
        split = split_unit_post(text, ctx.units)
    except ValueProblem as exc:
        if exc.code != "unit-unknown":
            raise
        guessed = guess_unit_post(text)
        raise FormValueError("form-unit-unknown", guessed.unit if guessed else text) from None
    return {"unit": ctx.units[split.unit], "post": as_written(text, split.post)[1]}


def _education(prefix: str, record: ExchangeRecord, out: FormData) -> None:
    """学历, 学位 and the school of one kind (全日制 or 在职), once for its four elements."""
    kind = EDUCATION.get(prefix)
    entries = out.data.setdefault("education", [])
    if kind is None or any(entry["kind"] == kind for entry in entries):
        return
    level_text = record.text(f"{prefix}_XueLi")
    degree = normalized(record.text(f"{prefix}_XueWei")) or None
    school_text = record.text(f"{prefix}_XueLi_BiYeYuanXiaoXi") or record.text(
        f"{prefix}_XueWei_BiYeYuanXiaoXi"
    )
    if not level_text:
        if degree or school_text:
            raise FormValueError("education-unreadable", f"{degree or ''}{school_text}")
        return
    entry: dict[str, Any] = {"kind": kind, "level": read_level(level_text)}
    if degree:
        entry["degree"] = degree
    if school_text:
        school, major = split_school(school_text)
        entry["school"] = school
        if major:
            entry["major"] = major
    entries.append(entry)
    own = record.text(f"{prefix}_XueWei_BiYeYuanXiaoXi")
    if own and record.text(f"{prefix}_XueLi_BiYeYuanXiaoXi") and own != school_text:
        # a degree from another school than the study's: the file has no place for it
        kept = out.data.setdefault("form", {}).setdefault("elements", {})
        kept[f"{prefix}_XueWei_BiYeYuanXiaoXi"] = own


def _family(record: ExchangeRecord, out: FormData) -> list[dict[str, Any]]:
    members = []
    for item in record.family:
        member: dict[str, Any] = {"relation": item.relation, "name": "".join(item.name.split())}
        if not item.relation or not member["name"]:
            shown = f"{item.relation}{item.name}"
            out.problems.append(
                ElementProblem("JiaTingChengYuan", "family-incomplete", shown, warning=True)
            )
            continue
        try:
            birth = read_form_date(item.birth)
        except FormValueError:
            out.problems.append(ElementProblem("JiaTingChengYuan", "date-unreadable",
                                               item.birth, warning=True))  # fmt: skip
            birth = None
        if birth is not None:
            member["birth"] = PartialDate(birth.year, birth.month)
        if item.party:
            member["party"] = item.party
        if item.work == DECEASED or item.work.startswith(DECEASED):
            member["deceased"] = True
        elif item.work:
            member["work"] = item.work
        members.append(member)
    return members
