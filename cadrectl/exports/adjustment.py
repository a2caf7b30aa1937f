"""调整名单: the workbook for the 党委 meeting and the department above.

Sheets 拟新进, 拟调出 (with reasons), 已使用, 层次调整 and 结构对比 (the pool's structure and
post coverage before and after the adjustment); each print-ready like the roster.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from cadrectl.exports import workbook as wbk
from cadrectl.messages import t
from cadrectl.rules.tiers import TIER_NAMES

if TYPE_CHECKING:
    import datetime as dt

    from cadrectl.model.cycle import ProposalLine
    from cadrectl.services.cycle import AdjustmentView

DECISIONS = {"pending": "待定", "accept": "同意", "reject": "不同意"}


def write_adjustment(path: Path, view: AdjustmentView, when: dt.datetime) -> int:
    """Write the workbook; returns the number of lines listed."""
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [
        ("admit", "拟新进", ["序号", "提名编号", "姓名", "理由", "拟列层次", "决定", "说明"],
         [10, 12, 10, 48, 12, 8, 24]),
        ("exit", "拟调出", ["序号", "编号", "姓名", "调出理由", "原层次", "决定", "说明"],
         [6, 14, 10, 48, 12, 8, 24]),
        ("use", "已使用", ["序号", "编号", "姓名", "使用情况", "决定", "说明"],
         [6, 14, 10, 50, 8, 24]),
        ("retier", "层次调整", ["序号", "编号", "姓名", "原层次", "新层次", "决定", "说明"],
         [6, 14, 10, 14, 14, 8, 24]),
    ]  # fmt: skip
    count = 0
    for action, name, headers, widths in sheets:
        lines = [line for line in view.lines if line.action == action]
        rows = [_row(index, line) for index, line in enumerate(lines, start=1)]
        title = f"{view.region}{view.year}年度后备干部调整名单（{name}）"
        _table_sheet(wb.create_sheet(name), title, headers, rows, widths)
        count += len(lines)
    _structure_sheet(wb.create_sheet("结构对比"), view)
    wbk.save_reproducible(wb, path, when)
    return count


def _row(index: int, line: ProposalLine) -> list[object]:
    decision = DECISIONS[line.decision]
    note = line.note or ""
    if line.action == "admit":
        return [
            index,
            line.subject,
            line.name,
            line.reason,
            TIER_NAMES[line.new_tier],
            decision,
            note,
        ]
    if line.action == "exit":
        return [
            index,
            line.subject,
            line.name,
            line.reason,
            TIER_NAMES[line.old_tier],
            decision,
            note,
        ]
    if line.action == "use":
        return [index, line.subject, line.name, line.reason, decision, note]
    return [index, line.subject, line.name, TIER_NAMES[line.old_tier], TIER_NAMES[line.new_tier],
            decision, note]  # fmt: skip


def _table_sheet(ws: Any, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                 widths: Sequence[float]) -> None:  # fmt: skip
    """A title, the header (repeated on every page), bordered wrapped rows, page numbers.

    Columns of 24 characters or more hold long text and align left; the rest are centred.
    """
    wbk.set_widths(ws, widths)
    last = wbk.column_letter(len(headers))
    ws.append([wbk.text(ws, title, font=wbk.TITLE_FONT, border=None)])
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 36
    ws.append([wbk.text(ws, header, font=wbk.HEADER_FONT) for header in headers])
    ws.row_dimensions[2].height = 24
    aligns = [wbk.LEFT if width >= 24 else wbk.CENTER for width in widths]
    for number, row in enumerate(rows, start=3):
        ws.append(
            [wbk.text(ws, value, align=align) for value, align in zip(row, aligns, strict=False)]
        )
        ws.row_dimensions[number].height = wbk.row_height(row, widths)
    if not rows:
        ws.append([wbk.text(ws, t("adjustment.none"), border=None)])
        ws.merge_cells(f"A3:{last}3")
    wbk.print_setup(ws, landscape=True, title_rows="2:2")
    ws.freeze_panes = "A3"


def _structure_sheet(ws: Any, view: AdjustmentView) -> None:
    headers = ["维度", "类别", "调整前人数", "调整前占比", "调整后人数", "调整后占比"]
    rows: list[list[object]] = [
        ["在库总数", "", view.before.total, "", view.after.total, ""],
        ["一职双备职位", "", view.covered_before, f"共{view.posts}个", view.covered_after,
         f"共{view.posts}个"],
    ]  # fmt: skip
    for name, shares in view.before.dimensions.items():
        after = {share.value: share for share in view.after.dimensions.get(name, [])}
        for share in shares:
            later = after.get(share.value)
            rows.append([
                t(f"structure.dim.{name}"), share.value, share.count, f"{share.percent:.2f}%",
                later.count if later else 0, f"{later.percent:.2f}%" if later else "0.00%",
            ])  # fmt: skip
    _table_sheet(ws, f"{view.region}{view.year}年度后备干部队伍结构调整前后对比", headers, rows,
                 [18, 16, 12, 12, 12, 12])  # fmt: skip
