"""简历 read back into the file: periods into entries split by unit names, 挂职 and 抽调 into
records, study into 在职 education, and whatever cannot be read kept verbatim and said."""

from __future__ import annotations

from cadrectl.exports.form_items import study_item
from cadrectl.model.dates import PartialDate
from cadrectl.rules.form_read import FormContext, FormData
from cadrectl.rules.form_resume import read_resume, study_entry

CTX = FormContext({"湖溪镇": "qx-huxi-zhen", "县财政局": "qx-caizhengju"}, ["优秀", "称职"],
                  ["挂职", "轮岗", "驻村", "跟岗"], study_item)  # fmt: skip


def read(text: str) -> FormData:
    out = FormData()
    read_resume(text, CTX, out)
    return out


def test_periods_become_entries_split_by_the_registry_s_unit_names() -> None:
    out = read("2009.01--2012.01  湖溪镇科员\n2012.01--         青溪县财政局副局长")
    assert out.data["resume"] == [
        {"from": PartialDate(2009, 1), "to": PartialDate(2012, 1), "unit": "湖溪镇",
         "post": "科员"},
        {"from": PartialDate(2012, 1), "unit": "县财政局", "post": "副局长"},
    ]  # fmt: skip
    assert not out.problems
    assert "form" not in out.data  # everything read: nothing kept verbatim


def test_practice_and_secondments_inside_a_period_become_records() -> None:
    out = read("2012.01--  湖溪镇副镇长\n（其间：2019.06--2019.12在县委办公室轮岗，任轮岗干部；"
               "2020.03--抽调参加2020年驻村工作队（第一组），派驻石西村）")  # fmt: skip
    assert out.data["records"]["practice"] == [
        {
            "from": PartialDate(2019, 6),
            "to": PartialDate(2019, 12),
            "kind": "轮岗",
            "unit": "县委办公室",
            "post": "轮岗干部",
        }
    ]
    assert out.data["records"]["secondments"] == [{"batch": "2020年驻村工作队",
        "group": "第一组", "from": PartialDate(2020, 3), "unit": "石西村"}]  # fmt: skip


def test_study_inside_a_period_is_in_service_education() -> None:
    text = ("2012.01--  湖溪镇副镇长\n（其间：2016.09--2019.06在浙江大学公共管理专业在职研究生"
            "学习，获公共管理硕士学位）")  # fmt: skip
    out = read(text)
    assert out.data["education"] == [{"kind": "在职", "level": "研究生", "school": "浙江大学",
        "major": "公共管理", "degree": "公共管理硕士", "from": PartialDate(2016, 9),
        "graduated": PartialDate(2019, 6)}]  # fmt: skip
    assert "form" not in out.data  # the export writes that item again: nothing to keep


def test_a_study_the_export_would_write_otherwise_keeps_the_text() -> None:
    text = "2012.01--  湖溪镇副镇长\n（其间：2016.09--2019.06参加浙江大学公共管理专业研究生学习）"
    out = read(text)
    assert out.data["education"][0]["level"] == "研究生"
    assert out.data["form"]["resume"] == text


def test_a_line_that_cannot_be_read_is_said_by_line_and_the_text_kept() -> None:
    text = "2001.13--2003.07  湖溪镇科员\n2003.07--  湖溪镇副镇长"
    out = read(text)
    assert [(p.code, p.line) for p in out.problems] == [("resume-line-unreadable", 1)]
    assert out.data["resume"][0]["post"] == "副镇长"
    assert out.data["form"]["resume"] == text


def test_a_study_period_and_an_unsplittable_one_are_said_apart() -> None:
    out = read("2005.09--2009.07  浙江大学土木工程专业学习\n2009.07--2012.01  某某某某")
    assert [p.code for p in out.problems] == ["resume-study", "resume-unsplit"]


def test_a_party_school_study_keeps_its_level() -> None:
    entry = study_entry("参加中央党校函授学院经济管理专业在职大学学习", None, None)
    assert entry is not None
    assert entry["level"] == "中央党校大学"
    assert study_entry("在县委办公室轮岗", None, None) is None
