"""The printed 干部任免审批表 as Word: the boxes where the national form has them, the Song face
never below 10.5 points, the family's seven rows, the same bytes from the same forms, and the PDF
through LibreOffice (two pages, a third for a long 简历)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_document
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.text.paragraph import Paragraph

from cadrectl.exports import form_pdf
from cadrectl.exports.form_docx import PAGE_1, PAGE_2, build_document, form_document
from cadrectl.exports.form_docx_cells import TEXT_WIDTH_CM
from cadrectl.exports.form_pdf import PdfFailed, PdfUnavailable, docx_to_pdf
from cadrectl.exports.form_text import FamilyRow, PrintedForm
from tests.conftest import FIXTURES
from tests.exports.golden import GOLDEN

PHOTO = (FIXTURES / "forms" / "photo.jpg").read_bytes()
RESUME = (
    "2006.09--2010.07  浙江工商大学公共管理学院行政管理专业学习",
    "2010.07--2011.07  青溪县湖溪镇人民政府科员（试用期）",
    "2011.07--2013.03  青溪县湖溪镇人民政府科员",
    "2013.03--2014.09  青溪县湖溪镇党政办公室副主任",
    "2014.09--2016.05  青溪县湖溪镇党政办公室主任",
    "2016.05--2017.12  共青团青溪县委员会副书记",
    "（其间：2016.09--2019.06在浙江大学公共管理专业在职研究生学习，获公共管理硕士学位）",
    "2017.12--2019.02  共青团青溪县委员会书记",
    "2019.02--2020.06  青溪县石桥乡党委副书记",
    "（其间：2019.06--2019.12在县委办公室轮岗）",
    "2020.06--2021.09  青溪县石桥乡党委副书记、乡长",
    "2021.09--2022.11  青溪县石桥乡党委书记",
    "2022.11--2023.08  青溪县发展和改革局党组成员、副局长",
    "2023.08--2024.05  青溪县发展和改革局党组副书记、副局长（正科级），兼任县重点项目建设"
    "指挥部办公室常务副主任",
    "2024.05--2025.03  青溪县湖溪镇党委副书记、代镇长",
    "2025.03--         青溪县湖溪镇党委副书记、镇长",
    "（其间：2026.03--抽调参加2026年驻村工作队（第一组），派驻石西村）",
)
FAMILY = (
    FamilyRow("妻子", "陈静", "1989.10", "中共党员", "青溪县第一中学教师"),
    FamilyRow("儿子", "王子涵", "2016.03", "群众", "青溪县实验小学学生"),
    FamilyRow("女儿", "王子悦", "2020.08", "群众", "青溪县机关幼儿园幼儿"),
    FamilyRow("父亲", "王建国", "1960.02", "中共党员", "青溪县湖溪镇农业综合服务中心退休干部"),
    FamilyRow("母亲", "李秀兰", "1962.05", "群众", "已去世"),
    FamilyRow("岳父", "陈国平", "1961.11", "中共党员", "青溪县交通运输局退休职工"),
    FamilyRow("岳母", "张美华", "1963.07", "群众", "青溪县湖溪镇居民"),
)
FORM = PrintedForm(
    name="王立新", gender="男", birth="1988.04", age="（38岁）", ethnicity="汉族",
    native_place="浙江温州", birthplace="浙江瑞安", party_joined="2009.06", work_start="2010.07",
    health="健康", title="经济师", specialty="乡村振兴、基层治理",
    fulltime_degrees="大学\n管理学学士", fulltime_schools="浙江工商大学行政管理专业",
    parttime_degrees="研究生\n公共管理硕士", parttime_schools="浙江大学公共管理专业",
    current_post="青溪县湖溪镇党委副书记、镇长", proposed_post="青溪县湖溪镇党委书记",
    proposed_removal="青溪县湖溪镇镇长", resume=RESUME,
    rewards="2019年被评为浙江省优秀共青团干部；\n2022年度被中共青溪县委、青溪县人民政府记三等功。",
    assessments="2021年：称职；2022年：优秀；2023年：称职；2024年：优秀；2025年：优秀",
    reason="湖溪镇党委书记空缺，工作需要。", family=FAMILY, reporting_unit="中共青溪县委组织部",
    filled_on="2026年11月01日", filled_by="刘晓燕", retirement="", photo=PHOTO,
)  # fmt: skip


@functools.cache
def wang_lixin() -> bytes:
    """The sample form as a .docx, built once (a build takes a fifth of a second)."""
    return form_document([FORM])


def form(**changes: Any) -> PrintedForm:
    return dataclasses.replace(FORM, **changes)


def cm(length: Length | None) -> float:
    assert length is not None
    return float(length.cm)


def tables(data: bytes) -> list[Any]:
    return list(open_document(io.BytesIO(data)).tables)


def document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml").decode("utf-8")


# ---- page 1 ------------------------------------------------------------------------------------


def test_page_1_has_each_value_beside_its_label() -> None:
    page_1 = tables(wang_lixin())[0]
    assert [page_1.cell(0, c).text for c in range(6)] == [
        "姓名", "王立新", "性别", "男", "出生年月\n（岁）", "1988.04\n（38岁）",
    ]  # fmt: skip
    assert [page_1.cell(1, c).text for c in range(6)] == [
        "民族", "汉族", "籍贯", "浙江温州", "出生地", "浙江瑞安",
    ]  # fmt: skip
    assert page_1.cell(2, 1).text == "2009.06"
    assert page_1.cell(2, 3).text == "2010.07"
    assert page_1.cell(3, 1).text == "经济师"
    assert page_1.cell(4, 0).text == page_1.cell(5, 0).text == "学历\n学位"
    assert page_1.cell(4, 2).text == "大学\n管理学学士"
    assert page_1.cell(5, 5).text == "浙江大学公共管理专业"
    assert [page_1.cell(row, 2).text for row in (6, 7, 8)] == [
        "青溪县湖溪镇党委副书记、镇长", "青溪县湖溪镇党委书记", "青溪县湖溪镇镇长",
    ]  # fmt: skip


def test_the_birth_month_stands_over_the_age_in_one_box() -> None:
    birth = tables(wang_lixin())[0].cell(0, 5)
    assert [p.text for p in birth.paragraphs] == ["1988.04", "（38岁）"]


def test_the_photo_spans_four_rows_and_fits_its_box() -> None:
    page_1 = tables(wang_lixin())[0]
    photo = page_1.cell(0, 6)
    assert all(page_1.cell(row, 6)._tc is photo._tc for row in range(4))
    (shape,) = open_document(io.BytesIO(wang_lixin())).inline_shapes
    assert shape.width.cm <= 2.5 + 1e-6
    assert shape.height.cm == pytest.approx(3.5)


def test_no_photo_leaves_the_box_empty() -> None:
    data = form_document([form(photo=None)])
    assert tables(data)[0].cell(0, 6).text == ""
    assert len(open_document(io.BytesIO(data)).inline_shapes) == 0


@pytest.mark.parametrize("photo", [b"", b"GIF89a", PHOTO[:40], PHOTO[: len(PHOTO) // 2]])
def test_an_unreadable_photo_leaves_the_box_empty(photo: bytes) -> None:
    data = form_document([form(photo=photo)])
    assert len(open_document(io.BytesIO(data)).inline_shapes) == 0


def test_each_resume_line_is_a_paragraph_hanging_after_its_dates() -> None:
    paragraphs = tables(wang_lixin())[0].cell(9, 1).paragraphs
    # a tab, not the spaces, takes the text to the indent: the dates' width in any face
    assert [p.text for p in paragraphs] == [re.sub(r"(?<=\d|-) +", "\t", line, count=1)
                                            for line in RESUME]  # fmt: skip
    assert paragraphs[0].text == "2006.09--2010.07\t浙江工商大学公共管理学院行政管理专业学习"
    assert paragraphs[15].text == "2025.03--\t青溪县湖溪镇党委副书记、镇长"
    dated, during = paragraphs[0].paragraph_format, paragraphs[6].paragraph_format
    assert dated.left_indent == -dated.first_line_indent > 0
    assert during.left_indent == dated.left_indent
    assert during.first_line_indent is None


def test_the_resume_row_may_break_across_pages_and_the_others_not() -> None:
    rows = tables(wang_lixin())[0].rows
    can_split = [row._tr.trPr.find(qn("w:cantSplit")) is None for row in rows]
    assert can_split == [False] * 9 + [True]


def test_the_retirement_month_stands_under_the_work_start() -> None:
    page_1 = tables(form_document([form(retirement="2048.04")]))[0]
    assert [page_1.cell(3, c).text for c in range(6)] == [
        "专业技\n术职务", "经济师", "到龄\n时间", "2048.04", "熟悉专业\n有何专长",
        "乡村振兴、基层治理",
    ]  # fmt: skip
    assert "到龄" not in document_xml(wang_lixin())


# ---- page 2 ------------------------------------------------------------------------------------


def test_page_2_holds_the_rest_of_the_form() -> None:
    page_2 = tables(wang_lixin())[1]
    assert page_2.cell(0, 1).text == FORM.rewards
    assert page_2.cell(1, 1).text == FORM.assessments
    assert page_2.cell(2, 1).text == "湖溪镇党委书记空缺，工作需要。"
    report = page_2.cell(11, 1).paragraphs
    assert (report[0].text, report[-1].text) == ("中共青溪县委组织部", "2026年11月01日")
    assert report[-1].alignment == WD_PARAGRAPH_ALIGNMENT.RIGHT  # the date bottom right
    assert [page_2.cell(12, c).text for c in (0, 1, 4, 5)] == [
        "审批机\n关意见", "（盖章）\n年  月  日", "行政机\n关任免\n意见", "（盖章）\n年  月  日",
    ]  # fmt: skip
    assert open_document(io.BytesIO(wang_lixin())).paragraphs[-1].text == "填表人：刘晓燕"


def test_the_family_has_seven_rows_under_its_header() -> None:
    page_2 = tables(wang_lixin())[1]
    assert [page_2.cell(3, c).text for c in range(1, 6)] == [
        "称谓", "姓名", "出生\n年月", "政治\n面貌", "工作单位及职务",
    ]  # fmt: skip
    members = [[page_2.cell(row, c).text for c in range(1, 6)] for row in range(4, 11)]
    assert members == [list(dataclasses.astuple(member)) for member in FAMILY]
    assert members[4][4] == "已去世"


def test_a_small_family_still_prints_seven_rows_and_a_large_one_more() -> None:
    small = tables(form_document([form(family=FAMILY[:2])]))[1]
    large = tables(form_document([form(family=FAMILY + FAMILY[:3])]))[1]
    assert len(small.rows) == 3 + 1 + 7 + 2
    assert len(large.rows) == 3 + 1 + 10 + 2


# ---- the page -----------------------------------------------------------------------------------


def test_every_table_is_the_text_width_of_an_a4_page() -> None:
    doc = open_document(io.BytesIO(wang_lixin()))
    section = doc.sections[0]
    paper = [cm(section.page_width), cm(section.page_height)]
    assert paper == pytest.approx([21.0, 29.7], abs=0.01)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [cm(margin) for margin in margins] == pytest.approx([2.5, 2.5, 2.0, 2.0], abs=0.01)
    text_width = cm(section.page_width) - cm(section.left_margin) - cm(section.right_margin)
    assert sum(PAGE_1) == pytest.approx(TEXT_WIDTH_CM) == sum(PAGE_2)
    assert text_width == pytest.approx(TEXT_WIDTH_CM, abs=0.01)
    widths = {table._tbl.tblPr.xpath("string(w:tblW/@w:w)") for table in doc.tables}
    assert widths == {str(Cm(TEXT_WIDTH_CM).twips)}


def test_no_text_is_set_below_ten_and_a_half_points() -> None:
    xml = document_xml(wang_lixin())
    sizes = [int(size) / 2 for size in re.findall(r'<w:sz w:val="(\d+)"/>', xml)]
    assert sizes
    assert min(sizes) >= 10.5
    doc = open_document(io.BytesIO(wang_lixin()))
    assert cm(doc.styles["Normal"].font.size) == pytest.approx(Pt(12).cm)
    texts = [run for table in doc.tables for cell in _cells(table) for p in cell.paragraphs
             for run in p.runs if run.text]  # fmt: skip
    assert all(run.font.size is not None and run.font.size.pt >= 10.5 for run in texts)


def test_the_song_face_is_set_for_chinese_text() -> None:
    xml = document_xml(wang_lixin())
    fonts = re.findall(r"<w:rFonts [^>]*/>", xml)
    assert fonts
    assert all('w:eastAsia="宋体"' in font for font in fonts)


def test_the_title_is_large_bold_and_centred() -> None:
    title = open_document(io.BytesIO(wang_lixin())).paragraphs[0]
    assert title.text == "干部任免审批表"
    assert title.alignment == WD_PARAGRAPH_ALIGNMENT.CENTER
    assert title.runs[0].font.bold
    assert cm(title.runs[0].font.size) >= Pt(18).cm


def test_page_2_starts_a_page_and_so_does_each_person() -> None:
    doc = build_document([FORM, form(name="李华"), form(name="赵敏")])
    breaks = [p for p in doc.paragraphs if p.paragraph_format.page_break_before]
    assert len(breaks) == 3 + 2  # a page 2 a person, and every title but the first
    titles = [p for p in doc.paragraphs if p.text == "干部任免审批表"]
    assert [bool(p.paragraph_format.page_break_before) for p in titles] == [False, True, True]
    assert len(doc.tables) == 6


def test_the_same_forms_give_the_same_bytes() -> None:
    first = form_document([FORM, form(photo=None)])
    assert first == form_document([FORM, form(photo=None)])
    later = form_document([FORM], stamp=dt.datetime(2026, 11, 1, 9, 30))
    assert later == form_document([FORM], stamp=dt.datetime(2026, 11, 1, 9, 30))
    with zipfile.ZipFile(io.BytesIO(later)) as package:
        assert {info.date_time for info in package.infolist()} == {(2026, 11, 1, 9, 30, 0)}
        core = package.read("docProps/core.xml").decode("utf-8")
    assert "2026-11-01T09:30:00Z" in core
    assert "python-docx" not in core


# ---- golden text -------------------------------------------------------------------------------


def document_text(data: bytes) -> str:
    """Paragraphs and boxes in order, one a line: ``[t2 r4 c2] 称谓``, a box's further lines
    indented beneath it, ``<照片>`` for a picture."""
    doc = open_document(io.BytesIO(data))
    lines: list[str] = []
    tables_seen = 0
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
            continue
        tables_seen += 1
        for row_number, row in enumerate(block.rows, start=1):
            column = 1
            for tc in row._tr.tc_lst:
                if tc.vMerge != "continue":
                    first, *rest = _box_lines(tc, block)
                    lines.append(f"[t{tables_seen} r{row_number} c{column}] {first}")
                    lines += [f"    {more}" for more in rest]
                column += tc.grid_span
    return "".join(f"{line.rstrip()}\n" for line in lines)


def _box_lines(tc: Any, table: Any) -> list[str]:
    found = [Paragraph(p, table).text for p in tc.p_lst]
    if tc.xpath(".//w:drawing"):
        found[0] += "<照片>"
    return found


@pytest.mark.parametrize(
    ("name", "forms"),
    [("王立新", [FORM]), ("到龄时间", [form(retirement="2048.04", family=FAMILY[:3])])],
)
def test_form_text_golden(name: str, forms: list[PrintedForm], request: pytest.FixtureRequest
                          ) -> None:  # fmt: skip
    actual = document_text(form_document(forms))
    path = GOLDEN / "form_docx" / f"{name}.txt"
    if request.config.getoption("--update-golden") or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == actual


def _cells(table: Any) -> list[Any]:
    return [cell for row in table.rows for cell in row.cells]


# ---- PDF ---------------------------------------------------------------------------------------


def test_no_libreoffice_is_pdf_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form_pdf, "find_soffice", lambda: None)
    source = tmp_path / "form.docx"
    source.write_bytes(wang_lixin())
    with pytest.raises(PdfUnavailable):
        docx_to_pdf(source, tmp_path / "form.pdf")
    assert not (tmp_path / "form.pdf").exists()


def test_the_search_finds_nothing_without_soffice_on_the_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(form_pdf, "INSTALL_PATHS", ())
    assert form_pdf.find_soffice() is None


def fake_soffice(tmp_path: Path, script: str) -> Path:
    """A stand-in for LibreOffice: a shell script that does what ``script`` says."""
    program = tmp_path / "soffice"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    return program


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")
@pytest.mark.parametrize(
    ("script", "detail"),
    [("echo 'Error: source file could not be loaded'; exit 1", "could not be loaded"),
     ("exit 0", "exited with 0"), ("sleep 30", "within 0.5 s")],
)  # fmt: skip
def test_a_failed_conversion_is_pdf_failed_and_leaves_no_file(
    script: str, detail: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form_pdf, "find_soffice", lambda: fake_soffice(tmp_path, script))
    source = tmp_path / "form.docx"
    source.write_bytes(wang_lixin())
    with pytest.raises(PdfFailed) as failed:
        docx_to_pdf(source, tmp_path / "form.pdf", timeout=0.5)
    assert detail in failed.value.detail
    assert sorted(path.name for path in tmp_path.iterdir()) == ["form.docx", "soffice"]


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


@pytest.mark.slow
@pytest.mark.skipif(form_pdf.find_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(("resume", "pages"), [(RESUME, 2), (RESUME * 3, 3)])
def test_the_pdf_has_two_pages_and_a_third_for_a_long_resume(
    resume: tuple[str, ...], pages: int, tmp_path: Path
) -> None:
    source = tmp_path / "form.docx"
    source.write_bytes(form_document([form(resume=resume)]))
    docx_to_pdf(source, tmp_path / "out" / "form.pdf")
    assert pdf_pages(tmp_path / "out" / "form.pdf") == pages
