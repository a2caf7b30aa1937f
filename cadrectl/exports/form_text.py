"""A reserve's 干部任免审批表 as texts: the exchange record the LRMX and LRM writers serialise
(:func:`form_record`), and the boxes of the printed form (:func:`printed_form`) — one set of
texts, so the file sent upward and the paper signed say the same.

Conventions (../shared/EXCHANGE.md): dates ``YYYYMM`` (the as-of date ``YYYYMMDD``); the party in
RuDangShiJian (a CPC member's joining month, else a 民主党派's short name, empty for 群众);
XianRenZhiWu the unit and post as one text; 简历 a line per period, ``YYYY.MM--YYYY.MM`` and two
spaces, an open end ``YYYY.MM--`` and nine spaces, 挂职/轮岗 and 抽调 inside a period on the next
line as ``（其间：…；…）``.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cadrectl.core.messages import stored
from cadrectl.exports.card_text import assessments_text, rewards_text
from cadrectl.exports.columns import unit_and_post
from cadrectl.exports.form_items import practice_item, secondment_item, study_item, study_start
from cadrectl.rules.exchange import DECEASED, VERSION, ExchangeRecord, FamilyItem

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre, Education, ResumeEntry
    from cadrectl.model.dates import PartialDate
    from cadrectl.model.form import FamilyMember, FormFields

OPEN_END_SPACES = 9  # ``2021.09--`` and nine spaces: as wide as ``2014.03--2018.06  ``
# 政治面貌 → RuDangShiJian's short name (the official code table); a CPC member's is a date.
LRMX_PARTY: dict[str, str] = {
    "共青团员": "共青团员", "民革会员": "民革", "民盟盟员": "民盟", "民建会员": "民建",
    "民进会员": "民进", "农工党党员": "农工党", "致公党党员": "致公党", "九三学社社员": "九三",
    "台盟盟员": "台盟", "无党派人士": "无党派", "群众": "",
}  # fmt: skip
CPC = frozenset({"中共党员", "中共预备党员"})


@dataclass(frozen=True)
class FormContext:
    """What a form needs besides the file: the as-of date ages are computed at, unit names, the
    export's own fields, the photo's bytes, whether the id number is left out."""

    as_of: dt.date
    unit_names: Mapping[str, str]
    fields: FormFields
    photo: bytes | None = None
    mask_id: bool = False


def yyyymm(value: PartialDate | None) -> str:
    return f"{value.year:04d}{value.month:02d}" if value is not None else ""


def form_record(cadre: Cadre, ctx: FormContext) -> ExchangeRecord:
    """The cadre's form as the exchange files carry it, every element of the common order."""
    fields = ctx.fields
    full, part = best_education(cadre.education, "全日制"), best_education(cadre.education, "在职")
    current = unit_and_post(ctx.unit_names.get(cadre.current.unit, cadre.current.unit),
                            cadre.current.post)  # fmt: skip
    kept = dict(cadre.form.elements) if cadre.form else {}
    elements = {
        "XingMing": cadre.name, "XingBie": cadre.gender, "ChuShengNianYue": yyyymm(cadre.birth),
        "MinZu": cadre.ethnicity, "JiGuan": cadre.native_place or "",
        "ChuShengDi": cadre.birthplace or "", "RuDangShiJian": party_text(cadre),
        "CanJiaGongZuoShiJian": yyyymm(cadre.work_start),
        "JianKangZhuangKuang": cadre.health or "", "ZhuanYeJiShuZhiWu": cadre.title or "",
        "ShuXiZhuanYeYouHeZhuanChang": cadre.specialty or "",
        **education_elements("QuanRiZhiJiaoYu", full), **education_elements("ZaiZhiJiaoYu", part),
        "XianRenZhiWu": current, "NiRenZhiWu": fields.proposed_post or "",
        "NiMianZhiWu": fields.proposed_removal or "", "JianLi": form_resume(cadre),
        "JiangChengQingKuang": form_rewards(cadre),
        "NianDuKaoHeJieGuo": assessments_text(cadre), "RenMianLiYou": fields.reason or "",
        "ChengBaoDanWei": fields.reporting_unit or "",
        "JiSuanNianLingShiJian": ctx.as_of.strftime("%Y%m%d"),
        "TianBiaoShiJian": _filled_on(fields.filled_on), "TianBiaoRen": fields.filled_by or "",
        "ShenFenZheng": "" if ctx.mask_id else cadre.id_number or "",
        "Version": VERSION,
    }  # fmt: skip
    for name, text in kept.items():  # elements another system sent, written back as they came
        elements.setdefault(name, text)
    return ExchangeRecord(elements, tuple(family_item(m) for m in cadre.family), ctx.photo)


