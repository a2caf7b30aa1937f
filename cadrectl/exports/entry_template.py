"""The blank entry sheets (填报表) of ``cadrectl export template``: what lower units fill in and
``cadrectl import`` reads back — the registry's headers, drop-down lists of its codes, text
cells for dates and id numbers, and a 填表说明 sheet.

Each header is the first alias of its field in rules.sheet_layout.ALIASES, so the importer
recognises every column of the sheet it handed out (a test fills one in and imports it).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cadrectl.core.messages import stored
from cadrectl.exports.entry_columns import COLUMNS, Column, is_required

if TYPE_CHECKING:
    from openpyxl import Workbook

    from cadrectl.model.config import Config

# Lists whose values a unit may go beyond: a degree written out (大学工学学士), a unit not yet
# in the registry (import --create-units adds it). Excel warns and lets the value stand.
_OPEN_LISTS: frozenset[str] = frozenset({"education", "unit"})
_EDUCATION_USUAL = ("研究生博士", "研究生硕士", "大学学士")
REQUIRED_FILL = "FFF2CC"  # the pale yellow of a required column's header
_TITLE_ROW, _FILING_ROW, _HEADER_ROW = 1, 2, 3
_BLANK_ROW_HEIGHT = 22.0  # points: room for one line typed, or written by hand on a print


def code_lists(config: Config, unit_names: Sequence[str]) -> dict[str, list[str]]:
    """The values each list offers: the code tables' and the registry's own (cadrectl.yaml)."""
    from cadrectl.model.codes import (
        EDUCATION_LEVEL_NAMES,
        ETHNICITY_NAMES,
        GENDER_NAMES,
        PARTY_STATUSES,
    )

    return {
        "gender": list(GENDER_NAMES),
        "ethnicity": list(ETHNICITY_NAMES),
        "education": list(dict.fromkeys([*_EDUCATION_USUAL, *EDUCATION_LEVEL_NAMES])),
        "party": list(dict.fromkeys(short for _, _, short in PARTY_STATUSES)),
        "rank": [rank.name for rank in config.ranks],
        "direction": list(config.directions),
        "source": list(config.sources),
        "grade": list(config.assessment_scale),
        "unit": list(dict.fromkeys(unit_names)),
    }


def template_workbook(kind: str, config: Config, required: Collection[str],
                      unit_names: Sequence[str], rows: int) -> Workbook:  # fmt: skip
    """The entry sheet of ``kind`` with ``rows`` blank rows, its 填表说明, and the hidden 代码
    sheet its drop-down lists read."""
    from cadrectl.exports import workbook as wbk

    columns = COLUMNS[kind]
    lists = code_lists(config, unit_names)
    used = list(dict.fromkeys(c.choices for c in columns if c.choices and lists[c.choices]))
    wb = wbk.new_workbook(write_only=True)
    entry = wb.create_sheet(stored("template.sheet.entry"))
    guide = wb.create_sheet(stored("template.sheet.guide"))
    codes = wb.create_sheet(stored("template.sheet.codes"))
    ranges = _write_codes(codes, used, lists)
    _write_entry(entry, kind, config, columns, required, ranges, rows)
    _write_guide(guide, kind, config, columns, required)
    return wb


def _write_entry(ws: Any, kind: str, config: Config, columns: Sequence[Column],
                 required: Collection[str], ranges: Mapping[str, str],
                 rows: int) -> None:  # fmt: skip
    """Title, 填报单位 line, header (one row, or two under 全日制教育 and 在职教育), blank rows;
    A4 landscape with the header on every page, frozen with the names in view."""
    from cadrectl.exports import workbook as wbk
    from cadrectl.exports.textfit import width_for

    two_levels = any(column.header[1] for column in columns)
    header_end = _HEADER_ROW + 1 if two_levels else _HEADER_ROW
    first = header_end + 1
    widths = [max(c.width, width_for(c.header[1] or c.header[0], bold=True)) for c in columns]
    wbk.set_widths(ws, widths)
    wbk.print_setup(ws, landscape=True, title_rows=f"{_HEADER_ROW}:{header_end}")
    name_at = next(i for i, c in enumerate(columns, start=1) if c.field == "name")
    ws.freeze_panes = f"{wbk.column_letter(name_at + 1)}{first}"
    _title_rows(ws, kind, config, len(columns))
    _header_rows(ws, columns, required, two_levels)
    # Why 序号 is not filled in: a row holding only its number reads as a unit's group title.
    for row in range(first, first + rows):
        ws.row_dimensions[row].height = _BLANK_ROW_HEIGHT
        cells = []
        for column in columns:
            cell = _cell(ws, None, align=wbk.CENTER if column.width < 12 else wbk.LEFT)
            if column.form == "text":
                cell.number_format = "@"  # Why: typed 1985.10 stays text, not the number 1985.1
            cells.append(cell)
        ws.append(cells)
    _drop_downs(ws, columns, ranges, first, first + rows - 1)


def _title_rows(ws: Any, kind: str, config: Config, width: int) -> None:
    """The merged title, and the 填报单位 … 填报日期 line under it."""
    from openpyxl.worksheet.cell_range import CellRange

    from cadrectl.exports import workbook as wbk

    last = wbk.column_letter(width)
    ws.row_dimensions[_TITLE_ROW].height = 36
    ws.row_dimensions[_FILING_ROW].height = 24
    region = config.organization.region or config.organization.name
    ws.merged_cells.add(CellRange(f"A{_TITLE_ROW}:{last}{_TITLE_ROW}"))
    title = stored(f"template.title.{kind}", region=region)
    ws.append([wbk.text(ws, title, font=wbk.TITLE_FONT, border=None)] + [None] * (width - 1))
    half = (width + 1) // 2
    middle = wbk.column_letter(half)
    ws.merged_cells.add(CellRange(f"A{_FILING_ROW}:{middle}{_FILING_ROW}"))
    ws.merged_cells.add(
        CellRange(f"{wbk.column_letter(half + 1)}{_FILING_ROW}:{last}{_FILING_ROW}")
    )
    unit = wbk.text(ws, stored("template.filing-unit"), font=wbk.NOTE_FONT, align=wbk.LEFT,
                    border=None)  # fmt: skip
    date = wbk.text(ws, stored("template.filing-date"), font=wbk.NOTE_FONT,
                    align=_align("right"), border=None)  # fmt: skip
    ws.append([unit, *[None] * (half - 1), date, *[None] * (width - half - 1)])


def _header_rows(ws: Any, columns: Sequence[Column], required: Collection[str],
                 two_levels: bool) -> None:  # fmt: skip
    """The header: a column's header merged down over both rows unless it is under a group;
    a required column's (lowest) header cell pale yellow."""
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.cell_range import CellRange

    from cadrectl.exports import workbook as wbk

    header_end = _HEADER_ROW + 1 if two_levels else _HEADER_ROW
    for row in range(_HEADER_ROW, header_end + 1):
        ws.row_dimensions[row].height = 36 if two_levels else 40
    fill = PatternFill("solid", fgColor=REQUIRED_FILL)
    upper_cells, lower_cells = [], []
    for index, column in enumerate(columns, start=1):
        upper, lower = column.header
        top = wbk.text(ws, upper, font=wbk.HEADER_FONT)
        bottom = _cell(ws, lower, font=wbk.HEADER_FONT)  # under a merged-down header: blank
        if is_required(column, required):
            (bottom if lower else top).fill = fill
        upper_cells.append(top)
        lower_cells.append(bottom)
        letter = wbk.column_letter(index)
        if two_levels and not lower:
            ws.merged_cells.add(CellRange(f"{letter}{_HEADER_ROW}:{letter}{header_end}"))
    if two_levels:
        _merge_groups(ws, columns)
    ws.append(upper_cells)
    if two_levels:
        ws.append(lower_cells)


