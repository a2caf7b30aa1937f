"""Values as clerks type them into spreadsheets (issue 16): dates, 学历学位, 工作单位及职务."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.model.dates import PartialDate
from cadrectl.rules.sheet_values import (
    Schooling,
    UnitAndPost,
    ValueProblem,
    clean_text,
    header_key,
    read_month,
    read_schooling,
    split_unit_post,
)

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1985.03", PartialDate(1985, 3)),
        ("1985.3", PartialDate(1985, 3)),
        ("1985-03", PartialDate(1985, 3)),
        ("198503", PartialDate(1985, 3)),
        ("1985年3月", PartialDate(1985, 3)),
        ("1985年03月12日", PartialDate(1985, 3, 12)),
        ("85.03", PartialDate(1985, 3)),
        ("76.06", PartialDate(1976, 6)),
        ("05.07", PartialDate(2005, 7)),  # two digits not after this year's: 20xx
        ("1985.03(41岁)", PartialDate(1985, 3)),
        ("1985.03（41岁）", PartialDate(1985, 3)),
        ("１９８５．０３", PartialDate(1985, 3)),  # full-width digits and point
        (" 1985.03\u00a0", PartialDate(1985, 3)),  # stray and non-breaking spaces
        ("2021.09.15", PartialDate(2021, 9, 15)),
        ("20210915", PartialDate(2021, 9, 15)),
    ],
)
def test_dates_in_the_forms_clerks_type(typed: str, expected: PartialDate) -> None:
    assert read_month(typed, today=TODAY) == expected


def test_numbers_read_as_the_cell_shows_them() -> None:
    """A cell formatted 0.00 shows the float 2011.1 as 2011.10: October; unformatted, January."""
    assert read_month(2011.1, number_format="0.00", today=TODAY) == PartialDate(2011, 10)
    assert read_month(2011.1, number_format="General", today=TODAY) == PartialDate(2011, 1)
    assert read_month(2011.05, today=TODAY) == PartialDate(2011, 5)
    assert read_month(198503, today=TODAY) == PartialDate(1985, 3)
    assert read_month(198503.0, today=TODAY) == PartialDate(1985, 3)


def test_date_cells_keep_the_day_only_when_the_format_shows_it() -> None:
    cell = dt.datetime(1985, 3, 12)
    assert read_month(cell, number_format="yyyy.mm", today=TODAY) == PartialDate(1985, 3)
    assert read_month(cell, number_format="yyyy-mm-dd", today=TODAY) == PartialDate(1985, 3, 12)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "date-empty"),
        (None, "date-empty"),
        ("   ", "date-empty"),
        ("1985.13", "date-invalid"),
        ("2021.02.30", "date-invalid"),
        ("三月", "date-unreadable"),
        ("1985年", "date-unreadable"),
        ("19850", "date-unreadable"),
        (True, "date-unreadable"),
        ("1985.03.12.01", "date-unreadable"),
    ],
)
def test_what_is_no_date_is_refused_with_why(typed: object, code: str) -> None:
    with pytest.raises(ValueProblem) as refused:
        read_month(typed, today=TODAY)
    assert refused.value.code == code


@given(st.integers(1950, 2026), st.integers(1, 12))
def test_every_written_form_of_a_month_reads_back(year: int, month: int) -> None:
    forms = [f"{year}.{month:02d}", f"{year}.{month}", f"{year}-{month:02d}", f"{year}{month:02d}",
             f"{year}年{month}月", f"{year}.{month:02d}（{2026 - year}岁）"]  # fmt: skip
    for form in forms:
        assert read_month(form, today=TODAY) == PartialDate(year, month), form


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("大学学士", Schooling("大学", "学士")),
        ("大学 工学学士", Schooling("大学", "工学学士")),
        ("研究生硕士", Schooling("研究生", "硕士")),
        ("研究生", Schooling("研究生", None)),
        ("大学本科", Schooling("大学", None)),
        ("大学专科", Schooling("大专", None)),
        ("大专", Schooling("大专", None)),
        ("中央党校大学", Schooling("中央党校大学", None)),
        ("省委党校研究生", Schooling("省委党校研究生", None)),
        ("硕士研究生公共管理硕士", Schooling("研究生", "公共管理硕士")),
        ("高中", Schooling("高中", None)),
    ],
)
def test_schooling_splits_into_level_and_degree(typed: str, expected: Schooling) -> None:
    assert read_schooling(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "education-empty"),
        ("本科毕业", "education-unreadable"),
        ("学士", "education-unreadable"),
    ],
)
def test_schooling_that_names_no_level_is_refused(typed: str, code: str) -> None:
    with pytest.raises(ValueProblem) as refused:
        read_schooling(typed)
    assert refused.value.code == code


UNITS = ["湖溪镇", "湖溪镇人民政府", "县人大常委会", "县财政局"]


def test_unit_and_post_split_by_the_longest_unit_name() -> None:
    assert split_unit_post("湖溪镇党委委员、副镇长", UNITS) == UnitAndPost(
        "湖溪镇", "党委委员、副镇长"
    )
    assert split_unit_post("湖溪镇人民政府副镇长", UNITS) == UnitAndPost("湖溪镇人民政府", "副镇长")
    assert split_unit_post("青溪县县财政局副局长", UNITS) == UnitAndPost("县财政局", "副局长")
    for bad, code in (("某某局副局长", "unit-unknown"), ("县财政局", "post-empty")):
        with pytest.raises(ValueProblem) as refused:
            split_unit_post(bad, UNITS)
        assert refused.value.code == code


def test_text_and_headers_are_cleaned_as_clerks_type_them() -> None:
    assert clean_text("  王\u00a0立新 ") == "王 立新"
    assert clean_text("ＡＢＣ１２３") == "ABC123"
    assert header_key("姓  名") == "姓名"
    assert header_key("出生\n年月") == "出生年月"
    assert header_key("出生年月\n（岁）") == "出生年月(岁)"
