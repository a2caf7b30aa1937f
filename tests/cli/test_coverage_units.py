"""report coverage checks reserves per unit (村 5–7 人) and per seat of a unit (1:3) from
cadrectl.yaml's coverage.units and coverage.ratios; check refuses a rule it cannot apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import on_console

AS_OF = "2026-11-01"
RULES = """\
coverage:
  units:
    - {kind: 村, min: 2, max: 3}
  ratios:
    - {kind: 乡镇, reserves: 3, posts: 1}
"""


def village(root: Path, unit_id: str, name: str) -> None:
    (root / "units" / f"{unit_id}.yaml").write_text(
        f"schema_version: 1\nid: {unit_id}\nname: {name}\nkind: 村\ngrassroots: true\n"
        "parent: qx-huxi-zhen\nposts:\n  - {id: shuji, title: 党支部书记, rank: 副科}\n",
        encoding="utf-8",
    )


def reserve(root: Path, cadre_id: str, works_at: str, targets: str, *, gone: bool = False) -> None:
    """A copy of the fixture's cadre working at ``works_at``, targeting ``targets``."""
    text = (root / "cadres" / "QX-2023-014.yaml").read_text(encoding="utf-8")
    text = text.replace("id: QX-2023-014", f"id: {cadre_id}")
    text = text.replace('id_number: "330781198804120032"\n', "")
    text = text.replace("current: {unit: qx-huxi-zhen,", f"current: {{unit: {works_at},")
    text = text.replace("target_posts: [qx-huxi-zhen/zhenzhang]", f"target_posts: [{targets}]")
    if gone:
        text = text.replace(
            "  status: active\n", "  status: exited\n  exited: {date: 2026-01, reason: 调离}\n"
        )
    (root / "cadres" / f"{cadre_id}.yaml").write_text(text, encoding="utf-8")


@pytest.fixture
def villages(registry: Path) -> Path:
    """The township (5 seats, QX-2023-014 targeting one), 前山村 with three active reserves
    and one exited, 后山村 with none."""
    village(registry, "qx-qianshan", "前山村")
    village(registry, "qx-houshan", "后山村")
    reserve(registry, "QX-2024-001", "qx-qianshan", "qx-huxi-zhen/fuzhenzhang")
    reserve(registry, "QX-2024-002", "qx-qianshan", "qx-qianshan/shuji")
    reserve(registry, "QX-2024-003", "qx-qianshan", "")
    reserve(registry, "QX-2024-004", "qx-qianshan", "qx-huxi-zhen/shuji", gone=True)
    config = registry / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + RULES, encoding="utf-8")
    return registry


def test_the_registry_with_rules_passes_check(villages: Path, cli: Any) -> None:
    report = cli("-R", villages, "check", "--format", "json").json()
    assert [p for p in report["problems"] if p["severity"] == "error"] == []


def test_json_lists_every_village_and_the_township_ratio(villages: Path, cli: Any) -> None:
    args = ("-R", villages, "report", "coverage", "--as-of", AS_OF, "--format", "json")
    report = cli(*args).json()
    assert report["units"] == [
        {"unit": "qx-houshan", "unit_name": "后山村", "kind": "村", "reserves": 0,
         "min": 2, "max": 3, "ok": False},
        {"unit": "qx-qianshan", "unit_name": "前山村", "kind": "村", "reserves": 3,
         "min": 2, "max": 3, "ok": True},
    ]  # fmt: skip
    # 5 seats × 3 = 15; QX-2023-014 and QX-2024-001 target the township's posts (the exited
    # QX-2024-004 does not count)
    assert report["ratios"] == [
        {"unit": "qx-huxi-zhen", "unit_name": "湖溪镇", "kind": "乡镇", "ratio": "1:3",
         "posts": 3, "seats": 5, "reserves": 2, "required": 15, "ok": False},
    ]  # fmt: skip
    assert len(report["posts"]) == 5  # the per-post lines (一职双备) are as they were


def test_text_has_a_section_per_check(villages: Path, cli: Any) -> None:
    out = cli("-R", villages, "report", "coverage", "--as-of", AS_OF).stdout
    assert "单位后备人数" in out
    assert on_console("✗ 后山村（村）：后备 0 人（应为 2–3 人）") in out
    assert on_console("✓ 前山村（村）：后备 3 人（应为 2–3 人）") in out
    assert "职数与后备比例" in out
    assert on_console("✗ 湖溪镇（乡镇）：职数 5，后备 2 人（按 1:3 应不少于 15 人）") in out
    assert out.count("共 2 个单位：1 个达到，1 个未达到。") == 1
    assert "共 1 个单位：0 个达到，1 个未达到。" in out


def test_text_in_english(villages: Path, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    out = cli("-R", villages, "report", "coverage", "--as-of", AS_OF).stdout
    assert "Reserves per unit" in out
    assert on_console("✓ 前山村 (村): 3 reserves (should be 2–3)") in out
    assert on_console("✗ 湖溪镇 (乡镇): 5 seats, 2 reserves (at 1:3, at least 15)") in out


def test_a_rule_for_a_unit_missing_from_units_fails_in_the_report(villages: Path, cli: Any) -> None:
    config = villages / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8").replace("{kind: 村, min: 2, max: 3}",
                                                      "{unit: qx-nowhere, min: 1}")  # fmt: skip
    config.write_text(text, encoding="utf-8")
    args = ("-R", villages, "report", "coverage", "--as-of", AS_OF)
    [line] = cli(*args, "--format", "json").json()["units"]
    assert (line["unit"], line["unit_name"], line["ok"]) == ("qx-nowhere", None, False)
    assert on_console("✗ qx-nowhere：units/ 中没有该单位") in cli(*args).stdout


def test_without_rules_the_text_is_as_before(registry: Path, cli: Any) -> None:
    out = cli("-R", registry, "report", "coverage", "--as-of", AS_OF).stdout
    assert "单位后备人数" not in out
    assert "职数与后备比例" not in out
    report = cli("-R", registry, "report", "coverage", "--as-of", AS_OF, "--format", "json")
    assert (report.json()["units"], report.json()["ratios"]) == ([], [])


@pytest.mark.parametrize(
    ("rule", "code", "field"),
    [
        ("{kind: 村}", "coverage-rule-no-bound", "coverage.units[0]"),
        ("{kind: 行政村, min: 5}", "unknown-code", "coverage.units[0].kind"),
        ("{min: 5, max: 7}", "coverage-rule-selector", "coverage.units[0]"),
    ],
)
def test_check_refuses_a_bad_rule_with_its_line(
    villages: Path, cli: Any, rule: str, code: str, field: str
) -> None:
    config = villages / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8").replace("{kind: 村, min: 2, max: 3}", rule)
    config.write_text(text, encoding="utf-8")
    line = text.splitlines().index(f"    - {rule}") + 1
    result = cli("-R", villages, "check", "--format", "json")
    assert result.exit_code == 1
    [problem] = [p for p in result.json()["problems"] if p["severity"] == "error"]
    assert (problem["file"], problem["line"], problem["code"], problem["field"]) == (
        "cadrectl.yaml", line, code, field
    )  # fmt: skip
    assert problem["message"]
    text_out = cli("-R", villages, "check", villages / "cadrectl.yaml").stdout
    assert f"cadrectl.yaml:{line}:" in text_out
