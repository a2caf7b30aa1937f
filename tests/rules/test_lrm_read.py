"""Reading LRM 2.0: 33 quoted fields in GBK into an exchange record, leniently and with notes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from cadrectl.rules.exchange import ELEMENTS, ExchangeError, ExchangeRecord, FamilyItem, ReadNote
from cadrectl.rules.lrm_read import CARRIED, NOT_CARRIED, read_lrm

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def slots(*members: str) -> str:
    """A family field as a file has it: the members' values, then empty slots up to 13."""
    return "@".join([*members, *[""] * (13 - len(members))])


def lrm_text(fields: Sequence[str]) -> str:
    """Fields (already as the file writes them, ``""`` for a quote) quoted and joined."""
    return '"' + '","'.join(fields) + '"'


def with_fields(**by_index: str) -> list[str]:
    """33 empty fields but the ones given as ``f<index>=text``."""
    fields = [""] * 33
    for key, text in by_index.items():
        fields[int(key[1:])] = text
    return fields


def read_fields(**by_index: str) -> tuple[ExchangeRecord, list[ReadNote]]:
    """A GBK file of 33 fields, empty but the ones given as ``f<index>=text``, read."""
    return read_lrm(lrm_text(with_fields(**by_index)).encode("gbk"))


ZHANG_SAN = [
    "张三", "男", "198504", "汉族", "浙江杭州", "200806", "健康", "浙江杭州", "200707",
    "大学#工学学士@研究生#管理学硕士",
    "浙江大学土木工程专业#@浙江大学管理学院管理科学与工程专业#",
    "工程师", "", "", "", "", "城市规划",
    "2003.09--2007.07  浙江大学土木工程专业学习\r\n"
    "2007.07--2016.03  某县住房和城乡建设局科员\r\n"
    "2016.03--         某县住房和城乡建设局副局长",
    "2019年度被评为县优秀公务员", "2023年：称职；2024年：优秀",
    slots("妻子", "儿子"), slots("李四", "张小明"), slots("198601", "201205"),
    slots("中共党员", ""), slots("某县第一中学教师", "某县实验小学学生"),
    "某县住房和城乡建设局副局长", "某县交通运输局局长", "某县住房和城乡建设局副局长职务",
    "工作需要", "中共某县委组织部", "20260301", "王五", "20260302",
]  # fmt: skip


def test_a_whole_gbk_record_is_read_field_by_field() -> None:
    record, notes = read_lrm(lrm_text(ZHANG_SAN).encode("gbk"))
    assert notes == []
    assert record.elements == {
        "XingMing": "张三", "XingBie": "男", "ChuShengNianYue": "198504", "MinZu": "汉族",
        "JiGuan": "浙江杭州", "ChuShengDi": "浙江杭州", "RuDangShiJian": "200806",
        "CanJiaGongZuoShiJian": "200707", "JianKangZhuangKuang": "健康",
        "ZhuanYeJiShuZhiWu": "工程师", "ShuXiZhuanYeYouHeZhuanChang": "城市规划",
        "QuanRiZhiJiaoYu_XueLi": "大学", "QuanRiZhiJiaoYu_XueWei": "工学学士",
        "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "浙江大学土木工程专业",
        "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi": "",
        "ZaiZhiJiaoYu_XueLi": "研究生", "ZaiZhiJiaoYu_XueWei": "管理学硕士",
        "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "浙江大学管理学院管理科学与工程专业",
        "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi": "",
        "XianRenZhiWu": "某县住房和城乡建设局副局长", "NiRenZhiWu": "某县交通运输局局长",
        "NiMianZhiWu": "某县住房和城乡建设局副局长职务",
        "JianLi": "2003.09--2007.07  浙江大学土木工程专业学习\n"
                  "2007.07--2016.03  某县住房和城乡建设局科员\n"
                  "2016.03--         某县住房和城乡建设局副局长",
        "JiangChengQingKuang": "2019年度被评为县优秀公务员",
        "NianDuKaoHeJieGuo": "2023年：称职；2024年：优秀", "RenMianLiYou": "工作需要",
        "ChengBaoDanWei": "中共某县委组织部", "JiSuanNianLingShiJian": "20260301",
        "TianBiaoShiJian": "20260302", "TianBiaoRen": "王五",
    }  # fmt: skip
    assert record.family == (
        FamilyItem("妻子", "李四", "198601", "中共党员", "某县第一中学教师"),
        FamilyItem("儿子", "张小明", "201205", "", "某县实验小学学生"),
    )
    assert record.photo is None


def test_the_elements_come_in_the_common_order() -> None:
    record, _ = read_lrm(lrm_text(ZHANG_SAN).encode("gbk"))
    assert tuple(record.elements) == CARRIED
    assert list(CARRIED) == [name for name in ELEMENTS if name in CARRIED]


def test_lrm_has_no_field_for_the_id_number_or_the_version() -> None:
    assert {"ShenFenZheng", "Version"} == NOT_CARRIED


