"""``cadrectl export template``: the entry sheet a township fills in is one ``cadrectl import``
reads back without a problem (issue 16, 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.sheetfiles import id_number

QIAN = {
    "姓名": "钱晓峰", "性别": "男", "民族": "汉族", "出生年月": "1990.05", "籍贯": "浙江兰溪",
    "政治面貌": "中共党员", "入党时间": "2012.06", "参加工作时间": "2013.08",
    "身份证号": id_number("330781", dt.date(1990, 5, 12), 31, True),
    "全日制教育/学历学位": "大学学士", "全日制教育/毕业院校系及专业": "浙江大学经济学",
    "工作单位": "湖溪镇", "现任职务": "党委委员、副镇长", "职级": "副科", "任现职时间": "2021.09",
    "任现职级时间": "2021.09", "培养方向": "经济", "拟培养层级": "正科", "来源": "组织推荐",
    "入库时间": "2025.10",
}  # fmt: skip
ZHOU = QIAN | {
    "姓名": "周雅琴", "性别": "女", "民族": "畲族", "出生年月": "1992.10", "入党时间": "2014.10",
    "身份证号": id_number("330781", dt.date(1992, 10, 3), 42, False),
    "全日制教育/学历学位": "研究生硕士", "在职教育/学历学位": "中央党校大学",
    "工作单位": "县财政局", "现任职务": "副局长", "任现职时间": "2022.10",
    "任现职级时间": "2022.10", "培养方向": "党群综合", "来源": "公开选拔",
}  # fmt: skip


def fill_in(template: Path, out: Path, people: list[dict[str, str]]) -> Path:
    """What a township clerk does: type each person into a row under the header, as text."""
    wb = load_workbook(template)
    ws = wb["填报表"]
    columns: dict[str, int] = {}
    upper = ""
    for col in range(1, ws.max_column + 1):
        upper = ws.cell(3, col).value or upper
        lower = ws.cell(4, col).value
        columns[f"{upper}/{lower}" if lower else upper] = col
    ws["A2"] = "填报单位（盖章）：湖溪镇党委"
    for row, person in enumerate(people, start=5):
        if "序号" in columns:
            ws.cell(row, columns["序号"], row - 4)
        for header, value in person.items():
            ws.cell(row, columns[header], value)
    wb.save(out)
    return out


def test_a_filled_in_roster_template_imports_without_a_problem(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    blank = tmp_path / "blank.xlsx"
    result = cli("-R", example_repo, "export", "template", "roster", "-o", blank)
    assert result.exit_code == 0, result.stderr
    filled = fill_in(blank, tmp_path / "湖溪镇.xlsx", [QIAN, ZHOU])
    result = cli("-R", example_repo, "import", "roster", filled, "--dry-run", "--format", "json")
    report = result.json()
    assert [p for p in report["problems"] if p["severity"] == "error"] == []
    assert report["ok"] is True, report["problems"]
    assert (report["rows"], report["new"]) == (2, 2)


def test_the_text_cells_keep_what_was_typed(example: Path, cli: Any, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    assert cli("-R", example, "export", "template", "roster", "-o", blank).exit_code == 0
    filled = fill_in(blank, tmp_path / "filled.xlsx", [QIAN])
    ws = load_workbook(filled)["填报表"]
    row = [cell.value for cell in ws[5]]
    assert "1990.05" in row  # not the number 1990.05, which Excel shows as 1990.05 or 1990.1
    assert QIAN["身份证号"] in row
    assert ws["E5"].number_format == "@"


def test_the_written_line_names_the_kind_and_the_rows(example: Path, cli: Any,
                                                      tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "n.xlsx"
    result = cli("-R", example, "export", "template", "nominations", "-o", out, "--rows", "50")
    assert result.exit_code == 0, result.stderr
    assert "推荐人选" in result.stdout
    assert "50" in result.stdout
    assert out.exists()


def test_an_unknown_kind_is_refused_with_the_kinds(example: Path, cli: Any,
                                                   tmp_path: Path) -> None:  # fmt: skip
    result = cli("-R", example, "export", "template", "units", "-o", tmp_path / "u.xlsx")
    assert result.exit_code == 2
    assert "roster、assessments、trainings、nominations" in result.stderr
    assert not (tmp_path / "u.xlsx").exists()


def test_a_wrong_suffix_or_row_count_is_refused(example: Path, cli: Any, tmp_path: Path) -> None:
    result = cli("-R", example, "export", "template", "roster", "-o", tmp_path / "r.xls")
    assert result.exit_code == 2
    result = cli("-R", example, "export", "template", "roster", "-o", tmp_path / "r.xlsx",
                 "--rows", "0")  # fmt: skip
    assert result.exit_code == 2
    assert not (tmp_path / "r.xlsx").exists()


def test_a_broken_cadre_file_does_not_stop_a_blank_template(example: Path, cli: Any,
                                                            tmp_path: Path) -> None:  # fmt: skip
    (example / "cadres" / "QX-2099-001.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = cli("-R", example, "export", "template", "assessments", "-o", tmp_path / "a.xlsx")
    assert result.exit_code == 0, result.stderr


NOMINEE = (
    "姓名",
    "性别",
    "民族",
    "出生年月",
    "身份证号",
    "政治面貌",
    "入党时间",
    "参加工作时间",
    "工作单位",
    "现任职务",
    "职级",
    "任现职时间",
    "任现职级时间",
    "拟培养层级",
    "培养方向",
)
HU = {"姓名": "胡坚永", "身份证号": "330726199501230277"}  # QX-2023-014 of registry-example
RECORDS = {
    "assessments": [HU | {"年度": "2026", "考核等次": "优秀"}],
    "trainings": [HU | {"培训名称": "中青年干部培训班", "主办单位": "县委党校",
                        "开始时间": "2026.09.01", "结束时间": "2026.09.05", "学时": "40"}],
    "nominations": [{k: v for k, v in QIAN.items() if k in NOMINEE}
                    | {"学历学位": "大学学士", "推荐方式": "组织推荐", "推荐人": "湖溪镇党委"}],
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_every_filled_in_template_imports_without_a_problem(
    example_repo: Path, cli: Any, tmp_path: Path, kind: str
) -> None:
    if kind == "nominations":
        assert cli("-R", example_repo, "cycle", "open", "2026").exit_code == 0
    blank = tmp_path / "blank.xlsx"
    assert cli("-R", example_repo, "export", "template", kind, "-o", blank).exit_code == 0
    filled = fill_in(blank, tmp_path / f"{kind}.xlsx", RECORDS[kind])
    result = cli("-R", example_repo, "import", kind, filled, "--format", "json")
    report = result.json()
    assert report["ok"] is True, report["problems"]
    assert report["written"] is True
    assert report["rows"] == 1
