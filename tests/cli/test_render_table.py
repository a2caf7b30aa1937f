"""Large tables are laid out by cadrectl, to the same text rich would print."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from cadrectl.cli.reporters.to_text import LARGE_TABLE, print_table

NAMES = ("王立新", "欧阳宇", "李洁燕", "Li Ming", "金莉思")


def _table(rows: int) -> Table:
    table = Table("编号", "姓名", "现任职务", box=None, header_style="bold", title="第一层次  3")
    for index in range(rows):
        post = "党委委员、[red]副镇长[/]" if index % 7 else "—"
        table.add_row(f"QX-2026-{index:04d}", NAMES[index % len(NAMES)], post)
    return table


def _printed(table: Table, *, ours: bool) -> str:
    out = Console(file=io.StringIO(), width=500, highlight=False, soft_wrap=True)
    if ours:
        print_table(out, table)
    else:
        out.print(table)
    text = out.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.splitlines())


def test_a_large_table_reads_as_rich_would_print_it() -> None:
    big = _table(LARGE_TABLE + 50)
    assert _printed(big, ours=True) == _printed(big, ours=False)


def test_a_small_table_is_left_to_rich() -> None:
    small = _table(5)
    assert _printed(small, ours=True) == _printed(small, ours=False)


def test_markup_becomes_its_text() -> None:
    text = _printed(_table(LARGE_TABLE + 1), ours=True)
    assert "[red]" not in text
    assert "党委委员、副镇长" in text
