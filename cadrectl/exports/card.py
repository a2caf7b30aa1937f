"""后备干部基本情况表: one reserve on A4 portrait pages, laid out like the 干部任免审批表.

The grid follows the form (姓名, 性别, 出生年月（岁）and the photo box; 民族, 籍贯, 出生地; …
学历学位; 现任职务; 简历), then what page 2 of the form and the reserve file add: 奖惩情况,
年度考核结果, 培训, 实践锻炼, and the reserve facts with the tier of the ladder on the as-of date.
A layout is a list of bands: runs of grid rows, whose boxes fill the seven columns left to right
and may span columns and rows (merged when written), and labelled blocks of lines (简历…), a
row per line. Row heights follow the wrapped text; the card prints at 100 % and goes on to the
next page between two rows, a block's lines continuing there under its label (card_pages).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange

from cadrectl.core.messages import stored
from cadrectl.exports import card_pages as pages
from cadrectl.exports import workbook as wbk
from cadrectl.exports.card_pages import (
    COLUMNS,
    HEADING_ROWS,
    LINE_HEIGHT,
    TITLE_HEIGHT,
    WIDTHS,
    Band,
    Box,
    Flow,
    Part,
    Placed,
    SheetRow,
)
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
from cadrectl.exports.form_text import form_age

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.rules.tiers import Placement

RESUME_MIN_LINES = 6
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True, indent=1)
MIDDLE_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_TITLE_MAX = 31

Progress = Callable[[int, int], None]


def _line_border(top: bool, bottom: bool) -> Border:
    return Border(left=wbk.THIN, right=wbk.THIN, top=wbk.THIN if top else None,
                  bottom=wbk.THIN if bottom else None)  # fmt: skip


# A line of a block is edged at the top only where the block begins on a page, at the bottom
# only where it ends there: the lines read as one box (one object each: styles are cached by id).
LINE_BORDERS = {(top, bottom): _line_border(top, bottom) for top in (False, True)
                for bottom in (False, True)}  # fmt: skip


def label(key: str, *, down: int = 1, span: int = 1) -> Box:
    return Box(stored(f"card.label.{key}"), "label", span, down)


def value(text: str, span: int = 1) -> Box:
    return Box(text, "value", span)


def block(text: str) -> Box:
    """Left-aligned text filling the rest of a grid row (现任职务)."""
    return Box(text, "text", COLUMNS - 1)


def flow(key: str, text: str, min_lines: int = 1) -> Flow:
    """A block of lines under the label ``card.label.<key>`` (简历, 奖惩情况…)."""
    return Flow(stored(f"card.label.{key}"), text, min_lines)


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
    """Title, the id and as-of line, the grid; on as many A4 portrait pages as it takes."""
    wbk.set_widths(ws, WIDTHS)
    write_heading(ws, cadre, ctx.as_of)
    rows = pages.plan_rows(card_layout(cadre, ctx), first_row=HEADING_ROWS + 1)
    pages.set_up_pages(ws)
    first_rows = pages.page_first_rows(ws, rows)
    write_rows(ws, rows, first_rows)
    pages.add_page_breaks(ws, first_rows)
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


def birth_and_age(cadre: Cadre, as_of: dt.date) -> str:
    """``1981.12`` over ``（45岁）``, as the 任免审批表 prints them: the age in completed years
    counted by month (a birthday month counts as reached), the bracket never broken."""
    return stored("card.birth-age", birth=dotted(cadre.birth), age=form_age(cadre.birth, as_of))


def card_layout(cadre: Cadre, ctx: CardContext) -> list[Band]:
    """The form, band by band (a box with ``down`` > 1 fills its column in the rows below)."""
    reserve, records = cadre.reserve, cadre.records
    unit = ctx.unit_names.get(cadre.current.unit, cadre.current.unit)
    placement = ctx.placements.get(cadre.id)
    tier = placement.tier_label if placement is not None else ""
    head = [
        [label("name"), value(cadre.name), label("gender"), value(cadre.gender),
         label("birth"), value(birth_and_age(cadre, ctx.as_of)),
         Box(stored("card.label.photo"), "label", down=4)],
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
    ]  # fmt: skip
    facts = [
        [label("entered"), value(dotted(reserve.entered)), label("source"),
         value(source_text(reserve.source, reserve.background)), label("target_rank"),
         value(reserve.target_rank, span=2)],
        [label("direction"), value(reserve.direction), label("tier"), value(tier),
         label("mentors"), value("、".join(reserve.mentors), span=2)],
    ]  # fmt: skip
    return [
        head,
        flow("resume", resume_text(cadre), RESUME_MIN_LINES),
        flow("rewards", rewards_text(cadre)),
        flow("assessments", assessments_text(cadre)),
        flow("trainings", trainings_text(records.trainings)),
        flow("practice", practice_text(records.practice, records.secondments)),
        *([flow("milestones", milestones_text(records.milestones))]
          if records.milestones else []),
        facts,
        flow("plan", reserve.plan or ""),
    ]  # fmt: skip


def write_rows(ws: Any, rows: Sequence[SheetRow], first_rows: Sequence[int]) -> None:
    """Write the planned rows, then merge each box wider or taller than one cell and each
    block's label over its lines on a page."""
    parts = pages.flow_parts(rows, first_rows)
    part_of = {row.row: part for part in parts for row in part.rows}
    for sheet_row in rows:
        part = part_of.get(sheet_row.row)
        cells = grid_cells(ws, sheet_row) if part is None else line_cells(ws, sheet_row, part)
        ws.append(cells)
        ws.row_dimensions[sheet_row.row].height = sheet_row.height
    for item in (item for row in rows for item in row.items):
        if item.box.span > 1 or item.box.down > 1:
            bottom = item.row + item.box.down - 1
            merge(ws, item.row, item.column, bottom, item.column + item.box.span - 1)
    for part in parts:
        if len(part.rows) > 1:
            merge(ws, part.rows[0].row, 1, part.rows[-1].row, 1)


