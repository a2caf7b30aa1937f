"""``delete_key``: a key and its value leave the text; every other byte stays."""

from __future__ import annotations

import pytest

from cadrectl.store.edit import EditFailed, delete_key

FILE = """\
# yaml-language-server: $schema=../schemas/cadre.schema.json
id: QX-2023-014   # 编号
reserve:
  status: inspecting   # 考察中
  plan: 跟岗锻炼
  inspecting: {date: 2026-06, unit: qx-huxi-zhen, post: zhenzhang}  # 拟任镇长
  # 以下为台账
records:
  talks: []
"""


def test_a_flow_value_goes_with_its_line_and_its_comment() -> None:
    assert delete_key(FILE, ("reserve", "inspecting")) == FILE.replace(
        "  inspecting: {date: 2026-06, unit: qx-huxi-zhen, post: zhenzhang}  # 拟任镇长\n", ""
    )


def test_a_block_value_goes_whole_and_the_comment_after_it_stays() -> None:
    text = FILE.replace(
        "  inspecting: {date: 2026-06, unit: qx-huxi-zhen, post: zhenzhang}  # 拟任镇长\n",
        "  inspecting:   # 拟任镇长\n    date: 2026-06\n    # 单位\n    unit: qx-huxi-zhen\n",
    )
    assert delete_key(text, ("reserve", "inspecting")) == FILE.replace(
        "  inspecting: {date: 2026-06, unit: qx-huxi-zhen, post: zhenzhang}  # 拟任镇长\n", ""
    )


@pytest.mark.parametrize(
    "value",
    [
        "\n    - x\n    - y\n",
        " |\n    line1\n    line2\n",
        "\n    note: >\n      folded\n",
        "\n    - {x: 1}\n    - y: 2\n      z: 3   # 注\n",
    ],
)
def test_nested_blocks_go_to_their_last_line_and_no_further(value: str) -> None:
    text = f"r:\n  a: 1\n  k:{value}  # 其后的注释\n\n# 顶层\nn: 1\n"
    assert delete_key(text, ("r", "k")) == "r:\n  a: 1\n  # 其后的注释\n\n# 顶层\nn: 1\n"


def test_a_key_in_the_middle_leaves_its_neighbours_as_they_were() -> None:
    assert delete_key(FILE, ("reserve", "plan")) == FILE.replace("  plan: 跟岗锻炼\n", "")


def test_crlf_and_a_bom_stay() -> None:
    text = "\ufeff" + FILE.replace("\n", "\r\n")
    expected = "\ufeff" + FILE.replace("  plan: 跟岗锻炼\n", "").replace("\n", "\r\n")
    assert delete_key(text, ("reserve", "plan")) == expected


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("r: {status: x, inspecting: {date: 1}, b: 2}\n", "r: {status: x, b: 2}\n"),
        ("r: {inspecting: {date: 1}, b: 2}\n", "r: {b: 2}\n"),
        ("r: {status: x, inspecting: {date: 1}}\n", "r: {status: x}\n"),
        ("r: {inspecting: {date: 1}}\n", "r: {}\n"),
        ("r: {status: x,\n    inspecting: [1, 2]}  # 注\n", "r: {status: x}  # 注\n"),
    ],
)
def test_in_a_flow_mapping_one_comma_goes_with_the_pair(before: str, after: str) -> None:
    assert delete_key(before, ("r", "inspecting")) == after


def test_a_key_of_a_list_item_on_its_own_line() -> None:
    text = "l:\n  - b: 2\n    c: 3\n"
    assert delete_key(text, ("l", 0, "c")) == "l:\n  - b: 2\n"


def test_the_last_line_without_a_newline() -> None:
    assert delete_key("a: 1\nb: 2", ("b",)) == "a: 1\n"


@pytest.mark.parametrize(
    ("text", "path", "code"),
    [
        (FILE, ("reserve", "used"), "edit-no-such-field"),
        (FILE, ("nowhere", "inspecting"), "edit-no-such-field"),
        (FILE, ("id", "inspecting"), "edit-no-such-field"),
        ("l:\n  - b: 2\n", ("l", 3, "b"), "edit-no-such-field"),
        ("r:\n  inspecting: 1\nx: 2\n", ("r", "inspecting"), "edit-mismatch"),  # r would be null
        ("l:\n  - b: 2\n    c: 3\n", ("l", 0, "b"), "edit-mismatch"),  # shares the dash's line
    ],
)
def test_refused_where_it_cannot_be_cut_cleanly(
    text: str, path: tuple[str | int, ...], code: str
) -> None:
    with pytest.raises(EditFailed) as caught:
        delete_key(text, path)
    assert caught.value.code == code