def party_text(cadre: Cadre) -> str:
    """RuDangShiJian: ``200108`` for a CPC member, ``民建`` for a 民主党派's, empty for 群众."""
    short = cadre.party.short_status
    if short in CPC:
        return yyyymm(cadre.party.joined) or short
    return LRMX_PARTY.get(short, short)


def best_education(entries: Sequence[Education], kind: str) -> Education | None:
    """The highest 学历 of a kind (the latest of equals): the one the form prints."""
    from cadrectl.model.codes import EDUCATION_LEVELS
    from cadrectl.model.dates import PartialDate

    of_kind = [entry for entry in entries if entry.kind == kind]
    if not of_kind:
        return None

    def rank(entry: Education) -> tuple[int, PartialDate]:
        return EDUCATION_LEVELS[entry.level], entry.graduated or PartialDate(1900, 1)

    return max(of_kind, key=rank)


def education_elements(prefix: str, entry: Education | None) -> dict[str, str]:
    """学历, 学位 and the school text of each; the 学位's school empty (it came with the study)."""
    return {
        f"{prefix}_XueLi": entry.level if entry else "",
        f"{prefix}_XueWei": (entry.degree or "") if entry else "",
        f"{prefix}_XueLi_BiYeYuanXiaoXi": school_text(entry) if entry else "",
        f"{prefix}_XueWei_BiYeYuanXiaoXi": "",
    }


def school_text(entry: Education) -> str:
    """毕业院校系及专业: ``浙江大学土木工程专业`` (the major's 专业 not doubled)."""
    major = entry.major or ""
    if major and not major.endswith("专业"):
        major += "专业"
    return f"{entry.school or ''}{major}"


def form_resume(cadre: Cadre) -> str:
    """简历: the text an imported form kept verbatim, else built from the resume entries."""
    if cadre.form and cadre.form.resume:
        return "\n".join(cadre.form.resume.splitlines())
    return resume_text(cadre)


def resume_text(cadre: Cadre) -> str:
    """简历, a line each: each period, and under it what was done inside it."""
    lines: list[str] = []
    during = _during_by_entry(cadre)
    for index, entry in enumerate(cadre.resume):
        lines.append(resume_line(entry))
        if during.get(index):
            lines.append(stored("form.during", items=stored("form.during-sep").join(during[index])))
    return "\n".join(lines)


def resume_line(entry: ResumeEntry) -> str:
    start = entry.from_.dotted()
    text = unit_and_post(entry.unit, entry.post)
    if entry.to is None:
        return f"{start}--{' ' * OPEN_END_SPACES}{text}"
    return f"{start}--{entry.to.dotted()}  {text}"


def _during_by_entry(cadre: Cadre) -> dict[int, list[str]]:
    """Each 挂职/轮岗, 抽调 and 在职 study, by the resume period it began in (the last one begun
    by then)."""
    resume, records = cadre.resume, cadre.records
    if not resume:
        return {}
    dated = [(item.from_, practice_item(item)) for item in records.practice]
    dated += [(item.from_, secondment_item(item)) for item in records.secondments]
    for entry in cadre.education:
        text, start = study_item(entry), study_start(entry)
        if text is not None and start is not None:
            dated.append((start, text))
    found: dict[int, list[str]] = {}
    for start, text in sorted(dated, key=lambda pair: pair[0]):
        begun = [i for i, entry in enumerate(resume) if entry.from_ <= start]
        found.setdefault(begun[-1] if begun else 0, []).append(text)
    return found


def form_rewards(cadre: Cadre) -> str:
    """奖惩情况: the form's own text when the file keeps one, else the rewards and sanctions."""
    if cadre.form and cadre.form.rewards:
        return "\n".join(cadre.form.rewards.splitlines())
    return rewards_text(cadre)


def family_item(member: FamilyMember) -> FamilyItem:
    from cadrectl.model.codes import PARTY_SHORT_NAME

    party = member.party or ""
    party = LRMX_PARTY.get(PARTY_SHORT_NAME.get(party, party), party) or party
    work = DECEASED if member.deceased else member.work or ""
    return FamilyItem(member.relation, member.name, yyyymm(member.birth), party, work)


def photo_text(photo: bytes | None) -> str:
    """ZhaoPian: plain base64, no prefix, no line breaks; empty without a photo."""
    return base64.b64encode(photo).decode("ascii") if photo else ""


def _filled_on(day: PartialDate | None) -> str:
    if day is None:
        return ""
    if day.day is None:
        return yyyymm(day)
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


@dataclass(frozen=True)
class FamilyRow:
    """A row of 家庭主要成员及重要社会关系 as printed: 出生年月 dotted, 已去世 in the work box."""

    relation: str
    name: str
    birth: str
    party: str
    work: str


