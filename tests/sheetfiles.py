"""Hand-made spreadsheets for the import tests: .xlsx (openpyxl), .xls (xlwt), .csv in any
encoding, each from rows of cell values as a clerk's file holds them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

Rows = Sequence[Sequence[object]]
Merged = Sequence[str]  # "A1:H1"


def write_xlsx(path: Path, rows: Rows, merged: Merged = (), *, sheet: str = "名册",
               formats: Mapping[str, str] | None = None,
               extra: Mapping[str, Rows] | None = None) -> Path:  # fmt: skip
    """An .xlsx of ``rows`` (cell formats by coordinate, e.g. ``{"H5": "0.00"}``), with any
    ``extra`` sheets after it."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for cells in merged:
        ws.merge_cells(cells)
    for coordinate, shown in (formats or {}).items():
        ws[coordinate].number_format = shown
    for name, more in (extra or {}).items():
        other = book.create_sheet(name)
        for row in more:
            other.append(list(row))
    book.save(path)
    return path


def write_xls(path: Path, rows: Rows, merged: Sequence[tuple[int, int, int, int]] = (),
              *, sheet: str = "名册") -> Path:  # fmt: skip
    """An .xls (BIFF8, as WPS saves it) of ``rows``; merged ranges as 0-based (first row,
    last row, first column, last column)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    date_style = xlwt.easyxf(num_format_str="yyyy.mm")
    covered = {(r, c) for r0, r1, c0, c1 in merged for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}  # fmt: skip
    for r0, r1, c0, c1 in merged:
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        ws.write_merge(r0, r1, c0, c1, value)
    starts = {(r0, c0) for r0, _, c0, _ in merged}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in covered or (r, c) in starts or value is None:
                continue
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            else:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: Rows, encoding: str = "utf-8-sig") -> Path:
    out = io.StringIO()
    csv.writer(out).writerows([["" if v is None else v for v in row] for row in rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def id_number(area: str, born: dt.date, serial: int, male: bool) -> str:
    """A valid 18-character 公民身份号码 (GB 11643 check digit)."""
    sequence = serial * 2 + (1 if male else 0)
    body = f"{area}{born:%Y%m%d}{sequence:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]
