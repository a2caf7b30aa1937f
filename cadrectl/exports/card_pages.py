"""The 基本情况表 as rows and pages: the boxes and blocks a layout is made of, the sheet rows they
take and how tall, and where A4 portrait pages printed at 100 % begin, never inside a row.

Why 100 % and no "fit to page": fitted to one page, a card with a 16-line 简历 printed at about
71 % (8-point text). The grid is narrower than the paper, so at 100 % it needs no fitting
across, and Excel ignores manual page breaks under "Fit to". A long card goes on to the next
page as the paper form does, between two rows, the 编号 line repeated at the top; a block
(简历…) is a row per line, so it may continue there under its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, groupby, pairwise
from typing import Any, Literal, TypeAlias

from openpyxl.worksheet.pagebreak import Break

from cadrectl.exports import workbook as wbk
from cadrectl.exports.textfit import PIXELS_PER_UNIT

COLUMNS = 7
# Label, value, label, value, label, value, photo: the proportions of the 任免审批表.
WIDTHS = (11, 13, 11, 13, 11, 14, 14)
# Why multiples of 0.75 pt: a row is drawn a whole number of pixels tall (96 dpi), so every
# height here is the one Excel prints and the one the pages are planned with.
TITLE_HEIGHT = 42.0
LINE_HEIGHT = 22.5
HEADING_ROWS = 2  # the title, then the 编号 and 截至 line (repeated atop every page)
MIN_ROW_HEIGHT = 30.0  # a grid row of the form, even with one line in it
TEXT_LINE_HEIGHT = 16.5  # points per wrapped line of 11-point text (CJK faces run tall)
ROW_PADDING = 7.5
INDENT_WIDTH = 2.0  # character units the indent of a block (and a margin for error) takes
A4_HEIGHT = 841.89  # points (297 mm)
A4_WIDTH = 595.28  # points (210 mm)
POINTS_PER_INCH = 72.0
POINTS_PER_PIXEL = 0.75  # at 96 dpi
SCALE = 100  # per cent: the 11-point text of the cells prints at 11 points
# Why: LibreOffice leaves the rows about 5 points less than the margins do (its footer takes room
# from the body), and Excel and WPS lay pages out in their own units; a row ending within this
# much of the bottom margin goes to the next page, lest the program break a row earlier than the
# manual break and print a page holding one row.
SLACK = 12.0  # points

# label, value, a block in a grid row (现任职务), a line of a labelled block (简历…)
BoxKind = Literal["label", "value", "text", "line"]


@dataclass(frozen=True)
class Box:
    """One cell of the form: a label, a short value or a block of text, merged over its span."""

    value: str
    kind: BoxKind = "value"
    span: int = 1  # columns
    down: int = 1  # rows


@dataclass(frozen=True)
class Flow:
    """A labelled block of lines (简历, 奖惩情况…), written a row per line: a page may end
    between two lines, and the block goes on at the top of the next one."""

    label: str
    text: str
    min_lines: int = 1  # kept this tall even when short (简历)


Band: TypeAlias = Sequence[Sequence[Box]] | Flow  # grid rows placed together, or a block


@dataclass(frozen=True)
class Placed:
    """A box at its row and first column (1-based) on the sheet."""

    box: Box
    row: int
    column: int

    @property
    def width(self) -> float:
        """The character units the box's text has: its columns, less a block's indent."""
        columns = float(sum(WIDTHS[self.column - 1 : self.column - 1 + self.box.span]))
        return columns - INDENT_WIDTH if self.box.kind in ("text", "line") else columns


@dataclass(frozen=True)
class SheetRow:
    """A row of the sheet as planned: its boxes in place, its height, whether a page may begin
    at it, and for a line of a block the block it belongs to."""

    row: int
    items: tuple[Placed, ...]
    height: float
    may_start: bool
    flow: Flow | None = None


@dataclass(frozen=True)
class Part:
    """The lines of a block on one page, and the label printed beside them."""

    rows: tuple[SheetRow, ...]
    label: str


def place_rows(rows: Sequence[Sequence[Box]], first_row: int) -> list[list[Placed]]:
    """Each box at its place: boxes fill a row left to right, skipping the columns a box of a
    row above still covers (``down`` > 1)."""
    covered: set[tuple[int, int]] = set()
    placed: list[list[Placed]] = []
    for row, boxes in enumerate(rows, start=first_row):
        line: list[Placed] = []
        column = 1
        for box in boxes:
            while (row, column) in covered:
                column += 1
            line.append(Placed(box, row, column))
            covered.update(
                (below, col)
                for below in range(row + 1, row + box.down)
                for col in range(column, column + box.span)
            )
            column += box.span
        placed.append(line)
    return placed


def plan_rows(bands: Sequence[Band], first_row: int) -> list[SheetRow]:
    """The rows of the bands from ``first_row`` on."""
    planned: list[SheetRow] = []
    for band in bands:
        row = first_row + len(planned)
        planned += flow_rows(band, row) if isinstance(band, Flow) else grid_rows(band, row)
    return planned


def grid_rows(rows: Sequence[Sequence[Box]], first_row: int) -> list[SheetRow]:
    """Grid rows; a page may begin at one that no box of a row above reaches into."""
    placed = place_rows(rows, first_row)
    reached = {below for line in placed for item in line
               for below in range(item.row + 1, item.row + item.box.down)}  # fmt: skip
    return [
        SheetRow(row, tuple(line), grid_row_height(line), row not in reached)
        for row, line in enumerate(placed, start=first_row)
    ]


def flow_rows(flow: Flow, first_row: int) -> list[SheetRow]:
    """A row per line of a block, as tall as the line wraps to; the last padded, and taller when
    the block is shorter than its label or its ``min_lines``. A page may begin at a line once
    the block has as many lines above it as its label takes, so the label is never cut short."""
    texts = flow.text.split("\n")
    kind: BoxKind = "text" if len(texts) == 1 and flow.min_lines == 1 else "line"  # "text": centred
    items = [Placed(Box(text, kind, COLUMNS - 1), row, 2)
             for row, text in enumerate(texts, start=first_row)]  # fmt: skip
    counts = [wbk.text_lines(item.box.value, item.width) for item in items]
    keep = label_lines(flow.label)
    short = max(flow.min_lines, keep) - sum(counts)
    heights = [count * TEXT_LINE_HEIGHT for count in counts]
    heights[-1] += ROW_PADDING + max(short, 0) * TEXT_LINE_HEIGHT
    heights[-1] += max(MIN_ROW_HEIGHT - sum(heights), 0.0)
    above = [0, *accumulate(counts)]  # lines of the block above each line
    return [
        SheetRow(item.row, (item,), height, index == 0 or above[index] >= keep, flow)
        for index, (item, height) in enumerate(zip(items, heights, strict=True))
    ]


def label_lines(text: str) -> int:
    """Lines a label takes in the first column."""
    return wbk.text_lines(text, WIDTHS[0])


def grid_row_height(line: Sequence[Placed]) -> float:
    """Tall enough for the most wrapped one-row box of the row, never lower than a form row."""
    lines = max(
        (wbk.text_lines(item.box.value, item.width) for item in line if item.box.down == 1),
        default=1,
    )
    return max(MIN_ROW_HEIGHT, lines * TEXT_LINE_HEIGHT + ROW_PADDING)


def flow_parts(rows: Sequence[SheetRow], first_rows: Sequence[int]) -> list[Part]:
    """Each block's lines, page by page: the label where the block begins, and again on a later
    page when the lines there are tall enough to hold it."""
    parts: list[Part] = []
    for block_flow, run in groupby(rows, key=lambda row: row.flow):
        if block_flow is None:
            continue
        lines = list(run)
        cuts = [0, *(i for i, row in enumerate(lines) if i and row.row in first_rows), len(lines)]
        for begin, end in pairwise(cuts):
            part = tuple(lines[begin:end])
            tall = (
                sum(row.height for row in part) >= label_lines(block_flow.label) * TEXT_LINE_HEIGHT
            )
            parts.append(Part(part, block_flow.label if begin == 0 or tall else ""))
    return parts


def set_up_pages(ws: Any) -> None:
    """A4 portrait at 100 %, "第 N 页 共 M 页" in the footer, the 编号 line repeated on every
    page. Should a clerk switch to "Fit to", it fits the width only (1 page wide, any tall)."""
    wbk.print_setup(ws, landscape=False, title_rows=f"{HEADING_ROWS}:{HEADING_ROWS}",
                    fit_width=False)  # fmt: skip
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = SCALE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def page_height(ws: Any) -> float:
    """Points of rows an A4 portrait page holds between the sheet's top and bottom margins."""
    margins = ws.page_margins
    return A4_HEIGHT - float(margins.top + margins.bottom) * POINTS_PER_INCH - SLACK


