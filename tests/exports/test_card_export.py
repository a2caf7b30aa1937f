"""export card: the 基本情况表 of one reserve (or all) on one A4 page, golden layout, refusals,
text never a formula, masking, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cadrectl.exports.card import TEXT_LINE_HEIGHT, sheet_title
from tests.exports.golden import (
    assert_golden,
    cell_values,
    font,
    no_formulas,
    print_settings,
)

AS_OF = "2026-12-31"
ID = "QX-2023-014"  # the fixture registry's one cadre, 王立新 (DESIGN.md's example file)
RESUME_LABEL = "简\n\n\n历"


def export(cli: Any, root: Path, out: Path, *args: str) -> Path:
    result = cli("-R", root, "export", "card", *args, "-o", out, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    return out


def describe(path: Path) -> dict[str, Any]:
    """The one sheet's values, merges, fonts, alignment, sizes and print settings."""
    book = load_workbook(path)
    ws = book.active
    resume = row_of(ws, RESUME_LABEL)
    return {
        "sheets": book.sheetnames,
        "cells": cell_values(ws),
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "fonts": {"title": font(ws["A1"]), "line": font(ws["A2"]), "label": font(ws["A3"]),
                  "value": font(ws["B3"])},
        "align": {"value": [ws["B3"].alignment.horizontal, ws["B3"].alignment.wrap_text],
                  "resume": [ws.cell(resume, 2).alignment.horizontal,
                             ws.cell(resume, 2).alignment.vertical]},
        "border": [ws["B3"].border.left.style, ws["G3"].border.right.style],
        "widths": [ws.column_dimensions[c].width for c in "ABCDEFG"],
        "heights": [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)],
        "print": print_settings(ws),
        "print_area": ws.print_area,
    }  # fmt: skip


def row_of(ws: Any, label: str) -> int:
    """The row whose column A holds ``label``."""
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, 1).value == label)