def grid_cells(ws: Any, sheet_row: SheetRow) -> list[Any]:
    """The cells of a grid row: its boxes, and bordered blanks where merged boxes reach."""
    cells = [covered_cell(ws) for _ in range(COLUMNS)]
    for item in sheet_row.items:
        cells[item.column - 1] = box_cell(ws, item)
    return cells


def line_cells(ws: Any, sheet_row: SheetRow, part: Part) -> list[Any]:
    """The cells of a line of a block: the label where the block begins on the page, the text
    across the row, edged at the top and bottom only where the block begins and ends there."""
    (item,) = sheet_row.items
    first, last = sheet_row is part.rows[0], sheet_row is part.rows[-1]
    border = LINE_BORDERS[first, last]
    cells = [wbk.text(ws, part.label, font=wbk.NOTE_FONT) if first else covered_cell(ws)]
    cells.append(wbk.text(ws, item.box.value, align=alignment(item), border=border))
    cells += [covered_cell(ws, border) for _ in range(COLUMNS - 2)]
    return cells


def covered_cell(ws: Any, border: Border = wbk.BORDER) -> Any:
    """An empty bordered cell for a place a merged box covers: Excel draws the edges of a
    merged box from the borders of the cells along them."""
    cell = wbk.text(ws, None, border=border)
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
    """A bordered text cell: labels in Song, values centred in FangSong, blocks on the left."""
    box = item.box
    if box.kind == "label":
        return wbk.text(ws, box.value, font=wbk.NOTE_FONT)
    if box.kind == "value":
        return wbk.text(ws, box.value)
    return wbk.text(ws, box.value, align=alignment(item))


def alignment(item: Placed) -> Alignment:
    """A block's text: from the top when it runs to several lines (or is a line of a longer
    block), else centred in the row's height."""
    several = item.box.kind == "line" or wbk.text_lines(item.box.value, item.width) > 1
    return TOP_LEFT if several else MIDDLE_LEFT
