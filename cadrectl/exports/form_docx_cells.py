"""Word building blocks of the printed 任免审批表: the Song face, grids of merged boxes, a photo."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, cast

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips

from cadrectl.core.textwidth import display_width
from cadrectl.rules.photo import check_photo

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.text.font import CT_RPr
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

FACE = "宋体"
TITLE_SIZE = Pt(22)  # 二号
TEXT_SIZE = Pt(12)  # 小四: every box of the form, never smaller
LINE = Pt(16)  # 固定值 16 磅: the same line height in Word and LibreOffice, whatever the face
TITLE_LINE = Pt(30)
TITLE_AFTER = Pt(10)
PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_TOP_BOTTOM, MARGIN_LEFT_RIGHT = Cm(2.5), Cm(2.0)
TEXT_WIDTH_CM = 17.0  # 21 cm less two 2 cm margins: every table is exactly this wide
CELL_PADDING = Twips(85)  # 0.15 cm left and right of a box's text
PHOTO_BOX = (2.5, 3.5)  # cm: the 一寸 photo the form's box is drawn for
DATE_RIGHT = Cm(0.8)  # the date and （盖章） kept about two characters off a box's right edge
# Why 18 half-width characters: ``2014.03--2018.06`` and two spaces (an open end ``2021.09--``
# and nine spaces) — a wrapped resume line continues under the unit, not under the dates.
RESUME_HANGING = Twips(18 * 120)
_DATED = re.compile(r"(?P<span>\d{4}\.\d{2}\S*)\s+(?P<text>\S.*)")  # 2021.09--  …

BoxKind = Literal["label", "value", "line", "block", "resume", "seal", "report", "photo"]


@dataclass(frozen=True)
class Box:
    """One box of the form, ``span`` grid columns wide and ``down`` rows tall; its text's lines
    are paragraphs. Kinds: a label or a short value (centred), a line or a block of text (left),
    the resume (hanging dates), a seal or a report box (the date bottom right), the photo."""

    text: str = ""
    kind: BoxKind = "value"
    span: int = 1
    down: int = 1
    photo: bytes | None = None


@dataclass(frozen=True)
class Row:
    """A row of boxes at least ``height`` cm tall; only a ``split`` row may break across pages."""

    boxes: tuple[Box, ...]
    height: float
    split: bool = False


_CENTER, _LEFT, _RIGHT = (WD_PARAGRAPH_ALIGNMENT.CENTER, WD_PARAGRAPH_ALIGNMENT.LEFT,
                          WD_PARAGRAPH_ALIGNMENT.RIGHT)  # fmt: skip
_ALIGN = {"label": _CENTER, "value": _CENTER, "photo": _CENTER}
_TOP, _BOTTOM = WD_CELL_VERTICAL_ALIGNMENT.TOP, WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
_VERTICAL = {"block": _TOP, "resume": _TOP, "report": _TOP, "seal": _BOTTOM}


def set_up_document(doc: Document) -> None:
    """A4 portrait with the form's margins; the Song face at 小四 on 16-point lines as the
    default of every paragraph."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin = section.bottom_margin = MARGIN_TOP_BOTTOM
    section.left_margin = section.right_margin = MARGIN_LEFT_RIGHT
    normal = doc.styles["Normal"]
    normal.font.size = TEXT_SIZE
    set_face(normal.element.get_or_add_rPr())
    language = put(normal.element.get_or_add_rPr(), "w:lang", _RPR_AFTER_LANG)
    language.set(qn("w:eastAsia"), "zh-CN")  # Chinese line breaking: no 。or ） opening a line
    spacing = normal.paragraph_format
    spacing.space_before = spacing.space_after = Pt(0)
    spacing.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    spacing.line_spacing = LINE


def set_face(rpr: CT_RPr) -> None:
    """宋体 for Chinese, Latin and digits alike (``w:eastAsia`` is what Word uses for 汉字)."""
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FACE)
    fonts.set(qn("w:hint"), "eastAsia")


