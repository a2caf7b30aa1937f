"""Two read paths, one meaning: the fast parser and ruamel.yaml's loaders give the same data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from cadrectl.store import fastyaml
from cadrectl.store.yamlfile import load_plain, roundtrip_yaml
from tests.conftest import EXAMPLE, FIXTURES


def plain(node: Any) -> Any:
    """Round-trip containers and scalar subclasses as plain Python values."""
    if isinstance(node, CommentedMap | dict):
        return {plain(key): plain(value) for key, value in node.items()}
    if isinstance(node, CommentedSeq | list):
        return [plain(item) for item in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    return str(node)


def registry_files() -> list[Path]:
    files = sorted(EXAMPLE.glob("**/*.yaml")) + sorted((FIXTURES / "registry").glob("**/*.yaml"))
    return [path for path in files if "schemas" not in path.parts]


def assert_same_everywhere(text: str) -> None:
    fast = fastyaml.parse(text)
    assert fast == load_plain(text)
    assert fast == plain(roundtrip_yaml().load(text))


@pytest.mark.parametrize("path", registry_files(), ids=lambda p: p.name)
def test_every_registry_file_reads_the_same_on_both_paths(path: Path) -> None:
    assert_same_everywhere(path.read_text(encoding="utf-8"))


def test_generated_files_read_the_same_on_both_paths(tmp_path: Path) -> None:
    from cadrectl.devtools.generate import generate_registry

    generate_registry(tmp_path / "gen", 60, seed=7)
    files = sorted((tmp_path / "gen").glob("*/*.yaml"))
    assert len(files) > 60
    for path in files:
        assert_same_everywhere(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a: yes", "yes"),
        ("a: on", "on"),
        ("a: 2025-12", "2025-12"),
        ("a: 2025-12-10", dt.date(2025, 12, 10)),
        ("a: 2021.10", 2021.1),
        ("a: '007'", "007"),
        ("a: ~", None),
        ("a: 1e3", 1000.0),
        ("a: 0o17", 15),
        ("a: 全日制", "全日制"),
    ],
)
def test_yaml_1_2_scalars(text: str, value: object) -> None:
    assert fastyaml.parse(text) == {"a": value}
    assert load_plain(text) == {"a": value}


@pytest.mark.parametrize("text", ["a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n"])
def test_duplicates_aliases_and_tags_are_refused_by_the_fast_path(text: str) -> None:
    with pytest.raises(fastyaml.FastParseFailed):
        fastyaml.parse(text)
