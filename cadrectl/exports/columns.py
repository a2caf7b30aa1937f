"""The fields a roster template may show: each a header, a width and how to get its value.

A template names a field here (``birth_age``, ``tier``, ``fulltime_degree``…) or any path of the
cadre model (``reserve.period``); the value is text as the form prints it (``1988.04(38岁)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cadrectl.model.codes import CPC_MEMBERS
from cadrectl.model.dates import PartialDate, age_on
from cadrectl.rules.timespan import months_between

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre, Education
    from cadrectl.rules.tiers import Placement


@dataclass(frozen=True)
class RowContext:
    """What a field may need besides the cadre: the date, unit names, tiers, masking."""

    as_of: dt.date
    unit_names: dict[str, str]
    placements: dict[str, Placement]
    mask_id: bool


Getter = Callable[["Cadre", RowContext], object]


@dataclass(frozen=True)
class Field:
    """A column: its header, its width in Excel's units, its value; a column of short values
    (a 民族, a 培养方向) grows up to ``fits`` units so that its longest value (and its header)
    stays on one line, where a column of long text (a school, a unit and post) wraps."""

    header: str
    width: float
    get: Getter
    fits: float = 0.0  # 0: the column keeps its width


def dotted(value: PartialDate | None) -> str:
    return value.dotted() if value is not None else ""


def _education(cadre: Cadre, kind: str) -> list[Education]:
    return [item for item in cadre.education if item.kind == kind]


def _degree(cadre: Cadre, kind: str) -> str:
    return "\n".join(f"{e.level}{e.degree or ''}" for e in _education(cadre, kind))


def _school(cadre: Cadre, kind: str) -> str:
    return "\n".join(f"{e.school or ''}{e.major or ''}" for e in _education(cadre, kind))


def mask_id_number(number: str | None, mask: bool) -> str:
    """The first 6 and last 4 digits only, when masking (``330781********0032``)."""
    if not number:
        return ""
    return number[:6] + "*" * (len(number) - 10) + number[-4:] if mask else number


def _tier(cadre: Cadre, ctx: RowContext) -> str:
    placement = ctx.placements.get(cadre.id)
    return placement.tier_label if placement is not None else ""


def _years_in_rank(cadre: Cadre, ctx: RowContext) -> str:
    if cadre.current.rank_since is None:
        return ""
    months = months_between(cadre.current.rank_since.as_date(), ctx.as_of)
    years, rest = divmod(months, 12)
    if years == 0:
        return "未满一年"
    return f"{years}年{rest}个月" if rest else f"{years}年"


def unit_and_post(unit: str, post: str) -> str:
    """工作单位及职务 as one text, the unit not repeated where the post begins with (the end
    of) its name: 青溪县人大常委会 + 县人大常委会副主任 → 青溪县人大常委会副主任; 县财政局 + 局长
    stays 县财政局局长 (one character is no repetition)."""
    for size in range(min(len(unit), len(post)), 1, -1):
        if unit.endswith(post[:size]):
            return unit + post[size:]
    return unit + post


def party_joined(cadre: Cadre) -> str:
    """入党时间 as rosters write it: the date for a CPC member; for a 民主党派 member the party
    with its date (``2015.06；民建``), never a bare date read as a CPC one."""
    party = cadre.party
    joined = dotted(party.joined)
    if party.status in CPC_MEMBERS:
        return joined
    name = _PARTY_NAMES.get(party.status)
    if name is None:  # 群众, 共青团员, 无党派人士: no party joined
        return ""
    return f"{joined}；{name}" if joined else name


# The 民主党派 as rosters name them in the 入党时间 column (政治面貌 short name → party).
_PARTY_NAMES = {
    "民革会员": "民革", "民盟盟员": "民盟", "民建会员": "民建", "民进会员": "民进",
    "农工党党员": "农工党", "致公党党员": "致公党", "九三学社社员": "九三学社", "台盟盟员": "台盟",
}  # fmt: skip


def _unit(cadre: Cadre, ctx: RowContext) -> str:
    return ctx.unit_names.get(cadre.current.unit, cadre.current.unit)


# The named fields, keyed and ordered as rules.roster_rules.ROSTER_FIELDS (the config check).
FIELDS: dict[str, Field] = {
    # Widths: a 4-character value (大学本科, 党政综合, 第一层次) or header line (任现职级) is 8.4
    # units in 宋体/仿宋 11 and gets a unit to spare; a date (2015.06) 7.7.
    "seq": Field("序号", 5, lambda c, x: 0),  # filled in by the roster
    "name": Field("姓名", 9, lambda c, x: c.name, fits=12),
    "gender": Field("性别", 5, lambda c, x: c.gender),
    "ethnicity": Field("民族", 7, lambda c, x: c.ethnicity, fits=11),
    "birth_age": Field(
        "出生年月\n（岁）", 15, lambda c, x: f"{dotted(c.birth)}({age_on(c.birth, x.as_of)}岁)"
    ),
    "age": Field("年龄", 5, lambda c, x: age_on(c.birth, x.as_of)),
    "native_place": Field("籍贯", 10, lambda c, x: c.native_place or "", fits=14),
    "birthplace": Field("出生地", 10, lambda c, x: c.birthplace or "", fits=14),
    "party": Field("政治面貌", 10, lambda c, x: c.party_status, fits=14),
    "party_joined": Field("入党\n时间", 9, lambda c, x: party_joined(c)),
    "work_start": Field("参加工\n作时间", 9, lambda c, x: dotted(c.work_start)),
    "fulltime_degree": Field("学历学位", 10, lambda c, x: _degree(c, "全日制")),
    "fulltime_school": Field("毕业院校\n系及专业", 16, lambda c, x: _school(c, "全日制")),
    "parttime_degree": Field("学历学位", 10, lambda c, x: _degree(c, "在职")),
    "parttime_school": Field("毕业院校\n系及专业", 16, lambda c, x: _school(c, "在职")),
    "unit": Field("工作单位", 12, _unit),
    "post": Field("现任职务", 18, lambda c, x: c.current.post),
    "unit_post": Field(
        "工作单位及职务", 24, lambda c, x: unit_and_post(_unit(c, x), c.current.post)
    ),
    "rank": Field("职级", 7, lambda c, x: c.current.rank or "", fits=14),
    "post_since": Field("任现职\n时间", 9, lambda c, x: dotted(c.current.post_since)),
    "rank_since": Field("任现职级\n时间", 10, lambda c, x: dotted(c.current.rank_since)),
    "years_in_rank": Field("任现职级\n年限", 10, _years_in_rank, fits=12),
    "target_rank": Field("拟培养\n层级", 8, lambda c, x: c.reserve.target_rank, fits=12),
    "direction": Field("拟培养\n方向", 10, lambda c, x: c.reserve.direction, fits=14),
    "tier": Field("层次", 10, _tier),
    "source": Field("来源", 10, lambda c, x: c.reserve.source, fits=14),
    "entered": Field("入库\n时间", 9, lambda c, x: dotted(c.reserve.entered)),
    "mentors": Field("联系帮带人", 14, lambda c, x: "、".join(c.reserve.mentors)),
    "id_number": Field("公民身份号码", 22, lambda c, x: mask_id_number(c.id_number, x.mask_id)),
    "health": Field("健康状况", 9, lambda c, x: c.health or "", fits=12),
    "title": Field("专业技术职务", 13, lambda c, x: c.title or "", fits=16),
    "specialty": Field("熟悉专业\n有何专长", 14, lambda c, x: c.specialty or "", fits=18),
    "rewards": Field("奖惩情况", 24, lambda c, x: _rewards(c)),
    "family": Field("家庭主要成员及\n重要社会关系", 30, lambda c, x: _family(c)),
    "note": Field("备注", 10, lambda c, x: ""),
}


def _rewards(cadre: Cadre) -> str:
    """奖惩情况 as the 任免审批表 prints it (the form's own text, else the records)."""
    from cadrectl.exports.form_text import form_rewards

    return form_rewards(cadre)


def _family(cadre: Cadre) -> str:
    """A member a line: ``妻子 陈静怡 1985.06 中共党员 青溪县第一中学教师`` (or 已去世)."""
    from cadrectl.rules.exchange import DECEASED

    return "\n".join(
        " ".join(part for part in (m.relation, m.name, dotted(m.birth), m.party or "",
                                   DECEASED if m.deceased else m.work or "") if part)
        for m in cadre.family
    )  # fmt: skip


def field_for(name: str) -> Field:
    """A named field, or a model path (``reserve.period``) shown as its text."""
    if name in FIELDS:
        return FIELDS[name]
    parts = name.split(".")

    def get(cadre: Cadre, ctx: RowContext) -> object:
        value: Any = cadre
        for part in parts:
            value = getattr(value, part, None)
            if value is None:
                return ""
        if isinstance(value, PartialDate):
            return value.dotted()
        if isinstance(value, list):
            return "、".join(str(item) for item in value)
        return value

    return Field(parts[-1], 10, get)
