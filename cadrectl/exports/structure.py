"""结构分析 workbook: the tables of ``report structure``, one sheet per dimension, with charts.

A first 总览 sheet lists every dimension in one table; each dimension's sheet has a title, a
"截至… 共N人" line, the table (类别, 人数, 占比 as a number shown ``61.39%``) with a 合计 row, a
native chart beside it (a pie for two-valued dimensions, bars for the rest), and, when grouping,
the same table for every group below. The 平均年龄 follows the 总览 and each 年龄段 table.
A4 portrait, fitted to the page width.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.worksheet.pagebreak import Break

from cadrectl.core import messages
from cadrectl.core.messages import stored
from cadrectl.exports import workbook as wbk

if TYPE_CHECKING:
    from openpyxl.cell import Cell

    from cadrectl.model.config import Config
    from cadrectl.rules.structure import Share

# Dimensions whose few values read best as parts of a whole.
PIE_DIMENSIONS = frozenset({"gender", "ethnicity", "party", "grassroots", "grassroots_head"})
PERCENT_FORMAT = "0.00%"
AGE_FORMAT = "0.0"
# Cumulative dimensions: their counts overlap, so the last row gives the base, not a 合计.
CUMULATIVE_DIMENSIONS = frozenset({"age_under", "education_at_least"})
AVERAGE_AGE_DIMENSION = "age_band"  # the table the 平均年龄 row follows
# A dimension sheet: 类别, 人数, 占比, a narrow gap, then six columns the chart sits over; all
# of it (about 680 pixels) fits an A4 portrait page at 100%, so row heights are page heights.
SHEET_WIDTHS = (22, 8, 10, 2, 8, 8, 8, 8, 8, 8)
OVERVIEW_WIDTHS = (22, 24, 10, 12)
CHART_ANCHOR_COLUMN = "E"
CHART_WIDTH_CM = 6 * (8 * 7 + 5) * 0.75 / 72 * 2.54  # the six chart columns, 61 pixels each
CHART_HEIGHT_CM = 7.5
TITLE_HEIGHT = 36
LINE_HEIGHT = 22
ROW_HEIGHT = 20
# The printable height of an A4 page (top margin 0.5 inch), with a little to spare: a group
# table that would run past it starts a new page.
PAGE_POINTS = (11.69 - 0.5 - wbk.BOTTOM_MARGIN) * 72 * 0.97
CHART_ROWS = int(CHART_HEIGHT_CM / 2.54 * 72 / ROW_HEIGHT) + 1  # rows the chart's height covers


class DimensionTables(Protocol):
    """The shares of every dimension among ``total`` cadres (a services.structure.Breakdown)."""

    @property
    def total(self) -> int: ...

    @property
    def dimensions(self) -> Mapping[str, Sequence[Share]]: ...

    @property
    def average_age(self) -> float | None: ...


class StructureTables(Protocol):
    """What the workbook shows: the date, the whole pool, and the pool by group when grouping
    (a services.structure.StructureReport)."""

    @property
    def as_of(self) -> dt.date: ...

    @property
    def overall(self) -> DimensionTables: ...

    @property
    def group_by(self) -> str | None: ...

    @property
    def groups(self) -> Mapping[str, DimensionTables]: ...

    @property
    def labels(self) -> Mapping[str, str]: ...  # the titles of the dimensions a config declares


def region_name(config: Config) -> str:
    """The name titles begin with: the region (青溪县), else the organization's name."""
    return config.organization.region or config.organization.name


def structure_workbook(report: StructureTables, region: str) -> Workbook:
    """The 总览 sheet, then one sheet per dimension of the report, in report order."""
    book = Workbook()
    book.remove(book.active)
    write_overview(book.create_sheet(stored("export.structure.overview-sheet")), report, region)
    for name in report.overall.dimensions:
        title = dimension_label(name, report.labels, stored=True)[:31]
        write_dimension(book.create_sheet(title), report, name, region)
    return book


