"""Values as clerks type them into spreadsheets, read into the registry's forms (issue 16).

Rosters come up from lower units with dates as ``1985.03``, ``1985.3``, ``198503``, ``1985年3月``,
two-digit years (``76.06``), Excel date cells, or numbers (a cell formatted ``0.00`` showing
``2011.10`` holds the float 2011.1); with full-width digits, stray and non-breaking spaces, an
age after the birth month (``1985.03(41岁)``); 学历学位 in one cell (``大学学士``) and
工作单位及职务 in one (``湖溪镇党委委员、副镇长``). Each function here reads one such value or says
why it cannot, as a code for the import's problem report; none guesses.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from cadrectl.model.codes import EDUCATION_LEVELS
from cadrectl.model.dates import DateError, PartialDate

_SPACES = re.compile(r"[\s\u00a0\u3000]+")
_AGE_AFTER = re.compile(r"[（(]\s*\d{1,3}\s*岁?\s*[)）]$")
_DOTTED = re.compile(r"^(\d{2}|\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")
_CHINESE = re.compile(r"^(\d{2}|\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$")


def clean_text(value: object) -> str:
    """A cell's text: full-width digits and punctuation made half-width (NFKC), every run of
    spaces (non-breaking, ideographic, line breaks) one space, stripped."""
    text = "" if value is None else str(value)
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def header_key(value: object) -> str:
    """A header cell as it is matched: no spaces or line breaks at all (``姓  名`` → 姓名)."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", "" if value is None else str(value)))


class ValueProblem(ValueError):
    """Why a cell's value cannot be read: ``code`` names the import problem (sheet, row and
    column are the caller's)."""

    def __init__(self, code: str, value: object) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


def _year(digits: str, pivot: int) -> int:
    """A four-digit year; a two-digit one is 19xx, or 20xx when that is not after ``pivot``
    (the current year's two digits: 76 → 1976, 05 → 2005 in 2026)."""
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    return 2000 + two if two <= pivot else 1900 + two


def read_month(value: object, *, number_format: str | None = None, today: dt.date) -> PartialDate:
    """A date as rosters write it, to the month or the day (a day only when it was given);
    refused (``date-future``) when it is later than ``today``: a roster tells what has been.

    ``number_format`` is the cell's Excel format: a float 2011.1 shown through ``0.00`` reads
    2011.10 (October); shown as it is, 2011.1 (January). Refused (``ValueProblem``): an empty
    cell (``date-empty``), text that is no date (``date-unreadable``), a month or day that does
    not exist (``date-invalid``).
    """
    date = _read_month(value, number_format, today)
    if (date.year, date.month, date.day or 1) > (today.year, today.month, today.day):
        raise ValueProblem("date-future", value)
    return date


def _read_month(value: object, number_format: str | None, today: dt.date) -> PartialDate:
    if isinstance(value, dt.datetime | dt.date):
        when = value.date() if isinstance(value, dt.datetime) else value
        shown_day = when.day if number_format_has_day(number_format) else None
        return PartialDate(when.year, when.month, shown_day)
    if isinstance(value, bool):
        raise ValueProblem("date-unreadable", value)
    if isinstance(value, int | float):
        text = _number_text(value, number_format)
    else:
        text = _AGE_AFTER.sub("", clean_text(value)).replace(" ", "")
    if not text:
        raise ValueProblem("date-empty", value)
    pivot = today.year % 100
    for pattern in (_DOTTED, _CHINESE, _COMPACT):
        match = pattern.match(text)
        if match is None:
            continue
        year_digits, month, day_digits = match.group(1), match.group(2), match.group(3)
        try:
            return PartialDate(
                _year(year_digits, pivot),
                int(month),
                int(day_digits) if day_digits is not None else None,
            )
        except DateError:
            raise ValueProblem("date-invalid", value) from None
    raise ValueProblem("date-unreadable", value)


def number_format_has_day(number_format: str | None) -> bool:
    """Whether an Excel date format shows the day (``yyyy.mm`` does not; ``yyyy-mm-dd`` does)."""
    if not number_format:
        return True
    return "d" in number_format.lower()


def _number_text(value: float, number_format: str | None) -> str:
    """A number cell's text as the clerk saw it: two decimals through a ``0.00`` format (2011.1
    shows 2011.10), else the shortest form of the number (2011.1, 2011.05, 198503)."""
    if isinstance(value, float) and number_format and re.search(r"0\.00(?!0)", number_format):
        return f"{value:.2f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class Schooling:
    """学历学位 split: the ZB64 level and the degree (None when the cell names none)."""

    level: str
    degree: str | None


