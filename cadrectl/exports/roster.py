"""后备干部名册: the roster workbook, laid out by a template from cadrectl.yaml.

A4 landscape, a merged title, a 填报单位/填报日期 line, a one- or two-level header repeated on
every printed page, one bordered row per reserve ordered by tier, rank, then 姓氏笔画 (or
pinyin, or as listed), and "第 N 页 共 M 页" in the footer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.cell_range import CellRange

from cadrectl.exports import workbook as wbk
from cadrectl.exports.columns import Field, RowContext, field_for

if TYPE_CHECKING:
    from openpyxl import Workbook

    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config, RosterColumn, RosterTemplate
    from cadrectl.rules.tiers import Placement

DEFAULT_TEMPLATE: dict[str, Any] = {
    "title": "{region}后备干部名册",
    "columns": [
        {"field": "seq"}, {"field": "name"}, {"field": "gender"}, {"field": "ethnicity"},
        {"field": "birth_age"}, {"field": "native_place"}, {"field": "party_joined"},
        {"field": "work_start"},
        {"field": "fulltime_degree", "group": "全日制教育"},
        {"field": "fulltime_school", "group": "全日制教育"},
        {"field": "parttime_degree", "group": "在职教育"},
        {"field": "parttime_school", "group": "在职教育"},
        {"field": "unit_post"}, {"field": "post_since"}, {"field": "rank_since"},
        {"field": "direction"}, {"field": "tier"}, {"field": "note"},
    ],
}  # fmt: skip
_TITLE_ROW_HEIGHT = 36
_LINE_ROW_HEIGHT = 22
_HEADER_ROW_HEIGHT = 30


@dataclass(frozen=True)
class Column:
    field: Field
    header: str
    group: str | None
    width: float


def template(config: Config, name: str | None) -> RosterTemplate:
    """The named template, the registry's only/first one, or the built-in default."""
    from cadrectl.core.errors import UsageError
    from cadrectl.model.config import RosterTemplate

    if name is not None:
        if name not in config.rosters:
            raise UsageError(
                "roster.no-template", name=name, names="、".join(config.rosters) or "—"
            )
        return config.rosters[name]
    if config.rosters:
        return next(iter(config.rosters.values()))
    return RosterTemplate.model_validate(DEFAULT_TEMPLATE)


def columns_of(spec: Sequence[RosterColumn]) -> list[Column]:
    found = []
    for item in spec:
        field = field_for(item.source)
        found.append(
            Column(field, item.header or field.header, item.group, item.width or field.width)
        )
    return found


def chosen(cadres: Iterable[Cadre], spec: RosterTemplate) -> list[Cadre]:
    """The cadres the template lists (by status and target rank), unordered."""
    return [
        cadre
        for cadre in cadres
        if cadre.reserve.status in spec.statuses
        and (spec.target_ranks is None or cadre.reserve.target_rank in spec.target_ranks)
    ]


def ordered(
    config: Config,
    spec: RosterTemplate,
    cadres: list[Cadre],
    placements: dict[str, Placement],
) -> list[Cadre]:
    """Ordered by tier, rank (higher first), then the template's order."""

    def key(cadre: Cadre) -> tuple[Any, ...]:
        placement = placements.get(cadre.id)
        tier = placement.tier if placement is not None and placement.tier is not None else 9
        rank = -(config.rank_order(cadre.current.rank) or 0)
        return (tier, rank, name_key(cadre.name, spec.order), cadre.id)

    return sorted(cadres, key=key)


def name_key(name: str, order: str) -> tuple[Any, ...]:
    """姓氏笔画: stroke counts character by character; or pinyin; or nothing (as listed)."""
    if order == "stroke":
        return tuple((strokes(char), ord(char)) for char in name)
    if order == "pinyin":
        from pypinyin import lazy_pinyin

        return tuple(lazy_pinyin(name))
    return ()


def strokes(char: str) -> int:
    """Total strokes (Unihan kTotalStrokes) of a CJK ideograph; 99 when unknown."""
    table = _stroke_table()
    point = ord(char) - 0x4E00
    count = table[point] if 0 <= point < len(table) else 0
    return count or 99


@cache
def _stroke_table() -> bytes:
    return (resources.files("cadrectl") / "data" / "strokes.bin").read_bytes()


