"""The export peer: an openpyxl write-only dump of a roster-sized sheet, styled like a roster.

    python bench/floors/openpyxl_dump.py OUT.xlsx --rows 10000 --columns 20

Every cell is a string with the roster's body style (Song face, thin borders on four sides,
centered and wrapped). Values are roster-like: a serial, a name and an ID number that differ on
every row, the other columns drawn from a few variants each, so the shared-strings table is as
mixed as a real roster's. Plain ``Workbook.save``: no reproducible repacking, no title block.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = Font(name="宋体", size=11)
VARIANTS = (
    ("男", "女"),
    ("汉族", "畲族", "回族"),
    ("1988.04\n(38岁)", "1991.11\n(34岁)", "1979.02\n(47岁)", "1995.07\n(31岁)"),
    ("浙江兰溪", "浙江金华", "江西上饶", "浙江义乌"),
    ("2009.06", "2014.11", "2018.05", ""),
    ("2010.08", "2013.07", "2016.09"),
    ("大学\n学士", "研究生\n硕士", "大专"),
    ("浙江工业大学\n土木工程", "浙江大学\n公共管理", "中国计量大学\n教育学"),
    ("湖溪镇党委委员、副镇长", "县发展和改革局副局长", "小埠镇党委副书记"),
    ("副科", "正科"),
    ("2021.09", "2019.03", "2023.01"),
    ("城建交通", "经济", "社会事业", "党群综合"),
    ("一梯队", "二梯队", "三梯队"),
    ("2023.12", "2025.01"),
    ("组织推荐", "群众举荐", "个人自荐"),
    ("优秀", "称职"),
)


def row_values(row: int, columns: int) -> list[str]:
    """The text of one roster-like row: unique serial, name and ID number, then variants."""
    unique = [str(row), f"干部{row:05d}", f"3307811988{row % 10000:04d}00{row % 100:02d}"]
    values = unique[:columns]
    for column in range(len(values), columns):
        choices = VARIANTS[column % len(VARIANTS)]
        values.append(choices[(row * 7 + column) % len(choices)])
    return values


def styled_rows(ws: object, rows: int, columns: int) -> Iterator[list[WriteOnlyCell]]:
    for row in range(1, rows + 1):
        cells = []
        for value in row_values(row, columns):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            cell.font = FONT
            cell.alignment = CENTER
            cell.border = BORDER
            cells.append(cell)
        yield cells


def dump(path: Path, rows: int, columns: int) -> None:
    """Write ``rows`` × ``columns`` styled string cells into ``path`` with a write-only book."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    for cells in styled_rows(ws, rows, columns):
        ws.append(cells)
    wb.save(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("output", type=Path, help="xlsx file to write")
    parser.add_argument("--rows", type=int, required=True, help="rows to write")
    parser.add_argument("--columns", type=int, default=20, help="columns per row (default 20)")
    args = parser.parse_args(argv)
    dump(args.output, args.rows, args.columns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
