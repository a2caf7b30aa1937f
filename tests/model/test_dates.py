"""Dates keep the precision the clerk gave; a month stands for its first day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.model.dates import DateError, PartialDate, age_on


def test_a_month_keeps_its_precision_and_means_the_first() -> None:
    month = PartialDate.parse("2021-09")
    assert str(month) == "2021-09"
    assert month.as_date() == dt.date(2021, 9, 1)
    assert not month.has_day


def test_a_yaml_date_becomes_a_full_date() -> None:
    assert str(PartialDate.parse(dt.date(2025, 12, 10))) == "2025-12-10"


@pytest.mark.parametrize("value", [2021.1, 2021.15, "2021.10", "2021.9"])
def test_dotted_dates_are_refused_in_files(value: object) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(value)
    assert caught.value.code == "date_dotted"


def test_dotted_dates_are_accepted_when_typed() -> None:
    assert str(PartialDate.parse_typed("2021.10")) == "2021-10"
    assert str(PartialDate.parse_typed("2021.9.5")) == "2021-09-05"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2021/10", "date_format"),
        ("2021-13", "date_invalid"),
        ("2023-02-29", "date_invalid"),
        (dt.datetime(2025, 1, 1, 9, 30), "date_has_time"),
        (True, "date_type"),
        (None, "date_type"),
        ([2021, 10], "date_type"),
    ],
)
def test_bad_dates_are_named(value: object, code: str) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(value)
    assert caught.value.code == code


def test_a_month_sorts_before_a_day_of_that_month() -> None:
    assert PartialDate.parse("2021-09") < PartialDate.parse("2021-09-01")
    assert PartialDate.parse("2021-09-01") < PartialDate.parse("2021-10")


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        ("1988-04", dt.date(2026, 3, 31), 37),
        ("1988-04", dt.date(2026, 4, 1), 38),
        ("1988-04-12", dt.date(2026, 4, 11), 37),
        ("1988-04-12", dt.date(2026, 4, 12), 38),
    ],
)
def test_age_is_completed_years(birth: str, on: dt.date, age: int) -> None:
    assert age_on(PartialDate.parse(birth), on) == age


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_iso_text_round_trips(day: dt.date, month_only: bool) -> None:
    value = PartialDate(day.year, day.month, None if month_only else day.day)
    assert PartialDate.parse(value.isoformat()) == value
    assert PartialDate.parse_typed(value.isoformat()) == value


def test_a_date_survives_pickling() -> None:
    import pickle

    for text in ("2021-09", "2025-12-10"):
        value = PartialDate.parse(text)
        assert pickle.loads(pickle.dumps(value)) == value


_partial_dates = st.builds(
    lambda day, month_only: PartialDate(day.year, day.month, None if month_only else day.day),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.booleans(),
)


@given(_partial_dates, _partial_dates)
def test_the_four_comparisons_agree_with_each_other_and_with_equality(
    a: PartialDate, b: PartialDate
) -> None:
    assert (a < b) == (b > a) == (not a >= b)
    assert (a <= b) == (b >= a) == (not a > b)
    assert (a <= b and b <= a) == (a == b)
    assert (a < b) == ((a.as_date(), a.has_day) < (b.as_date(), b.has_day))
