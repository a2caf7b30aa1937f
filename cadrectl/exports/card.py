"""后备干部基本情况表: one reserve on one A4 portrait page, laid out like the 干部任免审批表.

The grid follows the form (姓名, 性别, 出生年月（岁）and the photo box; 民族, 籍贯, 出生地; …
学历学位; 现任职务; 简历), then what page 2 of the form and the reserve file add: 奖惩情况,
年度考核结果, 培训, 实践锻炼, and the reserve facts with the tier of the ladder on the as-of date.
A layout is a list of rows of boxes that fill the seven columns left to right; a box may
span columns and rows and is merged when written. Row heights follow the wrapped text, and the
page is fitted to one sheet of paper.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange

from cadrectl.core.messages import stored
from cadrectl.exports import workbook as wbk
from cadrectl.exports.card_text import (
    assessments_text,
    degrees,
    milestones_text,
    practice_text,
    resume_text,
    rewards_text,
    schools,
    source_text,
    trainings_text,
)
from cadrectl.exports.columns import dotted, mask_id_number, unit_and_post
from cadrectl.model.dates import age_on

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.rules.tiers import Placement

COLUMNS = 7
# Label, value, label, value, label, value, photo: the proportions of the 任免审批表.
WIDTHS = (11, 13, 11, 13, 11, 14, 14)
TITLE_HEIGHT = 42
LINE_HEIGHT = 22
MIN_ROW_HEIGHT = 30  # a grid row of the form, even with one line in it
TEXT_LINE_HEIGHT = 16.5  # points per wrapped line of 11-point text (CJK faces run tall)
INDENT_WIDTH = 2.0  # character units the indent of a block (and a margin for error) takes
ROW_PADDING = 8
RESUME_MIN_LINES = 6
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True, indent=1)
MIDDLE_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_TITLE_MAX = 31

BoxKind = Literal["label", "value", "text"]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Box:
    """One cell of the form: a label, a short value or a block of text, merged over its span."""

    value: str
    kind: BoxKind = "value"
    span: int = 1  # columns
    down: int = 1  # rows
    min_lines: int = 1  # a block kept this tall even when short (简历)


def label(key: str, *, down: int = 1, span: int = 1) -> Box:
    return Box(stored(f"card.label.{key}"), "label", span, down)


def value(text: str, span: int = 1) -> Box:
    return Box(text, "value", span)


def block(text: str, min_lines: int = 1) -> Box:
    """Left-aligned text filling the rest of the row (简历, 培训…)."""
    return Box(text, "text", COLUMNS - 1, min_lines=min_lines)


@dataclass(frozen=True)
class CardContext:
    """What a card needs besides the cadre: the date, unit names, each one's place on the
    ladder (梯队), masking."""

    as_of: dt.date
    unit_names: Mapping[str, str]
    placements: Mapping[str, Placement]
    mask_id: bool


def cards_workbook(
    cadres: Sequence[Cadre], ctx: CardContext, progress: Progress | None = None
) -> Workbook:
    """A sheet per cadre, named ``<id> <name>``."""
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for done, cadre in enumerate(cadres, start=1):
        title = sheet_title(f"{cadre.id} {cadre.name}", taken)
        taken.add(title)
        write_card(book.create_sheet(title), cadre, ctx)
        if progress is not None:
            progress(done, len(cadres))
    return book


def sheet_title(text: str, taken: set[str]) -> str:
    """A legal sheet name: no ``[]:*?/\\``, at most 31 characters, not already ``taken``."""
    base = _SHEET_FORBIDDEN.sub("_", text).strip("'")[:SHEET_TITLE_MAX] or "_"
    title, serial = base, 1
    while title in taken:
        serial += 1
        suffix = f"({serial})"
        title = base[: SHEET_TITLE_MAX - len(suffix)] + suffix
    return title


def write_card(ws: Any, cadre: Cadre, ctx: CardContext) -> None:
    """Title, the id and as-of line, the grid; one A4 portrait page."""
    wbk.set_widths(ws, WIDTHS)
    write_heading(ws, cadre, ctx.as_of)
    write_grid(ws, card_rows(cadre, ctx), first_row=ws.max_row + 1)
    wbk.print_setup(ws, landscape=False, title_rows=None)
    ws.page_setup.fitToHeight = 1  # Why: the form is one page; print_setup only fits the width
    ws.print_area = f"A1:{wbk.column_letter(COLUMNS)}{ws.max_row}"


def write_heading(ws: Any, cadre: Cadre, as_of: dt.date) -> None:
    """The merged title row, then 编号 on the left and 截至 date on the right."""
    ws.append([wbk.text(ws, stored("card.title"), font=wbk.TITLE_FONT, border=None)])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=COLUMNS)
    ws.row_dimensions[1].height = TITLE_HEIGHT
    right = Alignment(horizontal="right", vertical="center")
    date = stored("card.as-of-line", year=as_of.year, month=as_of.month, day=as_of.day)
    left_cell = wbk.text(ws, stored("card.id-line", id=cadre.id), font=wbk.NOTE_FONT,
                         align=wbk.LEFT, border=None)  # fmt: skip
    right_cell = wbk.text(ws, date, font=wbk.NOTE_FONT, align=right, border=None)
    ws.append([left_cell, None, None, None, right_cell])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    ws.merge_cells(start_row=2, start_column=5, end_row=2, end_column=COLUMNS)
    ws.row_dimensions[2].height = LINE_HEIGHT


def card_rows(cadre: Cadre, ctx: CardContext) -> list[list[Box]]:
    """The form's grid, row by row (a box with ``down`` > 1 fills its column in the rows below)."""
    reserve = cadre.reserve
    birth = stored("card.birth-age", birth=dotted(cadre.birth), age=age_on(cadre.birth, ctx.as_of))
    unit = ctx.unit_names.get(cadre.current.unit, cadre.current.unit)
    placement = ctx.placements.get(cadre.id)
    tier = placement.tier_label if placement is not None else ""
    return [
        [label("name"), value(cadre.name), label("gender"), value(cadre.gender),
         label("birth"), value(birth), Box(stored("card.label.photo"), "label", down=4)],
        [label("ethnicity"), value(cadre.ethnicity), label("native_place"),
         value(cadre.native_place or ""), label("birthplace"), value(cadre.birthplace or "")],
        [label("party_joined"), value(dotted(cadre.party.joined)), label("work_start"),
         value(dotted(cadre.work_start)), label("health"), value(cadre.health or "")],
        [label("title"), value(cadre.title or "", span=2), label("specialty"),
         value(cadre.specialty or "", span=2)],
        [label("education", down=2), label("fulltime"), value(degrees(cadre, "全日制"), span=2),
         label("school"), value(schools(cadre, "全日制"), span=2)],
        [label("parttime"), value(degrees(cadre, "在职"), span=2),
         label("school"), value(schools(cadre, "在职"), span=2)],
        [label("post"), block(unit_and_post(unit, cadre.current.post))],
        [label("post_since"), value(dotted(cadre.current.post_since)), label("rank_since"),
         value(dotted(cadre.current.rank_since)), label("rank"),
         value(cadre.current.rank or "", span=2)],
        [label("id_number"), value(mask_id_number(cadre.id_number, ctx.mask_id), span=3),
         label("party"), value(cadre.party_status, span=2)],
        [label("resume"), block(resume_text(cadre), RESUME_MIN_LINES)],
        [label("rewards"), block(rewards_text(cadre))],
        [label("assessments"), block(assessments_text(cadre))],
        [label("trainings"), block(trainings_text(cadre.records.trainings))],
        [label("practice"), block(practice_text(cadre.records.practice,
                                                cadre.records.secondments))],
        *([[label("milestones"), block(milestones_text(cadre.records.milestones))]]
          if cadre.records.milestones else []),
        [label("entered"), value(dotted(reserve.entered)), label("source"),
         value(source_text(reserve.source, reserve.background)), label("target_rank"),
         value(reserve.target_rank, span=2)],
        [label("direction"), value(reserve.direction), label("tier"), value(tier),
         label("mentors"), value("、".join(reserve.mentors), span=2)],
        [label("plan"), block(reserve.plan or "")],
    ]  # fmt: skip


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
        return columns - INDENT_WIDTH if self.box.kind == "text" else columns


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