def roster_workbook(
    config: Config,
    spec: RosterTemplate,
    cadres: Sequence[Cadre],
    ctx: RowContext,
    filed_on: dt.date | None = None,
) -> Workbook:
    """The roster workbook: a data row per cadre, in the order given; 填报日期 ``filed_on``
    (ages and tiers are as of ``ctx.as_of``, often the year's end, while the roster is filed
    earlier), by default the as-of date."""
    cols = columns_of(spec.columns)
    wb = wbk.new_workbook(write_only=True)
    ws = wb.create_sheet("后备干部名册")
    two_levels = any(column.group for column in cols)
    header_end = 4 if two_levels else 3
    wbk.set_widths(ws, [column.width for column in cols])
    ws.row_dimensions[1].height = _TITLE_ROW_HEIGHT
    ws.row_dimensions[2].height = _LINE_ROW_HEIGHT
    for row in range(3, header_end + 1):
        ws.row_dimensions[row].height = _HEADER_ROW_HEIGHT
    wbk.print_setup(ws, landscape=spec.landscape, title_rows=f"3:{header_end}")
    ws.freeze_panes = f"A{header_end + 1}"
    width = len(cols)
    last = wbk.column_letter(width)
    ws.merged_cells.add(CellRange(f"A1:{last}1"))
    region = config.organization.region or config.organization.name
    title = spec.title.format(region=region, organization=config.organization.name)
    ws.append([wbk.text(ws, title, font=wbk.TITLE_FONT, border=None)] + [None] * (width - 1))
    ws.append(_filing_line(ws, config, filed_on or ctx.as_of, width))
    for header_row in _header_rows(ws, cols, two_levels):
        ws.append(header_row)
    widths = [column.width for column in cols]
    for index, cadre in enumerate(cadres, start=1):
        values = [_value(column, cadre, ctx, index) for column in cols]
        # Why: LibreOffice does not fit row heights to wrapped text in an imported xlsx, so
        # each row gets the height its longest cell needs.
        ws.row_dimensions[header_end + index].height = wbk.row_height(values, widths)
        ws.append([wbk.text(ws, value) for value in values])
    return wb


def _filing_line(ws: Any, config: Config, as_of: dt.date, width: int) -> list[Any]:
    """填报单位 on the left half, 填报日期 on the right half, each merged."""
    filing = config.organization.filing_unit or config.organization.name
    split = max(1, width // 2)
    left = Alignment(horizontal="left", vertical="center")
    right = Alignment(horizontal="right", vertical="center")
    ws.merged_cells.add(CellRange(f"A2:{wbk.column_letter(split)}2"))
    if width > split + 1:
        ws.merged_cells.add(
            CellRange(f"{wbk.column_letter(split + 1)}2:{wbk.column_letter(width)}2")
        )
    date = f"{as_of.year}年{as_of.month}月{as_of.day}日"
    cells: list[Any] = [None] * width
    cells[0] = wbk.text(ws, f"填报单位：{filing}", font=wbk.NOTE_FONT, align=left, border=None)
    cells[min(split, width - 1)] = wbk.text(
        ws, f"填报日期：{date}", font=wbk.NOTE_FONT, align=right, border=None
    )
    return cells


def _header_rows(ws: Any, cols: list[Column], two_levels: bool) -> Iterator[list[Any]]:
    """One header row, or two: group titles merged across, lone titles merged down."""
    font = wbk.HEADER_FONT
    if not two_levels:
        yield [wbk.text(ws, column.header, font=font) for column in cols]
        return
    top: list[Any] = []
    bottom: list[Any] = []
    index = 0
    while index < len(cols):
        column = cols[index]
        letter = wbk.column_letter(index + 1)
        if column.group is None:
            ws.merged_cells.add(CellRange(f"{letter}3:{letter}4"))
            top.append(wbk.text(ws, column.header, font=font))
            bottom.append(wbk.text(ws, None, font=font))
            index += 1
            continue
        span = 1
        while index + span < len(cols) and cols[index + span].group == column.group:
            span += 1
        if span > 1:
            ws.merged_cells.add(CellRange(f"{letter}3:{wbk.column_letter(index + span)}3"))
        top.append(wbk.text(ws, column.group, font=font))
        top.extend(wbk.text(ws, None, font=font) for _ in range(span - 1))
        bottom.extend(wbk.text(ws, cols[index + k].header, font=font) for k in range(span))
        index += span
    yield top
    yield bottom


def _value(column: Column, cadre: Cadre, ctx: RowContext, index: int) -> object:
    return index if column.field.header == "序号" else column.field.get(cadre, ctx)