def _merge_groups(ws: Any, columns: Sequence[Column]) -> None:
    """The upper cell of each run of columns under one group (全日制教育), merged across."""
    from openpyxl.worksheet.cell_range import CellRange

    from cadrectl.exports.workbook import column_letter

    index = 1
    while index <= len(columns):
        upper, lower = columns[index - 1].header
        run = index
        while lower and run < len(columns) and columns[run].header[0] == upper:
            run += 1
        if run > index:
            start, stop = column_letter(index), column_letter(run)
            ws.merged_cells.add(CellRange(f"{start}{_HEADER_ROW}:{stop}{_HEADER_ROW}"))
        index = run + 1


def _drop_downs(ws: Any, columns: Sequence[Column], ranges: Mapping[str, str], first: int,
                end: int) -> None:  # fmt: skip
    """A list to choose from in each coded column's blank rows, read from the 代码 sheet (an
    inline list holds at most 255 characters: 56 民族 do not fit)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from cadrectl.exports.workbook import column_letter

    rules: dict[str, Any] = {}
    for index, column in enumerate(columns, start=1):
        if column.choices is None or column.choices not in ranges:
            continue
        rule = rules.get(column.choices)
        if rule is None:
            open_list = column.choices in _OPEN_LISTS
            rule = DataValidation(
                type="list", formula1=ranges[column.choices], allow_blank=True,
                showErrorMessage=True, errorStyle="warning" if open_list else "stop",
                errorTitle=stored("template.dv.title"),
                error=stored("template.dv.warn" if open_list else "template.dv.stop"),
            )  # fmt: skip
            rules[column.choices] = rule
            ws.data_validations.append(rule)
        letter = column_letter(index)
        rule.add(f"{letter}{first}:{letter}{end}")


def _write_codes(ws: Any, used: Sequence[str], lists: Mapping[str, list[str]]) -> dict[str, str]:
    """The hidden 代码 sheet: a column per list, its values under a header; each list's range
    as a data validation formula names it (``'代码'!$B$2:$B$59``)."""
    from cadrectl.exports import workbook as wbk

    ws.sheet_state = "hidden"
    wbk.set_widths(ws, [max(12.0, *(len(v) * 2.2 for v in lists[name])) for name in used])
    header = [stored("template.codes.header", label=stored(f"template.list.{name}"))
              for name in used]  # fmt: skip
    ws.append([wbk.text(ws, text, font=wbk.HEADER_FONT) for text in header])
    longest = max((len(lists[name]) for name in used), default=0)
    for row in range(longest):
        ws.append([wbk.text(ws, lists[name][row]) if row < len(lists[name]) else None
                   for name in used])  # fmt: skip
    title = ws.title.replace("'", "''")
    ranges = {}
    for index, name in enumerate(used, start=1):
        letter = wbk.column_letter(index)
        ranges[name] = f"'{title}'!${letter}$2:${letter}${len(lists[name]) + 1}"
    return ranges


def _write_guide(ws: Any, kind: str, config: Config, columns: Sequence[Column],
                 required: Collection[str]) -> None:  # fmt: skip
    """填表说明: the general points, the kind's own, a table of the columns (what to write,
    whether required), and where to send the sheet."""
    from openpyxl.worksheet.cell_range import CellRange

    from cadrectl.exports import workbook as wbk

    widths = (6.0, 26.0, 50.0, 8.0)
    wbk.set_widths(ws, widths)
    wbk.print_setup(ws, landscape=False, title_rows=None)
    row = 1
    ws.merged_cells.add(CellRange("A1:D1"))
    ws.row_dimensions[row].height = 36
    ws.append([wbk.text(ws, stored("template.guide.title"), font=wbk.TITLE_FONT, border=None)])
    points = [
        *stored("template.guide.general").splitlines(),
        *stored(f"template.guide.note.{kind}").splitlines(),
        stored("template.guide.send", organization=config.organization.name),
    ]
    for number, point in enumerate(points, start=1):
        row += 1
        ws.merged_cells.add(CellRange(f"B{row}:D{row}"))
        ws.row_dimensions[row].height = wbk.row_height([point], [sum(widths[1:])]) + 2
        ws.append(
            [
                wbk.text(ws, f"{number}.", font=wbk.NOTE_FONT, align=_align("right"), border=None),
                wbk.text(ws, point, font=wbk.NOTE_FONT, align=wbk.LEFT, border=None),
            ]
        )
    ws.append([])
    row += 2
    heads = ("template.guide.col.column", "template.guide.col.hint", "template.guide.col.required")
    ws.row_dimensions[row].height = 24
    ws.append([None, *(wbk.text(ws, stored(key), font=wbk.HEADER_FONT) for key in heads)])
    yes = stored("template.guide.yes")
    for column in columns:
        upper, lower = column.header
        label = f"{upper}—{lower}" if lower else upper
        hint = stored(f"template.hint.{column.field}")
        if column.choices:
            hint = f"{stored('template.guide.choose')}；{hint}"
        row += 1
        ws.row_dimensions[row].height = max(20.0, wbk.row_height([label, hint], widths[1:3]))
        ws.append([None, wbk.text(ws, label, align=wbk.LEFT),
                   wbk.text(ws, hint, align=wbk.LEFT),
                   _cell(ws, yes if is_required(column, required) else None)])  # fmt: skip


def _cell(ws: Any, value: str | None, **style: Any) -> Any:
    """A styled cell as workbook.text makes it, left truly blank when there is no value (not an
    empty string, which a reader would take for text)."""
    from cadrectl.exports import workbook as wbk

    cell = wbk.text(ws, value, **style)
    if value is None:
        cell.value = None
    return cell


def _align(horizontal: str) -> Any:
    """One Alignment object per kind, for every workbook: workbook.text names a style per
    (font, alignment, border) object, so a new object each cell would name a style each."""
    from openpyxl.styles import Alignment

    return _ALIGNS.setdefault(
        horizontal, Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
    )


_ALIGNS: dict[str, Any] = {}
