"""Spreadsheets read as plain data: each sheet's rows of cell values, merged ranges and number
formats, from .xlsx (openpyxl), .xls (xlrd; WPS and older systems still write it) or .csv
(UTF-8, or GBK as Chinese Windows writes it). What the cells mean is the rules' affair
(:mod:`cadrectl.rules.sheet_layout`, :mod:`cadrectl.rules.sheet_values`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path


class SheetError(Exception):
    """A file that cannot be read as a spreadsheet: ``code`` names why (the catalog's
    ``sheet.<code>``)."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(code)
        self.code = code
        self.path = path


@dataclass(frozen=True)
class Sheet:
    """One sheet: rows of values (None for an empty cell; 1-based row r is ``rows[r - 1]``),
    merged ranges as (first row, first column, last row, last column), and the number format
    of each cell that has one other than General."""

    name: str
    rows: list[list[object]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)


SUFFIXES = (".xlsx", ".xls", ".csv")
MAX_BYTES = 20 * 1024 * 1024  # a roster of a few thousand people is well under 5 MB


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the file, by its suffix; refused (SheetError) when it is none of
    .xlsx/.xls/.csv or its content is not what the suffix says."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SheetError("bad-suffix", path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SheetError("too-large", path)
        raw = path.read_bytes()
    except OSError:
        raise SheetError("unreadable", path) from None
    if suffix == ".csv":
        return [_csv(raw, path)]
    if suffix == ".xls":
        return _xls(raw, path)
    return _xlsx(raw, path)


def _csv(raw: bytes, path: Path) -> Sheet:
    for encoding in ("utf-8-sig", "gb18030"):  # gb18030 reads GBK and GB2312 too
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        rows: list[list[object]] = [
            [cell if cell != "" else None for cell in row] for row in csv.reader(io.StringIO(text))
        ]
        return Sheet(path.stem, rows)
    raise SheetError("csv-encoding", path)


def _xlsx(raw: bytes, path: Path) -> list[Sheet]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError):
        raise SheetError("not-xlsx", path) from None
    sheets = []
    for ws in book.worksheets:
        rows: list[list[object]] = []
        formats: dict[tuple[int, int], str] = {}
        for r, line in enumerate(ws.iter_rows(), start=1):
            values: list[object] = []
            for c, cell in enumerate(line, start=1):
                values.append(cell.value)
                if cell.value is not None and cell.number_format not in ("General", None):
                    formats[(r, c)] = str(cell.number_format)
            rows.append(values)
        merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        sheets.append(Sheet(ws.title, rows, merged, formats))
    return sheets


def _xls(raw: bytes, path: Path) -> list[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=raw, formatting_info=True)
    except xlrd.XLRDError:
        raise SheetError("not-xls", path) from None
    except Exception:  # xlrd raises bare errors (AssertionError, struct.error) on broken files
        raise SheetError("not-xls", path) from None
    sheets = []
    for sheet in book.sheets():
        rows: list[list[object]] = []
        formats: dict[tuple[int, int], str] = {}
        for r in range(sheet.nrows):
            values: list[object] = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                values.append(_xls_value(cell, book))
                shown = _xls_format(book, cell)
                if shown and cell.ctype != xlrd.XL_CELL_EMPTY:
                    formats[(r + 1, c + 1)] = shown
            rows.append(values)
        merged = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
        sheets.append(Sheet(sheet.name, rows, merged, formats))
    return sheets


def _xls_value(cell: object, book: object) -> object:
    import xlrd

    ctype = getattr(cell, "ctype", None)
    value = getattr(cell, "value", None)
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) or value == "":
        return None
    if ctype == xlrd.XL_CELL_DATE:
        moment: dt.datetime = xlrd.xldate_as_datetime(value, getattr(book, "datemode", 0))
        return moment
    if ctype == xlrd.XL_CELL_NUMBER and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _xls_format(book: object, cell: object) -> str | None:
    xf_index = getattr(cell, "xf_index", None)
    if xf_index is None:
        return None
    xf = book.xf_list[xf_index]  # type: ignore[attr-defined]
    fmt = book.format_map.get(xf.format_key)  # type: ignore[attr-defined]
    text = getattr(fmt, "format_str", None)
    return None if text in (None, "General") else str(text)
