"""Whole id numbers are masked in text shown to others (issue 12: privacy)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.core.privacy import has_id_number, mask_id_numbers

# Any 18 characters an id number could be written with: 17 digits and a check character.
_ID_LIKE = re.compile(r"\d{17}[\dXxＸｘ]")

_id_chars = st.sampled_from("0123456789０１２３４５６７８９٠١٢٣XxＸｘ")
_texts = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.text(_id_chars, min_size=15, max_size=25),
    ),
    max_size=6,
).map("".join)


def test_an_id_number_keeps_its_first_six_and_last_four() -> None:
    assert mask_id_numbers("330781198804120032") == "330781********0032"


def test_an_id_number_ending_in_x_is_masked() -> None:
    assert mask_id_numbers("身份证号 11010519491231002X 重复") == "身份证号 110105********002X 重复"


def test_every_id_number_in_a_message_is_masked() -> None:
    text = "QX-2023-014 与 QX-2023-015 的身份证号 330781198804120032、330781198804120032 相同"
    masked = mask_id_numbers(text)
    assert masked.count("330781********0032") == 2
    assert "198804120" not in masked


def test_full_width_digits_are_masked() -> None:
    assert mask_id_numbers("３３０７８１１９８８０４１２００３２") == "３３０７８１********００３２"


def test_digits_of_any_script_are_masked() -> None:
    arabic_indic = "".join(chr(0x0660 + int(d)) for d in "330781198804120032")
    assert mask_id_numbers(arabic_indic) == arabic_indic[:6] + "*" * 8 + arabic_indic[-4:]


def test_seventeen_digits_are_not_an_id_number() -> None:
    assert mask_id_numbers("33078119880412003") == "33078119880412003"


def test_a_longer_run_of_digits_is_masked_whole() -> None:
    assert mask_id_numbers("1234567890123456789012") == "123456************9012"


def test_a_commit_hash_and_a_date_are_left_alone() -> None:
    text = "3c5cc5b 2026-03-14 QX-2023-014 votes 71/86"
    assert mask_id_numbers(text) == text


@given(_texts)
def test_no_id_like_run_survives(text: str) -> None:
    assert _ID_LIKE.search(mask_id_numbers(text)) is None


@given(_texts)
def test_masking_twice_is_masking_once(text: str) -> None:
    once = mask_id_numbers(text)
    assert mask_id_numbers(once) == once


@given(_texts)
def test_masking_keeps_the_length_and_touches_only_id_numbers(text: str) -> None:
    masked = mask_id_numbers(text)
    assert len(masked) == len(text)
    if not has_id_number(text):
        assert masked == text
    for before, after in zip(text, masked, strict=True):
        assert after == before or after == "*"


@given(st.text(st.characters(blacklist_categories=["Nd"])))
def test_text_without_digits_is_unchanged(text: str) -> None:
    assert mask_id_numbers(text) == text


@pytest.mark.parametrize("text", ["", "*", "330781********0032"])
def test_masked_or_empty_text_is_unchanged(text: str) -> None:
    assert mask_id_numbers(text) == text
