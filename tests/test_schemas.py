"""The checked-in schemas are the models' own, and stock JSON Schema tools accept the registry."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cadrectl.services.schemas import generate_output_schemas, generate_schemas, stale_schemas
from tests.conftest import EXAMPLE, PROJECT


def test_checked_in_schemas_equal_the_generated_ones() -> None:
    assert stale_schemas(PROJECT / "schemas", outputs=True) == [], "run: cadrectl dev schemas"


def test_the_example_registry_carries_the_project_schemas_with_its_own_vocabularies() -> None:
    """registry-example's copy is the project's schema of each file, specialised by its
    cadrectl.yaml (enums of its ranks, directions, grades…; its required fields): issue 15 (6).
    DESIGN.md's "identical to the top-level schemas/" held before registries had their own."""
    import json

    from cadrectl.services.registry import load_config
    from cadrectl.services.schemas import registry_schemas
    from cadrectl.store.registry import RegistryPaths

    own = registry_schemas(load_config(RegistryPaths(EXAMPLE)))
    for name in generate_schemas():
        assert (EXAMPLE / "schemas" / name).read_text(encoding="utf-8") == own[name], name
        generic = json.loads((PROJECT / "schemas" / name).read_text(encoding="utf-8"))
        assert json.loads(own[name]).keys() == generic.keys(), name


def test_every_field_has_a_chinese_title_and_a_description() -> None:
    import json

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert prop.get("title"), f"{where}.{name} has no title"
                assert prop.get("description"), f"{where}.{name} has no description"
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    for name, text in (generate_schemas() | generate_output_schemas()).items():
        walk(json.loads(text), name)


def check_jsonschema() -> str:
    """The check-jsonschema CLI of this environment (a test dependency: never skipped)."""
    beside = Path(sys.executable).parent / "check-jsonschema"
    found = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    assert found, "check-jsonschema is a test dependency: pip install -e '.[test]'"
    return found


@pytest.mark.parametrize(
    ("kind", "pattern"),
    [("cadre", "cadres/*.yaml"), ("unit", "units/*.yaml"), ("config", "cadrectl.yaml")],
)
def test_check_jsonschema_accepts_the_example_registry(kind: str, pattern: str) -> None:
    files = sorted(str(path) for path in EXAMPLE.glob(pattern))
    assert files
    result = subprocess.run(
        [
            check_jsonschema(),
            "--schemafile",
            str(PROJECT / "schemas" / f"{kind}.schema.json"),
            *files,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_refuses_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: QX-2024-001\nnmae: 王立新\n", encoding="utf-8")
    result = subprocess.run(
        [check_jsonschema(), "--schemafile", str(PROJECT / "schemas" / "cadre.schema.json"), bad],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1


def test_the_schemas_offer_chinese_examples_for_completion() -> None:
    """An editor completes from a schema's examples: those a description names after 如."""
    from cadrectl.model.base import description_examples
    from cadrectl.model.cadre import Cadre

    schema = Cadre.model_json_schema()
    assert schema["properties"]["native_place"]["examples"] == ["浙江兰溪"]
    assert description_examples("取自 cadrectl.yaml 的 practice_kinds，如 挂职、轮岗、驻村") == [
        "挂职", "轮岗", "驻村",
    ]  # fmt: skip
    assert description_examples("满分，如 100") == []  # a number may be no text field's value
    assert description_examples("后备干部编号，如 QX-2023-014；与文件名一致") == ["QX-2023-014"]
