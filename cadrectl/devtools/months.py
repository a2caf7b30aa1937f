"""Month arithmetic for the generator: a month is an int index (year * 12 + month - 1)."""

from __future__ import annotations

import datetime as dt
import random

from cadrectl.devtools.yamltext import Month


def index(year: int, month: int) -> int:
    """The index of a calendar month."""
    return year * 12 + month - 1


def index_of(day: dt.date) -> int:
    """The index of the month a day falls in."""
    return index(day.year, day.month)


def month(idx: int) -> Month:
    """The month an index stands for."""
    return Month(idx // 12, idx % 12 + 1)


def year_of(idx: int) -> int:
    return idx // 12


def first_day(idx: int) -> dt.date:
    return dt.date(idx // 12, idx % 12 + 1, 1)


def day_in(rng: random.Random, idx: int, first: int = 1, last: int = 28) -> dt.date:
    """A random day of a month, between two days of it (28 keeps every month valid)."""
    return dt.date(idx // 12, idx % 12 + 1, rng.randint(first, last))


def between(rng: random.Random, low: int, high: int) -> int:
    """A random month index in [low, high]; ``low`` when the range is empty."""
    return low if high <= low else rng.randint(low, high)