# 学历 as rosters write it → the ZB64 level of the registry (本科 is 大学, 专科 is 大专).
_LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    ("研究生", "研究生"), ("博士研究生", "研究生"), ("硕士研究生", "研究生"),
    ("大学本科", "大学"), ("本科", "大学"), ("大学", "大学"),
    ("大学专科", "大专"), ("专科", "大专"), ("大专", "大专"),
    ("中专", "中专"), ("中技", "中技"), ("高中", "高中"), ("初中", "初中"), ("小学", "小学"),
)  # fmt: skip
_LONGEST_FIRST = sorted(_LEVEL_WORDS, key=lambda pair: -len(pair[0]))
_DEGREE = re.compile(r".{0,12}?(名誉博士|博士|硕士|学士)")


def read_schooling(value: object) -> Schooling:
    """``大学学士``, ``研究生 工学硕士``, ``大学本科``, ``中央党校大学`` → level and degree.

    Refused: ``education-empty``, ``education-unreadable`` (no level named).
    """
    text = clean_text(value).replace(" ", "")
    if not text:
        raise ValueProblem("education-empty", value)
    for prefix in ("中央党校", "省委党校"):
        if text.startswith(prefix):
            schooling = read_schooling(text[len(prefix) :])
            level = f"{prefix}{schooling.level}"
            if level in EDUCATION_LEVELS:
                return Schooling(level, schooling.degree)
    for word, level in _LONGEST_FIRST:
        if text.startswith(word):
            degree = text[len(word) :]
            if not degree:
                return Schooling(level, None)
            if _DEGREE.fullmatch(degree):
                return Schooling(level, degree)
            break
    raise ValueProblem("education-unreadable", value)


@dataclass(frozen=True)
class UnitAndPost:
    """工作单位及职务 split: the unit (its name as units/ holds it) and the post."""

    unit: str
    post: str


def split_unit_post(value: object, unit_names: Iterable[str]) -> UnitAndPost:
    """``湖溪镇党委委员、副镇长`` → 湖溪镇 + 党委委员、副镇长, by the longest unit name it starts
    with (a region prefix such as 青溪县 may stand before it). Refused: ``unit-unknown`` when
    no unit's name begins the text, ``post-empty`` when nothing is left for the post."""
    text = clean_text(value).replace(" ", "")
    names = sorted({name for name in unit_names if name}, key=len, reverse=True)
    for start in range(0, min(len(text), 8) + 1):
        for name in names:
            if text.startswith(name, start):
                post = text[start + len(name) :]
                if not post:
                    raise ValueProblem("post-empty", value)
                return UnitAndPost(name, post)
    raise ValueProblem("unit-unknown", value)


# How a unit's name ends, and how a post begins, in 工作单位及职务 (for units not yet known).
_UNIT_ENDINGS = ("街道办事处", "街道", "委员会", "常委会", "政协", "人民政府", "镇", "乡", "局",
                 "办公室", "中心", "公司", "集团", "学院", "大学", "医院", "法院", "检察院", "社区",
                 "村", "站", "所", "院", "部", "处", "队", "厂", "妇联", "工会", "团委", "文联",
                 "科协", "侨联", "残联", "工商联", "红十字会")  # fmt: skip
_POST_STARTS = ("党委", "党工委", "党组", "党总支", "党支部", "纪委", "纪工委", "副", "正", "常务",
                "主任", "书记", "委员", "镇长", "乡长", "局长", "主席", "科长", "经理", "院长",
                "所长", "站长", "部长", "处长", "队长", "董事", "总经理", "办事处", "一级", "二级",
                "三级", "四级", "调研员", "干部", "科员", "工作人员", "办公室主任", "职员", "员工",
                "战士", "班长", "排长", "连长", "教师", "医生", "技术员")  # fmt: skip


def guess_unit_post(value: object) -> UnitAndPost | None:
    """``城东街道党工委委员、办事处副主任`` → 城东街道 + the post, for a unit units/ does not
    hold yet: the text up to the first unit ending that a post's beginning follows. None when
    no such place is found (the clerk names the unit)."""
    text = clean_text(value).replace(" ", "")
    for end in range(2, len(text)):
        head, rest = text[:end], text[end:]
        if head.endswith(_UNIT_ENDINGS) and rest.startswith(_POST_STARTS):
            return UnitAndPost(head, rest)
    # a post in an office of the unit (县纪委县监委 + 综合科科长): the longest such unit
    for end in range(len(text) - 2, 1, -1):
        head, rest = text[:end], text[end:]
        if head.endswith((*_UNIT_ENDINGS, "委")) and _OFFICE_POST.match(rest):
            return UnitAndPost(head, rest)
    return None


_OFFICE_POST = re.compile(r"^[\u4e00-\u9fff]{1,8}(科|室|股|处|中心)(副)?(科长|主任|股长|处长)$")
