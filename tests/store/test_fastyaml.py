"""The fast read path bounds nesting: deep text is refused, never a crash (issue 12)."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cadrectl.store import fastyaml
from cadrectl.store.fastyaml import MAX_NESTING, TooDeep, may_nest_deeply, nests_deeper
from cadrectl.store.reader import parse_text
from tests.conftest import EXAMPLE


def compact_sequences(levels: int) -> str:
    """``a:`` holding ``levels`` sequences nested on one line (``- - - x``)."""
    return "a:\n  " + "- " * levels + "x\n"


def nested_mappings(levels: int, step: int = 1) -> str:
    """``levels`` mappings nested by indentation, ``step`` columns at a time."""
    lines = [" " * (step * depth) + "b:" for depth in range(levels)]
    return "\n".join(lines) + " x\n"


@pytest.mark.parametrize("levels", [MAX_NESTING, 500, 50_000, 400_000])
def test_a_deep_compact_sequence_is_too_deep(levels: int) -> None:
    with pytest.raises(TooDeep) as caught:
        fastyaml.parse(compact_sequences(levels))
    assert caught.value.line == 2
    document = parse_text(compact_sequences(levels), "cadres/x.yaml")
    assert document.data is None
    assert [(p.code, p.line) for p in document.problems] == [("too-deep", 2)]


def test_nesting_up_to_the_bound_is_read() -> None:
    data = fastyaml.parse(compact_sequences(MAX_NESTING - 1))  # a mapping and 99 sequences
    assert nests_deeper(data, MAX_NESTING - 1)
    assert not nests_deeper(data, MAX_NESTING)


@pytest.mark.parametrize("step", [1, 2])
def test_deep_indentation_is_too_deep(step: int) -> None:
    document = parse_text(nested_mappings(MAX_NESTING + 1, step), "cadres/x.yaml")
    assert [p.code for p in document.problems] == ["too-deep"]
    assert document.problems[0].line is not None
    assert parse_text(nested_mappings(MAX_NESTING - 1, step), "cadres/x.yaml").data is not None


def test_deep_flow_nesting_is_too_deep() -> None:
    levels = MAX_NESTING + 20  # under the 256 levels yaml-rs refuses by itself
    document = parse_text("a: " + "[" * levels + "]" * levels + "\n", "cadres/x.yaml")
    assert [(p.code, p.line) for p in document.problems] == [("too-deep", 1)]


def test_deep_nesting_on_the_round_trip_path_is_too_deep() -> None:
    # A tag-like '!' sends the text past the fast parser to ruamel.yaml, which reads it.
    text = "note: 注意 !重要\n" + nested_mappings(MAX_NESTING + 5)
    with pytest.raises(fastyaml.FastParseFailed):
        fastyaml.parse(text)
    document = parse_text(text, "cadres/x.yaml")
    assert [p.code for p in document.problems] == ["too-deep"]


def test_the_fallback_parser_is_bounded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastyaml, "_yaml_rs", None)
    with pytest.raises(TooDeep):
        fastyaml.parse(compact_sequences(300))
    assert fastyaml.parse(compact_sequences(3)) == {"a": [[["x"]]]}


def test_a_crashing_depth_is_refused_before_parsing() -> None:
    # Run apart: past ~10,000 levels yaml-rs took the whole process down (exit 139).
    code = (
        "from cadrectl.store.reader import parse_text\n"
        "doc = parse_text('a:\\n  ' + '-  ' * 200000 + 'x\\n', 'x.yaml')\n"
        "print([p.code for p in doc.problems])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['too-deep']"


def test_registry_files_are_not_measured() -> None:
    for path in sorted(EXAMPLE.glob("*/*.yaml")):
        assert not may_nest_deeply(path.read_text(encoding="utf-8")), path


def _nested(depth: int, kinds: list[bool]) -> Any:
    value: Any = "x"
    for level in range(depth - 1):
        value = {"k": value} if kinds[level % len(kinds)] else [value]
    return {"top": value}


def _dumped(data: Any, flow: bool | None) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = flow
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(depth=101, kinds=[False, True], flow=True)  # [k: [k: x]]: mappings without braces
@given(
    st.integers(2, MAX_NESTING + 30),
    st.lists(st.booleans(), min_size=1, max_size=5),
    st.sampled_from([False, True, None]),
)
def test_any_nesting_is_read_exactly_when_within_the_bound(
    depth: int, kinds: list[bool], flow: bool | None
) -> None:
    data = _nested(depth, kinds)
    document = parse_text(_dumped(data, flow), "cadres/x.yaml")
    if depth <= MAX_NESTING:
        assert document.data == data
        assert document.problems == []
    else:
        assert document.data is None
        assert [p.code for p in document.problems] == ["too-deep"]
