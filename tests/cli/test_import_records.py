"""``cadrectl import assessments|trainings|nominations``: the year's grades, trainings and
recommended candidates, from the sheets the assessment office, the party school and the units
send (issue 16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cadrectl.store import fastyaml
from tests.conftest import git
from tests.sheetfiles import write_csv, write_xls, write_xlsx

HU = "QX-2023-014"  # 胡坚永 of 云峰镇: grades 2021–2025 on file


@pytest.fixture
def pool(example_repo: Path) -> Path:
    return example_repo


def imported(cli: Any, pool: Path, kind: str, file: Path, *args: str) -> Any:
    result = cli("-R", pool, "import", kind, file, *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return result.json()


def records(pool: Path, cadre: str, kind: str) -> list[dict[str, Any]]:
    data = fastyaml.parse((pool / "cadres" / f"{cadre}.yaml").read_text(encoding="utf-8"))
    return list(data["records"].get(kind, []))


def errors(report: Any) -> list[tuple[int, str | None, str]]:
    return [(p["row"], p["column"], p["code"]) for p in report["problems"]
            if p["severity"] == "error"]  # fmt: skip


def test_the_wide_layout_gives_a_grade_per_year_column(pool: Path, cli: Any,
                                                       tmp_path: Path) -> None:  # fmt: skip
    rows: list[list[object]] = [
        ["2024—2026年度考核结果"],
        ["序号", "姓名", "工作单位及职务", "2024年", "2025年度", "2026年度考核等次"],
        [1, "胡坚永", "云峰镇党委副书记", "称职", "优秀", "优秀"],
    ]
    file = write_xlsx(tmp_path / "wide.xlsx", rows, ["A1:F1"])
    report = imported(cli, pool, "assessments", file)
    assert report["ok"] is True, report["problems"]
    assert report["changed"] == 1
    assert report["people"][0]["changes"] == ["2026年度考核: 优秀"]  # 2024, 2025 on file already
    assert records(pool, HU, "assessments")[-1] == {"year": 2026, "grade": "优秀"}
    again = imported(cli, pool, "assessments", file)
    assert (again["changed"], again["unchanged"], again["written"]) == (0, 1, False)


def test_the_long_layout_replaces_a_grade_and_says_so(pool: Path, cli: Any,
                                                      tmp_path: Path) -> None:  # fmt: skip
    rows: list[list[object]] = [["编号", "姓名", "年度", "考核等次", "备注"],
                                [HU, "胡坚永", "2025年", "称职", "复核后更正"]]  # fmt: skip
    file = write_csv(tmp_path / "long.csv", rows, encoding="gbk")
    report = imported(cli, pool, "assessments", file)
    assert report["people"][0]["changes"] == ["2025年度考核: 优秀 → 称职"]
    assert {"year": 2025, "grade": "称职"} in records(pool, HU, "assessments")
    assert "导入 long.csv" in git(pool, "log", "-1", "--format=%s")


def test_a_bad_grade_or_an_unknown_person_refuses_the_sheet(pool: Path, cli: Any,
                                                            tmp_path: Path) -> None:  # fmt: skip
    rows: list[list[object]] = [
        ["姓名", "工作单位", "年度", "考核等次"],
        ["胡坚永", "云峰镇", 2026, "特别好"],
        ["无此人", "湖溪镇", 2026, "优秀"],
        ["胡坚永", "云峰镇", "明年", "优秀"],
    ]
    before = git(pool, "rev-parse", "HEAD")
    report = imported(cli, pool, "assessments", write_xls(tmp_path / "bad.xls", rows))
    assert errors(report) == [(2, "考核等次", "unknown-code"), (3, "姓名", "not-a-reserve"),
                              (4, "年度", "year-unreadable")]  # fmt: skip
    assert git(pool, "rev-parse", "HEAD") == before
    assert git(pool, "status", "--porcelain") == ""


def test_a_sheet_without_grades_is_refused(pool: Path, cli: Any, tmp_path: Path) -> None:
    file = write_xlsx(
        tmp_path / "roster.xlsx", [["姓名", "性别", "民族"], ["胡坚永", "男", "汉族"]]
    )
    result = cli("-R", pool, "import", "assessments", file)
    assert result.exit_code == 1
    assert "考核等次" in result.stderr


def test_trainings_are_added_once(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["编号", "姓名", "培训名称", "主办单位", "开始时间", "结束时间", "学时"],
        [HU, "胡坚永", "中青年干部培训班", "县委党校", "2026.09.01", "2026.10.30", 240],
        [None, "胡坚永", "乡村振兴专题研讨班", "市委党校", "2026.11.3", "2026.11.7", None],
    ]
    sheets = {"培训情况": rows}
    file = write_xlsx(tmp_path / "train.xlsx", [["填表说明"], ["日期写作 2026.09.01"]],
                      sheet="填表说明", extra=sheets)  # fmt: skip
    report = imported(cli, pool, "trainings", file)
    assert report["ok"] is True, report["problems"]
    held = records(pool, HU, "trainings")
    assert held[-2]["name"] == "中青年干部培训班"
    assert held[-2]["hours"] == 240
    assert str(held[-1]["from"]) == "2026-11-03"
    again = imported(cli, pool, "trainings", file, "--sheet", "培训情况")
    assert (again["unchanged"], again["written"]) == (1, False)
    missing = cli("-R", pool, "import", "trainings", file, "--sheet", "没有")
    assert missing.exit_code == 2


def test_nominations_become_the_years_nominees(pool: Path, cli: Any, tmp_path: Path) -> None:
    assert cli("-R", pool, "cycle", "open", "2026").exit_code == 0
    header: list[object] = [
        "姓名", "性别", "民族", "出生年月", "政治面貌", "入党时间", "参加工作时间", "学历学位",
        "工作单位", "现任职务", "职级", "任现职时间", "任现职级时间", "推荐方式", "推荐人",
        "拟培养层级", "培养方向",
    ]  # fmt: skip
    rows: list[list[object]] = [
        header,
        ["陈思远", "男", "汉族", "1992.05", "中共党员", "2014.06", "2014.08", "大学学士", "湖溪镇",
         "党政办主任", "科员", "2021.03", "2021.03", "组织推荐", "湖溪镇党委", "副科", "经济"],
        ["林晓", "女", "汉族", "1994.10", "中共党员", "2016.06", "2016.08", "研究生硕士",
         "县财政局", "预算科科长", "科员", "2022.03", "2022.03", None, "县财政局党组", "副科",
         "经济"],
        ["王五", "男", "汉族", "1993.01", "中共党员", "2015.06", "2015.08", "大学", "县财政局",
         "科员", "科员", "2022.03", "2022.03", "组织推荐", "县财政局党组", "副科", "航天"],
    ]  # fmt: skip
    file = write_xlsx(tmp_path / "nominees.xlsx", rows)
    report = imported(cli, pool, "nominations", file)
    assert errors(report) == [(3, "推荐方式", "nomination-field-missing"),
                              (4, None, "nomination-refused")]  # fmt: skip
    assert not (pool / "cycles/2026/nominations.yaml").exists()
    rows.pop()
    file = write_xlsx(tmp_path / "nominees.xlsx", rows)
    report = imported(cli, pool, "nominations", file, "--source", "群众举荐")
    assert report["ok"] is True, report["problems"]
    assert [p["id"] for p in report["people"]] == ["N2026-001", "N2026-002"]
    saved = fastyaml.parse((pool / "cycles/2026/nominations.yaml").read_text(encoding="utf-8"))
    assert [n["source"] for n in saved["nominations"]] == ["组织推荐", "群众举荐"]
    assert saved["nominations"][1]["nominated_by"] == "县财政局党组"
    again = imported(cli, pool, "nominations", file, "--source", "群众举荐")
    assert (again["unchanged"], again["written"]) == (2, False)
    status = cli("-R", pool, "cycle", "status", "--format", "json").json()
    assert {n["id"] for n in status["nominations"]} == {"N2026-001", "N2026-002"}
