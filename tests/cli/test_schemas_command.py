"""``cadrectl schemas``: the registry's schemas/ follows its cadrectl.yaml, and check says when
it does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cadrectl.services.schemas import generate_schemas

DIRECTIONS = "directions: [经济, 政法, 社会事业, 城建交通, 农业农村, 党群综合]"


def stale_warnings(cli: Any, root: Path, *paths: Path) -> list[str]:
    """The files check names as stale schemas (and that each is a warning)."""
    report = cli("-R", root, "check", "--format", "json", *paths).json()
    found = [p for p in report["problems"] if p["code"] == "schemas-stale"]
    assert all(p["severity"] == "warning" for p in found)
    return [p["file"] for p in found]


def add_a_direction(root: Path) -> None:
    config = root / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8")
    assert DIRECTIONS in text
    config.write_text(text.replace(DIRECTIONS, DIRECTIONS[:-1] + ", 生态环保]"), encoding="utf-8")


@pytest.fixture
def current(cli: Any, example: Path) -> Path:
    """A copy of registry-example whose schemas/ is what its cadrectl.yaml makes."""
    assert cli("-R", example, "schemas").exit_code == 0
    return example


def test_a_current_registry_is_left_alone(cli: Any, current: Path) -> None:
    before = {path.name: path.read_bytes() for path in (current / "schemas").iterdir()}
    result = cli("-R", current, "schemas")
    assert result.exit_code == 0, result.stderr
    assert "未作改动" in result.stdout
    assert {path.name: path.read_bytes() for path in (current / "schemas").iterdir()} == before
    assert cli("-R", current, "schemas", "--check").exit_code == 0


def test_check_warns_after_the_directions_change_then_is_clean_after_schemas(
    cli: Any, current: Path
) -> None:
    assert stale_warnings(cli, current) == []
    add_a_direction(current)
    assert stale_warnings(cli, current) == ["schemas/cadre.schema.json"]
    assert cli("-R", current, "check").exit_code == 0  # a warning alone does not fail
    assert cli("-R", current, "check", "--strict").exit_code == 1

    result = cli("-R", current, "schemas")
    assert result.exit_code == 0, result.stderr
    assert "schemas/cadre.schema.json" in result.stdout
    assert "unit.schema.json" not in result.stdout
    schema = json.loads((current / "schemas" / "cadre.schema.json").read_text(encoding="utf-8"))
    direction = schema["$defs"]["Reserve"]["properties"]["direction"]
    assert direction["enum"][-1] == "生态环保"
    assert stale_warnings(cli, current) == []


def test_check_only_lists_the_stale_files_and_writes_nothing(cli: Any, current: Path) -> None:
    add_a_direction(current)
    before = (current / "schemas" / "cadre.schema.json").read_bytes()
    result = cli("-R", current, "schemas", "--check")
    assert result.exit_code == 1
    assert "schemas/cadre.schema.json" in result.stderr
    assert "unit.schema.json" not in result.stderr
    assert (current / "schemas" / "cadre.schema.json").read_bytes() == before


def test_the_messages_speak_english_when_asked(
    cli: Any, current: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    add_a_direction(current)
    assert "out of date" in cli("-R", current, "schemas", "--check").stderr
    assert "Wrote 1 schema from" in cli("-R", current, "schemas").stdout
    assert "nothing changed" in cli("-R", current, "schemas").stdout


def test_a_missing_schema_is_a_warning_and_schemas_puts_it_back(cli: Any, current: Path) -> None:
    (current / "schemas" / "tallies.schema.json").unlink()
    assert stale_warnings(cli, current) == ["schemas/tallies.schema.json"]
    assert "schemas/tallies.schema.json" in cli("-R", current, "schemas").stdout
    assert stale_warnings(cli, current) == []


def test_checking_some_files_leaves_the_schemas_out(cli: Any, current: Path) -> None:
    add_a_direction(current)
    assert stale_warnings(cli, current, current / "cadres") == []
    assert stale_warnings(cli, current, current / "schemas") == ["schemas/cadre.schema.json"]


def test_a_registry_without_a_schemas_folder_gets_no_warning(cli: Any, registry: Path) -> None:
    assert not (registry / "schemas").exists()
    assert stale_warnings(cli, registry) == []
    result = cli("-R", registry, "schemas")
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in (registry / "schemas").iterdir()) == sorted(
        generate_schemas()
    )
    assert stale_warnings(cli, registry) == []


def test_an_invalid_config_is_refused_and_nothing_is_written(cli: Any, current: Path) -> None:
    config = current / "cadrectl.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(DIRECTIONS, "directions: 经济"),
        encoding="utf-8",
    )
    before = {path.name: path.read_bytes() for path in (current / "schemas").iterdir()}
    for args in ((), ("--check",)):
        result = cli("-R", current, "schemas", *args)
        assert result.exit_code == 1
        assert "cadrectl.yaml" in result.stderr
    assert {path.name: path.read_bytes() for path in (current / "schemas").iterdir()} == before


def test_dev_schemas_writes_a_registry_folder_as_schemas_does(
    cli: Any, example: Path, tmp_path: Path
) -> None:
    add_a_direction(example)
    assert cli("dev", "schemas", example / "schemas").exit_code == 0
    assert cli("-R", example, "schemas", "--check").exit_code == 0
    elsewhere = tmp_path / "generic"
    assert cli("dev", "schemas", elsewhere).exit_code == 0
    for name, text in generate_schemas().items():
        assert (elsewhere / name).read_text(encoding="utf-8") == text