def page_width(ws: Any) -> float:
    """Points of columns an A4 portrait page holds between the sheet's side margins."""
    margins = ws.page_margins
    return A4_WIDTH - float(margins.left + margins.right) * POINTS_PER_INCH


def printed_width(widths: Sequence[float]) -> float:
    """Points the columns of ``widths`` (Excel's units) take on paper at 100 %, at their widest
    (a column of width w drawn 7w + 5 pixels wide)."""
    return sum(PIXELS_PER_UNIT * width + 5 for width in widths) * POINTS_PER_PIXEL


def page_first_rows(ws: Any, rows: Sequence[SheetRow]) -> list[int]:
    """The sheet rows that begin pages 2, 3… (the heading stays on the first page)."""
    heights = [TITLE_HEIGHT, LINE_HEIGHT, *(row.height for row in rows)]
    may_start = [False] * HEADING_ROWS + [row.may_start for row in rows]
    found = page_starts(heights, may_start, page=page_height(ws), repeated=LINE_HEIGHT)
    return [index + 1 for index in found]


def page_starts(
    heights: Sequence[float], may_start: Sequence[bool], *, page: float, repeated: float
) -> list[int]:
    """The rows (indexes into ``heights``) that begin pages 2, 3…

    A page takes rows while the next one fits (``page`` points on the first page, less the
    ``repeated`` title rows on the others). The next page begins at the overflowing row, or at
    the nearest row above it that ``may_start`` one when it may not (a row a merged box reaches
    into from above, the first lines of a block that stay with its label); at the overflowing
    row itself when no row of the page may.
    """
    starts: list[int] = []
    top, used, room = 0, 0.0, page
    for index, height in enumerate(heights):
        if used + height > room and index > top:
            start = next((row for row in range(index, top, -1) if may_start[row]), index)
            starts.append(start)
            top, used, room = start, sum(heights[start:index]), page - repeated
        used += height
    return starts


def add_page_breaks(ws: Any, first_rows: Sequence[int]) -> None:
    """A manual page break above each of the sheet rows ``first_rows``."""
    for row in first_rows:
        ws.row_breaks.append(Break(id=row - 1))  # Why: a break's id is the row it follows
