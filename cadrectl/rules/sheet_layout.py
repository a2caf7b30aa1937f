"""Finding the table in a roster as it arrives (issue 16): title rows, 填报单位 lines and
instructions skipped, the header found by its labels (one level or two, merged cells), rosters
grouped by unit read group by group.

The input is a sheet as plain data: its rows of cell values (1-based row numbers are the
sheet's) and its merged ranges. The output is the header (column → field) and each data row
with its sheet row number and, in a grouped roster, the unit named above it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cadrectl.rules.sheet_values import header_key

# field → the header texts rosters use for it (after header_key: no spaces, no line breaks);
# a two-level header is ``upper/lower`` (全日制教育/学历学位).
ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号",),
    "name": ("姓名",),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth": ("出生年月", "出生日期", "出生年月(岁)", "出生时间", "出生年月(年龄)"),
    "age": ("年龄",),
    "native_place": ("籍贯",),
    "birthplace": ("出生地",),
    "party": ("政治面貌",),
    "party_joined": ("入党时间", "入党时间(党派)", "入党(派)时间"),
    "work_start": ("参加工作时间", "工作时间"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "公民身份证号码"),
    "health": ("健康状况",),
    "fulltime_degree": ("全日制教育/学历学位", "全日制教育/学历", "全日制学历学位", "全日制学历"),
    "fulltime_school": ("全日制教育/毕业院校系及专业", "全日制教育/毕业院校及专业",
                        "全日制毕业院校系及专业", "全日制毕业院校"),
    "parttime_degree": ("在职教育/学历学位", "在职教育/学历", "在职学历学位", "在职学历"),
    "parttime_school": ("在职教育/毕业院校系及专业", "在职教育/毕业院校及专业",
                        "在职毕业院校系及专业", "在职毕业院校"),
    "degree": ("学历学位", "学历"),  # one column for both: taken as the full-time education
    "unit_post": ("工作单位及职务", "所在单位及职务", "现工作单位及职务", "单位及职务"),
    "unit": ("工作单位", "所在单位", "单位"),
    "post": ("现任职务", "职务", "现职务"),
    "rank": ("职级", "现职级", "级别"),
    "post_since": ("任现职时间", "现职时间", "现职务始任时间", "任现职务时间"),
    "rank_since": ("任现职级时间", "任同职级时间", "现职级始任时间", "任现级别时间"),
    "title": ("专业技术职务", "职称"),
    "direction": ("培养方向", "拟培养方向"),
    "target_rank": ("拟培养层级", "拟培养职级", "拟任层级"),
    "source": ("来源", "推荐来源", "人选来源"),
    "background": ("身份背景", "身份"),
    "entered": ("入库时间", "列入后备时间"),
    "tier": ("层次", "梯队"),
    "note": ("备注",),
    # the sheets of records and nominations (import assessments|trainings|nominations)
    "cadre": ("编号", "后备干部编号", "人员编号"),
    "year": ("年度", "考核年度"),
    "grade": ("考核等次", "等次", "考核结果", "年度考核等次"),
    "training": ("培训名称", "培训班名称", "培训班次", "班次名称"),
    "organizer": ("主办单位", "举办单位", "培训单位"),
    "from": ("开始时间", "培训开始时间", "起始时间"),
    "to": ("结束时间", "培训结束时间", "截止时间"),
    "hours": ("学时", "培训学时"),
    "days": ("天数", "培训天数"),
    "nominated_by": ("推荐人", "推荐单位", "推荐人或推荐单位", "推荐人(单位)"),
    "nomination_source": ("推荐方式", "推荐类别"),
    "nominated": ("推荐时间", "提名日期", "推荐日期"),
}  # fmt: skip
# The wide assessments layout: a column per year (2024年, 2025年度, 2026年度考核等次).
_YEAR_COLUMN = re.compile(r"^((?:19|20)\d\d)年(?:度)?(?:考核)?(?:等次|结果)?$")
_BY_HEADER = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
_HEADER_SCAN_ROWS = 20  # the header is near the top: title, 填报单位, instructions first
_MIN_LABELS = 3  # a row is a header when this many of its cells are known labels


@dataclass(frozen=True)
class Header:
    """The header found: its last row, and each column's field (1-based column → field); the
    columns with a header the alias table does not know, by their text."""

    row: int
    columns: dict[int, str]
    unknown: dict[int, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)  # each column's header, as written

    def label(self, name: str) -> str | None:
        """The header of the column holding field ``name`` (for problems), or None."""
        return next((self.labels.get(col) for col, f in self.columns.items() if f == name), None)


@dataclass(frozen=True)
class DataRow:
    """One person's row: its sheet row number, the values by field, and in a roster grouped by
    unit, the group's unit as written above it."""

    row: int
    values: dict[str, object]
    group: str | None = None


@dataclass(frozen=True)
class Table:
    header: Header
    rows: list[DataRow]


def _filled(rows: Sequence[Sequence[object]], merged: Sequence[tuple[int, int, int, int]]
            ) -> list[list[object]]:  # fmt: skip
    """The rows with each merged range's value in every cell it covers (header reading)."""
    grid = [list(row) for row in rows]
    for min_row, min_col, max_row, max_col in merged:
        if min_row - 1 >= len(grid):
            continue
        top = grid[min_row - 1]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        for r in range(min_row, min(max_row, len(grid)) + 1):
            line = grid[r - 1]
            line.extend([None] * (max_col - len(line)))
            for c in range(min_col, max_col + 1):
                line[c - 1] = value
    return grid