def add_text(paragraph: Paragraph, text: str, *, size: Pt = TEXT_SIZE, bold: bool = False) -> None:
    """A run of ``text`` in the Song face, its size written out on the run."""
    run = paragraph.add_run(text)
    run.font.size = size
    run.font.bold = bold or None
    set_face(run._r.get_or_add_rPr())


def add_title(doc: Document, text: str, *, new_page: bool) -> None:
    """The form's title: 二号 bold, centred; on a new page for every person after the first."""
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.alignment = _CENTER
    fmt.line_spacing = TITLE_LINE
    fmt.space_after = TITLE_AFTER
    fmt.page_break_before = new_page
    add_text(paragraph, text, size=TITLE_SIZE, bold=True)


def add_page_break(doc: Document) -> None:
    """A paragraph that starts a new page and takes almost no room on it.

    Why: Word joins two tables with nothing between them, and a break at the end of page 1
    would need a free line there — a full page 1 would push page 2 onto page 3.
    """
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.page_break_before = True
    fmt.line_spacing = Pt(1)


def add_line(doc: Document, text: str) -> None:
    """A paragraph of text below a table (填表人)."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(4)
    add_text(paragraph, text)


def add_grid(doc: Document, widths: Sequence[float], rows: Sequence[Row]) -> Table:
    """A table of ``widths`` cm columns, exactly the text width, the boxes merged and filled."""
    table: Table = doc.add_table(rows=len(rows), cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _set_table_properties(table)
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)
    # Why one list of the cells before merging: table.cell() walks the whole table each time.
    # A merge leaves every other box's corners where they are.
    cells = table._cells
    for index, cell in enumerate(cells):
        cell.width = Cm(widths[index % len(widths)])
    for index, row in enumerate(rows):
        _size_row(table, index, row)
    for index, column, box in placed(rows):
        cell = cells[index * len(widths) + column]
        if box.span > 1 or box.down > 1:
            corner = (index + box.down - 1) * len(widths) + column + box.span - 1
            cell = cell.merge(cells[corner])
        fill(cell, box)
    return table


def placed(rows: Sequence[Row]) -> list[tuple[int, int, Box]]:
    """(row, first column, box) of every box: boxes fill a row left to right, skipping the
    columns a taller box of a row above still covers."""
    covered: set[tuple[int, int]] = set()
    found: list[tuple[int, int, Box]] = []
    for index, row in enumerate(rows):
        column = 0
        for box in row.boxes:
            while (index, column) in covered:
                column += 1
            found.append((index, column, box))
            covered.update((below, col) for below in range(index + 1, index + box.down)
                           for col in range(column, column + box.span))  # fmt: skip
            column += box.span
    return found


def estimated_height(row: Row, boxes: Sequence[tuple[int, Box]], widths: Sequence[float]) -> float:
    """The cm ``row`` will take: its height, or more for the lines its one-row boxes wrap to
    (``boxes``: each box at its first column)."""
    lines = max((wrapped_lines(box.text, sum(widths[column : column + box.span]))
                 for column, box in boxes if box.down == 1), default=1)  # fmt: skip
    return max(row.height, lines * float(LINE.cm))


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a box ``width`` cm wide, at 小四 (a half-width character is
    half the size wide)."""
    columns = max(1, math.floor((width - 2 * CELL_PADDING.cm) / (TEXT_SIZE.cm / 2)))
    return sum(max(1, math.ceil(display_width(part) / columns)) for part in text.split("\n"))


def fill(cell: _Cell, box: Box) -> None:
    """Write a box's paragraphs in the look of its kind."""
    cell.vertical_alignment = _VERTICAL.get(box.kind, WD_CELL_VERTICAL_ALIGNMENT.CENTER)
    lines = box.text.split("\n")
    first = cell.paragraphs[0]
    paragraphs = [first, *(cell.add_paragraph() for _ in lines[1:])]
    for number, (paragraph, text) in enumerate(zip(paragraphs, lines, strict=True)):
        dated = box.kind == "seal" or (box.kind == "report" and number == len(lines) - 1)
        paragraph.paragraph_format.alignment = _RIGHT if dated else _ALIGN.get(box.kind, _LEFT)
        if dated:
            paragraph.paragraph_format.right_indent = DATE_RIGHT
        if box.kind == "resume":
            _resume_line(paragraph, text)
        else:
            add_text(paragraph, text)
    if box.kind == "photo":
        first.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # Why: a fixed
        add_photo(first, box.photo)  # line height would show a 16-point strip of the photo


