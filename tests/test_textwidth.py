"""One measure of text width for every layout: CJK two columns, everything else one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.core.textwidth import display_width


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("", 0),
        ("2021.09", 7),
        ("王立新", 6),
        ("湖溪镇党委副书记（正科）", 24),  # full-width brackets are wide too
        ("QX-2019-001 王立新", 18),
        ("A—B", 3),  # an em dash is ambiguous, counted narrow
    ],
)
def test_widths(text: str, width: int) -> None:
    assert display_width(text) == width


@given(st.text(max_size=40))
def test_width_is_between_the_length_and_twice_it(text: str) -> None:
    assert len(text) <= display_width(text) <= 2 * len(text)