def dimension_label(
    name: str, declared: Mapping[str, str] | None = None, *, stored: bool = False
) -> str:
    """A dimension's title: the catalog's, or the one cadrectl.yaml gives a field it declares
    (structure.fields); in the display language, in Chinese when ``stored`` (a workbook)."""
    if declared and name in declared:
        return declared[name]
    return _render(stored)(f"structure.dim.{name}")


def field_label(
    name: str | None, declared: Mapping[str, str] | None = None, *, stored: bool = False
) -> str:
    """A --group-by field's name in headings, the same way."""
    if declared and name is not None and name in declared:
        return declared[name]
    return _render(stored)(f"structure.field.{name}")


def value_label(name: str, value: str, *, stored: bool = False) -> str:
    """A value as tables show it (report structure, the workbooks, coverage targets):
    ``35周岁以下``, ``大专及以上`` for the cumulative ones."""
    render = _render(stored)
    if name == "age_under":
        return render("structure.age-under-value", age=value)
    if name == "education_at_least":
        return render("structure.at-least-value", level=value)
    key = _BUCKETS.get(value)
    return render(key) if key is not None and not stored else value


# The values the report makes itself (not the registry's own words, which are shown as they
# are), named in the clerk's language on the terminal; the JSON keeps them as they are.
_BUCKETS = {
    "中专及以下": "structure.value.below-college", "少数民族": "structure.value.minority",
    "党外": "structure.value.non-cpc", "未填写": "structure.value.not-recorded",
    "第一层次": "structure.value.tier-1", "第二层次": "structure.value.tier-2",
    "第三层次": "structure.value.tier-3", "未定层次": "structure.value.tier-none",
    "有基层经历": "structure.value.grassroots", "无基层经历": "structure.value.no-grassroots",
    "有基层一把手经历": "structure.value.grassroots-head",
    "无基层一把手经历": "structure.value.no-grassroots-head",
}  # fmt: skip


def _render(stored: bool) -> Callable[..., str]:
    """Why: the terminal's tables speak the clerk's language; a workbook goes to a Chinese
    department and is Chinese whatever CADRECTL_LANG says."""
    return messages.stored if stored else messages.t


def as_of_line(as_of: dt.date, total: int) -> str:
    return stored(
        "export.structure.as-of", year=as_of.year, month=as_of.month, day=as_of.day, total=total
    )


def write_overview(ws: Any, report: StructureTables, region: str) -> None:
    """Every dimension of the whole pool in one table: 项目 (merged down), 类别, 人数, 占比;
    then the 平均年龄 (its value merged across the other columns)."""
    overall = report.overall
    columns = len(OVERVIEW_WIDTHS)
    wbk.set_widths(ws, OVERVIEW_WIDTHS)
    banner(ws, stored("export.structure.overview-title", region=region), wbk.TITLE_FONT, columns)
    ws.row_dimensions[ws.max_row].height = TITLE_HEIGHT
    banner(ws, as_of_line(report.as_of, overall.total), wbk.NOTE_FONT, columns)
    ws.row_dimensions[ws.max_row].height = LINE_HEIGHT
    header_row(ws, [stored("export.structure.col.dimension"), *table_headers()])
    header = ws.max_row
    for name, shares in overall.dimensions.items():
        first = ws.max_row + 1
        for share in shares:
            label = wbk.text(ws, dimension_label(name, report.labels, stored=True))
            append_row(ws, [label, *share_cells(ws, name, share)])
        if len(shares) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    if overall.average_age is not None:
        append_row(ws, [*average_age_cells(ws, overall.average_age), wbk.text(ws, None),
                        wbk.text(ws, None)])  # fmt: skip
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=columns)
    wbk.print_setup(ws, landscape=False, title_rows=f"{header}:{header}")
    ws.page_setup.fitToHeight = 1  # Why: a dimension split over two pages loses its 项目 label


