"""Text-level edits keep every byte they did not need to change."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadrectl.core.text import unsafe_character
from cadrectl.model.dates import PartialDate
from cadrectl.store import fastyaml
from cadrectl.store.edit import EditFailed, append_item, append_items, render_scalar, set_value
from cadrectl.store.reader import parse_text

FILE = """\
# yaml-language-server: $schema=../schemas/cadre.schema.json
schema_version: 1
id: QX-2023-014   # 编号
name: '王立新'
party: {status: 中共党员, joined: 2009-06}

current:
  unit: qx-huxi-zhen
  post: "党委委员、副镇长"   # 2021 年起
reserve:
  mentors: [李国平]
  # 以下为台账
records:
  assessments:
    - {year: 2024, grade: 称职}
  talks: []
"""


def changed_lines(old: str, new: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_setting_a_quoted_scalar_changes_only_that_value() -> None:
    new = set_value(FILE, ("current", "post"), "镇长")
    assert changed_lines(FILE, new) == [
        '-  post: "党委委员、副镇长"   # 2021 年起',
        "+  post: 镇长   # 2021 年起",
    ]


def test_setting_inside_a_flow_mapping_keeps_its_layout() -> None:
    new = set_value(FILE, ("party", "joined"), PartialDate.parse("2009-07"))
    assert changed_lines(FILE, new) == [
        "-party: {status: 中共党员, joined: 2009-06}",
        "+party: {status: 中共党员, joined: 2009-07}",
    ]


def test_a_new_key_goes_after_the_keys_before_it() -> None:
    order: dict[tuple[str | int, ...], list[str]] = {("current",): ["unit", "post", "rank"]}
    new = set_value(FILE, ("current", "rank"), "副科", lambda p: order.get(p, []))
    assert changed_lines(FILE, new) == ["+  rank: 副科"]
    assert new.index("rank: 副科") > new.index("post:")


def test_a_new_key_in_a_flow_mapping() -> None:
    new = set_value(FILE, ("party", "note"), "x")
    assert "party: {status: 中共党员, joined: 2009-06, note: x}" in new


def test_appending_to_block_and_flow_sequences() -> None:
    new = append_item(FILE, ("records", "assessments"), {"year": 2025, "grade": "优秀"})
    new = append_item(new, ("records", "talks"), {"date": dt.date(2026, 3, 14), "by": "李国平"})
    new = append_item(new, ("reserve", "mentors"), "张三")
    assert sorted(changed_lines(FILE, new)) == sorted(
        [
            "-  mentors: [李国平]",
            "+  mentors: [李国平, 张三]",
            "+    - {year: 2025, grade: 优秀}",
            "-  talks: []",
            "+  talks: [{date: 2026-03-14, by: 李国平}]",
        ]
    )


def test_appending_creates_a_missing_list_as_a_block() -> None:
    new = append_item(FILE, ("records", "trainings"), {"name": "培训班", "days": 5})
    assert "  trainings:\n    - {name: 培训班, days: 5}\n" in new


def test_many_items_are_appended_in_one_edit_as_one_at_a_time_would() -> None:
    grades = [{"year": 2024, "grade": "称职"}, {"year": 2025, "grade": "优秀"}]
    one_by_one = FILE
    for grade in grades:
        one_by_one = append_item(one_by_one, ("records", "assessments"), grade)
    assert append_items(FILE, ("records", "assessments"), grades) == one_by_one
    names = ["张三", "李四"]
    assert append_items(FILE, ("reserve", "mentors"), names) == append_item(
        append_item(FILE, ("reserve", "mentors"), "张三"), ("reserve", "mentors"), "李四"
    )
    trainings = [{"name": "培训班", "days": 5}, {"name": "研讨班", "days": 3}]
    new = append_items(FILE, ("records", "trainings"), trainings)
    assert "  trainings:\n    - {name: 培训班, days: 5}\n    - {name: 研讨班, days: 3}\n" in new
    assert append_items(FILE, ("records", "trainings"), []) == FILE


def test_crlf_and_bom_survive() -> None:
    text = "\ufeff" + FILE.replace("\n", "\r\n")
    new = set_value(text, ("current", "post"), "镇长")
    assert new.startswith("\ufeff")
    assert new.count("\r\n") == text.count("\r\n")
    assert "\n" not in new.replace("\r\n", "")


def test_an_index_past_the_end_is_refused() -> None:
    with pytest.raises(EditFailed) as caught:
        set_value(FILE, ("records", "assessments", 5, "grade"), "优秀")
    assert caught.value.code == "edit-index-too-far"
    assert caught.value.params["length"] == 1


def test_appending_to_a_scalar_is_refused() -> None:
    with pytest.raises(EditFailed) as caught:
        append_item(FILE, ("name",), "x")
    assert caught.value.code == "edit-not-a-list"


def test_a_broken_file_is_refused() -> None:
    with pytest.raises(EditFailed) as caught:
        set_value("a: [1,\n", ("a",), 2)
    assert caught.value.code == "edit-unparsable"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=30),
        st.integers(-(10**6), 10**6),
        st.booleans(),
        st.none(),
        st.dates(min_value=dt.date(1900, 1, 1)).map(PartialDate.from_date),
    )
)
def test_every_rendered_scalar_reads_back_as_itself(value: object) -> None:
    if isinstance(value, str) and any(ord(ch) < 32 and ch not in "\t\n" for ch in value):
        return  # control characters are refused by YAML itself
    document = parse_text(f"v: {render_scalar(value)}\n", "x.yaml")  # the real read path
    assert document.data is not None
    parsed = document.data["v"]
    expected = value.as_date() if isinstance(value, PartialDate) and value.has_day else value
    if isinstance(value, PartialDate) and not value.has_day:
        expected = value.isoformat()
    assert parsed == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=20).filter(lambda s: s.isprintable()))
def test_setting_any_text_keeps_all_other_lines(new_post: str) -> None:
    new = set_value(FILE, ("current", "post"), new_post)
    old_lines, new_lines = FILE.splitlines(), new.splitlines()
    assert len(old_lines) == len(new_lines)
    differing = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert differing in ([], [8])


def test_a_value_that_looks_like_a_tag_inside_quotes_is_kept() -> None:
    new = set_value(FILE, ("current", "post"), "副镇长 !重要")
    document = parse_text(new, "x.yaml")
    assert document.data is not None
    assert document.data["current"]["post"] == "副镇长 !重要"


@pytest.mark.parametrize(
    "value",
    ["-!\x7f", "x\x9f", "a\x85b", "行\u2028分隔", "控制\x80字符", 'say "hi"', "#not", "trailing "],
    ids=["del-after-tag-like", "c1", "nel", "line-sep", "c1-in-cjk", "quotes", "hash", "space"],
)
def test_any_text_is_rendered_so_both_readers_read_it_back(value: str) -> None:
    from cadrectl.store.yamlfile import load_plain

    text = f"v: {render_scalar(value)}\n"
    assert load_plain(text) == {"v": value}
    with contextlib.suppress(fastyaml.FastParseFailed):  # refused: the fallback reads it
        assert fastyaml.parse(text) == {"v": value}
    if unsafe_character(value) is None:
        new = set_value("name: 甲\nnote: x\n", ("note",), value)
        assert new.endswith(f"{render_scalar(value)}\n")


@pytest.mark.parametrize(
    "value",
    [
        "-!\x7f",
        "x\x9f",
        "a\x85b",
        "行\u2028分隔",
        "\x1b[31m红",
        "铃\x07",
        "回\r车",
        "\u202egnp.exe",
    ],
)
def test_no_edit_writes_a_control_or_bidi_character(value: str) -> None:
    with pytest.raises(EditFailed) as caught:
        set_value("name: 甲\nnote: x\n", ("note",), value)
    assert caught.value.code == "edit-control-character"
    assert caught.value.params["char"].startswith("U+")
    with pytest.raises(EditFailed):
        append_item(FILE, ("records", "talks"), {"date": "2026-03-14", "note": value})
    with pytest.raises(EditFailed):
        set_value(FILE, ("reserve", "exited"), {"reason": value})


def test_an_index_one_past_the_end_adds_an_item() -> None:
    new = set_value(FILE, ("records", "assessments", 1), {"year": 2025, "grade": "优秀"})
    assert "    - {year: 2025, grade: 优秀}\n" in new
    newer = set_value(new, ("records", "assessments", 2, "year"), 2026)
    data = parse_text(newer, "x.yaml").data
    assert data is not None
    assert data["records"]["assessments"][2] == {"year": 2026}


@pytest.mark.parametrize("text", ["0001-01-01", "1985-03-01", "2021-9-5"])
def test_a_quoted_date_is_text_on_the_read_path(text: str) -> None:
    """yaml-rs read a quoted "1985-03-01" as a date: a note that looks like one came back as
    another type (found by the property above)."""
    document = parse_text(f"v: {render_scalar(text)}\nw: 1985-03-01\n", "x.yaml")
    assert document.data == {"v": text, "w": dt.date(1985, 3, 1)}
