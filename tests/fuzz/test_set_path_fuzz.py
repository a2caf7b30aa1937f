"""Fuzz the set-path parser: ``FIELD=VALUE`` as typed after ``cadrectl set ID`` either parses to
a bounded path or is refused with a usage error that renders; nothing else escapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import FieldPath
from cadrectl.services.values import MAX_LIST_INDEX, coerce, parse_path, split_assignment
from tests.fuzz.strategies import FUZZ, hostile_text

pytestmark = pytest.mark.slow

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELDS = [
    "name", "birth", "id_number", "gender", "party.joined", "work_start", "education[0].kind",
    "education[1].major", "current.post", "current.post_since", "resume[0].grassroots",
    "reserve.mentors", "reserve.target_posts", "records.assessments[0].year",
    "records.trainings[0].days", "records.recommendations[0].votes_for", "records.talks[2].date",
]  # fmt: skip

# Paths as a clerk might mistype them: names, dots, brackets, indexes of any length and digits
# of any script, and the '=' that ends the path.
_PATH_PIECES = st.one_of(
    st.sampled_from(["name", "education", "current", ".", "[", "]", "[0]", "[-1]", "[1000]",
                     "[1001]", "[٣]", "[３]", "=", " ", "_", "a1", "1a", "..", "[]", "\x00"]),
    st.integers(0, 10**12).map(lambda n: f"[{n}]"),
    st.integers(1, 6000).map(lambda n: "[" + "9" * n + "]"),
    hostile_text,
)  # fmt: skip
typed_assignments = st.one_of(hostile_text, st.lists(_PATH_PIECES, max_size=12).map("".join))


def assert_well_formed(path: FieldPath) -> None:
    assert path, "an empty path"
    assert isinstance(path[0], str)
    for part in path:
        if isinstance(part, int):
            assert 0 <= part <= MAX_LIST_INDEX
        else:
            assert _NAME.fullmatch(part), part


T = TypeVar("T")


def attempt(parse: Callable[[str], T], text: str) -> T | CadrectlError:
    """What ``parse`` made of ``text``, or the CadrectlError it refused it with (any other
    exception escapes, and fails the test)."""
    try:
        return parse(text)
    except CadrectlError as refused:
        return refused


def assert_renders(refused: CadrectlError) -> None:
    assert refused.exit_code in (1, 2)
    assert refused.render()  # every parameter the catalog message names is there


@FUZZ
@given(typed_assignments)
def test_a_typed_assignment_parses_to_a_bounded_path_or_is_a_usage_error(text: str) -> None:
    outcome = attempt(split_assignment, text)
    if isinstance(outcome, CadrectlError):
        assert_renders(outcome)
        return
    path, value = outcome
    assert_well_formed(path)
    assert value == value.strip()


@FUZZ
@given(typed_assignments)
def test_a_typed_path_parses_to_a_bounded_path_or_is_a_usage_error(text: str) -> None:
    outcome = attempt(parse_path, text)
    if isinstance(outcome, CadrectlError):
        assert_renders(outcome)
        return
    assert_well_formed(outcome)


@FUZZ
@given(st.sampled_from(_FIELDS), hostile_text)
def test_a_typed_value_is_read_for_its_field_or_refused(field: str, raw: str) -> None:
    from cadrectl.model.cadre import Cadre

    path = parse_path(field)
    outcome = attempt(lambda text: coerce(Cadre, path, text), raw)
    if isinstance(outcome, CadrectlError):
        assert_renders(outcome)
