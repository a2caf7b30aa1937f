"""What every export shares: the house fonts and borders, text that is never a formula, print
settings, and the bytes of a workbook that are the same for the same export time and content.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.writer.excel import ExcelWriter

from cadrectl.core.text import escape_unsafe
from cadrectl.exports.textfit import LINE_HEIGHT, row_height, text_lines

SONG = "宋体"  # the Song face every upper department expects; LibreOffice maps it to a CJK serif
FANGSONG = "仿宋"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TITLE_FONT = Font(name=SONG, size=18, bold=True)
HEADER_FONT = Font(name=SONG, size=11, bold=True)
BODY_FONT = Font(name=FANGSONG, size=11)
NOTE_FONT = Font(name=SONG, size=11)
__all__ = ["LINE_HEIGHT", "row_height", "text_lines"]  # the measures of textfit, for every export
A4 = "9"  # the OOXML paper-size code of A4
# Why: LibreOffice clips the "第 N 页" footer inside a 0.6-inch bottom margin.
BOTTOM_MARGIN = 0.75


def new_workbook(write_only: bool = True) -> Workbook:
    return Workbook(write_only=write_only)


def text(ws: Any, value: object, *, font: Font = BODY_FONT, align: Alignment = CENTER,
         border: Border | None = BORDER) -> WriteOnlyCell:  # fmt: skip
    """A styled cell whose text is stored as text, so ``=…`` is never a formula."""
    if isinstance(value, str):
        # Why: a control character in an old file would make openpyxl refuse the whole export
        # (check reports it as an error); the roster shows it escaped, as the terminal does.
        value = escape_unsafe(value)
    cell = WriteOnlyCell(ws, value="" if value is None else value)
    if isinstance(value, str):
        cell.data_type = "s"  # Why: openpyxl would store a string starting with '=' as a formula
    # What ``cell.style = name`` stores, without its two searches of the named-style list on
    # every cell (a quarter of the time of writing a 10,000-row roster).
    cell._style = copy(_named_style(ws.parent, font, align, border))
    return cell


def _named_style(wb: Workbook, font: Font, align: Alignment, border: Border | None) -> Any:
    """The style array of one named style per look, registered once per workbook.

    Why: setting font, alignment and border on each cell makes openpyxl hash three style
    objects per cell; naming the combination once halves the time of a 10,000-row roster.
    """
    # Keyed by identity (hashing openpyxl's style objects is itself the slow part); the entry
    # keeps the objects alive, so an id is never reused for another style while it is cached.
    registry: dict[tuple[int, int, int], tuple[Any, Any]] = wb.__dict__.setdefault(
        "_cadrectl_styles", {}
    )
    key = (id(font), id(align), id(border))
    found = registry.get(key)
    if found is not None:
        return found[0]
    from openpyxl.styles import NamedStyle

    style = NamedStyle(name=f"cadrectl-{len(registry) + 1}", font=font, alignment=align)
    if border is not None:
        style.border = border
    wb.add_named_style(style)
    array = style.as_tuple()
    registry[key] = (array, (font, align, border))
    return array


def print_setup(
    ws: Any, *, landscape: bool, title_rows: str | None, fit_width: bool = True
) -> None:
    """A4, fitted to the page width, header rows repeated, "第 N 页 共 M 页" in the footer."""
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = BOTTOM_MARGIN
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.font = SONG
    ws.oddFooter.center.size = 10


def workbook_bytes(wb: Workbook, when: dt.datetime, creator: str = "cadrectl") -> bytes:
    """The workbook as an .xlsx file with fixed document and zip entry times: the same export
    time and content always give the same bytes."""
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    buffer = io.BytesIO()
    # Why: not wb.save(), which stamps the current time into the "modified" property.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return _repack(buffer.getvalue(), when)


def _repack(data: bytes, when: dt.datetime) -> bytes:
    stamp = max(when, dt.datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def set_widths(ws: Any, widths: Iterable[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[column_letter(index)].width = width