def write_dimension(ws: Any, report: StructureTables, name: str, region: str) -> None:
    """One dimension: the whole pool's table with its chart, then each group's table below."""
    overall = report.overall
    columns = len(SHEET_WIDTHS)
    wbk.set_widths(ws, SHEET_WIDTHS)
    label = dimension_label(name, report.labels, stored=True)
    title = stored("export.structure.title", region=region, dimension=label)
    banner(ws, title, wbk.TITLE_FONT, columns)
    ws.row_dimensions[ws.max_row].height = TITLE_HEIGHT
    banner(ws, as_of_line(report.as_of, overall.total), wbk.NOTE_FONT, columns)
    ws.row_dimensions[ws.max_row].height = LINE_HEIGHT
    first, last = write_table(ws, name, overall)
    if overall.total:
        add_chart(ws, name, label, first, last)
        if report.groups:
            blank_rows_until(ws, first - 1 + CHART_ROWS)
    write_groups(ws, report, name)
    # Why: group tables run to further pages, which then repeat the title and as-of line.
    wbk.print_setup(ws, landscape=False, title_rows="1:2" if report.groups else None)


def write_groups(ws: Any, report: StructureTables, name: str) -> None:
    """Each group's heading and table, a page break before a table that would not fit whole."""
    if not report.groups:
        return
    field = field_label(report.group_by, report.labels, stored=True)
    page_top = 1
    for group, breakdown in report.groups.items():
        values = len(breakdown.dimensions[name]) + int(shows_average_age(name, breakdown))
        needed = group_block_height(values)
        repeated = TITLE_HEIGHT + LINE_HEIGHT if page_top > 1 else 0.0  # the print titles
        if repeated + rows_height(ws, page_top, ws.max_row) + needed > PAGE_POINTS:
            ws.row_breaks.append(Break(id=ws.max_row))
            page_top = ws.max_row + 1
        heading = stored("structure.group-heading", field=field, group=group, total=breakdown.total)
        blank_rows_until(ws, ws.max_row + 1)
        banner(ws, heading, wbk.HEADER_FONT, len(table_headers()), align=wbk.LEFT)
        ws.row_dimensions[ws.max_row].height = LINE_HEIGHT
        write_table(ws, name, breakdown)


def group_block_height(values: int) -> float:
    """Points a group takes: a blank row, its heading, the header, its values (and 平均年龄)
    and the total."""
    return ROW_HEIGHT + LINE_HEIGHT + ROW_HEIGHT * (values + 2)


def rows_height(ws: Any, first: int, last: int) -> float:
    return float(sum(ws.row_dimensions[row].height or ROW_HEIGHT for row in range(first, last + 1)))


def table_headers() -> list[str]:
    return [
        stored("structure.col.value"),
        stored("structure.col.count"),
        stored("structure.col.percent"),
    ]


def write_table(ws: Any, name: str, breakdown: DimensionTables) -> tuple[int, int]:
    """类别/人数/占比, a row per value, a total row, and under the 年龄段 table the 平均年龄;
    returns the first and last value rows."""
    header_row(ws, table_headers())
    shares = breakdown.dimensions[name]
    first = ws.max_row + 1
    for share in shares:
        append_row(ws, share_cells(ws, name, share))
    last = ws.max_row
    cumulative = name in CUMULATIVE_DIMENSIONS
    total_label = stored("export.structure.base" if cumulative else "export.structure.total")
    cells = [
        wbk.text(ws, total_label, font=wbk.HEADER_FONT),
        wbk.text(ws, breakdown.total, font=wbk.HEADER_FONT),
        percent_cell(ws, 100.0 if breakdown.total else 0.0, font=wbk.HEADER_FONT),
    ]
    append_row(ws, cells)
    if name == AVERAGE_AGE_DIMENSION and breakdown.average_age is not None:
        append_row(ws, [*average_age_cells(ws, breakdown.average_age), wbk.text(ws, None)])
    return first, last


def shows_average_age(name: str, breakdown: DimensionTables) -> bool:
    """Whether the table of ``name`` ends with a 平均年龄 row (the 年龄段 one, of somebody)."""
    return name == AVERAGE_AGE_DIMENSION and breakdown.average_age is not None


