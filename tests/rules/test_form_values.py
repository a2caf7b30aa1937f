"""The texts of a 任免审批表 read into the registry's values: dates, the party, 年度考核结果,
学历 and schools — as the writers seen in the wild write them (../shared/EXCHANGE.md)."""

from __future__ import annotations

import pytest

from cadrectl.model.dates import PartialDate
from cadrectl.rules.form_values import (
    FormValueError,
    as_written,
    read_assessment_text,
    read_form_date,
    read_level,
    read_party,
    split_school,
)

GRADES = ["优秀", "称职", "基本称职", "不称职", "合格", "基本合格", "不合格"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("198504", PartialDate(1985, 4)), ("19850412", PartialDate(1985, 4, 12)),
     ("1985.04", PartialDate(1985, 4)), ("1985.4", PartialDate(1985, 4)),
     ("1985-04-12", PartialDate(1985, 4, 12)), ("１９８５．０４", PartialDate(1985, 4)),
     (" 198504 ", PartialDate(1985, 4)), ("", None)],
)  # fmt: skip
def test_dates_of_six_or_eight_digits_dotted_or_dashed_are_read(
    text: str, expected: PartialDate | None
) -> None:
    assert read_form_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("1985年", "date-unreadable"), ("198513", "date-invalid"), ("abc", "date-unreadable")],
)
def test_what_is_no_date_is_refused_with_a_code(text: str, code: str) -> None:
    with pytest.raises(FormValueError) as raised:
        read_form_date(text)
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("text", "status", "joined"),
    [("197204", "中共党员", PartialDate(1972, 4)), ("2001.08", "中共党员", PartialDate(2001, 8)),
     ("民建", "民建会员", None), ("200108；民建", "中共党员", PartialDate(2001, 8)),
     ("民建；民盟", "民建会员", None), ("民建2001.08", "民建会员", PartialDate(2001, 8)),
     ("(民盟)", "民盟盟员", None), ("九三", "九三学社社员", None), ("", "群众", None),
     ("中国民主同盟盟员", "民盟盟员", None), ("预备党员", "中共预备党员", None),
     ("无党派", "无党派人士", None)],
)  # fmt: skip
def test_the_party_travels_in_the_joining_date_element(
    text: str, status: str, joined: PartialDate | None
) -> None:
    assert read_party(text) == (status, joined)


def test_an_unknown_party_name_is_refused() -> None:
    with pytest.raises(FormValueError) as raised:
        read_party("某某党")
    assert raised.value.code == "party-unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023年：称职；2024年：优秀", {2023: "称职", 2024: "优秀"}),
     ("2018、2019、2020年年度考核均为合格。", {2018: "合格", 2019: "合格", 2020: "合格"}),
     ("2020年年度考核合格;2021年年度考核优秀。", {2020: "合格", 2021: "优秀"}),
     ("2022年度考核基本称职，2023年度考核不称职", {2022: "基本称职", 2023: "不称职"}),
     ("2024年：不定等次", {2024: "不定等次"}), ("无", {}), ("", {})],
)  # fmt: skip
def test_assessment_free_text_is_read_longest_grade_first(
    text: str, expected: dict[int, str]
) -> None:
    assert read_assessment_text(text, GRADES) == expected


@pytest.mark.parametrize("text", ["2024年：良好", "优秀", "2024年"])
def test_a_year_without_a_grade_or_a_grade_without_a_year_is_refused(text: str) -> None:
    with pytest.raises(FormValueError) as raised:
        read_assessment_text(text, GRADES)
    assert raised.value.code == "assessment-unreadable"


@pytest.mark.parametrize(
    ("text", "level"),
    [("大学", "大学"), ("大学本科", "大学"), ("本科", "大学"), ("硕士研究生", "研究生"),
     ("专科", "大专"), ("省委党校研究生", "省委党校研究生"), ("中专", "中专")],
)  # fmt: skip
def test_levels_of_education_are_read_as_zb64(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "school", "major"),
    [("中国人民大学国际经济与贸易专业", "中国人民大学", "国际经济与贸易"),
     ("浙江大学公共管理学院公共管理专业", "浙江大学公共管理学院", "公共管理"),
     ("浙江省委党校经济管理", "浙江省委党校", "经济管理"), ("浙江大学", "浙江大学", None),
     ("某培训中心", "某培训中心", None)],
)  # fmt: skip
def test_a_school_text_splits_after_the_school_name(
    text: str, school: str, major: str | None
) -> None:
    assert split_school(text) == (school, major)


def test_a_split_keeps_the_text_as_the_file_writes_it() -> None:
    text = "上塘镇大园村村党支部书记助理（大学生村官）"
    assert as_written(text, "村党支部书记助理(大学生村官)") == (
        "上塘镇大园村", "村党支部书记助理（大学生村官）",
    )  # fmt: skip
