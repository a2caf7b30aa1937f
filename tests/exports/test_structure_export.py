"""export structure: the report's tables as sheets with charts, golden layout, text never a formula,
numbers as numbers, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import math
import re
import types
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cadrectl.core.messages import CATALOG
from cadrectl.rules.structure import DIMENSIONS, Share
from tests.exports.golden import (
    assert_golden,
    cell_values,
    charts,
    font,
    no_formulas,
    print_settings,
)

AS_OF = "2026-12-31"
PIE = {"gender", "ethnicity", "party", "grassroots", "grassroots_head"}
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def export(cli: Any, root: Path, out: Path, *args: str) -> Path:
    result = cli("-R", root, "export", "structure", "-o", out, "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.stderr
    return out


GOLDEN_SHEETS = ("总览", "学历（最高学历）", "性别")  # the overview, a bar chart's, a pie's


def describe(path: Path) -> dict[str, Any]:
    """The sheet names; values, merges, fonts, formats, print settings and charts of the
    GOLDEN_SHEETS (every other sheet is checked against ``report structure`` below)."""
    book = load_workbook(path)
    sheets = {}
    for ws in (book[name] for name in GOLDEN_SHEETS):
        sheets[ws.title] = {
            "cells": cell_values(ws),
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "formats": sorted({c.number_format for row in ws.iter_rows() for c in row}),
            "fonts": {"title": font(ws["A1"]), "line": font(ws["A2"]), "header": font(ws["A3"]),
                      "body": font(ws["B4"])},
            "border": ws["B4"].border.left.style,
            "print": print_settings(ws),
            "charts": charts(ws),
            "widths": [ws.column_dimensions[c].width for c in "ABCD"],
        }  # fmt: skip
    return {"sheets": list(book.sheetnames), "content": sheets}


def test_structure_golden(
    example: Path, cli: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    out = export(cli, example, tmp_path / "structure.xlsx")
    assert_golden("structure", describe(out), request)
    no_formulas(out)


def test_a_sheet_per_dimension_after_the_overview(example: Path, cli: Any, tmp_path: Path) -> None:
    book = load_workbook(export(cli, example, tmp_path / "s.xlsx"))
    names = [CATALOG[f"structure.dim.{name}"][0] for name in DIMENSIONS]
    assert book.sheetnames == ["总览", *names]
    ws = book["学历（最高学历）"]
    assert ws["A1"].value == "青溪县后备干部队伍结构分析：学历（最高学历）"
    assert ws["A2"].value == "截至2026年12月31日 共120人"
    assert [c.value for c in ws[3]][:3] == ["类别", "人数", "占比"]


def test_the_tables_hold_the_numbers_of_report_structure(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    report = cli("-R", example, "report", "structure", "--as-of", AS_OF, "--format", "json",
                 "--age-under", "30,35,40").json()  # fmt: skip
    book = load_workbook(export(cli, example, tmp_path / "s.xlsx", "--age-under", "30,35,40"))
    for name, shares in report["dimensions"].items():
        ws = book[CATALOG[f"structure.dim.{name}"][0]]
        rows = list(ws.iter_rows(min_row=4, max_row=3 + len(shares), max_col=3))
        for share, (label, count, percent) in zip(shares, rows, strict=True):
            expected = {
                "age_under": f"{share['value']}周岁以下",
                "education_at_least": f"{share['value']}及以上",
            }.get(name, share["value"])
            assert label.value == expected
            assert count.value == share["count"]
            assert count.data_type == "n"
            assert percent.value == pytest.approx(share["percent"] / 100, abs=1e-9)
            assert percent.number_format == "0.00%"
        total = [c.value for c in ws[4 + len(shares)]][:3]
        label = "总人数" if name in ("age_under", "education_at_least") else "合计"
        assert total == [label, report["total"], 1.0]


def test_the_overview_lists_every_dimension_once_with_a_merged_label(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    ws = load_workbook(export(cli, example, tmp_path / "s.xlsx"))["总览"]
    assert ws["A1"].value == "青溪县后备干部队伍结构总览"
    assert [c.value for c in ws[3]] == ["项目", "类别", "人数", "占比"]
    labels = [ws.cell(row, 1).value for row in range(4, ws.max_row + 1)]
    assert [label for label in labels if label] == [
        *(CATALOG[f"structure.dim.{name}"][0] for name in DIMENSIONS),
        "平均年龄（周岁）",
    ]
    assert "A4:A7" in {str(r) for r in ws.merged_cells.ranges}  # 学历: four families
    assert ws.page_setup.fitToHeight == 1
    assert not ws._charts


def test_the_average_age_follows_the_overview_and_every_age_band_table(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    report = cli("-R", example, "report", "structure", "--as-of", AS_OF, "--format", "json",
                 "--group-by", "gender").json()  # fmt: skip
    book = load_workbook(export(cli, example, tmp_path / "s.xlsx", "--group-by", "gender"))
    overview = book["总览"]
    last = [c.value for c in overview[overview.max_row]]
    assert last == ["平均年龄（周岁）", report["average_age"], None, None]
    assert overview.cell(overview.max_row, 2).number_format == "0.0"
    assert f"B{overview.max_row}:D{overview.max_row}" in {
        str(r) for r in overview.merged_cells.ranges
    }
    ws = book["年龄段（周岁）"]
    rows = [[c.value for c in row][:2] for row in ws.iter_rows()]
    averages = [row[1] for row in rows if row[0] == "平均年龄（周岁）"]
    expected = [report["average_age"]] + [g["average_age"] for g in report["groups"].values()]
    assert averages == expected
    assert rows[3 + 7 + 1] == ["平均年龄（周岁）", report["average_age"]]  # right under 合计
    assert all(isinstance(average, float) for average in averages)
    assert not any(row[0] == "平均年龄（周岁）" for row in book["性别"].iter_rows(values_only=True))


def test_each_dimension_has_a_native_chart_pie_for_two_valued_ones(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    book = load_workbook(export(cli, example, tmp_path / "s.xlsx"))
    for name in DIMENSIONS:
        (chart,) = charts(book[CATALOG[f"structure.dim.{name}"][0]])
        assert chart["kind"] == ("PieChart" if name in PIE else "BarChart"), name
        assert chart["anchor"] == "E3"


def test_groups_follow_below_with_their_own_tables(example: Path, cli: Any, tmp_path: Path) -> None:
    report = cli("-R", example, "report", "structure", "--as-of", AS_OF, "--format", "json",
                 "--group-by", "unit_kind").json()  # fmt: skip
    ws = load_workbook(export(cli, example, tmp_path / "s.xlsx", "--group-by", "unit_kind"))["性别"]
    column_a = [ws.cell(row, 1).value for row in range(1, ws.max_row + 1)]
    for group, data in report["groups"].items():
        heading = f"单位类别：{group}　共{data['total']}人"
        row = column_a.index(heading) + 1
        assert ws.cell(row + 1, 1).value == "类别"
        assert [ws.cell(row + 2, col).value for col in (1, 2)] == [
            "男",
            data["dimensions"]["gender"][0]["count"],
        ]
    chart_points = 7.5 / 2.54 * 72  # the chart is 7.5 cm tall, its top at the header (row 3)
    below_chart = 3 + math.ceil(chart_points / ws.row_dimensions[4].height)
    first_heading = next(i for i, v in enumerate(column_a, 1) if v and "单位类别" in v)
    assert first_heading >= below_chart
    assert len(ws._charts) == 1


def test_text_that_looks_like_a_formula_stays_text(example: Path, cli: Any, tmp_path: Path) -> None:
    tricky = ['=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)"]
    files = [
        path
        for path in sorted((example / "cadres").glob("*.yaml"))
        if "status: active" in path.read_text(encoding="utf-8")
    ]
    for path, direction in zip(files, tricky, strict=False):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^  direction: .*$", f"  direction: '{direction}'", text, count=1)
        path.write_text(text, encoding="utf-8")
    out = export(cli, example, tmp_path / "s.xlsx")
    no_formulas(out)
    ws = load_workbook(out)["培养方向"]
    found = {ws.cell(row, 1).value: ws.cell(row, 1).data_type for row in range(4, ws.max_row + 1)}
    for value in tricky:
        assert found[value] == "s"


def later_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl's writer sees a clock years ahead: nothing written may depend on it."""

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Later:
            return cls(2031, 5, 5, 12, 0, 0, tzinfo=tz)

    fake = types.SimpleNamespace(datetime=Later, timezone=dt.timezone)
    monkeypatch.setattr("openpyxl.writer.excel.datetime", fake)


