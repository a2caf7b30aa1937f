"""cadrectl ladder on registry-example: all three tiers, suggested exits, readable explanations."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLE, on_console

AS_OF = "2026-11-01"


@pytest.fixture(scope="module")
def ladder(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import json

    from cadrectl.cli.app import run

    root = tmp_path_factory.mktemp("ladder") / "example"
    shutil.copytree(EXAMPLE, root)
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run(["-R", str(root), "ladder", "--as-of", AS_OF, "--format", "json"]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def test_json_shape(ladder: dict[str, Any]) -> None:
    assert ladder["as_of"] == AS_OF
    first = ladder["cadres"][0]
    for key in ("id", "name", "target_rank", "tier", "tier_label", "exit_suggested", "checks"):
        assert key in first
    check = first["checks"][0]
    assert set(check) >= {"rule", "ok", "detail", "met_on"}


def test_every_tier_and_a_suggested_exit_appear(ladder: dict[str, Any]) -> None:
    tiers = Counter(cadre["tier"] for cadre in ladder["cadres"])
    assert all(tiers[tier] for tier in (1, 2, 3, None)), tiers
    assert any(cadre["exit_suggested"] for cadre in ladder["cadres"])
    assert sum(tiers.values()) == 120  # the active reserves only


def test_tier_labels_and_dates(ladder: dict[str, Any]) -> None:
    labels = {1: "第一层次", 2: "第二层次", 3: "第三层次", None: "未定层次"}
    for cadre in ladder["cadres"]:
        assert cadre["tier_label"] == labels[cadre["tier"]]
        for check in cadre["checks"]:
            if not check["ok"] and check["met_on"]:
                assert check["met_on"] > AS_OF
                assert check["met_on"] in check["detail"]  # "任副科满2年：2027-03-01"


def test_ladder_is_ordered_by_tier(ladder: dict[str, Any]) -> None:
    order = [cadre["tier"] or 9 for cadre in ladder["cadres"]]
    assert order == sorted(order)


@pytest.mark.parametrize("tier", [1, 2, 3, None])
def test_explain_reads_well(
    ladder: dict[str, Any], example: Path, cli: Any, tier: int | None
) -> None:
    cadre = next(c for c in ladder["cadres"] if c["tier"] == tier)
    result = cli("-R", example, "ladder", "--as-of", AS_OF, "--explain", cadre["id"])
    assert result.exit_code == 0
    out = result.stdout
    assert cadre["name"] in out
    assert cadre["tier_label"] in out
    assert on_console("✓") in out
    if tier is None:
        assert "建议调出" in out
    else:
        assert "全部条件满足于" in out


def test_text_groups_by_tier(example: Path, cli: Any) -> None:
    out = cli("-R", example, "ladder", "--as-of", AS_OF).stdout
    positions = [out.index(label) for label in ("第一层次", "第二层次", "第三层次", "未定层次")]
    assert positions == sorted(positions)


def test_explain_refuses_an_inactive_or_unknown_cadre(example: Path, cli: Any) -> None:
    result = cli("-R", example, "ladder", "--explain", "QX-2099-001")
    assert result.exit_code == 1
    assert "cadrectl list" in result.stderr


def test_english_labels_with_chinese_values(example: Path, cli: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    out = cli("-R", example, "ladder", "--as-of", AS_OF).stdout
    assert "Tier 1" in out
    data = cli("-R", example, "ladder", "--as-of", AS_OF, "--format", "json").json()
    assert data["cadres"][0]["tier_label"] == "第一层次"


def test_csv(example: Path, cli: Any) -> None:
    lines = cli("-R", example, "ladder", "--as-of", AS_OF, "--format", "csv").stdout.splitlines()
    assert lines[0].startswith("id,name,target_rank")
    assert len(lines) == 121


def test_bad_as_of_is_a_usage_error(example: Path, cli: Any) -> None:
    assert cli("-R", example, "ladder", "--as-of", "明年").exit_code == 2
