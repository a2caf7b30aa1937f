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
