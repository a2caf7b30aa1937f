"""Fuzz the id-number parser and validator (cadrectl/rules/idnumber.py, and the schema and rule
that use it): no string, however malformed, makes them raise.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.rules import idnumber
from tests.fuzz.strategies import CADRE_TEXT, FUZZ, hostile_text

pytestmark = pytest.mark.slow

# Strings near an id number: 15 to 20 characters of digits (any script), X in either width and
# case, spaces and signs; and any text at all.
_ID_CHARS = st.sampled_from("0123456789012345678901234567890123456789XxＸｘ０１２９٣ -+")
id_like = st.one_of(st.text(_ID_CHARS, min_size=15, max_size=20), st.text(_ID_CHARS), hostile_text)


@FUZZ
@given(id_like)
def test_the_check_digit_of_any_string_is_a_character_or_nothing(number: str) -> None:
    digit: object = idnumber.check_digit(number[:17])
    assert digit is None or (isinstance(digit, str) and len(digit) == 1 and digit in "0123456789X")


@FUZZ
@given(id_like)
def test_any_string_has_a_valid_check_digit_or_not(number: str) -> None:
    assert isinstance(idnumber.has_valid_check_digit(number), bool)


@FUZZ
@given(id_like)
def test_any_string_has_a_birth_date_or_none(number: str) -> None:
    born = idnumber.birth_date(number)
    assert born is None or born.year >= 1


@FUZZ
@given(id_like)
def test_any_string_has_a_gender_or_none_when_it_is_no_id_number(number: str) -> None:
    assert idnumber.gender(number) in (("男", "女") if idnumber.is_well_formed(number) else (None,))


def _base_cadre() -> dict[str, Any]:
    from cadrectl.store import fastyaml

    data: dict[str, Any] = fastyaml.parse(CADRE_TEXT)
    return data


_BASE = _base_cadre()


@FUZZ
@given(id_like)
def test_any_id_number_in_a_cadre_file_is_accepted_or_reported(number: str) -> None:
    """The path a file's id number takes: the schema's pattern, then the GB 11643 rule."""
    import datetime as dt

    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import default_config
    from cadrectl.rules.cadre_rules import id_number_agrees
    from cadrectl.rules.context import CadreFile, RuleContext
    from cadrectl.services.registry import validate_model

    data = copy.deepcopy(_BASE)
    data["id_number"] = number
    model, problems = validate_model(data, Cadre, "cadres/QX-2023-014.yaml")
    for problem in problems:
        assert problem.message
    if model is None:
        return
    ctx = RuleContext(default_config(), {}, dt.date(2026, 6, 30))
    for problem in id_number_agrees(CadreFile("cadres/QX-2023-014.yaml", model), ctx):
        assert problem.message
