"""A registry's own schemas: its code lists as enums, its fields.required as required."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from cadrectl.model.config import Config, default_config
from cadrectl.model.vocab import FieldSettings
from cadrectl.services.registry import load_config
from cadrectl.services.schemas import (
    generate_schemas,
    registry_schemas,
    stale_registry_schemas,
    write_registry_schemas,
)
from cadrectl.store.registry import RegistryPaths
from tests.conftest import EXAMPLE

Schema = dict[str, Any]


def schemas_of(config: Config) -> dict[str, Schema]:
    return {name: json.loads(text) for name, text in registry_schemas(config).items()}


def defs(schema: Schema, name: str) -> Schema:
    found: Schema = schema["$defs"][name]
    return found


def with_required(config: Config, *required: str) -> Config:
    return config.model_copy(update={"fields": FieldSettings.model_validate(
        {"required": list(required)}
    )})  # fmt: skip


def without_added_enums(specialised: Any, generic: Any) -> Any:
    """``specialised`` with every ``enum`` that ``generic`` does not have taken out."""
    if isinstance(specialised, dict) and isinstance(generic, dict):
        return {
            key: without_added_enums(value, generic.get(key))
            for key, value in specialised.items()
            if not (key == "enum" and key not in generic)
        }
    if isinstance(specialised, list) and isinstance(generic, list):
        return [without_added_enums(s, g) for s, g in zip(specialised, generic, strict=False)]
    return specialised


@pytest.fixture(scope="module")
def example_config() -> Config:
    return load_config(RegistryPaths(EXAMPLE))


def test_the_ranks_directions_sources_and_grades_of_the_registry_are_enums(
    example_config: Config,
) -> None:
    cadre = schemas_of(example_config)["cadre.schema.json"]
    ranks = ["科员", "副科", "正科", "副处", "正处"]
    reserve = defs(cadre, "Reserve")["properties"]
    assert reserve["target_rank"]["enum"] == ranks
    assert reserve["direction"]["enum"] == example_config.directions
    assert reserve["source"]["enum"] == example_config.sources
    assert defs(cadre, "CurrentPost")["properties"]["rank"]["enum"] == ranks
    resume_rank = defs(cadre, "ResumeEntry")["properties"]["rank"]["anyOf"]
    assert resume_rank[0]["enum"] == ranks
    assert resume_rank[1] == {"type": "null"}  # an entry without a rank stays valid
    assert defs(cadre, "Assessment")["properties"]["grade"]["enum"] == (
        example_config.assessment_scale
    )
    assert defs(cadre, "Practice")["properties"]["kind"]["enum"] == example_config.practice_kinds
    assert defs(cadre, "ExitedInfo")["properties"]["reason"]["enum"] == (
        example_config.exit_reasons
    )
    unit = schemas_of(example_config)["unit.schema.json"]
    assert unit["properties"]["kind"]["enum"] == example_config.unit_kinds
    assert defs(unit, "Post")["properties"]["rank"]["enum"] == ranks


def test_the_sanctions_give_the_systems_and_every_kind_once(example_config: Config) -> None:
    discipline = defs(schemas_of(example_config)["cadre.schema.json"], "Discipline")["properties"]
    sanctions = example_config.policy.sanctions
    assert discipline["system"]["enum"] == list(sanctions)
    kinds = discipline["kind"]["enum"]
    assert len(kinds) == len(set(kinds))
    assert set(kinds) == {kind for by_kind in sanctions.values() for kind in by_kind}
    assert kinds.count("警告") == 1  # 政务 and 党纪 both have it


def test_the_inspections_file_takes_the_grades_and_the_systems(example_config: Config) -> None:
    bulk = schemas_of(example_config)["inspections.schema.json"]
    assessment = defs(bulk, "AssessmentItem")["properties"]
    assert assessment["grade"]["enum"] == example_config.assessment_scale
    generic = json.loads(generate_schemas()["inspections.schema.json"])
    assert assessment["kind"] == defs(generic, "AssessmentItem")["properties"]["kind"]  # a const
    assert defs(bulk, "AssessmentToFill")["properties"]["grade"]["type"] == "null"
    system = defs(bulk, "DisciplineItem")["properties"]["system"]
    assert system["enum"] == list(example_config.policy.sanctions)


def test_fields_required_marks_the_field_required_in_its_own_object() -> None:
    config = with_required(default_config(), "work_start", "current.rank", "party.joined")
    cadre = schemas_of(config)["cadre.schema.json"]
    assert "work_start" in cadre["required"]
    assert cadre["properties"]["work_start"]["type"] == "string"  # null no longer fits
    current = defs(cadre, "CurrentPost")
    assert current["required"] == ["unit", "post", "rank"]
    assert "default" not in current["properties"]["rank"]
    assert current["properties"]["rank"]["enum"] == [rank.name for rank in config.ranks]
    assert defs(cadre, "Party")["required"] == ["status", "joined"]
    assert "post_since" not in current["required"]


def test_a_required_list_must_have_an_item() -> None:
    config = with_required(default_config(), "education", "reserve.mentors")
    cadre = schemas_of(config)["cadre.schema.json"]
    assert cadre["properties"]["education"]["minItems"] == 1
    reserve = defs(cadre, "Reserve")
    assert "mentors" in reserve["required"]
    assert reserve["properties"]["mentors"]["minItems"] == 1


def test_no_field_required_leaves_the_models_own_required() -> None:
    cadre = schemas_of(with_required(default_config()))["cadre.schema.json"]
    generic = json.loads(generate_schemas()["cadre.schema.json"])
    assert cadre["required"] == generic["required"]
    assert defs(cadre, "CurrentPost")["required"] == ["unit", "post"]


def test_a_config_with_its_own_lists_gets_them_in_its_order() -> None:
    config = default_config().model_copy(
        update={
            "directions": ["乡村振兴", "经济"],
            "sources": ["公开遴选"],
            "backgrounds": ["致富能手", "复员退伍军人"],
            "unit_kinds": ["村", "乡镇"],
            "practice_kinds": ["驻村"],
        }
    )
    schemas = schemas_of(config)
    reserve = defs(schemas["cadre.schema.json"], "Reserve")["properties"]
    assert reserve["direction"]["enum"] == ["乡村振兴", "经济"]
    assert reserve["source"]["enum"] == ["公开遴选"]
    assert reserve["background"]["anyOf"][0]["enum"] == ["致富能手", "复员退伍军人"]
    practice = defs(schemas["cadre.schema.json"], "Practice")["properties"]
    assert practice["kind"]["enum"] == ["驻村"]
    assert schemas["unit.schema.json"]["properties"]["kind"]["enum"] == ["村", "乡镇"]


def test_an_empty_list_gets_no_enum() -> None:
    config = default_config().model_copy(update={"backgrounds": [], "directions": []})
    reserve = defs(schemas_of(config)["cadre.schema.json"], "Reserve")["properties"]
    assert "enum" not in reserve["background"]["anyOf"][0]  # backgrounds empty: any background
    assert "enum" not in reserve["direction"]


def test_the_default_lists_give_the_generic_schemas_plus_the_enums() -> None:
    config = with_required(default_config())
    generic = generate_schemas()
    specialised = registry_schemas(config)
    assert list(specialised) == list(generic)
    for name, text in specialised.items():
        stripped = without_added_enums(json.loads(text), json.loads(generic[name]))
        assert json.dumps(stripped, ensure_ascii=False, indent=2) + "\n" == generic[name], name
    for name in ("config.schema.json", "cycle.schema.json", "nominations.schema.json"):
        assert specialised[name] == generic[name]


def test_the_descriptions_stay_chinese(example_config: Config) -> None:
    cadre = schemas_of(example_config)["cadre.schema.json"]
    assert defs(cadre, "Reserve")["properties"]["direction"]["description"].startswith("培养方向")


def test_writing_twice_writes_nothing_the_second_time(tmp_path: Path) -> None:
    paths = RegistryPaths(tmp_path)
    config = default_config()
    assert write_registry_schemas(paths, config) == sorted(generate_schemas())
    before = {path.name: path.read_bytes() for path in paths.schemas_dir.iterdir()}
    assert write_registry_schemas(paths, config) == []
    assert {path.name: path.read_bytes() for path in paths.schemas_dir.iterdir()} == before
    assert stale_registry_schemas(paths, config) == []


def test_only_the_files_a_change_touches_are_written(tmp_path: Path) -> None:
    paths = RegistryPaths(tmp_path)
    write_registry_schemas(paths, default_config())
    unit = paths.schemas_dir / "unit.schema.json"
    unit_bytes, unit_mtime = unit.read_bytes(), unit.stat().st_mtime_ns
    changed = default_config().model_copy(update={"directions": ["经济", "生态环保"]})
    assert stale_registry_schemas(paths, changed) == ["cadre.schema.json"]
    assert write_registry_schemas(paths, changed) == ["cadre.schema.json"]
    assert unit.read_bytes() == unit_bytes
    assert unit.stat().st_mtime_ns == unit_mtime


def test_a_missing_file_is_stale(tmp_path: Path) -> None:
    paths = RegistryPaths(tmp_path)
    write_registry_schemas(paths, default_config())
    (paths.schemas_dir / "tallies.schema.json").unlink()
    assert stale_registry_schemas(paths, default_config()) == ["tallies.schema.json"]


def test_the_example_registry_carries_its_own_schemas(example_config: Config) -> None:
    assert stale_registry_schemas(RegistryPaths(EXAMPLE), example_config) == [], (
        "run: cadrectl dev schemas"
    )


HAS_JSONSCHEMA = importlib.util.find_spec("jsonschema") is not None


def as_json(value: Any) -> Any:
    """The YAML data as JSON sees it: a full date (which the parser makes a date) as its text,
    the way check-jsonschema and the YAML language server read it."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.skipif(not HAS_JSONSCHEMA, reason="the jsonschema package is not in this venv")