def _resume_line(paragraph: Paragraph, text: str) -> None:
    """A dated resume line hangs its dates out, a tab taking the text to the indent; a line
    without dates (其间…) starts at the indent.

    Why a tab for the spaces after the dates: they match the dates' width only in a face whose
    digits and spaces are all half a character (宋体); a substitute face would misalign them.
    """
    fmt = paragraph.paragraph_format
    fmt.left_indent = RESUME_HANGING
    dated = _DATED.match(text)
    if dated is None:
        add_text(paragraph, text)
        return
    fmt.first_line_indent = -RESUME_HANGING
    fmt.tab_stops.add_tab_stop(RESUME_HANGING)
    add_text(paragraph, dated["span"])
    add_text(paragraph, "\t")
    add_text(paragraph, dated["text"])


def add_photo(paragraph: Paragraph, photo: bytes | None) -> None:
    """The photo scaled into the 2.5 × 3.5 cm box; nothing for no photo.

    Why an unreadable photo leaves the box empty: ``check`` reports it, and the form must still
    print for the meeting (the photo is pasted on by hand).
    """
    if not photo:
        return
    read = check_photo(photo)
    if read.width is None or read.height is None:  # not a JPEG, or cut short
        return
    width, height = read.width, read.height
    scale = min(PHOTO_BOX[0] / width, PHOTO_BOX[1] / height)
    shape = paragraph.add_run().add_picture(io.BytesIO(photo), width=Cm(width * scale),
                                            height=Cm(height * scale))  # fmt: skip
    for side in ("distT", "distB", "distL", "distR"):  # Why: else LibreOffice sets it off
        shape._inline.set(side, "0")


def _size_row(table: Table, index: int, row: Row) -> None:
    """At least the row's height; every row but a ``split`` one kept on one page."""
    table_row = table.rows[index]
    table_row.height = Cm(row.height)
    table_row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    if not row.split:
        put(table_row._tr.get_or_add_trPr(), "w:cantSplit", _TRPR_AFTER_CANT_SPLIT)


def _set_table_properties(table: Table) -> None:
    """The text width, a 1.5-point frame and half-point rules inside, narrow padding (fixed
    layout comes with ``autofit = False``)."""
    properties = table._tbl.tblPr
    width = put(properties, "w:tblW", _TBLPR_SEQUENCE[7:])
    width.set(qn("w:w"), str(Cm(TEXT_WIDTH_CM).twips))
    width.set(qn("w:type"), "dxa")
    borders = put(properties, "w:tblBorders", _TBLPR_SEQUENCE[11:])
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        rule = OxmlElement(f"w:{edge}")
        rule.set(qn("w:val"), "single")
        rule.set(qn("w:sz"), "4" if edge.startswith("inside") else "12")  # eighths of a point
        rule.set(qn("w:space"), "0")
        rule.set(qn("w:color"), "000000")
        borders.append(rule)
    margins = put(properties, "w:tblCellMar", _TBLPR_SEQUENCE[14:])
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(CELL_PADDING.twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)


def put(parent: BaseOxmlElement, tag: str, successors: Sequence[str]) -> BaseOxmlElement:
    """A fresh ``tag`` child of ``parent`` in its schema place (before any of ``successors``),
    replacing one already there."""
    parent.remove_all(tag)
    child = cast("BaseOxmlElement", OxmlElement(tag))
    parent.insert_element_before(child, *successors)
    return child


# Why these lists: Word refuses a file whose properties are out of the schema's order.
_TBLPR_SEQUENCE = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual",
                   "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc",
                   "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                   "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")  # fmt: skip
_TRPR_AFTER_CANT_SPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden")
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
