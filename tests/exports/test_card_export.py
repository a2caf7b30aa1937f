"""export card: the 基本情况表 of one reserve (or all) on A4 pages at 100 %, golden layout, page
breaks between rows, refusals, text never a formula, masking, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cadrectl.exports import card_pages as pages
from cadrectl.exports.card import sheet_title
from cadrectl.exports.card_pages import LINE_HEIGHT, TEXT_LINE_HEIGHT, WIDTHS, Flow
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


def export(cli: Any, root: Path, out: Path, *args: str, as_of: str = AS_OF) -> Path:
    result = cli("-R", root, "export", "card", *args, "-o", out, "--as-of", as_of)
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
        "scale": ws.page_setup.scale,
        "page_breaks": [brk.id for brk in ws.row_breaks.brk],
        "print_area": ws.print_area,
    }  # fmt: skip


def row_of(ws: Any, label: str) -> int:
    """The row whose column A holds ``label``."""
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, 1).value == label)


def block_rows(ws: Any, label: str) -> list[int]:
    """The rows of the block labelled ``label`` (a row per line), on every page it runs to:
    from its label down to the next label of another box."""
    first = row_of(ws, label)
    rows = [first]
    for row in range(first + 1, ws.max_row + 1):
        if ws.cell(row, 1).value not in (None, "", label):
            break
        rows.append(row)
    return rows


def block_lines(ws: Any, label: str) -> list[str]:
    return [ws.cell(row, 2).value for row in block_rows(ws, label)]


def pages_of(ws: Any) -> list[list[int]]:
    """The sheet's rows, page by page, as its manual page breaks part them."""
    edges = [0, *(brk.id for brk in ws.row_breaks.brk), ws.max_row]
    return [list(range(top + 1, bottom + 1)) for top, bottom in pairwise(edges)]


def edge(cell: Any, side: str) -> str | None:
    """The style of the line along one side of a cell (None: no line)."""
    line = getattr(cell.border, side)
    return None if line is None else line.style


def add_resume_entries(root: Path, count: int, post: str = "科员") -> None:
    """``count`` more one-year entries at the head of the fixture cadre's 简历."""
    path = root / "cadres" / f"{ID}.yaml"
    text = path.read_text(encoding="utf-8")
    entries = "".join(
        f"  - {{from: {1980 + i}-01, to: {1980 + i}-12, unit: 湖溪镇人民政府, post: {post},"
        " rank: 科员}\n"
        for i in range(count)
    )
    path.write_text(text.replace("resume:                   # `to` omitted on the current entry\n",
                                 "resume:\n" + entries), encoding="utf-8")  # fmt: skip


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
    assert [ws["B3"].value, ws["D3"].value, ws["F3"].value] == ["王立新", "男", "1988.04\n（38岁）"]
    assert ws["G3"].value == "照片"
    assert "G3:G6" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.cell(row_of(ws, "现任职务"), 2).value == "湖溪镇党委委员、副镇长"
    resume = block_lines(ws, RESUME_LABEL)
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


