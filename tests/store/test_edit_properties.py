"""Round-trip properties on real files: any edit leaves every untouched line byte-identical."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadrectl.core.problems import FieldPath
from cadrectl.core.text import unsafe_character
from cadrectl.store import fastyaml
from cadrectl.store.edit import append_item, set_value
from cadrectl.store.yamlfile import Diagnosis, diagnose, locate
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.slow  # hypothesis properties of the splice edits


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from cadrectl.devtools.generate import generate_registry

    root = tmp_path_factory.mktemp("generated") / "registry"
    generate_registry(root, 40, seed=11)
    return sorted(EXAMPLE.glob("cadres/*.yaml")) + sorted(root.glob("cadres/*.yaml"))


def leaves(data: Any, path: FieldPath = ()) -> list[FieldPath]:
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in leaves(value, (*path, key))]
    if isinstance(data, list):
        return [leaf for i, value in enumerate(data) for leaf in leaves(value, (*path, i))]
    return [path]


def removed_lines(old: str, new: str) -> int:
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    return sum(i2 - i1 for op, i1, i2, _, _ in matcher.get_opcodes() if op in ("replace", "delete"))


# Text an edit may write: no control or bidi character (those are refused: test_edit.py).
_SAFE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=25
).filter(lambda text: unsafe_character(text) is None)
_VALUES = st.one_of(
    _SAFE_TEXT,
    st.integers(0, 3000),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)),
)
_SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_SETTINGS
@given(st.data(), _VALUES)
def test_setting_any_leaf_changes_only_its_own_lines(
    files: list[Path], data: st.DataObject, value: object
) -> None:
    path = data.draw(st.sampled_from(files))
    text = path.read_text(encoding="utf-8")
    leaf = data.draw(st.sampled_from(leaves(fastyaml.parse(text))))

    new = set_value(text, leaf, value)  # raises if the result reads back differently

    root = diagnose(text)
    assert not isinstance(root, Diagnosis)
    start_line = locate(root, leaf)[0]
    assert new.splitlines()[: start_line - 2] == text.splitlines()[: start_line - 2]
    assert removed_lines(text, new) <= 2  # the value's own line(s), nothing else
    assert len(new.splitlines()) == len(text.splitlines())


@_SETTINGS
@given(st.data())
def test_appending_a_record_only_adds(files: list[Path], data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(files))
    text = path.read_text(encoding="utf-8")
    kind = data.draw(
        st.sampled_from(["assessments", "talks", "trainings", "rewards", "discipline"])
    )
    item = {"date": dt.date(2026, 1, 5), "note": data.draw(_SAFE_TEXT)}

    new = append_item(text, ("records", kind), item)

    assert removed_lines(text, new) <= 1  # at most an empty `[]` or a flow list's own line


def test_no_edit_means_no_write(files: list[Path]) -> None:
    """An edit that sets a value to what it already is yields the very same text."""
    for path in files[:30]:
        text = path.read_text(encoding="utf-8")
        parsed = fastyaml.parse(text)
        assert set_value(text, ("name",), parsed["name"]) == text