def average_age_cells(ws: Any, average: float) -> list[Cell]:
    """平均年龄（周岁）and the mean as a number shown with one decimal (``32.7``)."""
    age = wbk.text(ws, average, font=wbk.HEADER_FONT)
    age.number_format = AGE_FORMAT
    return [wbk.text(ws, stored("export.structure.average-age"), font=wbk.HEADER_FONT), age]


def share_cells(ws: Any, name: str, share: Share) -> list[Cell]:
    """类别 (text), 人数 (a number), 占比 (a fraction shown as a percentage)."""
    return [
        wbk.text(ws, value_label(name, share.value, stored=True)),
        wbk.text(ws, share.count),
        percent_cell(ws, share.percent),
    ]


def percent_cell(ws: Any, percent: float, *, font: Any = wbk.BODY_FONT) -> Cell:
    """A 0–100 percentage stored as the fraction Excel expects, shown with two decimals."""
    cell = wbk.text(ws, round(percent / 100, 6), font=font)
    cell.number_format = PERCENT_FORMAT
    return cell


def header_row(ws: Any, labels: Sequence[str]) -> None:
    append_row(ws, [wbk.text(ws, label, font=wbk.HEADER_FONT) for label in labels])


def append_row(ws: Any, cells: Sequence[Cell]) -> None:
    ws.append(list(cells))
    ws.row_dimensions[ws.max_row].height = ROW_HEIGHT


def banner(ws: Any, value: str, font: Any, columns: int, *, align: Any = wbk.CENTER) -> None:
    """A borderless line of text merged across ``columns`` columns."""
    ws.append([wbk.text(ws, value, font=font, align=align, border=None)])
    row = ws.max_row
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)


def add_chart(ws: Any, name: str, title: str, first: int, last: int) -> None:
    """A native chart beside the table, its top at the header row: bars of the 人数 column, or a
    pie of the 占比 column (its labels then take the cells' ``0.00%`` format)."""
    pie = name in PIE_DIMENSIONS
    chart = pie_chart() if pie else bar_chart()
    chart.title = title
    values = Reference(ws, min_col=3 if pie else 2, min_row=first - 1, max_row=last)
    chart.add_data(values, titles_from_data=True)
    chart.series[0].cat = AxDataSource(strRef=StrRef(text_range(ws, 1, first, last)))
    chart.width = CHART_WIDTH_CM
    chart.height = CHART_HEIGHT_CM
    ws.add_chart(chart, f"{CHART_ANCHOR_COLUMN}{first - 1}")


def text_range(ws: Any, column: int, first: int, last: int) -> str:
    """``'学历'!$A$4:$A$7``: the category labels, referenced as text (not as numbers)."""
    return str(Reference(ws, min_col=column, min_row=first, max_row=last))


def data_labels() -> DataLabelList:
    """Labels that show the value in its cell's format and nothing else.

    Why: every flag is set, since a reader may show what is left unset (LibreOffice shows the
    category and series names too).
    """
    labels = DataLabelList()
    labels.showVal = True
    labels.showPercent = False
    labels.showCatName = False
    labels.showSerName = False
    labels.showLegendKey = False
    labels.showLeaderLines = False
    return labels


def pie_chart() -> PieChart:
    """Parts of the whole, each slice labelled with its percentage, the legend on the right."""
    chart = PieChart()
    chart.dataLabels = data_labels()
    chart.legend.position = "r"
    return chart


def bar_chart() -> BarChart:
    """Vertical bars of the counts, each labelled with its count; no legend for one series."""
    chart = BarChart()
    chart.type = "col"
    chart.style = 10
    chart.varyColors = False
    chart.dataLabels = data_labels()
    chart.legend = None
    chart.y_axis.majorGridlines = None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    return chart


def blank_rows_until(ws: Any, row: int) -> None:
    """Blank rows up to and including ``row``: room below the chart, space between tables."""
    while ws.max_row < row:
        ws.append([None])  # Why: a cell, so max_row counts the row (an empty append does not)
        ws.row_dimensions[ws.max_row].height = ROW_HEIGHT
