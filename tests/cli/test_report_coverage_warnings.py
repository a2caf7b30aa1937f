"""report coverage and report warnings on registry-example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AS_OF = "2026-11-01"


def test_coverage_json(example: Path, cli: Any) -> None:
    report = cli("-R", example, "report", "coverage", "--as-of", AS_OF, "--format", "json").json()
    assert report["reserves_per_seat"] == 2
    posts = report["posts"]
    assert posts
    for post in posts:
        assert post["covered"] == (len(post["reserves"]) >= post["needed"])
        assert post["ready"] == sum(1 for r in post["reserves"] if r["tier"] == 1)
    assert set(report["uncovered"]) == {
        f"{p['unit']}/{p['post']}" for p in posts if not p["covered"]
    }
    assert any(p["covered"] for p in posts)
    assert {t["dimension"] for t in report["targets"]} == {
        "gender",
        "party",
        "age_under",
        "education",
    }


def test_coverage_text(example: Path, cli: Any) -> None:
    out = cli("-R", example, "report", "coverage", "--as-of", AS_OF).stdout
    assert "一职双备" in out
    assert "结构目标" in out
    assert "35周岁以下" in out


def test_coverage_targets_unknown_dimension_is_refused_by_check(example: Path, cli: Any) -> None:
    config = example / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8").replace("dimension: gender", "dimension: sex")
    config.write_text(text, encoding="utf-8")
    report = cli("-R", example, "check", "--format", "json").json()
    assert [p["field"] for p in report["problems"]] == ["coverage.targets[0].dimension"]


def test_warnings(example: Path, cli: Any) -> None:
    report = cli("-R", example, "report", "warnings", "--as-of", AS_OF, "--format", "json").json()
    assert report["as_of"] == AS_OF
    kinds = [w["kind"] for w in report["warnings"]]
    assert "long-in-pool" in kinds
    assert "met-this-month" in kinds
    for warning in report["warnings"]:
        assert warning["message"]
        assert warning["id"].startswith("QX-")
    text = cli("-R", example, "report", "warnings", "--as-of", AS_OF).stdout
    assert "预警" in text
