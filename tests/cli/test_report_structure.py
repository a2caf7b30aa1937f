"""``cadrectl report structure`` on registry-example: the JSON contract, groups, text and csv."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cadrectl.rules.structure import DIMENSIONS

CUMULATIVE = ("age_under", "education_at_least")  # counts that overlap: they add up to nothing

AS_OF = "2026-12-31"
ACTIVE_IN_EXAMPLE = 120


def structure_json(cli: Any, example: Path, *args: str) -> Any:
    result = cli("-R", example, "report", "structure", "--as-of", AS_OF, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return result.json()


def assert_breakdown_adds_up(breakdown: dict[str, Any], total: int) -> None:
    for name, shares in breakdown["dimensions"].items():
        if name in CUMULATIVE:
            continue
        assert sum(share["count"] for share in shares) == total, name
        if total:
            # each share is off by at most 0.005 after rounding
            assert sum(share["percent"] for share in shares) == pytest.approx(
                100, abs=0.005 * len(shares)
            ), name


def test_the_json_has_exactly_the_designed_shape(cli: Any, example: Path) -> None:
    data = structure_json(cli, example)
    assert list(data) == ["as_of", "total", "average_age", "dimensions", "groups"]
    assert data["as_of"] == AS_OF
    assert isinstance(data["total"], int)
    assert isinstance(data["average_age"], float)
    assert list(data["dimensions"]) == list(DIMENSIONS)
    assert data["groups"] == {}
    for shares in data["dimensions"].values():
        assert shares
        for share in shares:
            assert list(share) == ["value", "count", "percent"]
            assert isinstance(share["value"], str)
            assert isinstance(share["count"], int)
            assert isinstance(share["percent"], float)
            assert 0 <= share["percent"] <= 100
            assert round(share["percent"], 2) == share["percent"]


def test_the_total_is_the_number_of_active_reserves(cli: Any, example: Path) -> None:
    data = structure_json(cli, example)
    active = cli("-R", example, "list", "--format", "json").json()
    assert data["total"] == len(active) == ACTIVE_IN_EXAMPLE
    assert_breakdown_adds_up(data, data["total"])


def test_values_are_listed_in_their_natural_order(cli: Any, example: Path) -> None:
    dims = structure_json(cli, example)["dimensions"]

    def values(name: str) -> list[str]:
        return [share["value"] for share in dims[name]]

    assert values("education")[:4] == ["研究生", "大学", "大专", "中专及以下"]
    assert values("age_band") == ["≤30", "31–35", "36–40", "41–45", "46–50", "51–55", "≥56"]
    assert values("gender") == ["男", "女"]
    assert values("ethnicity")[:2] == ["汉族", "少数民族"]
    assert values("party") == ["中共党员", "党外"]
    assert values("grassroots") == ["有基层经历", "无基层经历"]
    assert values("grassroots_head") == ["有基层一把手经历", "无基层一把手经历"]
    assert values("tier") == ["第一层次", "第二层次", "第三层次", "未定层次"]
    ladder = ["正处", "副处", "正科", "副科", "科员"]
    assert values("target_rank") == [rank for rank in ladder if rank in values("target_rank")]
    for name in ("direction", "source"):
        counts = [share["count"] for share in dims[name]]
        assert counts == sorted(counts, reverse=True)


def test_as_of_sets_the_date_ages_are_counted_on(cli: Any, example: Path) -> None:
    result = cli("-R", example, "report", "structure", "--as-of", "2026.06", "--format", "json")
    assert result.json()["as_of"] == "2026-06-01"
    later = structure_json(cli, example)
    young_then = result.json()["dimensions"]["age_band"][0]["count"]
    assert later["dimensions"]["age_band"][0]["count"] <= young_then


def test_grouping_by_unit_kind_splits_the_pool(cli: Any, example: Path) -> None:
    data = structure_json(cli, example, "--group-by", "unit_kind")
    kinds = {
        line.split(":", 1)[1].strip()
        for path in (example / "units").glob("*.yaml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("kind:")
    }
    groups = data["groups"]
    assert groups
    assert set(groups) <= kinds
    assert sum(group["total"] for group in groups.values()) == data["total"]
    totals = [group["total"] for group in groups.values()]
    assert totals == sorted(totals, reverse=True)
    for group in groups.values():
        assert list(group) == ["total", "average_age", "dimensions"]
        assert list(group["dimensions"]) == list(DIMENSIONS)
        assert_breakdown_adds_up(group, group["total"])


@pytest.mark.parametrize(
    "field",
    ["unit_kind", "unit_group", "unit", "target_rank", "direction", "gender", "source",
     "background", "title"],
)  # fmt: skip
def test_every_group_field_partitions_the_pool(cli: Any, example: Path, field: str) -> None:
    data = structure_json(cli, example, "--group-by", field)
    assert sum(group["total"] for group in data["groups"].values()) == ACTIVE_IN_EXAMPLE


def test_grouping_by_target_rank_follows_the_ladder(cli: Any, example: Path) -> None:
    groups = structure_json(cli, example, "--group-by", "target_rank")["groups"]
    assert list(groups) == [r for r in ("正处", "副处", "正科", "副科", "科员") if r in groups]
    for rank, group in groups.items():
        assert group["dimensions"]["target_rank"] == [
            {"value": rank, "count": group["total"], "percent": 100.0}
        ]


def test_age_under_is_cumulative_and_monotone(cli: Any, example: Path) -> None:
    dims = structure_json(cli, example, "--age-under", "40,30,35")["dimensions"]
    assert list(dims) == [*DIMENSIONS, "age_under"]
    under = dims["age_under"]
    assert [share["value"] for share in under] == ["30", "35", "40"]
    counts = [share["count"] for share in under]
    assert counts == sorted(counts)
    bands = {share["value"]: share["count"] for share in dims["age_band"]}
    assert counts == [
        bands["≤30"],
        bands["≤30"] + bands["31–35"],
        bands["≤30"] + bands["31–35"] + bands["36–40"],
    ]


def test_age_bands_follow_the_config(cli: Any, example: Path) -> None:
    config = example / "cadrectl.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "structure:\n  age_bands: [35, 45]\n",
        encoding="utf-8",
    )
    dims = structure_json(cli, example)["dimensions"]
    assert [share["value"] for share in dims["age_band"]] == ["≤35", "36–45", "≥46"]


def test_a_broken_config_stops_the_report_even_when_skipping(cli: Any, example: Path) -> None:
    config = example / "cadrectl.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "structure:\n  age_bands: [40, 35]\n",
        encoding="utf-8",
    )
    for extra in ([], ["--skip-broken"]):
        result = cli("-R", example, "report", "structure", "--format", "json", *extra)
        assert result.exit_code == 1
        assert result.stdout == ""  # never the default age bands in place of the clerk's
        assert "cadrectl.yaml:" in result.stderr
        assert "cadrectl check cadrectl.yaml" in result.stderr


def test_an_unknown_group_field_is_a_usage_error(cli: Any, example: Path) -> None:
    result = cli("-R", example, "report", "structure", "--group-by", "name", "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "name" in result.stderr
    assert "unit_kind" in result.stderr


@pytest.mark.parametrize("value", ["3x", "", "30,-5", "30;35"])
def test_unreadable_age_limits_are_a_usage_error(cli: Any, example: Path, value: str) -> None:
    result = cli("-R", example, "report", "structure", "--age-under", value)
    assert result.exit_code == 2
    assert "--age-under" in result.stderr


def test_report_alone_shows_its_commands(cli: Any) -> None:
    result = cli("report", "--help")
    assert result.exit_code == 0
    assert "structure" in result.stdout


# ---- the tier comes from the ladder ------------------------------------------------------------


@dataclass
class FakeLadder:
    tiers: dict[str, int | None]

    def tier_of(self, cadre_id: str) -> int | None:
        return self.tiers.get(cadre_id)


def test_the_tier_dimension_counts_the_ladders_placements(
    cli: Any, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cadrectl.services.ladder

    calls: list[Any] = []
    active = [row["id"] for row in cli("-R", example, "list", "--format", "json").json()]
    pattern = [1, 1, 2, 3, None]

    def compute_ladder(registry: Any, as_of: Any) -> FakeLadder:
        calls.append(as_of)
        return FakeLadder({cid: pattern[i % 5] for i, cid in enumerate(active)})

    monkeypatch.setattr(cadrectl.services.ladder, "compute_ladder", compute_ladder)
    dims = structure_json(cli, example)["dimensions"]
    assert len(calls) == 1  # the ladder is computed once, not per cadre
    assert str(calls[0]) == AS_OF
    assert dims["tier"] == [
        {"value": "第一层次", "count": 48, "percent": 40.0},
        {"value": "第二层次", "count": 24, "percent": 20.0},
        {"value": "第三层次", "count": 24, "percent": 20.0},
        {"value": "未定层次", "count": 24, "percent": 20.0},
    ]


# ---- an empty pool -----------------------------------------------------------------------------


def test_an_empty_pool_reports_zeros(cli: Any, registry: Path) -> None:
    for path in (registry / "cadres").glob("*.yaml"):
        path.unlink()
    result = cli("-R", registry, "report", "structure", "--format", "json", "--age-under", "35")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["total"] == 0
    for shares in data["dimensions"].values():
        assert all(share["count"] == 0 and share["percent"] == 0.0 for share in shares)
    text = cli("-R", registry, "report", "structure")
    assert text.exit_code == 0
    assert "共0人" in text.stdout


def test_a_file_with_errors_stops_the_report_unless_skipped(cli: Any, example: Path) -> None:
    files = sorted((example / "cadres").glob("*.yaml"))
    victim = next(f for f in files if "status: active" in f.read_text(encoding="utf-8"))
    victim.write_text("schema_version: 1\nid: broken\n", encoding="utf-8")
    refused = cli("-R", example, "report", "structure", "--format", "json")
    assert refused.exit_code == 1
    assert refused.stdout == ""
    assert f"cadres/{victim.name}" in refused.stderr
    result = cli("-R", example, "report", "structure", "--format", "json", "--skip-broken")
    assert result.exit_code == 0
    assert f"cadres/{victim.name}" in result.stderr
    assert result.json()["total"] == ACTIVE_IN_EXAMPLE - 1


# ---- text and csv ----------------------------------------------------------------------------


def test_the_text_report_has_a_heading_tables_and_bars(cli: Any, example: Path) -> None:
    result = cli("-R", example, "report", "structure", "--as-of", AS_OF, "--age-under", "35")
    assert result.exit_code == 0
    out = result.stdout
    assert f"截至2026年12月31日 共{ACTIVE_IN_EXAMPLE}人" in out
    for title in ("学历（最高学历）", "年龄段（周岁）", "基层一把手经历", "梯队层次", "35周岁以下"):
        assert title in out
    assert re.search(r"\b\d{1,3}\.\d\d%", out)
    assert "█" in out


def test_the_text_report_shows_each_group(cli: Any, example: Path) -> None:
    result = cli("-R", example, "report", "structure", "--group-by", "unit_group")
    assert result.exit_code == 0
    assert "单位分组：县直" in result.stdout


def test_english_messages_keep_the_chinese_values(
    cli: Any, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    text = cli("-R", example, "report", "structure", "--as-of", AS_OF).stdout
    assert "as of 2026-12-31: 120 people" in text
    assert "Education (highest)" in text
    assert "学历" not in text
    for value in ("研究生", "男", "中共党员"):  # the registry's own words; the report's are English
        assert value in text
    data = structure_json(cli, example)
    assert [share["value"] for share in data["dimensions"]["gender"]] == ["男", "女"]
    bad = cli("-R", example, "report", "structure", "--group-by", "name")
    assert "Cannot group by 'name'" in bad.stderr


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_one_row_per_value(cli: Any, example: Path) -> None:
    data = structure_json(cli, example)
    result = cli("-R", example, "report", "structure", "--as-of", AS_OF, "--format", "csv")
    rows = read_csv(result.stdout)
    assert rows[0] == ["dimension", "value", "count", "percent"]
    expected = [
        [name, share["value"], str(share["count"]), f"{share['percent']:.2f}"]
        for name, shares in data["dimensions"].items()
        for share in shares
    ]
    assert rows[1:] == expected


def test_csv_with_groups_names_the_group_of_each_row(cli: Any, example: Path) -> None:
    args = ("report", "structure", "--format", "csv", "--group-by", "gender")
    rows = read_csv(cli("-R", example, *args).stdout)
    assert rows[0] == ["group", "dimension", "value", "count", "percent"]
    assert {row[0] for row in rows[1:]} == {"", "男", "女"}
    whole = [row for row in rows[1:] if row[0] == "" and row[1] == "gender"]
    men = [row for row in rows[1:] if row[0] == "男" and row[1] == "gender"]
    assert men[0][2:] == ["男", whole[0][3], "100.00"]


def test_english_names_the_reports_own_buckets_and_the_json_keeps_them(
    cli: Any, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buckets = ("少数民族", "党外", "第一层次", "未定层次", "有基层经历", "无基层一把手经历")
    chinese = cli("-R", example, "report", "structure").stdout
    assert all(bucket in chinese for bucket in buckets)
    monkeypatch.setenv("CADRECTL_LANG", "en")
    english = cli("-R", example, "report", "structure").stdout
    assert not any(bucket in english for bucket in buckets)
    assert "ethnic minority" in english
    assert "tier 1" in english
    data = cli("-R", example, "report", "structure", "--format", "json").json()
    assert {"value": "少数民族"}.items() <= data["dimensions"]["ethnicity"][1].items()
