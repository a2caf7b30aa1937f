"""The texts of a 干部任免审批表 read into the registry's values: dates of 6 or 8 digits, dotted or
dashed; the party in RuDangShiJian; 学历 and 学位 with their schools; 年度考核结果's free text.

Each reader takes what writers are seen to write (../shared/EXCHANGE.md) and refuses, with a
code, what it cannot read; none guesses.
"""

from __future__ import annotations

import re
import unicodedata

from cadrectl.model.codes import PARTY_SHORT_NAME
from cadrectl.model.dates import DateError, PartialDate

_DATE = re.compile(r"^([0-9]{4})[.\-/]?([0-9]{1,2})(?:[.\-/]?([0-9]{1,2}))?$")
# RuDangShiJian's party names (the official code table's short forms, long names and
# DOMAIN's) → the registry's 政治面貌.
_PARTY_NAMES: dict[str, str] = {
    "中共党员": "中共党员", "中国共产党党员": "中共党员", "党员": "中共党员",
    "预备党员": "中共预备党员", "中共预备党员": "中共预备党员",
    "共青团员": "共青团员", "团员": "共青团员",
    "民革": "民革会员", "民盟": "民盟盟员", "民建": "民建会员", "民进": "民进会员",
    "农工党": "农工党党员", "农工": "农工党党员", "致公党": "致公党党员", "致公": "致公党党员",
    "九三": "九三学社社员", "九三学社": "九三学社社员", "台盟": "台盟盟员",
    "无党派": "无党派人士", "无党派人士": "无党派人士", "群众": "群众",
}  # fmt: skip
for _name in PARTY_SHORT_NAME:
    _PARTY_NAMES.setdefault(_name, PARTY_SHORT_NAME[_name])
_PARTY_SPLIT = re.compile(r"[；;，,、/\s]+")
_MONTH_IN = re.compile(r"([0-9]{4}[.\-/]?[0-9]{1,2}(?:[.\-/]?[0-9]{1,2})?)")


class FormValueError(ValueError):
    """A text the reader cannot take: ``code`` names the import problem."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(code)
        self.code = code
        self.text = text


def normalized(text: str) -> str:
    """Full-width digits, letters and punctuation half-width (NFKC), stripped."""
    return unicodedata.normalize("NFKC", text).strip()


def form_date(text: str) -> PartialDate | None:
    """``198504``, ``19850412``, ``1985.04``, ``1985-4-12`` …; None for an empty text or one that
    is no date (:func:`read_form_date` says why)."""
    try:
        return read_form_date(text)
    except FormValueError:
        return None


def read_form_date(text: str) -> PartialDate | None:
    """A date of the form, 6 or 8 digits, dotted or dashed; None when empty."""
    value = normalized(text)
    if not value:
        return None
    found = _DATE.match(value)
    if found is None:
        raise FormValueError("date-unreadable", text)
    year, month, day = found.groups()
    try:
        return PartialDate(int(year), int(month), int(day) if day else None)
    except DateError:
        raise FormValueError("date-invalid", text) from None


def party_parts(text: str) -> tuple[PartialDate | None, list[str]]:
    """RuDangShiJian: the CPC joining month (if any) and the party names it gives, as written:
    ``200108`` → (2001-08, []); ``200108；民建`` → (2001-08, [民建]); ``民建；民盟`` → (None,
    [民建, 民盟]); ``民建2001.08`` → (2001-08, [民建]); ``(民盟)`` → (None, [民盟])."""
    value = normalized(text).strip("()（）[]【】")
    month: PartialDate | None = None
    found = _MONTH_IN.search(value)
    if found is not None:
        month = form_date(found.group(1))
        if month is not None:
            value = value[: found.start()] + " " + value[found.end() :]
    names = [part.strip("()（）") for part in _PARTY_SPLIT.split(value) if part.strip("()（）")]
    return month, names


def read_party(text: str) -> tuple[str, PartialDate | None]:
    """The 政治面貌 and joining date RuDangShiJian gives: a month alone is a CPC member; a
    民主党派's name that member (with the month, when one is written with it); empty 群众. Two
    parties: the first (a 民主党派 member who is also CPC is a CPC member on the form)."""
    month, names = party_parts(text)
    if not names:
        return ("中共党员" if month else "群众"), month
    statuses = []
    for name in names:
        status = _PARTY_NAMES.get(name)
        if status is None:
            raise FormValueError("party-unknown", name)
        statuses.append(status)
    cpc = {"中共党员", "中共预备党员"}
    # ``200108；民建``: a month written first is the CPC joining month (a member of both)
    if month is not None and statuses[0] not in cpc and re.match(r"^[0-9]", normalized(text)):
        return "中共党员", month
    return statuses[0], month


_SEGMENTS = re.compile(r"[；;。，,\n]+")
_YEARS = re.compile(r"((?:19|20)[0-9]{2})")


def read_assessment_text(text: str, grades: list[str]) -> dict[int, str]:
    """年度考核结果's free text → grade by year: ``2023年：称职；2024年：优秀``,
    ``2018、2019、2020年年度考核均为合格。``, ``2020年年度考核合格;2021年年度考核优秀。``;
    无 is none. The longest grade matches first (基本称职 and 不称职 before 称职)."""
    value = normalized(text)
    found: dict[int, str] = {}
    if value in ("", "无", "—", "-"):
        return found
    scale = sorted({*grades, "不定等次"}, key=len, reverse=True)
    for segment in _SEGMENTS.split(value):
        if not segment.strip():
            continue
        years = [int(year) for year in _YEARS.findall(segment)]
        grade = next((name for name in scale if name in segment), None)
        if not years or grade is None:
            raise FormValueError("assessment-unreadable", segment)
        for year in years:
            found[year] = grade
    return found


_LEVEL_WORDS: dict[str, str] = {
    "博士研究生": "研究生", "硕士研究生": "研究生", "研究生": "研究生",
    "大学本科": "大学", "本科": "大学", "大学": "大学", "大学专科": "大专", "专科": "大专",
}  # fmt: skip
_SCHOOL_END = re.compile(r"^(.+(?:大学|学院|党校|学校|研究院|研究生院|分校|中学))(.*)$")


def read_level(text: str) -> str:
    """学历 as forms write it → the ZB64 level (本科 is 大学, 专科 is 大专; 党校 levels kept)."""
    from cadrectl.model.codes import EDUCATION_LEVELS

    value = normalized(text).replace(" ", "")
    if value in EDUCATION_LEVELS:
        return value
    if value in _LEVEL_WORDS:
        return _LEVEL_WORDS[value]
    raise FormValueError("education-unreadable", text)


def split_school(text: str) -> tuple[str, str | None]:
    """毕业院校系及专业 → school and major: ``浙江大学土木工程专业`` → 浙江大学, 土木工程; the whole
    text the school when no school's ending is found."""
    value = normalized(text).replace(" ", "")
    found = _SCHOOL_END.match(value)
    if found is None:
        return value, None
    major = found.group(2).removesuffix("专业") or None
    return found.group(1), major


def as_written(original: str, post: str) -> tuple[str, str]:
    """A unit+post text split where a reader of its normalised form split it (``post`` is
    that form's post, the text's tail), each part as the file writes it: ``（大学生村官）``
    stays full-width."""
    text = "".join(original.split())
    if len(normalized(text).replace(" ", "")) != len(text):  # NFKC changed the length
        text = normalized(text).replace(" ", "")
    cut = len(text) - len(post)
    return text[:cut], text[cut:]