def test_the_same_registry_gives_the_same_bytes(
    example: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("--group-by", "gender", "--age-under", "35")
    first = export(cli, example, tmp_path / "a.xlsx", *args).read_bytes()
    later_clock(monkeypatch)
    second = export(cli, example, tmp_path / "b.xlsx", *args).read_bytes()
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    third = export(cli, example, tmp_path / "c.xlsx", *args)
    fourth = export(cli, example, tmp_path / "d.xlsx", *args)
    assert third.read_bytes() == fourth.read_bytes()
    assert load_workbook(third).properties.created == dt.datetime(2026, 1, 1)


def test_a_path_without_xlsx_is_refused(example: Path, cli: Any, tmp_path: Path) -> None:
    result = cli("-R", example, "export", "structure", "-o", tmp_path / "s.xls")
    assert result.exit_code == 2
    assert ".xlsx" in result.stderr
    assert not (tmp_path / "s.xls").exists()


def test_an_unknown_group_field_is_a_usage_error(example: Path, cli: Any, tmp_path: Path) -> None:
    result = cli("-R", example, "export", "structure", "-o", tmp_path / "s.xlsx",
                 "--group-by", "hobby")  # fmt: skip
    assert result.exit_code == 2
    assert "hobby" in result.stderr


@pytest.mark.parametrize("language", [0, 1])
def test_sheet_names_from_the_catalog_are_legal(language: int) -> None:
    keys = [f"structure.dim.{name}" for name in (*DIMENSIONS, "age_under")]
    for key in [*keys, "export.structure.overview-sheet"]:
        name = CATALOG[key][language]
        assert 0 < len(name) <= 31, key
        assert not SHEET_NAME_FORBIDDEN.search(name), key


def test_sheet_names_stay_chinese_with_cadrectl_lang_en(
    example: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workbook goes to a Chinese department, whoever exports it (issue 16, 7)."""
    monkeypatch.setenv("CADRECTL_LANG", "en")
    book = load_workbook(export(cli, example, tmp_path / "s.xlsx"))
    assert book.sheetnames[:3] == ["总览", "学历（最高学历）", "年龄段（周岁）"]


def test_an_empty_pool_gives_tables_of_zeros_and_no_charts() -> None:
    from cadrectl.exports.structure import structure_workbook
    from cadrectl.services.structure import Breakdown, StructureReport

    shares = [Share("男", 0, 0.0), Share("女", 0, 0.0)]
    overall = Breakdown(0, {"gender": shares})
    report = StructureReport(dt.date(2026, 12, 31), overall, None, {})
    book = structure_workbook(report, "青溪县")
    ws = book["性别"]
    assert [c.value for c in ws[6]][:3] == ["合计", 0, 0.0]
    assert not ws._charts
