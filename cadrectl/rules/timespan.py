"""Calendar arithmetic for rules: whole months and years, clamped to the end of a month."""

from __future__ import annotations

import calendar
import datetime as dt
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
