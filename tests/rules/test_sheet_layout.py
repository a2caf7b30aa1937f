"""Finding the table in rosters as they arrive: title blocks, two-level merged headers, rosters
grouped by unit with the header repeated (issue 16)."""

from __future__ import annotations

from cadrectl.rules.sheet_layout import find_table

PERSON_A: list[object] = [
    1,
    "王立新",
    "男",
    "汉族",
    "1988.04",
    "湖溪镇党委委员、副镇长",
    "大学学士",
    "经济",
]
PERSON_B: list[object] = [
    2,
    "陈思莹",
    "女",
    "畲族",
    "1991.07",
    "县财政局副局长",
    "研究生硕士",
    "党群综合",
]
HEADER: list[object] = [
    "序号",
    "姓  名",
    "性别",
    "民族",
    "出生\n年月",
    "工作单位及职务",
    "学历学位",
    "培养方向",
]


def test_a_title_block_and_a_filing_line_are_skipped() -> None:
    rows: list[list[object]] = [
        ["青溪县科级后备干部名册", None, None, None, None, None, None, None],
        ["填报单位：中共青溪县委组织部", None, None, None, None, "填报日期：2026年12月1日"],
        ["请从第四行起录入数据，日期写作 1985.03"],
        HEADER,
        PERSON_A,
        PERSON_B,
        [None] * 8,
    ]
    table = find_table(rows, merged=[(1, 1, 1, 8), (3, 1, 3, 8)])
    assert table is not None
    assert table.header.row == 4
    assert table.header.columns == {
        1: "seq", 2: "name", 3: "gender", 4: "ethnicity", 5: "birth", 6: "unit_post",
        7: "degree", 8: "direction",
    }  # fmt: skip
    assert [(r.row, r.values["name"]) for r in table.rows] == [(5, "王立新"), (6, "陈思莹")]
    assert table.rows[0].values["birth"] == "1988.04"


def test_a_two_level_header_with_merged_cells() -> None:
    upper = ["序号", "姓名", "性别", "出生年月", "全日制教育", None, "在职教育", None, "备注"]
    lower = [None, None, None, None, "学历学位", "毕业院校系及专业", "学历学位", "毕业院校系及专业",
             None]  # fmt: skip
    person = [1, "王立新", "男", "1988.04", "大学学士", "浙江大学经济学", "研究生硕士",
              "省委党校经济管理", ""]  # fmt: skip
    merged = [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 1, 6), (1, 7, 1, 8),
              (1, 9, 2, 9)]  # fmt: skip
    table = find_table([upper, lower, person], merged)
    assert table is not None
    assert table.header.row == 2
    columns = table.header.columns
    assert [columns[c] for c in (5, 6, 7, 8)] == [
        "fulltime_degree", "fulltime_school", "parttime_degree", "parttime_school",
    ]  # fmt: skip
    assert columns[9] == "note"
    assert table.rows[0].row == 3
    assert table.rows[0].values["parttime_school"] == "省委党校经济管理"


def test_a_roster_grouped_by_unit_reads_each_group_under_its_unit() -> None:
    rows: list[list[object]] = [
        ["青溪县县级后备干部人选名册"],
        ["一、湖溪镇"],
        HEADER,
        PERSON_A,
        [None],
        ["二、县财政局"],
        HEADER,
        PERSON_B,
    ]
    table = find_table(rows, merged=[(1, 1, 1, 8), (2, 1, 2, 8), (6, 1, 6, 8)])
    assert table is not None
    assert [(r.row, r.values["name"], r.group) for r in table.rows] == [
        (4, "王立新", "一、湖溪镇"), (8, "陈思莹", "二、县财政局"),
    ]  # fmt: skip


def test_a_group_row_without_a_repeated_header_is_named_by_a_unit() -> None:
    rows: list[list[object]] = [HEADER, ["湖溪镇"], PERSON_A, ["县财政局"], PERSON_B]
    table = find_table(rows, unit_names=["湖溪镇", "县财政局"])
    assert table is not None
    assert [(r.values["name"], r.group) for r in table.rows] == [
        ("王立新", "湖溪镇"), ("陈思莹", "县财政局"),
    ]  # fmt: skip


def test_columns_the_table_does_not_know_are_named_not_dropped_silently() -> None:
    table = find_table([[*HEADER, "家庭住址"], [*PERSON_A, "湖溪镇前山村"]])
    assert table is not None
    assert table.header.unknown == {9: "家庭住址"}


def test_a_sheet_without_a_header_is_none() -> None:
    assert find_table([["青溪县"], ["说明：本表为空"], [1, 2, 3]]) is None
    assert find_table([]) is None