def _labels(row: Sequence[object]) -> dict[int, str]:
    return {i + 1: key for i, cell in enumerate(row) if (key := header_key(cell))}


def _known(key: str, aliases: Mapping[str, str] | None = None) -> str | None:
    """The field a header names (by ``aliases`` first: a template's own headers);
    ``grade:2025`` for a year's column of the wide layout."""
    if aliases and key in aliases:
        return aliases[key]
    year = _YEAR_COLUMN.match(key)
    return f"grade:{year.group(1)}" if year else _BY_HEADER.get(key)


def header_at(
    grid: Sequence[Sequence[object]],
    index: int,
    spans: Mapping[tuple[int, int], int],
    aliases: Mapping[str, str] | None = None,
) -> Header | None:
    """The header whose first row is ``index`` (0-based) in ``grid``, one level or two; None
    when that row is no header. ``spans`` gives the column count of a merged header cell;
    ``aliases`` maps a template's own header texts to fields, ahead of the alias table."""
    upper = _labels(grid[index])
    known = sum(1 for key in upper.values() if _known(key, aliases))
    merged_across = any(spans.get((index + 1, column), 1) > 1 for column in upper)
    # Why: a title or a unit's name merged across the sheet is no upper header level; an upper
    # level has labels of its own too (序号, 姓名 merged down beside 全日制教育).
    if known < _MIN_LABELS and not (merged_across and known >= 1):
        return None
    lower = _labels(grid[index + 1]) if index + 1 < len(grid) else {}
    grouped = {col for col in upper if _is_group(upper, lower, col, index, spans, aliases)}
    columns: dict[int, str] = {}
    unknown: dict[int, str] = {}
    labels: dict[int, str] = {}
    for col, key in upper.items():
        text = f"{key}/{lower.get(col, '')}" if col in grouped else key
        labels[col] = text
        name = _known(text, aliases) or (
            _known(lower.get(col, ""), aliases) if col in grouped else None
        )
        if name is not None and name not in columns.values():
            columns[col] = name
        elif name is None:
            unknown[col] = text
    if sum(1 for _ in columns) < _MIN_LABELS:
        return None
    last = index + 1 if grouped else index
    return Header(last + 1, columns, unknown, labels)


def _is_group(upper: Mapping[int, str], lower: Mapping[int, str], col: int, index: int,
              spans: Mapping[tuple[int, int], int],
              aliases: Mapping[str, str] | None) -> bool:  # fmt: skip
    """A header cell over others: merged across columns with labels under it (全日制教育), or
    merged down over two rows never (its lower cell then repeats it)."""
    below = lower.get(col)
    if not below or below == upper[col]:
        return False
    across = spans.get((index + 1, col), 1) > 1 or any(
        spans.get((index + 1, c), 1) > 1 and c < col and upper.get(c) == upper[col] for c in upper
    )
    return across or _known(f"{upper[col]}/{below}", aliases) is not None


def find_table(
    rows: Sequence[Sequence[object]],
    merged: Sequence[tuple[int, int, int, int]] = (),
    unit_names: Sequence[str] = (),
    aliases: Mapping[str, str] | None = None,
) -> Table | None:
    """The roster's table: its header and every data row below, read group by group.

    A group's title is a row with a single text: one naming a unit, one just above a header
    that the sheet repeats (a roster grouped by unit), or one where no name stands. None when
    no header is found in the first rows.
    """
    grid = _filled(rows, merged)
    spans = {(r, c): c2 - c + 1 for r, c, _, c2 in merged}
    starts = {
        i: h for i in range(len(grid)) if (h := header_at(grid, i, spans, aliases)) is not None
    }
    first = min(starts, default=None)
    if first is None or first >= _HEADER_SCAN_ROWS:
        return None
    header = starts[first]
    repeated = len(starts) > 1
    names = {header_key(name) for name in unit_names}
    group = _title_above(rows, first) if repeated else None
    data: list[DataRow] = []
    index = header.row  # 0-based index of the first row under the header
    while index < len(grid):
        raw = rows[index] if index < len(rows) else []
        texts = [cell for cell in raw if header_key(cell)]
        if index in starts:  # the header again (a grouped roster, or a second page)
            index = starts[index].row
            continue
        if not texts:
            index += 1
            continue
        single = len(texts) == 1
        if single and (
            header_key(texts[0]) in names or (index + 1) in starts or _is_group_row(raw, header)
        ):
            group = str(texts[0]).strip()
            index += 1
            continue
        values = {name: raw[col - 1] for col, name in header.columns.items() if col - 1 < len(raw)}
        data.append(DataRow(index + 1, values, group))
        index += 1
    return Table(header, data)


def _title_above(rows: Sequence[Sequence[object]], first: int) -> str | None:
    """The single text of the row just above the first header, when it is one (its group)."""
    above = [cell for cell in rows[first - 1] if header_key(cell)] if first > 0 else []
    return str(above[0]).strip() if len(above) == 1 else None


def _is_group_row(raw: Sequence[object], header: Header) -> bool:
    """One text in the first columns and nothing where a name goes: a group's title row."""
    name_col = next((col for col, name in header.columns.items() if name == "name"), None)
    if name_col is None:
        return False
    cell = raw[name_col - 1] if name_col - 1 < len(raw) else None
    return not header_key(cell)
