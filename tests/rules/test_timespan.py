"""Moving dates by months and years, up to the ends of the calendar."""

from __future__ import annotations

import datetime as dt

from cadrectl.rules.timespan import add_months, add_years


def test_the_31st_becomes_the_last_day_of_a_shorter_month() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_a_date_moved_past_the_calendar_is_its_last_day() -> None:
    # a post_since typed as 9999-12 and a rule's two years must not stop the ladder
    assert add_years(dt.date(9999, 12, 1), 2) == dt.date.max
    assert add_months(dt.date(9999, 12, 31), 1) == dt.date.max


def test_a_date_moved_before_the_calendar_is_its_first_day() -> None:
    assert add_years(dt.date(1, 3, 1), -1) == dt.date.min
