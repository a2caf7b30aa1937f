"""Rosters that print right (issue 16, 7): every row as tall as its most wrapped cell, the
header rows and the 填报 line included; short values (培养方向, 学历学位) on one line, long texts
wrapped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from cadrectl.exports.roster import columns_of, fitted_widths
from cadrectl.exports.textfit import LINE_HEIGHT, ROW_PADDING, text_lines
from cadrectl.model.config import RosterTemplate

AS_OF = "2026-11-01"


def lines_room(height: float, size: float = 11) -> float:
    """The lines of ``size``-point text a row of ``height`` points holds."""
    return (height - ROW_PADDING) / (LINE_HEIGHT * size / 11) + 1e-6


def widths(ws: Any) -> dict[int, float]:
    return {c: ws.column_dimensions[get_column_letter(c)].width
            for c in range(1, ws.max_column + 1)}  # fmt: skip


def check_nothing_is_clipped(ws: Any) -> None:
    """Every cell's text, laid out at its (merged) width, fits the height of its (merged) rows."""
    merged = {r.min_row * 1000 + r.min_col: r for r in ws.merged_cells.ranges}
    width = widths(ws)
    for row in ws.iter_rows():
        for cell in row:
            if cell.value in (None, "") or not hasattr(cell, "column"):
                continue
            span = merged.get(cell.row * 1000 + cell.column)
            cols = range(span.min_col, span.max_col + 1) if span else [cell.column]
            rows = range(span.min_row, span.max_row + 1) if span else [cell.row]
            size, bold = cell.font.sz or 11, bool(cell.font.b)
            needed = text_lines(cell.value, sum(width[c] for c in cols), bold=bold, size=size)
            height = sum(ws.row_dimensions[r].height for r in rows)
            assert needed <= lines_room(height, size), (cell.coordinate, cell.value, height)
            assert cell.alignment.wrap_text, cell.coordinate


@pytest.mark.parametrize("template", ["科级", "县级"])
def test_no_cell_of_a_template_is_clipped(example: Path, cli: Any, tmp_path: Path,
                                          template: str) -> None:  # fmt: skip
    out = tmp_path / "r.xlsx"
    args = ("-R", example, "export", "roster", "-t", template, "-o", out, "--as-of", AS_OF)
    assert cli(*args).exit_code == 0
    check_nothing_is_clipped(load_workbook(out).active)


def test_no_cell_of_the_default_template_is_clipped(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "r.xlsx"
    assert cli("-R", registry, "export", "roster", "-o", out, "--as-of", AS_OF).exit_code == 0
    check_nothing_is_clipped(load_workbook(out).active)


def test_a_long_filing_unit_wraps_in_its_half_of_the_line(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    config = registry / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8")
    long_name = "中共青溪县委组织部干部监督室暨干部档案审核工作领导小组办公室后备干部管理科"
    text = text.replace(
        "organization: {name: 中共青溪县委组织部,",
        f"organization: {{filing_unit: {long_name}, name: 中共青溪县委组织部,",
    )
    text += "rosters:\n  窄:\n    title: 窄表\n    columns: [{field: name}, {field: gender}]\n"
    config.write_text(text, encoding="utf-8")  # fmt: skip
    out = tmp_path / "r.xlsx"
    result = cli("-R", registry, "export", "roster", "-o", out, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    ws = load_workbook(out).active
    assert ws["A2"].value == f"填报单位：{long_name}"
    assert ws.row_dimensions[2].height > 3 * LINE_HEIGHT
    check_nothing_is_clipped(ws)


def test_four_character_directions_and_degrees_stay_on_one_line(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "r.xlsx"
    assert cli("-R", example, "export", "roster", "-t", "科级", "-o", out, "--as-of",
               AS_OF).exit_code == 0  # fmt: skip
    ws = load_workbook(out).active
    headers = {(ws.cell(4, c).value or ws.cell(3, c).value): c for c in range(1, 19)}
    width = widths(ws)
    directions = [ws.cell(r, headers["拟培养方向"]).value for r in range(5, ws.max_row + 1)]
    assert {"党群综合", "农业农村", "城建交通", "社会事业"} <= set(directions)
    assert all(text_lines(v, width[headers["拟培养方向"]]) == 1 for v in directions)
    assert text_lines("拟培养方向", width[headers["拟培养方向"]], bold=True) == 1
    for short in ("大学本科", "研究生", "大专", "大学学士"):
        assert text_lines(short, width[9]) == 1  # 全日制教育 / 学历学位
        assert text_lines(short, width[11]) == 1  # 在职教育 / 学历学位
    assert text_lines("任现职级", width[headers["任现职级\n时间"]], bold=True) == 1
    # long texts still wrap: the unit and post and the schools keep their widths
    assert width[headers["工作单位及职务"]] == 24
    assert width[headers["毕业院校\n系及专业"]] == 16


def test_a_short_column_grows_to_its_longest_value_up_to_its_limit() -> None:
    spec = RosterTemplate.model_validate({"title": "t", "columns": [
        {"field": "direction"}, {"field": "direction", "width": 6}, {"field": "unit_post"},
        {"field": "party"}]})  # fmt: skip
    cols = columns_of(spec.columns)
    rows = [["党政综合类", "党政综合类", "青溪县人民政府办公室副主任" * 2, "九三学社社员"],
            ["经济", "经济", "", "中共党员"]]  # fmt: skip
    assert fitted_widths(cols, rows) == [12, 6, 24, 14]
    long = [["党政综合及经济管理方向", "", "", "中共党员"]]
    assert fitted_widths(cols, long)[0] == 14  # at most its limit: the rest wraps
