"""调整名单: the workbook for the 党委 meeting and the department above.

Sheets 拟新进, 拟调出 (with reasons), 已使用, 层次调整 and 结构对比 (the pool's structure and
post coverage at the cycle's opening and after the adjustment); each print-ready like the
roster.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from cadrectl.core.messages import stored
from cadrectl.exports import workbook as wbk
from cadrectl.exports.structure import dimension_label, value_label
from cadrectl.model.codes import TIER_NAMES

if TYPE_CHECKING:
    from cadrectl.exports.structure import DimensionTables
    from cadrectl.model.cycle import ProposalLine
    from cadrectl.rules.people import BasicFacts

DECISIONS = {"pending": "待定", "accept": "同意", "reject": "不同意"}
PERSON = ["姓名", "性别", "出生年月", "学历", "现任职务"]
PERSON_WIDTHS = [9, 5, 9, 16, 24]  # 学历: 研究生公共管理硕士 in two lines


@dataclass(frozen=True)
class AdjustmentView:
    """The adjustment as a whole: the lines with each person's facts, and the pool's structure
    and post coverage at the cycle's opening and after the lines."""

    year: int
    region: str
    organization: str
    lines: list[ProposalLine]  # the lines not yet decided only while the list is a draft
    draft: bool  # some lines are still pending: the list for the 党委 meeting to decide
    executed: frozenset[int]  # the lines an apply has carried out
    people: dict[str, BasicFacts]
    before: DimensionTables  # the structure at the cycle's opening
    after: DimensionTables  # after every line not rejected
    covered_before: int
    covered_after: int
    posts: int
    labels: dict[str, str] = field(default_factory=dict)  # declared dimensions' titles


def adjustment_workbook(view: AdjustmentView) -> Workbook:
    """The workbook: a sheet per action (every line is listed on one), then 结构对比.

    Each person is shown by name with their basic facts, units and posts by name: the list
    goes to people (the 党委, the department above), never the registry's ids.
    """
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [
        ("admit", "拟新进", ["理由", "拟列层次"], [36, 10]),
        ("exit", "拟调出", ["调出理由", "原层次"], [36, 10]),
        ("use", "已使用", ["使用情况"], [46]),
        ("retier", "层次调整", ["原层次", "新层次"], [10, 10]),
    ]
    draft = "（讨论稿）" if view.draft else ""
    for action, name, headers, widths in sheets:
        lines = [line for line in view.lines if line.action == action]
        rows = [_row(index, line, view) for index, line in enumerate(lines, start=1)]
        title = f"{view.region}{view.year}年度后备干部调整名单（{name}）{draft}"
        _table_sheet(wb.create_sheet(name), title, ["序号", *PERSON, *headers, "决定", "说明"],
                     rows, [6, *PERSON_WIDTHS, *widths, 9, 24])  # fmt: skip
    _structure_sheet(wb.create_sheet("结构对比"), view)
    return wb


def _row(index: int, line: ProposalLine, view: AdjustmentView) -> list[object]:
    from cadrectl.rules.proposal import line_reason

    decision = DECISIONS[line.decision]
    if line.decision == "accept" and view.executed and line.line not in view.executed:
        decision += "（未执行）"  # an objection still open when the year was applied
    facts = view.people.get(line.subject)
    person: list[object] = (
        [facts.name, facts.gender, facts.born, facts.education, facts.post]
        if facts is not None else [line.name, "", "", "", ""]
    )  # fmt: skip
    middle: list[str] = {
        "admit": [line_reason(line, stored=True), TIER_NAMES[line.new_tier]],
        "exit": [line_reason(line, stored=True), TIER_NAMES[line.old_tier]],
        "use": [line_reason(line, stored=True)],
        "retier": [TIER_NAMES[line.old_tier], TIER_NAMES[line.new_tier]],
    }[line.action]
    return [index, *person, *middle, decision, line.note or ""]


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
        ws.append([wbk.text(ws, stored("adjustment.none"), border=None)])
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
        earlier = {share.value: share for share in shares}
        later = {share.value: share for share in view.after.dimensions.get(name, [])}
        for value in [*earlier, *(v for v in later if v not in earlier)]:
            rows.append([dimension_label(name, view.labels, stored=True),
                         value_label(name, value, stored=True),
                         *_count(earlier.get(value)),
                         *_count(later.get(value))])  # fmt: skip
    _table_sheet(ws, f"{view.region}{view.year}年度后备干部队伍结构调整前后对比", headers, rows,
                 [18, 16, 12, 12, 12, 12])  # fmt: skip


def _count(share: Any) -> list[object]:
    return [share.count, f"{share.percent:.2f}%"] if share is not None else [0, "0.00%"]