def test_the_birth_month_stands_over_the_age_counted_by_month(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    """出生年月（岁）as the 任免审批表 prints it: the month over the bracketed age, two lines of a
    wrapped cell in a row tall enough; born 1988-04-12, on 2026-04-01 he counts as 38, his
    birthday month reached (周岁 would still say 37)."""
    path = registry / "cadres" / f"{ID}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("birth: 1988-04 ", "birth: 1988-04-12"), encoding="utf-8")
    ws = load_workbook(export(cli, registry, tmp_path / "c.xlsx", ID, as_of="2026-04-01")).active
    assert ws["F3"].value == "1988.04\n（38岁）"
    assert ws["F3"].alignment.wrap_text
    assert ws.row_dimensions[3].height >= 2 * TEXT_LINE_HEIGHT


def test_the_card_prints_at_full_size_and_fits_the_paper_across(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    """100 %, not fitted to one page (a 16-line 简历 printed at 71 %, 8-point text): the grid is
    narrower than A4 between the margins; a clerk switching to "Fit to" fits the width only."""
    add_resume_entries(registry, 12)
    ws = load_workbook(export(cli, registry, tmp_path / "c.xlsx", ID)).active
    assert len(block_lines(ws, RESUME_LABEL)) == 16
    assert ws.page_setup.scale == 100
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert [ws.page_setup.fitToWidth, ws.page_setup.fitToHeight] == [1, 0]
    assert pages.printed_width(WIDTHS) <= pages.page_width(ws)
    assert ws.print_title_rows == "$2:$2"  # the 编号 line heads page 2


def test_a_long_resume_goes_on_to_the_next_page_between_two_lines(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    """A page ends between two lines of the 简历 (a row per line, none cut in half); the block is
    closed at the foot of the page, begins again, labelled, at the top of the next, and every
    page holds no more than A4 does between the margins."""
    add_resume_entries(registry, 24, post="综合文字组组长（借调县委办公室信息科、县委政策研究室）")
    ws = load_workbook(export(cli, registry, tmp_path / "c.xlsx", ID)).active
    rows = block_rows(ws, RESUME_LABEL)
    assert len(rows) == 28
    for row in rows[:24]:  # the long posts wrap to two lines, and their rows are that tall
        assert ws.row_dimensions[row].height >= 2 * TEXT_LINE_HEIGHT
    sheet_pages = pages_of(ws)
    assert len(sheet_pages) >= 2
    first = sheet_pages[1][0]
    assert rows[0] < first <= rows[-1]
    assert ws.cell(first, 1).value == RESUME_LABEL
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {f"A{rows[0]}:A{first - 1}", f"A{first}:A{rows[-1]}"} <= merged
    assert [edge(ws.cell(first - 1, 2), "bottom"), edge(ws.cell(first, 2), "top")] == ["thin"] * 2
    assert edge(ws.cell(rows[0], 2), "bottom") is None  # the lines read as one box
    for number, page in enumerate(sheet_pages):
        title = LINE_HEIGHT if number else 0.0
        assert sum(ws.row_dimensions[row].height for row in page) + title <= pages.page_height(ws)


def printed_words(pdf: Path) -> list[tuple[str, float]]:
    """Each word pdftotext finds in ``pdf`` with its width in points, and a "<page>" per page."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                           check=True, timeout=60).stdout  # fmt: skip
    found = re.findall(r'<page |xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', boxes)
    return [(word or "<page>", float(right or 0) - float(left or 0)) for left, right, word in found]


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are not installed",
)
@pytest.mark.slow  # LibreOffice prints the workbook
def test_libreoffice_prints_a_long_card_on_the_planned_pages_at_full_size(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    add_resume_entries(registry, 24)
    out = export(cli, registry, tmp_path / "card.xlsx", ID)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, check=False, timeout=180,
    )  # fmt: skip
    words = printed_words(tmp_path / "card.pdf")
    assert [word for word, _ in words].count("<page>") == len(pages_of(load_workbook(out).active))
    widths = dict(words)
    assert widths["后备干部基本情况表"] == pytest.approx(9 * 18, abs=0.5)  # 18 points a character
    assert widths["姓名"] == pytest.approx(2 * 11, abs=0.5)  # the 11-point labels print at 11


def test_a_page_may_begin_within_a_block_only_after_the_lines_its_label_takes() -> None:
    """简历's label is four lines tall: a page ending after fewer would cut it short."""
    rows = pages.flow_rows(Flow(RESUME_LABEL, "a\nb\nc\nd\ne\nf"), first_row=10)
    assert [row.row for row in rows] == list(range(10, 16))
    assert [row.may_start for row in rows] == [True, False, False, False, True, True]


def test_a_short_block_is_as_tall_as_its_label_or_its_minimum() -> None:
    assert [row.height for row in pages.flow_rows(Flow("奖惩\n情况", "无"), 10)] == [40.5]
    resume = pages.flow_rows(Flow(RESUME_LABEL, "a\nb", min_lines=6), 10)
    assert [row.height for row in resume] == [16.5, 6 * 16.5 - 16.5 + 7.5]


@pytest.mark.parametrize(
    ("heights", "may_start", "starts"),
    [
        ([10.0] * 3, [True] * 3, []),  # all on one page
        ([10.0] * 10, [True] * 10, [3, 6, 9]),  # 35 points, then 30 under the repeated title
        ([10.0] * 5, [True, True, False, False, True], [1, 4]),  # moved up to a row that may
        ([10.0] * 5, [True, False, False, False, False], [3]),  # none may: cut where it overflows
    ],
)
def test_a_page_takes_rows_while_the_next_fits(
    heights: list[float], may_start: list[bool], starts: list[int]
) -> None:
    assert pages.page_starts(heights, may_start, page=35.0, repeated=5.0) == starts


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
    assert block_lines(ws, "实践\n锻炼") == [
        "2024.03--2025.03  挂职：县重点工程指挥部副指挥",
        "2026.03--  抽调：2026年驻村工作队（第一组）石西村",
    ]
    assert ws.cell(row_of(ws, "成长\n纪实"), 2).value == "2026.07  防汛抗洪一线：连续坚守七昼夜"
