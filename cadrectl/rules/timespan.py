"""Calendar arithmetic for rules: whole months and years, clamped to the end of a month."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months; the 31st becomes the last day of a shorter month.

    Cached: placing a pool asks the same few (date, months) pairs again and again (the as-of
    date moved by each rule's years; dates are immutable).
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    # Why: a date typed as 9999-12 plus a rule's years lies past the calendar; the end of the
    # calendar stands for "never reached" (and the start for "long past"), instead of a crash
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def add_years(day: dt.date, years: float) -> dt.date:
    return add_months(day, round(years * 12))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (0 when end is not after start)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return max(months, 0)


_ISO_SPAN = re.compile(r"P(?:([0-9]+)Y)?(?:([0-9]+)M)?")


@dataclass(frozen=True)
class Span:
    """A span of whole months, shown in the language of the message it is put into.

    Why: a rule's detail says 只有 1年11个月; kept as text, the span froze in the language of the
    command that computed it, and a reason stored in a file changed with the clerk's shell.
    Stored, a span is its ISO 8601 duration (``P1Y11M``).
    """

    months: int

    def __format__(self, spec: str) -> str:
        from cadrectl.core.messages import in_language, rendering_language

        years, rest = divmod(self.months, 12)
        lang = rendering_language()
        if rest:
            return in_language(lang, "ladder.years-months", years=years, months=rest)
        return in_language(lang, "ladder.years", years=years)

    def __str__(self) -> str:
        return format(self)

    def iso(self) -> str:
        years, rest = divmod(self.months, 12)
        return "P" + (f"{years}Y" if years or not rest else "") + (f"{rest}M" if rest else "")

    @classmethod
    def parse(cls, text: str) -> Span | None:
        """The span an ISO duration stands for (None for any other text)."""
        found = _ISO_SPAN.fullmatch(text)
        if found is None or not (found.group(1) or found.group(2)):
            return None
        return cls(int(found.group(1) or 0) * 12 + int(found.group(2) or 0))
