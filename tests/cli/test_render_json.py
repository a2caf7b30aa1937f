"""JSON written item by item is the same text as the whole document printed at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadrectl.cli.reporters.to_json import print_json, print_json_listing

_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=st.dictionaries(st.text(max_size=6).filter(lambda k: k != "cadres"), _values),
    items=st.lists(_values, max_size=5),
)
def test_a_piped_listing_is_the_whole_document_byte_for_byte(
    capsys: pytest.CaptureFixture[str], fields: dict[str, Any], items: list[Any]
) -> None:
    print_json({**fields, "cadres": items})
    whole = capsys.readouterr().out
    print_json_listing(fields, "cadres", iter(items))
    streamed = capsys.readouterr().out
    assert streamed == whole
    assert json.loads(streamed) == {**fields, "cadres": items}


def test_the_ladder_is_streamed_as_the_same_json(cli: Any, example: Path) -> None:
    result = cli("-R", example, "ladder", "--format", "json", "--as-of", "2026-06-30")
    data = result.json()
    assert result.exit_code == 0
    assert list(data) == ["as_of", "cadres"]
    assert len(data["cadres"]) > 100