def write_grid(ws: Any, rows: Sequence[Sequence[Box]], first_row: int) -> None:
    """Write the boxes row by row, merge every box wider or taller than one cell, size rows."""
    placed = place_rows(rows, first_row)
    for line in placed:
        cells = [covered_cell(ws) for _ in range(COLUMNS)]
        for item in line:
            cells[item.column - 1] = box_cell(ws, item)
        ws.append(cells)
        ws.row_dimensions[ws.max_row].height = grid_row_height(line)
    for item in (item for line in placed for item in line):
        if item.box.span > 1 or item.box.down > 1:
            bottom = item.row + item.box.down - 1
            merge(ws, item.row, item.column, bottom, item.column + item.box.span - 1)


def covered_cell(ws: Any) -> Any:
    """An empty bordered cell for a place a merged box covers: Excel draws the edges of a
    merged box from the borders of the cells along them."""
    cell = wbk.text(ws, None)
    cell.value = None
    return cell


def merge(ws: Any, top: int, left: int, bottom: int, right: int) -> None:
    """Merge a range whose cells are already written and bordered.

    Why: not ``ws.merge_cells``, which re-styles every covered cell one by one (about 80% of the
    time of a 120-card workbook) to give them the borders they already have here.
    """
    bounds = CellRange(min_col=left, min_row=top, max_col=right, max_row=bottom)
    ws.merged_cells.add(MergedCellRange(ws, bounds.coord))


def box_cell(ws: Any, item: Placed) -> Any:
    """A bordered text cell: labels in Song, values centred in FangSong, blocks on the left (from
    the top when they run to several lines)."""
    box = item.box
    if box.kind == "label":
        return wbk.text(ws, box.value, font=wbk.NOTE_FONT)
    if box.kind == "text":
        several = max(box.min_lines, wbk.text_lines(box.value, item.width)) > 1
        return wbk.text(ws, box.value, align=TOP_LEFT if several else MIDDLE_LEFT)
    return wbk.text(ws, box.value)


def grid_row_height(line: Sequence[Placed]) -> float:
    """Tall enough for the most wrapped one-row box of the row, never lower than a form row."""
    lines = max(
        (
            max(item.box.min_lines, wbk.text_lines(item.box.value, item.width))
            for item in line
            if item.box.down == 1
        ),
        default=1,
    )
    return max(MIN_ROW_HEIGHT, round(lines * TEXT_LINE_HEIGHT + ROW_PADDING, 1))
