"""GB 11643-1999: the check digit, the birth date and the gender in an id number."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.rules import idnumber


def test_the_standard_test_vector_is_valid() -> None:
    assert idnumber.has_valid_check_digit("360426199101010071")
    assert idnumber.birth_date("360426199101010071") == dt.date(1991, 1, 1)
    assert idnumber.gender("360426199101010071") == "男"


def test_x_is_a_check_character_in_either_case() -> None:
    candidates = (f"33078119880412{n:03d}" for n in range(1000))
    first17 = next(c for c in candidates if idnumber.check_digit(c) == "X")
    assert idnumber.has_valid_check_digit(first17 + "X")
    assert idnumber.has_valid_check_digit(first17 + "x")


def test_an_even_seventeenth_digit_is_a_woman() -> None:
    assert idnumber.gender("330781198804120022") == "女"


@pytest.mark.parametrize(
    "number",
    [
        "",
        "12345",
        "３３０７８１１９８８０４１２００３２",
        "33078119880412003",
        "33078119880412003Y",
    ],
)
def test_a_malformed_number_has_no_valid_check_digit_and_no_gender(number: str) -> None:
    assert not idnumber.is_well_formed(number)
    assert not idnumber.has_valid_check_digit(number)
    assert idnumber.gender(number) is None


def test_only_seventeen_ascii_digits_have_a_check_digit() -> None:
    assert idnumber.check_digit("33078119880412003") == "2"
    assert idnumber.check_digit("3307811988041200") is None
    assert idnumber.check_digit("３３０７８１１９８８０４１２００３") is None


def test_an_impossible_date_is_none() -> None:
    assert idnumber.birth_date("330781198802300032") is None


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.integers(0, 16))
def test_changing_one_digit_breaks_the_check(first17: str, position: int) -> None:
    digit = idnumber.check_digit(first17)
    assert digit is not None
    number = first17 + digit
    changed = str((int(number[position]) + 1) % 10)
    tampered = number[:position] + changed + number[position + 1 :]
    assert not idnumber.has_valid_check_digit(tampered)