def test_a_gb2312_file_keeps_its_full_width_punctuation() -> None:
    text = (
        '"李　梅","女","1990.11","汉族","江苏南京","2012.06；民建","良好","江苏南京",'
        '"2013.07","大学#文学学士@#","南京大学中文系汉语言文学专业#@#","","","","","",'
        '"公文写作（材料）","2013.07--2018.05  某县教育局科员\r\n'
        "          （其间：2016.03--2017.03  在某镇挂职，任党委委员）\r\n"
        '2018.05--         某县教育局办公室主任","无","2024年：优秀。","","","","","",'
        '"某县教育局办公室主任（四级主任科员）","","","","","20260301","",""'
    )
    record, notes = read_lrm(text.encode("gb2312"))
    assert notes == []
    assert record.text("XingMing") == "李　梅"  # as the file has it: the name is form_read's
    assert record.text("RuDangShiJian") == "2012.06；民建"
    assert record.text("ShuXiZhuanYeYouHeZhuanChang") == "公文写作（材料）"
    during = "（其间：2016.03--2017.03  在某镇挂职，任党委委员）"
    assert record.text("JianLi").splitlines()[1] == during
    assert record.text("XianRenZhiWu") == "某县教育局办公室主任（四级主任科员）"
    assert record.text("ZaiZhiJiaoYu_XueLi") == ""
    assert record.family == ()


@pytest.mark.parametrize("line_break", ["\r\n", "\r", "\n"])
def test_a_multi_line_resume_keeps_its_lines_as_lf(line_break: str) -> None:
    resume = line_break.join(["2003.09--2007.07  某大学学习", "2007.07--         某县某局科员"])
    record, _ = read_fields(f0="张三", f17=resume)
    assert record.text("JianLi") == "2003.09--2007.07  某大学学习\n2007.07--         某县某局科员"


def test_an_education_field_with_fewer_parts_leaves_the_rest_empty() -> None:
    record, notes = read_fields(f0="张三", f9="大学", f10="某大学")
    assert notes == []
    assert record.text("QuanRiZhiJiaoYu_XueLi") == "大学"
    assert record.text("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi") == "某大学"
    assert record.text("ZaiZhiJiaoYu_XueWei") == ""


def test_a_separator_too_many_stays_in_the_last_part_with_a_note() -> None:
    data = lrm_text(with_fields(f0="张三", f9="大学#学士#多余@研究生#硕士@多余")).encode("gbk")
    record, notes = read_lrm(data)
    assert record.text("QuanRiZhiJiaoYu_XueWei") == "学士#多余"
    assert record.text("ZaiZhiJiaoYu_XueWei") == "硕士@多余"
    assert notes == [ReadNote(None, "lrm-separator-extra", (("field", "9"),))]


def test_family_slots_empty_in_every_field_are_dropped() -> None:
    fields = with_fields(
        f0="张三", f20=slots("父亲", "", "母亲"), f21=slots("张大", "", "王芳"),
        f22=slots("195503", "", "195708"), f23=slots("中共党员", "", "群众"),
        f24=slots("已去世", "", "退休"),
    )  # fmt: skip
    record, notes = read_lrm(lrm_text(fields).encode("gbk"))
    assert notes == []
    assert record.family == (
        FamilyItem("父亲", "张大", "195503", "中共党员", "已去世"),
        FamilyItem("母亲", "王芳", "195708", "群众", "退休"),
    )


def test_family_lists_of_unequal_length_are_read_slot_by_slot_with_a_note() -> None:
    fields = with_fields(f0="张三", f20="妻子@儿子", f21="李四")
    record, notes = read_lrm(lrm_text(fields).encode("gbk"))
    assert record.family == (FamilyItem("妻子", "李四"), FamilyItem("儿子"))
    assert notes == [ReadNote("JiaTingChengYuan", "lrm-family-uneven")]


def test_texts_are_cleaned() -> None:
    fields = with_fields(f0=" 张三 ", f3="\u00a0汉族\ue000", f6="   ", f17="\r\n  2003.09--  \r\n")
    record, _ = read_lrm(lrm_text(fields).encode("gb18030"))
    assert record.text("XingMing") == "张三"
    assert record.text("MinZu") == "汉族"
    assert record.text("JianKangZhuangKuang") == ""
    assert record.text("JianLi") == "2003.09--"


def test_each_line_of_a_resume_is_cleaned_as_the_lrmx_reader_does() -> None:
    resume = "2016.03--2018.05  某局科员  \r\n    （其间：2017.01--2017.06  挂职）\r\n\r\n下一行"
    record, _ = read_fields(f0="张三", f17=resume)
    assert (
        record.text("JianLi")
        == "2016.03--2018.05  某局科员\n（其间：2017.01--2017.06  挂职）\n\n下一行"
    )


def test_fewer_fields_leave_the_missing_ones_empty_with_a_note() -> None:
    record, notes = read_lrm(lrm_text(ZHANG_SAN[:20]).encode("gbk"))
    assert notes == [ReadNote(None, "lrm-fields-short", (("count", "20"),))]
    assert record.text("NianDuKaoHeJieGuo") == "2023年：称职；2024年：优秀"
    assert record.text("XianRenZhiWu") == ""
    assert record.family == ()


