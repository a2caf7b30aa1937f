"""``report structure`` of a village pool (村后备干部) built by construction: 100 active reserves
whose average age, education, women and backgrounds were counted by hand, on a real registry.

The pool, as of 2026-06-30 (age, how many; 最高学历; 来源身份):

====================  ====  ===============================  ==================  ==========
background            n     ages (sum)                       最高学历            women
====================  ====  ===============================  ==================  ==========
大学生村官            25    26×10, 28×10, 30×5 (690)         研究生 5, 大学 20   15
致富能手              30    35×10, 38×10, 42×10 (1150)       大专/中专/高中 10   8
复员退伍军人          15    33×15 (495)                      大专/中技/高中 5    0
返乡青年              8     29×6, 30×2 (234: 29.25)          大学 4, 大专 4      4
(none: 未填写)        22    32×14, 31×8 (696)                大专 10, 中专 8,    6
                                                             初中 2, 小学 1,
                                                             none 1
====================  ====  ===============================  ==================  ==========

All ages: 3265 years over 100 people, 32.65 → 32.7 half-up (float round gives 32.6).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cadrectl.services.structure import StructureReport, structure_report
from cadrectl.store.registry import RegistryPaths

AS_OF = dt.date(2026, 6, 30)


@dataclass(frozen=True)
class Kind:
    """``count`` reserves alike in what the structure counts."""

    count: int
    age: int  # 周岁 on AS_OF
    gender: str
    level: str | None  # 最高学历; None: no education entry at all
    background: str | None
    title: str | None = None


POOL: tuple[Kind, ...] = (
    Kind(5, 30, "女", "研究生", "大学生村官", "助理农艺师"),
    Kind(10, 26, "女", "大学", "大学生村官"),
    Kind(10, 28, "男", "大学", "大学生村官"),
    Kind(8, 35, "女", "大专", "致富能手"),
    Kind(2, 35, "男", "大专", "致富能手", "农艺师"),
    Kind(10, 38, "男", "中专", "致富能手"),
    Kind(9, 42, "男", "高中", "致富能手"),
    Kind(1, 42, "男", "高中", "致富能手", "农艺师"),
    Kind(5, 33, "男", "大专", "复员退伍军人"),
    Kind(5, 33, "男", "中技", "复员退伍军人"),
    Kind(5, 33, "男", "高中", "复员退伍军人"),
    Kind(4, 29, "女", "大学", "返乡青年"),
    Kind(2, 29, "男", "大专", "返乡青年"),
    Kind(2, 30, "男", "大专", "返乡青年"),
    Kind(6, 32, "女", "大专", None),
    Kind(4, 32, "男", "大专", None),
    Kind(4, 32, "男", "中专", None),
    Kind(4, 31, "男", "中专", None),
    Kind(2, 31, "男", "初中", None),
    Kind(1, 31, "男", "小学", None),
    Kind(1, 31, "男", None, None),
)

CONFIG = """\
schema_version: 1
organization: {name: 中共湖溪镇委员会, region: 湖溪镇}
ids: {prefix: HX}
ranks:
  - name: 村民小组长
  - name: 村"两委"成员
    position: 副职
