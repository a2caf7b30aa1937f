"""Typed values: control characters and runaway list indexes are refused before any work."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.core.errors import UsageError
from cadrectl.services.values import (
    MAX_LIST_INDEX,
    coerce,
    parse_path,
    put_value,
    split_assignment,
)


def cadre_model() -> Any:
    from cadrectl.model.cadre import Cadre

    return Cadre


def typed(assignment: str) -> Any:
    """FIELD=VALUE read as ``set`` reads it."""
    path, raw = split_assignment(assignment)
    return coerce(cadre_model(), path, raw)


def test_a_value_typed_without_a_path_is_checked_too() -> None:
    with pytest.raises(UsageError) as caught:  # record_item passes each field's value so
        coerce(cadre_model(), ("records", "talks", 0, "note"), "谈\x1b话")
    assert caught.value.params["char"] == "U+001B"


@pytest.mark.parametrize(
    ("assignment", "char"),
    [
        ("current.post=镇长\x1b[31m", "U+001B"),
        ("health=健\x07康", "U+0007"),
        ("name=\u202e新立王", "U+202E"),
        ("unknown_field=a\x85b", "U+0085"),  # refused before the field is even looked up
        ("reserve.mentors=李\x7f国平,王悦", "U+007F"),
        ("current.post=\x85副镇长", "U+0085"),  # strip() would take it for a space
        ("current.post=副镇长\u2028", "U+2028"),
        ("name=王\udcff", "U+DCFF"),  # an argument that was not UTF-8
    ],
)
def test_a_typed_control_character_is_refused_and_named(assignment: str, char: str) -> None:
    with pytest.raises(UsageError) as caught:
        typed(assignment)
    assert caught.value.key == "problem.edit-control-character"
    message = caught.value.render()
    assert char in message
    assert not any(c in message for c in "\x1b\x07\u202e\x85\x7f\udcff")


def test_an_index_past_the_limit_is_refused_before_any_list_is_made() -> None:
    with pytest.raises(UsageError) as caught:
        parse_path("education[100000000].kind")
    assert caught.value.key == "edit.index-too-large"
    assert parse_path(f"education[{MAX_LIST_INDEX}].kind") == ("education", MAX_LIST_INDEX, "kind")
    with pytest.raises(UsageError):  # int() itself refuses past 4,300 digits
        parse_path("education[" + "9" * 5000 + "]")
    assert parse_path("education[0001]") == ("education", 1)


def test_an_index_may_be_one_past_the_end() -> None:
    data: dict[str, Any] = {}
    put_value(data, ("education", 0, "kind"), "全日制")
    put_value(data, ("education", 0, "level"), "大学")
    put_value(data, ("education", 1, "kind"), "在职")
    put_value(data, ("reserve", "mentors", 0), "李国平")
    assert data == {
        "education": [{"kind": "全日制", "level": "大学"}, {"kind": "在职"}],
        "reserve": {"mentors": ["李国平"]},
    }


@given(st.integers(0, 50), st.integers(0, MAX_LIST_INDEX))
def test_an_index_further_than_one_past_the_end_is_refused(length: int, index: int) -> None:
    data: dict[str, Any] = {"education": [{"kind": "全日制"} for _ in range(length)]}
    if index <= length:
        put_value(data, ("education", index, "major"), "法学")
        assert data["education"][index]["major"] == "法学"
        assert len(data["education"]) == max(length, index + 1)
    else:
        with pytest.raises(UsageError) as caught:
            put_value(data, ("education", index, "major"), "法学")
        assert caught.value.key == "problem.edit-index-too-far"
        assert caught.value.params["length"] == length
        assert len(data["education"]) == length


def test_a_path_through_a_plain_value_is_refused() -> None:
    data: dict[str, Any] = {"education": "大学"}
    with pytest.raises(UsageError) as caught:
        put_value(data, ("education", 0, "kind"), "全日制")
    assert caught.value.key == "edit.bad-path"
    assert data == {"education": "大学"}


@given(st.text(max_size=40))
def test_any_typed_path_is_a_path_or_a_usage_error(text: str) -> None:
    try:
        path = parse_path(text)
    except UsageError:
        return
    assert path
    assert all(part <= MAX_LIST_INDEX for part in path if isinstance(part, int))


def test_a_format_error_masks_a_typed_id_number() -> None:
    path, raw = split_assignment("birth=330781198804120032")
    with pytest.raises(UsageError) as caught:
        coerce(cadre_model(), path, raw)
    message = caught.value.render()
    assert "330781198804120032" not in message
    assert "330781********0032" in message
