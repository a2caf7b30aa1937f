"""后备干部名册: the roster workbook, laid out by a template from cadrectl.yaml.

A4 landscape, a merged title, a 填报单位/填报日期 line, a one- or two-level header repeated on
every printed page, one bordered row per reserve ordered by tier, rank, then 姓氏笔画 (or
pinyin, or as listed), and "第 N 页 共 M 页" in the footer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.cell_range import CellRange

from cadrectl.exports import textfit
from cadrectl.exports import workbook as wbk
from cadrectl.exports.columns import Field, RowContext, field_for
from cadrectl.exports.name_order import name_key

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
_TITLE_SIZE = 18


@dataclass(frozen=True)
class Column:
    field: Field
    header: str
    group: str | None
    width: float
    fits: float = 0.0  # the widest it may grow to keep a value whole (0: as the template says)


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
        width = item.width or field.width
        fits = 0.0 if item.width else max(field.fits, field.width)
        found.append(Column(field, item.header or field.header, item.group, width, fits))
    return found


def fitted_widths(cols: Sequence[Column], rows: Sequence[Sequence[object]]) -> list[float]:
    """Each column's width: grown (up to its ``fits``) so that its header lines and its longest
    value stay on one line with a unit to spare; a width the template gives is kept."""
    widths = []
    for index, column in enumerate(cols):
        need = textfit.width_for(column.header, bold=True, slack=0.0)
        for row in rows:
            value = row[index]
            if value not in (None, ""):
                need = max(need, textfit.width_for(str(value)))
        widths.append(max(column.width, min(column.fits, need)))
    return widths


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
    rows = [[_value(column, cadre, ctx, index) for column in cols]
            for index, cadre in enumerate(cadres, start=1)]  # fmt: skip
    widths = fitted_widths(cols, rows)
    wb = wbk.new_workbook(write_only=True)
    ws = wb.create_sheet("后备干部名册")
    two_levels = any(column.group for column in cols)
    header_end = 4 if two_levels else 3
    wbk.set_widths(ws, widths)
    region = config.organization.region or config.organization.name
    title = spec.title.format(region=region, organization=config.organization.name)
    filing = _filing_texts(config, filed_on or ctx.as_of)
    split = _filing_split(len(cols))
    ws.row_dimensions[1].height = max(_TITLE_ROW_HEIGHT, textfit.row_height(
        [title], [sum(widths)], bold=True, size=_TITLE_SIZE))  # fmt: skip
    halves = [sum(widths[:split]), sum(widths[split:]) or sum(widths)]
    ws.row_dimensions[2].height = max(_LINE_ROW_HEIGHT, textfit.row_height(filing, halves))
    for row, height in enumerate(_header_heights(cols, widths, two_levels), start=3):
        ws.row_dimensions[row].height = height
    wbk.print_setup(ws, landscape=spec.landscape, title_rows=f"3:{header_end}")
    ws.freeze_panes = f"A{header_end + 1}"
    width = len(cols)
    last = wbk.column_letter(width)
    ws.merged_cells.add(CellRange(f"A1:{last}1"))
    ws.append([wbk.text(ws, title, font=wbk.TITLE_FONT, border=None)] + [None] * (width - 1))
    ws.append(_filing_line(ws, filing, split, width))
    for header_row in _header_rows(ws, cols, two_levels):
        ws.append(header_row)
    for index, values in enumerate(rows, start=1):
        # Why: LibreOffice does not fit row heights to wrapped text in an imported xlsx, and
        # Excel only when the file is edited, so each row gets the height its cells need.
        ws.row_dimensions[header_end + index].height = textfit.row_height(values, widths)
        ws.append([wbk.text(ws, value) for value in values])
    return wb


def _header_heights(cols: Sequence[Column], widths: Sequence[float], two_levels: bool
                    ) -> list[float]:  # fmt: skip
    """The header rows' heights: every header's lines whole, a group's across its columns, a
    lone header (merged down over both rows) in the two rows together."""
    lines = [textfit.text_lines(c.header, w, bold=True) for c, w in zip(cols, widths, strict=True)]
    if not two_levels:
        return [max(_HEADER_ROW_HEIGHT, textfit.lines_height(max(lines, default=1)))]
    spans: dict[str, float] = {}
    for column, width in zip(cols, widths, strict=True):
        if column.group:
            spans[column.group] = spans.get(column.group, 0.0) + width
    group_lines = max((textfit.text_lines(g, w, bold=True) for g, w in spans.items()), default=1)
    top = max(_HEADER_ROW_HEIGHT, textfit.lines_height(group_lines))
    grouped = [n for n, column in zip(lines, cols, strict=True) if column.group]
    bottom = max(_HEADER_ROW_HEIGHT, textfit.lines_height(max(grouped, default=1)))
    lone = [n for n, column in zip(lines, cols, strict=True) if not column.group]
    both = textfit.lines_height(max(lone, default=1))
    return [top, max(bottom, both - top)]


def _filing_texts(config: Config, as_of: dt.date) -> list[str]:
    filing = config.organization.filing_unit or config.organization.name
    date = f"{as_of.year}年{as_of.month}月{as_of.day}日"
    return [f"填报单位：{filing}", f"填报日期：{date}"]


def _filing_split(width: int) -> int:
    """The columns 填报单位 takes; 填报日期 the rest."""
    return max(1, width // 2)


def _filing_line(ws: Any, texts: Sequence[str], split: int, width: int) -> list[Any]:
    """填报单位 on the left half, 填报日期 on the right half, each merged (wrapped when a long
    unit name would not fit)."""
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center", wrap_text=True)
    ws.merged_cells.add(CellRange(f"A2:{wbk.column_letter(split)}2"))
    if width > split + 1:
        ws.merged_cells.add(
            CellRange(f"{wbk.column_letter(split + 1)}2:{wbk.column_letter(width)}2")
        )
    cells: list[Any] = [None] * width
    cells[0] = wbk.text(ws, texts[0], font=wbk.NOTE_FONT, align=left, border=None)
    cells[min(split, width - 1)] = wbk.text(
        ws, texts[1], font=wbk.NOTE_FONT, align=right, border=None
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