@dataclass(frozen=True)
class PrintedForm:
    """The boxes of the two printed pages, each text as the form prints it (empty: a blank box).

    ``birth`` is ``1988.04`` and ``age`` ``（38岁）``, printed one over the other; dates dotted;
    学历学位 ``大学\\n工学学士``; ``resume`` a line each, continuing on an extra page as needed.
    """

    name: str
    gender: str
    birth: str
    age: str
    ethnicity: str
    native_place: str
    birthplace: str
    party_joined: str
    work_start: str
    health: str
    title: str
    specialty: str
    fulltime_degrees: str
    fulltime_schools: str
    parttime_degrees: str
    parttime_schools: str
    current_post: str
    proposed_post: str
    proposed_removal: str
    resume: tuple[str, ...]
    rewards: str
    assessments: str
    reason: str
    family: tuple[FamilyRow, ...]
    reporting_unit: str
    filled_on: str
    filled_by: str
    retirement: str  # 到龄时间 on post-2025 forms (DaoLingNianYue), empty when not known
    photo: bytes | None


def printed_form(record: ExchangeRecord) -> PrintedForm:
    """The printed boxes of an exchange record (one this registry wrote, or one read in)."""
    text = record.text
    birth = _month(text("ChuShengNianYue"))
    as_of = _month(text("JiSuanNianLingShiJian"))
    age = ""
    if birth is not None and as_of is not None:
        age = stored("form.age", age=form_age(birth, as_of.as_date()))
    return PrintedForm(
        name=text("XingMing"), gender=text("XingBie"), birth=_dotted(birth), age=age,
        ethnicity=text("MinZu"), native_place=text("JiGuan"), birthplace=text("ChuShengDi"),
        party_joined=_party_printed(text("RuDangShiJian")),
        work_start=_dotted(_month(text("CanJiaGongZuoShiJian"))),
        health=text("JianKangZhuangKuang"), title=text("ZhuanYeJiShuZhiWu"),
        specialty=text("ShuXiZhuanYeYouHeZhuanChang"),
        fulltime_degrees=_joined(text("QuanRiZhiJiaoYu_XueLi"), text("QuanRiZhiJiaoYu_XueWei")),
        fulltime_schools=_joined(text("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi"),
                                 text("QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi")),
        parttime_degrees=_joined(text("ZaiZhiJiaoYu_XueLi"), text("ZaiZhiJiaoYu_XueWei")),
        parttime_schools=_joined(text("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi"),
                                 text("ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi")),
        current_post=text("XianRenZhiWu"), proposed_post=text("NiRenZhiWu"),
        proposed_removal=text("NiMianZhiWu"),
        resume=tuple(text("JianLi").splitlines()),
        rewards="\n".join(text("JiangChengQingKuang").splitlines()),
        assessments=text("NianDuKaoHeJieGuo"), reason=text("RenMianLiYou"),
        family=tuple(_family_row(item) for item in record.family if not item.empty),
        reporting_unit=text("ChengBaoDanWei"), filled_on=_filled_printed(text("TianBiaoShiJian")),
        filled_by=text("TianBiaoRen"), retirement=_dotted(_month(text("DaoLingNianYue"))),
        photo=record.photo,
    )  # fmt: skip


def form_age(birth: PartialDate, on: dt.date) -> int:
    """The form's age: completed years counted by month (a birthday month counts as reached)."""
    return on.year - birth.year - (1 if on.month < birth.month else 0)


def _month(text: str) -> PartialDate | None:
    from cadrectl.rules.form_values import form_date

    return form_date(text)


def _dotted(value: PartialDate | None) -> str:
    return f"{value.year:04d}.{value.month:02d}" if value is not None else ""


def _joined(first: str, second: str) -> str:
    return "\n".join(part for part in (first, second) if part)


def _party_printed(text: str) -> str:
    """入党时间 as printed: the month dotted (``2001.08``), a party's name as it stands."""
    from cadrectl.rules.form_values import party_parts

    month, parties = party_parts(text)
    return "；".join([*([_dotted(month)] if month else []), *parties])


def _family_row(item: FamilyItem) -> FamilyRow:
    birth = _dotted(_month(item.birth)) or item.birth
    return FamilyRow(item.relation, item.name, birth, item.party, item.work)


def _filled_printed(text: str) -> str:
    """填表时间 as printed: ``2026年12月01日`` (or ``2026年12月`` for a month)."""
    from cadrectl.rules.form_values import form_date

    day = form_date(text)
    if day is None:
        return text
    if day.day is None:
        return stored("form.filled-month", year=day.year, month=f"{day.month:02d}")
    return stored("form.filled-day", year=day.year, month=f"{day.month:02d}", day=f"{day.day:02d}")
