"""The 简历 of a 干部任免审批表 read back into periods and 其间 items (../shared/EXCHANGE.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.exports.columns import unit_and_post
from cadrectl.exports.form_items import practice_item, secondment_item
from cadrectl.exports.form_text import resume_line, resume_text
from cadrectl.model.cadre import Practice, ResumeEntry, Secondment
from cadrectl.model.codes import PRACTICE_KINDS
from cadrectl.model.dates import PartialDate
from cadrectl.rules.resume_text import (
    DURING_DATE_UNREADABLE,
    DURING_UNCLOSED,
    END_BEFORE_START,
    During,
    ParsedResume,
    Period,
    PracticeParts,
    SecondmentParts,
    Unparsed,
    guess_kind,
    parse_during,
    parse_resume,
    practice_parts,
    secondment_parts,
)

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre


def month(text: str) -> PartialDate:
    return PartialDate.parse_typed(text)


def only_period(text: str) -> Period:
    parsed = parse_resume(text)
    assert parsed.unparsed == ()
    assert len(parsed.periods) == 1
    return parsed.periods[0]


# ---- one period a line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2003.07--2005.09  青溪县委办公室科员",
        "2003.07—2005.09  青溪县委办公室科员",
        "2003.07——2005.09  青溪县委办公室科员",
        "2003.07–2005.09  青溪县委办公室科员",
        "2003.07－2005.09  青溪县委办公室科员",
        "2003.07-2005.09  青溪县委办公室科员",
        "2003.07～2005.09  青溪县委办公室科员",
        "2003.07~2005.09  青溪县委办公室科员",
        "2003.07至2005.09  青溪县委办公室科员",
        "2003.07 -- 2005.09 青溪县委办公室科员",
        "2003.07--2005.09青溪县委办公室科员",
        "2003.7--2005.9  青溪县委办公室科员",
        "200307--200509  青溪县委办公室科员",
        "2003年07月--2005年09月  青溪县委办公室科员",
        "2003年7月至2005年9月 青溪县委办公室科员",
        "２００３．０７－－２００５．０９　　青溪县委办公室科员",
        "   2003.07--2005.09  青溪县委办公室科员   ",
    ],
)
def test_every_way_writers_write_a_closed_period_reads_the_same(line: str) -> None:
    period = only_period(line)
    assert (period.line, period.start, period.end) == (1, month("2003.07"), month("2005.09"))
    assert period.text == "青溪县委办公室科员"
    assert period.during == ()


def test_a_date_to_the_day_keeps_its_day() -> None:
    period = only_period("2003.07.15--2005.09.30  青溪县委办公室科员")
    assert (period.start, period.end) == (PartialDate(2003, 7, 15), PartialDate(2005, 9, 30))
    assert only_period("20030715--20050930  青溪县委办公室科员").start == PartialDate(2003, 7, 15)


@pytest.mark.parametrize(
    "line",
    [
        "2021.09--         湖溪镇党委委员、副镇长",
        "2021.09--至今  湖溪镇党委委员、副镇长",
        "2021.09-- 至今 湖溪镇党委委员、副镇长",
        "2021.09至今  湖溪镇党委委员、副镇长",
        "2021.09--今  湖溪镇党委委员、副镇长",
        "2021.09--湖溪镇党委委员、副镇长",
    ],
)
def test_an_open_period_has_no_end(line: str) -> None:
    period = only_period(line)
    assert (period.start, period.end, period.text) == (
        month("2021.09"),
        None,
        "湖溪镇党委委员、副镇长",
    )


def test_a_text_beginning_with_jin_after_the_spaces_is_text_not_an_end() -> None:
    assert only_period("2021.09--         今日集团副总经理").text == "今日集团副总经理"


def test_the_text_is_kept_as_written_only_the_dates_are_read_through_nfkc() -> None:
    period = only_period("２０２１．０９－－　ＡＢＣ（青溪）有限公司经理　")
    assert period.start == month("2021.09")
    assert period.text == "ＡＢＣ（青溪）有限公司经理"


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_lines_may_end_in_crlf_lf_or_cr(newline: str) -> None:
    text = newline.join(["2003.07--2005.09  县委办科员", "2005.09--         湖溪镇副镇长"])
    parsed = parse_resume(text)
    assert [(p.line, p.text) for p in parsed.periods] == [(1, "县委办科员"), (2, "湖溪镇副镇长")]


def test_blank_lines_are_ignored_but_counted() -> None:
    parsed = parse_resume(
        "\r\n2003.07--2005.09  县委办科员\r\n   \r\n\r\n2005.09--2007.01  镇长\r\n"
    )
    assert [p.line for p in parsed.periods] == [2, 5]
    assert parsed.unparsed == ()


def test_periods_keep_the_order_of_the_file() -> None:
    parsed = parse_resume("2010.01--2012.01  乙\n2003.07--2005.09  甲")
    assert [p.text for p in parsed.periods] == ["乙", "甲"]


@pytest.mark.parametrize("text", ["", "   ", "\r\n\r\n", "\n \u3000\n"])
def test_an_empty_text_has_nothing_in_it(text: str) -> None:
    assert parse_resume(text) == ParsedResume()


# ---- continuation lines --------------------------------------------------------------------


def test_a_line_without_a_date_continues_the_period_without_a_separator() -> None:
    period = only_period("2005.09--2010.01  青溪县湖溪镇党委委员、\r\n  副镇长\r\n（正科级）")
    assert period.text == "青溪县湖溪镇党委委员、副镇长（正科级）"
    assert period.line == 1


def test_a_break_between_two_latin_words_keeps_a_space() -> None:
    period = only_period("2001.09--2005.07  Zhejiang\nUniversity学生")
    assert period.text == "Zhejiang University学生"


def test_an_open_period_may_have_its_text_on_the_next_line() -> None:
    assert only_period("2021.09--\n湖溪镇副镇长").text == "湖溪镇副镇长"


# ---- 其间 notes ----------------------------------------------------------------------------

ROTATION = "2019.06--2019.12在县委办公室轮岗，任轮岗干部"
DRAFT = "2020.03--2020.09抽调参加2020年驻村工作队（第一组），派驻石西村"


def test_a_note_on_the_next_line_belongs_to_the_period() -> None:
    period = only_period(f"2018.03--2021.05  县委办公室副主任\r\n（其间：{ROTATION}；{DRAFT}）")
    assert period.text == "县委办公室副主任"
    assert period.during == (
        During(2, month("2019.06"), month("2019.12"), "在县委办公室轮岗，任轮岗干部", "practice"),
        During(
            2,
            month("2020.03"),
            month("2020.09"),
            "抽调参加2020年驻村工作队（第一组），派驻石西村",
            "secondment",
        ),
    )


def test_a_note_on_the_same_line_is_split_from_the_text() -> None:
    period = only_period(f"2018.03--2021.05  县委办公室副主任(其间:{ROTATION};{DRAFT})")
    assert period.text == "县委办公室副主任"
    assert [item.kind for item in period.during] == ["practice", "secondment"]


def test_a_note_may_wrap_over_lines_even_where_an_item_begins_with_its_date() -> None:
    text = "\n".join(
        [
            f"2018.03--2021.05  县委办公室副主任（其间：{ROTATION}；",
            f"{DRAFT}；",
            "2020.10--",
            "2021.01在乡镇驻村）",
            "2021.05--         湖溪镇镇长",
        ]
    )
    parsed = parse_resume(text)
    assert [p.text for p in parsed.periods] == ["县委办公室副主任", "湖溪镇镇长"]
    first = parsed.periods[0]
    assert [(item.line, item.start, item.end) for item in first.during] == [
        (1, month("2019.06"), month("2019.12")),
        (2, month("2020.03"), month("2020.09")),
        (3, month("2020.10"), month("2021.01")),
    ]
    assert first.during[2].text == "在乡镇驻村"
    assert parsed.problems == ()


def test_a_note_never_closed_ends_at_the_next_period_and_is_said() -> None:
    parsed = parse_resume(f"2018.03--2021.05  县委办副主任\n（其间：{ROTATION}\n2021.05--  镇长")
    assert [p.text for p in parsed.periods] == ["县委办副主任", "镇长"]
    assert len(parsed.periods[0].during) == 1
    assert parsed.problems == ((2, DURING_UNCLOSED),)


def test_text_after_a_note_continues_the_period() -> None:
    period = only_period("2018.03--2021.05  县委（期间：在党校学习）办公室主任")
    assert period.text == "县委办公室主任"
    assert [item.kind for item in period.during] == ["education"]


@pytest.mark.parametrize(
    ("item", "start", "end", "text"),
    [
        ("2019.06--2019.12在县委办公室轮岗", "2019.06", "2019.12", "在县委办公室轮岗"),
        ("2019.06--在县委办公室轮岗", "2019.06", None, "在县委办公室轮岗"),
        ("2015.03在中央党校学习", "2015.03", None, "在中央党校学习"),
        ("２０１５年３月在中央党校学习", "2015.03", None, "在中央党校学习"),
        (" 在中央党校学习 ", None, None, "在中央党校学习"),
    ],
)
def test_an_item_may_have_a_span_a_start_or_no_date(
    item: str, start: str | None, end: str | None, text: str
) -> None:
    during = parse_during(item, 4)
    assert during.line == 4
    assert during.start == (month(start) if start else None)
    assert during.end == (month(end) if end else None)
    assert during.text == text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("在浙江大学在职研究生学习，获工学硕士学位", "education"),
        ("在省委党校中青年干部培训班学习", "education"),
        ("在县委办公室轮岗", "practice"),
        ("在市发改委挂职锻炼", "practice"),
        ("在石西村驻村", "practice"),
        ("在县防汛指挥部急难险重", "practice"),  # a kind only cadrectl's own text names
        ("抽调到市委巡察组工作", "secondment"),
        ("抽调参加党史学习教育巡回指导组，派驻县卫健局", "secondment"),
        ("派驻石西村任第一书记", "secondment"),
        ("任县委办公室副主任", None),
    ],
)
def test_the_kind_of_an_item_is_guessed_from_its_words(text: str, kind: str | None) -> None:
    assert guess_kind(text) == kind
    assert parse_during(f"2019.06--2019.12{text}").kind == kind


# ---- lines that cannot be read -------------------------------------------------------------


def test_a_date_that_does_not_exist_keeps_the_line_and_its_continuation_verbatim() -> None:
    parsed = parse_resume("2003.07--2005.09  县委办科员\n2005.13--2007.01  湖溪镇\n副镇长")
    assert [p.text for p in parsed.periods] == ["县委办科员"]
    assert parsed.unparsed == (Unparsed(2, "2005.13--2007.01  湖溪镇"), Unparsed(3, "副镇长"))


@pytest.mark.parametrize(
    "line",
    ["2019年12月，被评为优秀公务员", "2005.09.32--2007.01  湖溪镇", "2019-03--2020-05  湖溪镇"],
)
def test_a_date_led_line_that_is_no_period_is_kept_verbatim(line: str) -> None:
    parsed = parse_resume(f"2003.07--2005.09  县委办科员\n{line}")
    assert parsed.periods[0].text == "县委办科员"
    assert parsed.unparsed == (Unparsed(2, line),)


def test_text_before_the_first_period_is_kept() -> None:
    parsed = parse_resume("简历：\n（其间：在党校学习）\n2003.07--2005.09  县委办科员")
    assert parsed.unparsed == (Unparsed(1, "简历："), Unparsed(2, "（其间：在党校学习）"))
    assert [p.line for p in parsed.periods] == [3]


def test_an_end_before_its_start_is_kept_and_said() -> None:
    parsed = parse_resume(
        "2003.07--2005.09  科员\n2007.01--2005.09  副镇长（其间：2006.05--2006.01在村）"
    )
    assert [p.text for p in parsed.periods] == ["科员", "副镇长"]
    assert parsed.problems == ((2, END_BEFORE_START), (2, END_BEFORE_START))


def test_an_item_whose_date_cannot_be_read_is_kept_whole_and_said() -> None:
    period = parse_resume("2003.07--2005.09  科员\n（其间：2004.13--2004.12在村驻村）")
    assert period.periods[0].during[0].text == "2004.13--2004.12在村驻村"
    assert period.problems == ((2, DURING_DATE_UNREADABLE),)


# ---- the items form_text writes --------------------------------------------------------------


def test_practice_parts_read_back_a_practice_item() -> None:
    item = Practice.model_validate(
        {"from": month("2019.06"), "to": month("2019.12"), "kind": "轮岗", "unit": "县委办公室",
         "post": "轮岗干部"}
    )  # fmt: skip
    assert practice_item(item) == ROTATION
    assert practice_parts(ROTATION) == PracticeParts("县委办公室", "轮岗", "轮岗干部")
    assert practice_parts("在县委办公室轮岗") == ("县委办公室", "轮岗", None)


def test_practice_parts_refuse_other_texts_and_know_a_registrys_own_kinds() -> None:
    assert practice_parts("在浙江大学在职研究生学习") is None
    assert practice_parts("2019.06--县委办公室轮岗") is None
    assert practice_parts("在石西村蹲点，任队员", kinds=("蹲点",)) == ("石西村", "蹲点", "队员")


def test_secondment_parts_read_back_a_secondment_item() -> None:
    item = Secondment.model_validate(
        {"batch": "2020年驻村工作队", "group": "第一组", "from": month("2020.03"),
         "to": month("2020.09"), "unit": "石西村"}
    )  # fmt: skip
    assert secondment_item(item) == DRAFT
    assert secondment_parts(DRAFT) == SecondmentParts("2020年驻村工作队", "第一组", "石西村")
    assert secondment_parts("2026.03--抽调参加县巡察组，派驻县卫健局") == (
        "县巡察组",
        None,
        "县卫健局",
    )
    assert secondment_parts("抽调到县巡察组") is None


# ---- round trips with form_text ------------------------------------------------------------

DATES = st.builds(PartialDate, st.integers(1950, 2030), st.integers(1, 12))
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
# Why no 至今 first: the writer's open end then reads as 至今 (no unit's name begins so).
TEXTS = st.text(st.one_of(HAN, st.sampled_from("、（）·")), min_size=1, max_size=20).filter(
    lambda text: "其间" not in text and "期间" not in text and not text.startswith("至今")
)
WORDS = st.text(HAN, min_size=1, max_size=12)  # item parts: no brackets, no separators
ENTRIES = st.lists(
    st.builds(
        lambda start, end, unit, post: ResumeEntry.model_validate(
            {"from": start, "to": end, "unit": unit, "post": post}
        ),
        DATES,
        st.none() | DATES,
        TEXTS,
        TEXTS,
    ),
    min_size=1,
    max_size=8,
)
PRACTICE = st.builds(
    lambda start, end, kind, unit, post: Practice.model_validate(
        {"from": start, "to": end, "kind": kind, "unit": unit, "post": post}
    ),
    DATES,
    st.none() | DATES,
    st.sampled_from(PRACTICE_KINDS),
    WORDS,
    st.none() | WORDS,
)
SECONDMENT = st.builds(
    lambda batch, group, start, end, unit: Secondment.model_validate(
        {"batch": batch, "group": group, "from": start, "to": end, "unit": unit}
    ),
    WORDS,
    st.none() | WORDS,
    DATES,
    st.none() | DATES,
    WORDS,
)


def written(
    entries: Sequence[ResumeEntry],
    practice: Sequence[Practice] = (),
    seconded: Sequence[Secondment] = (),
) -> str:
    """The 简历 exactly as form_text writes it (resume_text reads only these of the cadre)."""
    records = SimpleNamespace(practice=list(practice), secondments=list(seconded))
    cadre = SimpleNamespace(resume=list(entries), records=records, education=[])
    return resume_text(cast("Cadre", cadre))


@given(ENTRIES)
def test_periods_written_by_form_text_read_back_the_same(entries: list[ResumeEntry]) -> None:
    parsed = parse_resume("\r\n".join(resume_line(entry) for entry in entries))
    assert parsed.unparsed == ()
    assert [(p.start, p.end, p.text) for p in parsed.periods] == [
        (entry.from_, entry.to, unit_and_post(entry.unit, entry.post)) for entry in entries
    ]


@given(ENTRIES, st.lists(PRACTICE, max_size=5))
def test_practice_items_written_by_form_text_read_back_the_same(
    entries: list[ResumeEntry], practice: list[Practice]
) -> None:
    parsed = parse_resume(written(entries, practice))
    assert parsed.unparsed == ()
    assert [(p.start, p.end) for p in parsed.periods] == [(e.from_, e.to) for e in entries]
    items = [item for period in parsed.periods for item in period.during]
    assert all(item.kind == "practice" for item in items)
    read = Counter((item.start, item.end, practice_parts(item.text)) for item in items)
    assert read == Counter((p.from_, p.to, (p.unit, p.kind, p.post)) for p in practice)


@given(ENTRIES, st.lists(SECONDMENT, max_size=5))
def test_secondment_items_written_by_form_text_read_back_the_same(
    entries: list[ResumeEntry], seconded: list[Secondment]
) -> None:
    parsed = parse_resume(written(entries, seconded=seconded))
    items = [item for period in parsed.periods for item in period.during]
    assert all(item.kind == "secondment" for item in items)
    read = Counter((item.start, item.end, secondment_parts(item.text)) for item in items)
    assert read == Counter((s.from_, s.to, (s.batch, s.group, s.unit)) for s in seconded)


@given(
    st.text(st.sampled_from("0123456789.-—～至今年月（）()其间：；\r\n 　甲乙２．"), max_size=60)
)
def test_any_text_is_read_without_error_and_unread_lines_stay_as_written(text: str) -> None:
    parsed = parse_resume(text)
    lines = text.splitlines()
    assert all(item.text == lines[item.line - 1].strip() for item in parsed.unparsed)
    assert [p.line for p in parsed.periods] == sorted(p.line for p in parsed.periods)
