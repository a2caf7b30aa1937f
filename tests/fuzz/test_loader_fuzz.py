"""Fuzz the loader: any bytes or text comes back as data or as problems, never as an exception.

Whatever it returns can be used: data nests no deeper than the bound, every text in it can be
written out, every problem renders its message, and the data of a cadre file either validates
or yields problems that render.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cadrectl.store import fastyaml
from cadrectl.store.reader import RawDocument, document_from_bytes, parse_text
from tests.fuzz.strategies import FUZZ, hostile_text, mutated_cadre, yamlish_text

pytestmark = pytest.mark.slow

FILE = "cadres/QX-2026-901.yaml"


def _texts(data: Any) -> list[str]:
    """Every key and text value in parsed data."""
    found: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return found


def assert_usable(document: RawDocument) -> None:
    """Data or a reason; nothing in it that later code cannot handle."""
    assert document.file == FILE
    for problem in document.problems:
        assert problem.message  # renders through the catalog, with all its parameters
        assert problem.file == FILE
    if document.data is None:
        assert document.problems, "no data and no reason"
        return
    assert isinstance(document.data, dict)
    assert not fastyaml.nests_deeper(document.data, fastyaml.MAX_NESTING)
    for text in _texts(document.data):
        text.encode("utf-8")  # a lone surrogate here would crash every command that prints it


def assert_validates_or_explains(document: RawDocument) -> None:
    """What loading a cadre file does next: the model, or problems that render."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.services.registry import validate_model

    if document.data is None:
        return
    model, problems = validate_model(document.data, Cadre, FILE)
    assert (model is None) == bool(problems)
    for problem in problems:
        assert problem.message


@FUZZ
@given(st.binary(max_size=3000))
@example(b"\xff\xfe" + "name: 王".encode("utf-16-le"))
@example(b"a: 1\x00")
def test_any_bytes_are_data_or_problems(raw: bytes) -> None:
    assert_usable(document_from_bytes(raw, FILE))


@FUZZ
@given(hostile_text)
def test_any_text_is_data_or_problems(text: str) -> None:
    assert_usable(parse_text(text, FILE))


@FUZZ
@given(yamlish_text)
@example("- " * 5000 + "x")
@example("a: " + "[" * 5000)
def test_any_yaml_token_soup_is_data_or_problems(text: str) -> None:
    assert_usable(parse_text(text, FILE))


@FUZZ
@given(mutated_cadre())
def test_a_mutated_cadre_file_loads_or_explains_why_not(text: str) -> None:
    document = parse_text(text, FILE)
    assert_usable(document)
    assert_validates_or_explains(document)