def test_card_golden(
    registry: Path, cli: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    out = export(cli, registry, tmp_path / "card.xlsx", ID, "--mask-id")
    assert_golden("card-QX-2023-014", describe(out), request)
    no_formulas(out)


def test_the_card_reads_like_the_appointment_form(registry: Path, cli: Any, tmp_path: Path) -> None:
    ws = load_workbook(export(cli, registry, tmp_path / "c.xlsx", ID)).active
    assert ws.title == "QX-2023-014 王立新"
    assert ws["A1"].value == "后备干部基本情况表"
    assert [ws["B3"].value, ws["D3"].value, ws["F3"].value] == ["王立新", "男", "1988.04（38岁）"]
    assert ws["G3"].value == "照片"
    assert "G3:G6" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(row_of(ws, "现任职务"), 2).value == "湖溪镇党委委员、副镇长"
    resume = ws.cell(row_of(ws, RESUME_LABEL), 2).value.split("\n")
    assert resume[1] == "2014.03--2018.06  湖溪镇人民政府党政办主任"
    assert (
        resume[-1] == "2021.09--" + " " * 9 + "湖溪镇人民政府党委委员、副镇长"
    )  # padded to line up
    assert ws.cell(row_of(ws, "年度考核\n结果"), 2).value == "2024年：称职；2025年：优秀"
    assert (
        ws.cell(row_of(ws, "实践\n锻炼"), 2).value
        == "2024.03--2025.03  挂职：县重点工程指挥部副指挥"
    )
    assert (
        ws.cell(row_of(ws, "培训\n情况"), 2).value == "2025.05  中青年干部培训班（县委党校，10天）"
    )
    assert ws.cell(row_of(ws, "奖惩\n情况"), 2).value == "无"
    assert ws.cell(row_of(ws, "公民身份\n号码"), 2).value == "330781198804120032"


def test_mask_id_keeps_the_first_six_and_last_four(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    ws = load_workbook(export(cli, registry, tmp_path / "c.xlsx", ID, "--mask-id")).active
    assert ws.cell(row_of(ws, "公民身份\n号码"), 2).value == "330781********0032"


def test_the_tier_is_the_ladder_on_the_as_of_date(example: Path, cli: Any, tmp_path: Path) -> None:
    ladder = cli("-R", example, "ladder", "--as-of", AS_OF, "--format", "json").json()
    wanted = {c["id"]: c["tier_label"] for c in ladder["cadres"]}
    for cadre_id in ("QX-2019-001", "QX-2019-007"):
        ws = load_workbook(export(cli, example, tmp_path / f"{cadre_id}.xlsx", cadre_id)).active
        assert ws.cell(row_of(ws, "培养\n方向"), 4).value == wanted[cadre_id]


def test_all_gives_a_sheet_per_active_reserve(example: Path, cli: Any, tmp_path: Path) -> None:
    active = cli("-R", example, "list", "--format", "json").json()
    out = tmp_path / "all.xlsx"
    result = cli("-R", example, "export", "card", "--all", "-o", out, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "120" in result.stdout
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == sorted(f"{c['id']} {c['name']}" for c in active)
    book.close()
    no_formulas(out)


def test_a_long_resume_gets_a_row_tall_enough(registry: Path, cli: Any, tmp_path: Path) -> None:
    path = registry / "cadres" / f"{ID}.yaml"
    text = path.read_text(encoding="utf-8")
    entries = "".join(
        f"  - {{from: {2000 + i}-01, to: {2000 + i}-12, unit: 湖溪镇人民政府党政综合办公室,"
        f" post: 综合文字组组长（借调县委办公室信息科）, rank: 科员}}\n"
        for i in range(10)
    )
    path.write_text(text.replace("resume:                   # `to` omitted on the current entry\n",
                                 "resume:\n" + entries), encoding="utf-8")  # fmt: skip
    ws = load_workbook(export(cli, registry, tmp_path / "c.xlsx", ID)).active
    row = row_of(ws, RESUME_LABEL)
    lines = ws.cell(row, 2).value.count("\n") + 1
    assert lines == 14
    assert ws.row_dimensions[row].height >= lines * TEXT_LINE_HEIGHT


def test_text_that_looks_like_a_formula_stays_text(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    path = registry / "cadres" / f"{ID}.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("name: 王立新", "name: '=SUM(1,2)'")
    text = text.replace(
        "post: 党委委员、副镇长, rank: 副科, post_since",
        "post: '+党委委员', rank: 副科, post_since",
    )
    text = text.replace("plan: 拟安排到重点工程指挥部跟岗锻炼一年", "plan: '-1+2'")
    text = text.replace("mentors: [李国平（县委组织部副部长）]", "mentors: ['@李国平']")
    path.write_text(text, encoding="utf-8")
    out = export(cli, registry, tmp_path / "c.xlsx", ID)
    no_formulas(out)
    ws = load_workbook(out).active
    assert ws["B3"].value == "=SUM(1,2)"
    assert ws["B3"].data_type == "s"
    assert ws.cell(row_of(ws, "现任职务"), 2).value == "湖溪镇+党委委员"
    assert ws.cell(row_of(ws, "培养\n计划"), 2).value == "-1+2"
    assert ws.cell(row_of(ws, "培养\n方向"), 6).value == "@李国平"


def test_the_same_registry_gives_the_same_bytes(
    example: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = export(cli, example, tmp_path / "a.xlsx", "QX-2019-001").read_bytes()
    second = export(cli, example, tmp_path / "b.xlsx", "QX-2019-001").read_bytes()
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    third = export(cli, example, tmp_path / "c.xlsx", "QX-2019-001")
    assert (
        third.read_bytes() == export(cli, example, tmp_path / "d.xlsx", "QX-2019-001").read_bytes()
    )
    assert load_workbook(third).properties.created == dt.datetime(2026, 1, 1)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["QX-2099-999"], 1, "QX-2099-999"),  # unknown
        (["QX-2019-004"], 1, "QX-2019-004"),  # used (promoted): not in the pool
        (["QX-2022-001"], 1, "QX-2022-001"),  # exited
        (["QX-2019-001", "--all"], 2, "--all"),
        ([], 2, "--all"),
    ],
)
def test_refusals(
    example: Path, cli: Any, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "c.xlsx"
    result = cli("-R", example, "export", "card", *args, "-o", out)
    assert result.exit_code == code
    assert message in result.stderr
    assert not out.exists()


def test_an_invalid_file_is_named(registry: Path, cli: Any, tmp_path: Path) -> None:
    path = registry / "cadres" / f"{ID}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("gender: 男", "gender: 未知"),
                    encoding="utf-8")  # fmt: skip
    result = cli("-R", registry, "export", "card", ID, "-o", tmp_path / "c.xlsx")
    assert result.exit_code == 1
    assert f"cadres/{ID}.yaml" in result.stderr


def test_a_path_without_xlsx_is_refused(registry: Path, cli: Any, tmp_path: Path) -> None:
    result = cli("-R", registry, "export", "card", ID, "-o", tmp_path / "c.pdf")
    assert result.exit_code == 2
    assert ".xlsx" in result.stderr


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("QX-2023-014 王立新", set(), "QX-2023-014 王立新"),
        ("A/B:C[1]*?\\", set(), "A_B_C_1____"),
        ("X" * 40, set(), "X" * 31),
        ("X" * 40, {"X" * 31}, "X" * 28 + "(2)"),
        ("'quoted'", set(), "quoted"),
    ],
)
def test_sheet_titles_are_legal_and_unique(text: str, taken: set[str], expected: str) -> None:
    title = sheet_title(text, taken)
    assert title == expected
    assert len(title) <= 31
    assert not re.search(r"[\[\]:*?/\\]", title)


def test_progress_is_told_of_every_card(registry: Path, tmp_path: Path) -> None:
    from cadrectl.services.export_card import export_cards
    from cadrectl.store.registry import RegistryPaths

    seen: list[tuple[int, int]] = []
    result = export_cards(
        RegistryPaths(registry),
        tmp_path / "all.xlsx",
        cadre_id=None,
        as_of=dt.date(2026, 12, 31),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.rows == 1
    assert seen == [(1, 1)]


def test_secondments_join_the_practice_and_milestones_have_their_own_box(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    """抽调/选派 stand with the 实践锻炼 by date; 成长纪实 gets a box only when there is one."""
    plain = load_workbook(export(cli, registry, tmp_path / "a.xlsx", ID)).active
    assert all(cell.value != "成长\n纪实" for row in plain.iter_rows() for cell in row)
    assert cli("-R", registry, "record", ID, "secondment", "batch=2026年驻村工作队",
               "group=第一组", "from=2026-03", "unit=石西村").exit_code == 0  # fmt: skip
    assert cli("-R", registry, "record", ID, "milestone", "date=2026-07-15",
               "event=防汛抗洪一线", "performance=连续坚守七昼夜").exit_code == 0  # fmt: skip
    ws = load_workbook(export(cli, registry, tmp_path / "b.xlsx", ID)).active
    assert ws.cell(row_of(ws, "实践\n锻炼"), 2).value.split("\n") == [
        "2024.03--2025.03  挂职：县重点工程指挥部副指挥",
        "2026.03--  抽调：2026年驻村工作队（第一组）石西村",
    ]
    assert ws.cell(row_of(ws, "成长\n纪实"), 2).value == "2026.07  防汛抗洪一线：连续坚守七昼夜"
