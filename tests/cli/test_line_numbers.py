"""--accept/--reject take line numbers, ranges and lists (issue 13 (7))."""

from __future__ import annotations

import pytest

from cadrectl.cli.options import line_numbers
from cadrectl.core.errors import UsageError


def test_numbers_ranges_and_lists_give_the_lines_in_order() -> None:
    assert line_numbers(["1-3,5,7-9"]) == [1, 2, 3, 5, 7, 8, 9]
    assert line_numbers(["4", "2-3"]) == [4, 2, 3]


def test_a_line_named_twice_is_decided_once() -> None:
    assert line_numbers(["1-3", "2,3,4"]) == [1, 2, 3, 4]


def test_full_width_commas_are_read_as_commas() -> None:
    assert line_numbers(["1，3"]) == [1, 3]


def test_nothing_given_is_no_line() -> None:
    assert line_numbers(None) == []


@pytest.mark.parametrize("text", ["", "a", "3-1", "0", "1-", "-2", "1--3", "１", "1-99999999"])
def test_a_malformed_or_unbounded_list_is_refused(text: str) -> None:
    with pytest.raises(UsageError):
        line_numbers([text])
