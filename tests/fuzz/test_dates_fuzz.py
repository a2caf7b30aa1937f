"""Fuzz the date parsers: a date typed on the command line or read from a file is a PartialDate
that survives a round trip through its ISO text, or a DateError; nothing else escapes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.model.dates import DateError, PartialDate
from tests.fuzz.strategies import FUZZ, hostile_text

pytestmark = pytest.mark.slow

# Text shaped like dates, with every part allowed to be out of range, padded, signed, dotted,
# full-width or of another script.
_DIGITS = st.text(st.sampled_from("0123456789０１９٣"), min_size=0, max_size=6)
date_like = st.builds(
    lambda parts, seps, pad: pad + "".join(p + s for p, s in zip(parts, seps, strict=False)),
    st.lists(st.one_of(_DIGITS, st.integers(-99999, 99999).map(str)), min_size=1, max_size=4),
    st.lists(st.sampled_from(["-", ".", "/", "", " ", "T", ":", "Q"]), min_size=4, max_size=4),
    st.sampled_from(["", " ", "\t", "\n", "\u3000"]),
)
typed_dates = st.one_of(date_like, hostile_text)

# What a YAML parser may hand the file reader for a date field.
file_values = st.one_of(
    typed_dates,
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def read(parse: Callable[[Any], PartialDate], value: object) -> PartialDate | DateError:
    """The date, or the DateError it was refused with (any other exception escapes)."""
    try:
        return parse(value)
    except DateError as refused:
        return refused


def assert_date_or_refusal(outcome: PartialDate | DateError) -> None:
    if isinstance(outcome, DateError):
        assert outcome.code.startswith("date_")
        return
    assert isinstance(outcome.as_date(), dt.date)
    assert PartialDate.parse(outcome.isoformat()) == outcome  # the ISO text reads back


@FUZZ
@given(typed_dates)
def test_a_typed_date_is_a_date_or_a_date_error(text: str) -> None:
    assert_date_or_refusal(read(PartialDate.parse_typed, text))


@FUZZ
@given(file_values)
def test_a_file_value_is_a_date_or_a_date_error(value: object) -> None:
    assert_date_or_refusal(read(PartialDate.parse, value))
