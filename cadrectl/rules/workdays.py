"""Chinese working days for the 公示 period: statutory holidays skipped, 调休 make-up days counted.

Holiday data comes from cadrectl.yaml for the years it lists (copied from the State Council's
notice), else from the chinese-calendar package, which knows 2004–2026 in version 1.11. A date
whose year neither knows is refused: weekends alone would get National Day and Spring Festival
wrong, so cadrectl never guesses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

MIN_PUBLICITY_DAYS = 5  # 党政领导干部选拔任用工作条例 第四十条: 公示期不少于五个工作日


class UnknownYear(Exception):
    def __init__(self, year: int) -> None:
        super().__init__(year)
        self.year = year


@dataclass(frozen=True)
class YearDays:
    """One year's 法定节假日 (days off) and 调休上班日 (weekend days worked)."""

    holidays: frozenset[dt.date]
    workdays: frozenset[dt.date]


class WorkCalendar:
    def __init__(self, configured: Mapping[int, YearDays]) -> None:
        self.configured = configured

    def is_workday(self, day: dt.date) -> bool:
        year = self.configured.get(day.year)
        if year is not None:
            if day in year.workdays:
                return True
            return day.weekday() < 5 and day not in year.holidays
        return _library_workday(day)


def _library_workday(day: dt.date) -> bool:
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        raise UnknownYear(day.year) from None


def publicity_end(start: dt.date, days: int, calendar: WorkCalendar) -> dt.date:
    """The last day of a 公示 of ``days`` working days; the start is working day 1."""
    if not calendar.is_workday(start):
        raise ValueError("start is not a working day")
    counted, day = 1, start
    while counted < days:
        day += dt.timedelta(days=1)
        if calendar.is_workday(day):
            counted += 1
    return day
