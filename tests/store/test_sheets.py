"""Spreadsheets read as plain data: .xlsx, .xls (as WPS writes it) and .csv in UTF-8 or GBK."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cadrectl.store.sheets import MAX_BYTES, SheetError, read_sheets

HEADER = ["序号", "姓名", "出生年月", "任现职时间"]


def _xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "科级后备"
    ws.append(["青溪县科级后备干部名册"])
    ws.merge_cells("A1:D1")
    ws.append(HEADER)
    ws.append([1, "王立新", "1988.04", 2011.1])
    ws["D3"].number_format = "0.00"
    ws.append([2, "陈思莹", dt.datetime(1991, 7, 1), None])
    ws["C4"].number_format = "yyyy.mm"
    book.save(path)
    return path


def test_an_xlsx_gives_values_merged_ranges_and_formats(tmp_path: Path) -> None:
    (sheet,) = read_sheets(_xlsx(tmp_path / "名册.xlsx"))
    assert sheet.name == "科级后备"
    assert sheet.rows[1] == HEADER
    assert sheet.rows[2] == [1, "王立新", "1988.04", 2011.1]
    assert sheet.rows[3][2] == dt.datetime(1991, 7, 1)
    assert sheet.merged == [(1, 1, 1, 4)]
    assert sheet.formats[(3, 4)] == "0.00"
    assert sheet.formats[(4, 3)] == "yyyy.mm"


def test_an_xls_as_wps_writes_it(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Sheet1")
    ws.write_merge(0, 0, 0, 3, "青溪县科级后备干部名册")
    for c, text in enumerate(HEADER):
        ws.write(1, c, text)
    ws.write(2, 0, 1)
    ws.write(2, 1, "王立新")
    ws.write(2, 2, "1988.04")
    ws.write(2, 3, 2011.1, xlwt.easyxf(num_format_str="0.00"))
    ws.write(3, 1, "陈思莹")
    ws.write(3, 2, dt.datetime(1991, 7, 1), xlwt.easyxf(num_format_str="yyyy.mm"))
    path = tmp_path / "名册.xls"
    book.save(str(path))
    (sheet,) = read_sheets(path)
    assert sheet.merged == [(1, 1, 1, 4)]
    assert sheet.rows[1] == HEADER
    assert sheet.rows[2] == [1, "王立新", "1988.04", 2011.1]
    assert sheet.rows[3][1:3] == ["陈思莹", dt.datetime(1991, 7, 1)]
    assert sheet.formats[(3, 4)] == "0.00"
    assert sheet.formats[(4, 3)] == "yyyy.mm"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb2312"])
def test_a_csv_in_utf8_or_gbk(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "名册.csv"
    path.write_bytes("序号,姓名,出生年月\r\n1,王立新,1988.04\r\n2,,1991.07\r\n".encode(encoding))
    (sheet,) = read_sheets(path)
    assert sheet.rows == [["序号", "姓名", "出生年月"], ["1", "王立新", "1988.04"],
                          ["2", None, "1991.07"]]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("名册.txt", b"x", "bad-suffix"),
        ("名册.xlsx", b"not a zip at all", "not-xlsx"),
        ("名册.xls", b"\x00\x01 not an ole file", "not-xls"),
        ("名册.csv", "序号,姓名\n".encode("utf-16"), "csv-encoding"),
    ],
)
def test_what_is_no_spreadsheet_is_refused_with_why(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SheetError) as refused:
        read_sheets(path)
    assert refused.value.code == code


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(SheetError) as refused:
        read_sheets(tmp_path / "无.xlsx")
    assert refused.value.code == "unreadable"


def test_a_file_past_the_size_cap_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "大.csv"
    with path.open("wb") as handle:  # sparse: the size is what is checked, before reading
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(SheetError) as refused:
        read_sheets(path)
    assert refused.value.code == "too-large"
