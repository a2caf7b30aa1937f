"""公示 periods in Chinese working days: holidays skipped, 调休 days counted, no guessing."""

from __future__ import annotations

import datetime as dt

import pytest

from cadrectl.rules.workdays import UnknownYear, WorkCalendar, YearDays, publicity_end

LIBRARY = WorkCalendar({})


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_across_national_day_2026() -> None:
    # 09-28, 09-29, 09-30 are working days 1-3; 10-01..10-07 is the holiday; 10-08 and 10-09.
    assert publicity_end(day("2026-09-28"), 5, LIBRARY) == day("2026-10-09")


def test_a_plain_week() -> None:
    assert publicity_end(day("2026-11-02"), 5, LIBRARY) == day("2026-11-06")
    assert publicity_end(day("2026-11-04"), 5, LIBRARY) == day("2026-11-10")


def test_a_make_up_saturday_counts() -> None:
    # 2026-10-10 (Saturday) is a 调休 working day after National Day.
    assert publicity_end(day("2026-10-08"), 3, LIBRARY) == day("2026-10-10")


def test_the_first_day_must_be_a_working_day() -> None:
    with pytest.raises(ValueError, match="working day"):
        publicity_end(day("2026-10-01"), 5, LIBRARY)


def test_a_year_nobody_knows_is_refused_not_guessed() -> None:
    with pytest.raises(UnknownYear) as caught:
        publicity_end(day("2027-03-01"), 5, LIBRARY)
    assert caught.value.year == 2027


def test_a_year_from_the_config() -> None:
    year = YearDays(
        holidays=frozenset({day("2027-10-01"), day("2027-10-04"), day("2027-10-05")}),
        workdays=frozenset({day("2027-09-26")}),
    )
    calendar = WorkCalendar({2027: year})
    # 09-29 Wed, 09-30 Thu; 10-01 (Fri), 10-04 and 10-05 off; 10-06, 10-07, 10-08.
    assert publicity_end(day("2027-09-29"), 5, calendar) == day("2027-10-08")
    assert calendar.is_workday(day("2027-09-26"))  # a Sunday worked