"""

UNIT = """\
schema_version: 1
id: hx-qianshan
name: 前山村
kind: 村
grassroots: true
group: 湖溪镇
"""


def birth(age: int, serial: int) -> str:
    """A birth giving ``age`` 周岁 on AS_OF, in one of three ways: a month-only date earlier
    in the year (counted from the 1st), a full date after 30 June of the year before (the
    birthday not yet reached), or the birthday on AS_OF itself."""
    year = AS_OF.year - age
    match serial % 3:
        case 0:
            return f"{year}-{1 + serial % 6:02d}"
        case 1:
            return f"{year - 1}-{7 + serial % 6:02d}-{1 + serial % 28:02d}"
        case _:
            return f"{year}-06-30"


def cadre_text(serial: int, kind: Kind, *, status: str = "active") -> str:
    cadre_id = f"HX-2024-{serial:03d}"
    lines = [
        "schema_version: 1",
        f"id: {cadre_id}",
        f"name: 村后备{serial:03d}",
        f"gender: {kind.gender}",
        "ethnicity: 汉族",
        f"birth: {birth(kind.age, serial)}",
        f"party: {{status: {'中共党员' if serial % 2 else '群众'}}}",
        "work_start: 2015-03",
    ]
    if kind.title:
        lines.append(f"title: {kind.title}")
    if kind.level:
        lines += ["education:", f"  - {{kind: 全日制, level: {kind.level}}}"]
    lines += [
        "current: {unit: hx-qianshan, post: 村民小组长, rank: 村民小组长, post_since: 2021-01,"
        " rank_since: 2021-01}",
        "resume:",
        "  - {from: 2015-03, unit: 前山村, post: 村民小组长, grassroots: true}",
        "reserve:",
        f"  status: {status}",
        "  entered: 2024-01",
        "  source: 群众举荐",
        '  target_rank: 村"两委"成员',
        "  direction: 农业农村",
    ]
    if kind.background:
        lines.append(f"  background: {kind.background}")
    if status == "exited":
        lines.append("  exited: {date: 2025-12, reason: 本人申请}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def village(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry of the pool above, and one reserve who left it (never counted)."""
    root = tmp_path_factory.mktemp("village") / "registry"
    (root / "cadres").mkdir(parents=True)
    (root / "units").mkdir()
    (root / "cadrectl.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "units" / "hx-qianshan.yaml").write_text(UNIT, encoding="utf-8")
    serial = 0
    for kind in POOL:
        for _ in range(kind.count):
            serial += 1
            text = cadre_text(serial, kind)
            (root / "cadres" / f"HX-2024-{serial:03d}.yaml").write_text(text, encoding="utf-8")
    gone = cadre_text(999, Kind(1, 40, "女", "研究生", "致富能手"), status="exited")
    (root / "cadres" / "HX-2024-999.yaml").write_text(gone, encoding="utf-8")
    return root


def report(village: Path, group_by: str | None = None) -> StructureReport:
    return structure_report(RegistryPaths(village), as_of=AS_OF, group_by=group_by)


def counts(shares: list[dict[str, Any]]) -> dict[str, int]:
    return {share["value"]: share["count"] for share in shares}


def test_the_pool_is_what_the_table_says() -> None:
    assert sum(kind.count for kind in POOL) == 100
    assert sum(kind.count * kind.age for kind in POOL) == 3265
    assert sum(kind.count for kind in POOL if kind.gender == "女") == 33


def test_the_average_age_is_rounded_half_up_where_float_round_is_not() -> None:
    assert round(32.65, 1) == 32.6  # 32.65 is 32.6499… as a float
    assert round(29.25, 1) == 29.2  # exact, and float round() goes to the even digit


def test_the_whole_pool_counts_as_constructed(village: Path) -> None:
    data = report(village).as_data()
    dims = data["dimensions"]
    assert data["total"] == 100
    assert data["average_age"] == 32.7
    assert counts(dims["gender"]) == {"男": 67, "女": 33}
    assert dims["education"] == [
        {"value": "研究生", "count": 5, "percent": 5.0},
        {"value": "大学", "count": 24, "percent": 24.0},
        {"value": "大专", "count": 29, "percent": 29.0},
        {"value": "中专及以下", "count": 41, "percent": 41.0},
        {"value": "未填写", "count": 1, "percent": 1.0},
    ]
    assert counts(dims["education_at_least"]) == {
        "研究生": 5, "大学": 29, "大专": 58, "中专": 81, "高中": 96, "初中": 98, "小学": 99,
    }  # fmt: skip
    assert dims["background"] == [
        {"value": "致富能手", "count": 30, "percent": 30.0},
        {"value": "大学生村官", "count": 25, "percent": 25.0},
        {"value": "复员退伍军人", "count": 15, "percent": 15.0},
        {"value": "返乡青年", "count": 8, "percent": 8.0},
        {"value": "未填写", "count": 22, "percent": 22.0},
    ]
    assert dims["title"] == [
        {"value": "助理农艺师", "count": 5, "percent": 5.0},
        {"value": "农艺师", "count": 3, "percent": 3.0},
        {"value": "未填写", "count": 92, "percent": 92.0},
    ]
    assert counts(dims["age_band"]) == {
        "≤30": 33, "31–35": 47, "36–40": 10, "41–45": 10, "46–50": 0, "51–55": 0, "≥56": 0,
    }  # fmt: skip


def test_each_background_is_a_group_with_its_own_average_and_shares(village: Path) -> None:
    groups = report(village, "background").as_data()["groups"]
    assert [(name, group["total"], group["average_age"]) for name, group in groups.items()] == [
        ("致富能手", 30, 38.3),  # 1150 / 30 = 38.33…
        ("大学生村官", 25, 27.6),
        ("复员退伍军人", 15, 33.0),
        ("返乡青年", 8, 29.3),  # 234 / 8 = 29.25 exactly: half-up
        ("未填写", 22, 31.6),  # 696 / 22 = 31.63…
    ]
    unrecorded = groups["未填写"]["dimensions"]
    assert [(s["value"], s["count"], s["percent"]) for s in unrecorded["education_at_least"]] == [
        ("研究生", 0, 0.0),
        ("大学", 0, 0.0),
        ("大专", 10, 45.45),
        ("中专", 18, 81.82),
        ("高中", 18, 81.82),
        ("初中", 20, 90.91),
        ("小学", 21, 95.45),
    ]
    assert counts(groups["大学生村官"]["dimensions"]["gender"]) == {"男": 10, "女": 15}
    assert groups["致富能手"]["dimensions"]["background"] == [
        {"value": "致富能手", "count": 30, "percent": 100.0}
    ]


def test_each_title_is_a_group_and_the_unrecorded_come_last(village: Path) -> None:
    groups = report(village, "title").as_data()["groups"]
    assert {name: group["total"] for name, group in groups.items()} == {
        "助理农艺师": 5, "农艺师": 3, "未填写": 92,
    }  # fmt: skip
    assert list(groups) == ["助理农艺师", "农艺师", "未填写"]
    assert groups["助理农艺师"]["average_age"] == 30.0
    assert groups["农艺师"]["average_age"] == 37.3  # 35 + 35 + 42 = 112 / 3 = 37.33…


def cli_json(cli: Any, village: Path, *args: str) -> Any:
    result = cli("-R", village, "report", "structure", "--as-of", AS_OF.isoformat(),
                 "--format", "json", *args)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return result.json()


def test_the_cli_prints_the_same_figures(cli: Any, village: Path) -> None:
    data = cli_json(cli, village, "--group-by", "background")
    assert data == report(village, "background").as_data()
    assert list(data) == ["as_of", "total", "average_age", "dimensions", "groups"]
    assert (data["total"], data["average_age"]) == (100, 32.7)
    assert counts(data["dimensions"]["gender"])["女"] == 33
    assert counts(data["dimensions"]["education_at_least"])["大专"] == 58
    assert counts(data["dimensions"]["background"]) == {
        "致富能手": 30, "大学生村官": 25, "复员退伍军人": 15, "返乡青年": 8, "未填写": 22,
    }  # fmt: skip
    assert data["groups"]["返乡青年"]["average_age"] == 29.3
    assert list(data["groups"]["返乡青年"]) == ["total", "average_age", "dimensions"]


def test_the_text_report_shows_the_average_and_the_new_tables(cli: Any, village: Path) -> None:
    args = ("report", "structure", "--as-of", AS_OF.isoformat(), "--group-by", "background")
    result = cli("-R", village, *args)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "截至2026年6月30日 共100人　平均年龄32.7岁" in out
    assert "来源身份：返乡青年　共8人　平均年龄29.3岁" in out
    for title in ("X及以上学历（累计）", "来源身份", "专业技术职务"):
        assert title in out
    for line in ("大专及以上", "致富能手", "助理农艺师"):
        assert line in out
    assert "58.00%" in out  # 大专及以上


def test_english_text_keeps_the_chinese_values(
    cli: Any, village: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    args = ("report", "structure", "--as-of", AS_OF.isoformat(), "--group-by", "title")
    out = cli("-R", village, *args).stdout
    assert "as of 2026-06-30: 100 people; average age 32.7" in out
    assert "Professional title: 农艺师, 3 people; average age 37.3" in out
    assert "Education or above (cumulative)" in out
    assert "大专 or above" in out
    assert "及以上" not in out


def test_csv_has_rows_of_the_new_dimensions(cli: Any, village: Path) -> None:
    args = ("report", "structure", "--as-of", AS_OF.isoformat(), "--format", "csv")
    rows = list(csv.reader(io.StringIO(cli("-R", village, *args).stdout)))
    assert rows[0] == ["dimension", "value", "count", "percent"]
    assert ["education_at_least", "大专", "58", "58.00"] in rows
    assert ["education_at_least", "小学", "99", "99.00"] in rows
    assert ["background", "未填写", "22", "22.00"] in rows
    assert ["title", "农艺师", "3", "3.00"] in rows
    grouped = list(csv.reader(io.StringIO(cli("-R", village, *args, "--group-by", "title").stdout)))
    assert ["农艺师", "background", "致富能手", "3", "100.00"] in grouped


def test_an_empty_pool_has_no_average_age(cli: Any, registry: Path) -> None:
    for path in (registry / "cadres").glob("*.yaml"):
        path.unlink()
    data = cli("-R", registry, "report", "structure", "--format", "json").json()
    assert data["total"] == 0
    assert data["average_age"] is None
    assert [share["count"] for share in data["dimensions"]["education_at_least"]] == [0] * 7
    assert data["dimensions"]["background"] == []
    text = cli("-R", registry, "report", "structure").stdout
    assert "共0人" in text
    assert "平均年龄" not in text


def test_the_structure_workbook_shows_the_same_figures(
    cli: Any, village: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "结构分析.xlsx"
    args = ("export", "structure", "-o", out, "--as-of", AS_OF.isoformat())
    result = cli("-R", village, *args, "--group-by", "background")
    assert result.exit_code == 0, result.stderr
    book = load_workbook(out)
    overview = book["总览"]
    assert [c.value for c in overview[overview.max_row]][:2] == ["平均年龄（周岁）", 32.7]
    rows: dict[Any, tuple[Any, ...]] = {}
    for row in book["X及以上学历（累计）"].iter_rows(values_only=True):
        rows.setdefault(row[0], row[1:3])  # the whole pool's table comes before the groups'
    assert rows["大专及以上"] == (58, 0.58)
    assert rows["总人数"] == (100, 1.0)
    ages = [row[1] for row in book["年龄段（周岁）"].iter_rows(values_only=True)
            if row[0] == "平均年龄（周岁）"]  # fmt: skip
    assert ages == [32.7, 38.3, 27.6, 33.0, 29.3, 31.6]
    assert "来源身份：致富能手　共30人" in [
        row[0] for row in book["来源身份"].iter_rows(values_only=True)
    ]
