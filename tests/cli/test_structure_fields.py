"""report structure on the fields a registry declares (structure.fields in cadrectl.yaml)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from cadrectl.store.reader import parse_text

DECLARED = """structure:
  fields:
    - {name: native_place, field: native_place, label: 籍贯}
    - {name: specialty, field: specialty, label: 熟悉专业}
"""


def _declare(root: Path, text: str = DECLARED) -> None:
    config = root / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + text, encoding="utf-8")


def _active_native_places(root: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    for path in (root / "cadres").glob("*.yaml"):
        data = parse_text(path.read_text(encoding="utf-8"), path.name).data
        assert data is not None
        if data["reserve"]["status"] == "active":
            found[data.get("native_place") or "未填写"] += 1
    return found


def test_a_declared_field_is_a_dimension_counted_from_the_files(example: Path, cli: Any) -> None:
    _declare(example)
    assert cli("-R", example, "check").exit_code == 0
    data = cli("-R", example, "report", "structure", "--format", "json").json()
    counted = {s["value"]: s["count"] for s in data["dimensions"]["native_place"] if s["count"]}
    assert counted == dict(_active_native_places(example))
    assert "specialty" in data["dimensions"]


def test_a_declared_field_groups_the_pool_and_reads_under_its_label(
    example: Path, cli: Any
) -> None:
    _declare(example)
    data = cli("-R", example, "report", "structure", "--group-by", "native_place",
               "--format", "json").json()  # fmt: skip
    assert {name: group["total"] for name, group in data["groups"].items()} == dict(
        _active_native_places(example)
    )
    text = cli("-R", example, "report", "structure", "--group-by", "native_place").stdout
    assert "熟悉专业" in text
    assert "籍贯" in text  # the group headings name the field by its label


def test_the_structure_workbook_names_the_declared_dimension(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _declare(example)
    out = tmp_path / "结构.xlsx"
    assert cli("-R", example, "export", "structure", "-o", out).exit_code == 0
    assert "籍贯" in load_workbook(out).sheetnames


def test_an_undeclared_group_field_is_still_refused(example: Path, cli: Any) -> None:
    result = cli("-R", example, "report", "structure", "--group-by", "native_place")
    assert result.exit_code == 2
    _declare(example)
    assert cli("-R", example, "report", "structure", "--group-by", "hometown").exit_code == 2


def test_a_field_that_is_not_in_the_file_or_a_taken_name_is_a_config_problem(
    example: Path, cli: Any
) -> None:
    _declare(example, """structure:
  fields:
    - {name: gender, field: gender, label: 性别}
    - {name: hometown, field: home.town, label: 家乡}
""")  # fmt: skip
    report = cli("-R", example, "check", "--format", "json").json()
    codes = {(p["code"], p["field"]) for p in report["problems"]}
    assert ("structure-field-taken", "structure.fields[0].name") in codes
    assert ("structure-field-unknown", "structure.fields[1].field") in codes
    assert all(p["line"] for p in report["problems"] if p["code"].startswith("structure-"))