def test_extra_fields_are_ignored_with_a_note() -> None:
    record, notes = read_lrm(lrm_text([*ZHANG_SAN, "多余", "又一个"]).encode("gbk"))
    assert notes == [ReadNote(None, "lrm-fields-extra", (("count", "35"),))]
    assert record.text("TianBiaoShiJian") == "20260302"


def test_a_doubled_quote_is_one_quote() -> None:
    fields = with_fields(f0="张三", f17='2003.09--  某县""三个一""工程办公室', f28='""')
    record, notes = read_lrm(lrm_text(fields).encode("gbk"))
    assert notes == []
    assert record.text("JianLi") == '2003.09--  某县"三个一"工程办公室'
    assert record.text("RenMianLiYou") == '"'


def test_a_value_holding_the_separator_is_read_whole() -> None:
    record, notes = read_fields(f0="张三", f18='甲"",""乙')
    assert notes == []
    assert record.text("JiangChengQingKuang") == '甲","乙'
    assert record.text("NianDuKaoHeJieGuo") == ""


def test_a_stray_quote_is_kept_as_text_with_a_note() -> None:
    record, notes = read_fields(f0="张三", f25='某县"三个一"办公室')
    assert record.text("XianRenZhiWu") == '某县"三个一"办公室'
    assert record.text("NiRenZhiWu") == ""
    assert notes == [ReadNote("XianRenZhiWu", "lrm-stray-quote", (("field", "25"),))]


def test_a_record_left_open_keeps_its_last_field_with_a_note() -> None:
    record, notes = read_lrm('"张三","男","1985'.encode("gbk"))
    assert record.text("ChuShengNianYue") == "1985"
    assert ReadNote("ChuShengNianYue", "lrm-stray-quote", (("field", "2"),)) in notes


def test_what_follows_the_closing_quote_is_ignored() -> None:
    record, notes = read_lrm((lrm_text(ZHANG_SAN) + ",\r\n\r\n").encode("gbk"))
    assert notes == []
    assert record.text("TianBiaoShiJian") == "20260302"


def test_the_unused_fields_keep_nothing_but_a_note() -> None:
    record, notes = read_fields(f0="张三", f13="某值")
    assert notes == [ReadNote(None, "lrm-unused-field", (("field", "13"),))]
    assert "某值" not in record.elements.values()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"  \r\n",
        JPEG + b"\x00\x01",
        '<?xml version="1.0" encoding="utf-8"?><Person><XingMing>张三</XingMing></Person>'.encode(),
        lrm_text(ZHANG_SAN).encode("utf-16"),
        "张三,男,198504".encode("gbk"),
        '"张三"'.encode("gbk"),
    ],
    ids=["empty", "blank", "binary", "xml", "utf-16", "unquoted", "one-field"],
)
def test_a_file_that_is_no_lrm_record_is_unreadable(data: bytes) -> None:
    with pytest.raises(ExchangeError) as raised:
        read_lrm(data)
    assert raised.value.code == "lrm-unreadable"


@pytest.mark.parametrize(
    "data", [b"\xef\xbb\xbf" + lrm_text(ZHANG_SAN).encode(), lrm_text(ZHANG_SAN).encode()],
    ids=["bom", "no-bom"],
)  # fmt: skip
def test_a_utf8_file_is_read_with_a_note(data: bytes) -> None:
    record, notes = read_lrm(data)
    assert notes == [ReadNote(None, "lrm-utf8")]
    assert record.text("XingMing") == "张三"
    assert record.family[0].name == "李四"


def test_bytes_neither_gbk_nor_utf8_are_replaced_with_a_note() -> None:
    data = lrm_text(with_fields(f0="张三?", f3="汉族")).encode("gbk").replace(b"?", b"\x80")
    record, notes = read_lrm(data)
    assert notes == [ReadNote(None, "lrm-undecodable", (("count", "1"),))]
    assert record.text("XingMing") == "张三\ufffd"
    assert record.text("MinZu") == "汉族"


@pytest.mark.parametrize("photo", [JPEG, PNG], ids=["jpeg", "png"])
def test_a_jpeg_or_png_photo_is_kept_as_it_is(photo: bytes) -> None:
    record, notes = read_lrm(lrm_text(ZHANG_SAN).encode("gbk"), photo)
    assert record.photo == photo
    assert notes == []


@pytest.mark.parametrize(
    "photo", [b"", b"GIF89a", b"<html>", JPEG[:-2]], ids=["empty", "gif", "html", "truncated"]
)
def test_a_photo_that_is_no_image_is_dropped_with_a_note(photo: bytes) -> None:
    record, notes = read_lrm(lrm_text(ZHANG_SAN).encode("gbk"), photo)
    assert record.photo is None
    assert notes == [ReadNote("ZhaoPian", "photo-unreadable")]


def test_no_photo_given_is_no_note() -> None:
    record, notes = read_lrm(lrm_text(ZHANG_SAN).encode("gbk"), None)
    assert record.photo is None
    assert notes == []