def test_the_example_files_fit_the_registry_schemas_and_a_foreign_direction_does_not(
    example_config: Config,
) -> None:
    from cadrectl.store.fastyaml import parse

    jsonschema = importlib.import_module("jsonschema")  # no type stubs in the venv

    schemas = schemas_of(example_config)
    for kind, folder in (("cadre", "cadres"), ("unit", "units")):
        validator = jsonschema.Draft202012Validator(schemas[f"{kind}.schema.json"])
        for path in sorted((EXAMPLE / folder).glob("*.yaml")):
            data = as_json(parse(path.read_text(encoding="utf-8")))
            assert [error.message for error in validator.iter_errors(data)] == [], path.name
    validator = jsonschema.Draft202012Validator(schemas["cadre.schema.json"])
    cadre = as_json(parse((EXAMPLE / "cadres" / "QX-2019-001.yaml").read_text(encoding="utf-8")))
    foreign = cadre | {"reserve": cadre["reserve"] | {"direction": "航天"}}
    errors = list(validator.iter_errors(foreign))
    assert [list(error.path) for error in errors] == [["reserve", "direction"]]
    no_rank = cadre | {"current": {k: v for k, v in cadre["current"].items() if k != "rank"}}
    assert [error.validator for error in validator.iter_errors(no_rank)] == ["required"]
