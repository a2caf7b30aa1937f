"""Writing LRM 2.0: the record as 33 quoted GBK fields, read back by the LRM reader unchanged
but for what the format cannot hold."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cadrectl.exports.lrm import LrmEncodingError, dropped_elements, lrm_bytes, lrm_photo
from cadrectl.rules.exchange import (
    ELEMENTS,
    FAMILY,
    LATER_ELEMENTS,
    PHOTO,
    ExchangeRecord,
    FamilyItem,
    clean,
)
from cadrectl.rules.lrm_read import CARRIED, PAIRED_FIELDS, read_lrm

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff\xd9"
EDUCATION = {name for kinds in PAIRED_FIELDS.values() for pair in kinds for name in pair}
EMPTY_SLOTS = "@" * 12  # one member, then twelve empty slots


def lrm_text(fields: list[str]) -> bytes:
    return ('"' + '","'.join(fields) + '"').encode("gbk")


ZHANG_SAN = ExchangeRecord(
    {
        "XingMing": "张三", "XingBie": "男", "ChuShengNianYue": "198504", "MinZu": "汉族",
        "JiGuan": "浙江杭州", "ChuShengDi": "浙江杭州", "RuDangShiJian": "200806",
        "CanJiaGongZuoShiJian": "200707", "JianKangZhuangKuang": "健康",
        "ZhuanYeJiShuZhiWu": "工程师", "ShuXiZhuanYeYouHeZhuanChang": "城市规划",
        "QuanRiZhiJiaoYu_XueLi": "大学", "QuanRiZhiJiaoYu_XueWei": "工学学士",
        "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "浙江大学土木工程专业",
        "ZaiZhiJiaoYu_XueLi": "研究生", "ZaiZhiJiaoYu_XueWei": "管理学硕士",
        "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "浙江大学管理学院",
        "XianRenZhiWu": "某县住建局副局长", "NiRenZhiWu": "某县交通运输局局长",
        "NiMianZhiWu": "某县住建局副局长职务",
        "JianLi": "2003.09--2007.07  浙江大学学习\n2007.07--         某县住建局科员",
        "JiangChengQingKuang": "无", "NianDuKaoHeJieGuo": "2024年：优秀",
        "RenMianLiYou": "工作需要", "ChengBaoDanWei": "中共某县委组织部",
        "JiSuanNianLingShiJian": "20260301", "TianBiaoShiJian": "20260302", "TianBiaoRen": "王五",
        "ShenFenZheng": "330102198504120012", "Version": "3.2.1.16",
    },
    (FamilyItem("妻子", "李四", "198601", "中共党员", "某县第一中学教师"),),
    JPEG,
)  # fmt: skip


def test_the_fields_are_written_in_the_lrm_order() -> None:
    assert lrm_bytes(ZHANG_SAN) == lrm_text([
        "张三", "男", "198504", "汉族", "浙江杭州", "200806", "健康", "浙江杭州", "200707",
        "大学#工学学士@研究生#管理学硕士", "浙江大学土木工程专业#@浙江大学管理学院#", "工程师",
        "", "", "", "", "城市规划",
        "2003.09--2007.07  浙江大学学习\r\n2007.07--         某县住建局科员",
        "无", "2024年：优秀", "妻子" + EMPTY_SLOTS, "李四" + EMPTY_SLOTS, "198601" + EMPTY_SLOTS,
        "中共党员" + EMPTY_SLOTS, "某县第一中学教师" + EMPTY_SLOTS,
        "某县住建局副局长", "某县交通运输局局长", "某县住建局副局长职务", "工作需要",
        "中共某县委组织部", "20260301", "王五", "20260302",
    ])  # fmt: skip


def test_the_same_record_gives_the_same_bytes_whatever_the_order_of_its_elements() -> None:
    reordered = ExchangeRecord(dict(reversed(ZHANG_SAN.elements.items())), ZHANG_SAN.family)
    assert lrm_bytes(reordered) == lrm_bytes(ZHANG_SAN) == lrm_bytes(ZHANG_SAN)


def test_an_empty_record_is_33_empty_fields_with_their_separators() -> None:
    education = ["#@#"] * 2
    family = ["@" * 12] * 5
    assert lrm_bytes(ExchangeRecord()) == lrm_text(
        [""] * 9 + education + [""] * 9 + family + [""] * 8
    )


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\u2028"])
def test_line_breaks_are_written_crlf(line_break: str) -> None:
    record = ExchangeRecord({"JianLi": line_break.join(["第一行", "第二行", "第三行"])})
    assert "第一行\r\n第二行\r\n第三行".encode("gbk") in lrm_bytes(record)


def test_a_quote_inside_a_value_is_doubled() -> None:
    record = ExchangeRecord({"JianLi": '某县"三个一"办公室', "RenMianLiYou": '"'})
    written = lrm_bytes(record)
    assert '"某县""三个一""办公室"'.encode("gbk") in written
    assert read_lrm(written)[0].text("RenMianLiYou") == '"'


def test_control_characters_are_dropped_but_tabs_kept() -> None:
    record = ExchangeRecord({"JianLi": "甲\x00乙\x1b丙\t丁"})
    assert read_lrm(lrm_bytes(record))[0].text("JianLi") == "甲乙丙\t丁"


def test_separators_inside_an_education_value_are_written_full_width() -> None:
    record = ExchangeRecord({"QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "某大学#1@分校"})
    assert "某大学＃1＠分校#@#".encode("gbk") in lrm_bytes(record)
    read, notes = read_lrm(lrm_bytes(record))
    assert read.text("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi") == "某大学＃1＠分校"
    assert notes == []


def test_an_at_sign_inside_a_family_value_is_written_full_width_a_hash_kept() -> None:
    record = ExchangeRecord(family=(FamilyItem("妻子", "李四", work="某公司@北京#2号"),))
    read, _ = read_lrm(lrm_bytes(record))
    assert read.family == (FamilyItem("妻子", "李四", work="某公司＠北京#2号"),)


def test_separators_elsewhere_are_written_as_they_are() -> None:
    record = ExchangeRecord({"XianRenZhiWu": "某局#1@2", "JianLi": "a@b#c"})
    read, _ = read_lrm(lrm_bytes(record))
    assert (read.text("XianRenZhiWu"), read.text("JianLi")) == ("某局#1@2", "a@b#c")


def test_a_family_of_more_than_13_keeps_the_first_13_and_empty_members_take_no_slot() -> None:
    family = (FamilyItem(), *(FamilyItem("子女", f"成员{n}") for n in range(15)))
    read, _ = read_lrm(lrm_bytes(ExchangeRecord(family=family)))
    assert read.family == family[1:14]


@pytest.mark.parametrize(
    ("record", "element", "char"),
    [
        (ExchangeRecord({"JianLi": "2003.09--  某县😀办公室"}), "JianLi", "😀"),
        (ExchangeRecord({"ZaiZhiJiaoYu_XueWei": "硕士\u2070"}), "ZaiZhiJiaoYu_XueWei", "\u2070"),
        (ExchangeRecord(family=(FamilyItem(name="李\U00020000"),)), "JiaTingChengYuan/XingMing",
         "\U00020000"),
    ],
    ids=["resume", "degree", "family"],
)  # fmt: skip
def test_a_character_gbk_cannot_encode_is_refused(
    record: ExchangeRecord, element: str, char: str
) -> None:
    with pytest.raises(LrmEncodingError) as raised:
        lrm_bytes(record)
    assert (raised.value.element, raised.value.char) == (element, char)
    assert f"U+{ord(char):04X}" in str(raised.value)


def test_the_photo_is_written_as_it_is() -> None:
    assert lrm_photo(ZHANG_SAN) == JPEG
    assert lrm_photo(ExchangeRecord()) is None


LOST = {"ShenFenZheng", "Version", "DaoLingNianYue", "GaiGeQianRenZhiNianLingJieXian", "ZiDingYi"}


def test_exactly_the_id_number_version_later_and_unknown_elements_are_lost() -> None:
    texts = {name: "1" for name in ELEMENTS if name not in (FAMILY, PHOTO)}
    full = ExchangeRecord({**texts, **dict.fromkeys(LATER_ELEMENTS, "1"), "ZiDingYi": "1"})
    read, _ = read_lrm(lrm_bytes(full))
    assert set(full.elements) - set(read.elements) == LOST
    assert read.elements == dict.fromkeys(CARRIED, "1")
    assert set(dropped_elements(full)) == LOST


def test_an_empty_element_lrm_cannot_hold_is_not_reported_dropped() -> None:
    assert dropped_elements(ExchangeRecord({"ShenFenZheng": "", "XingMing": "张三"})) == []


def test_a_resume_with_crlf_reads_back_with_lf() -> None:
    record = ExchangeRecord({"JianLi": "2003.09--2007.07  学习\r\n2007.07--         科员"})
    read, _ = read_lrm(lrm_bytes(record))
    assert read.text("JianLi") == "2003.09--2007.07  学习\n2007.07--         科员"


def test_a_record_reads_back_with_its_photo() -> None:
    read, notes = read_lrm(lrm_bytes(ZHANG_SAN), lrm_photo(ZHANG_SAN))
    assert notes == []
    assert read.elements == {name: ZHANG_SAN.text(name) for name in CARRIED}
    assert read.family == ZHANG_SAN.family
    assert read.photo == JPEG


# ---- the round trip, for any record of GBK text ------------------------------------------

# Texts as a reader leaves them: GBK characters, the separators and quotes, LF line breaks,
# each line cleaned (so not starting or ending with a space).
_CHARS = st.characters(codec="gbk", exclude_categories=["Cc", "Cs", "Co"]) | st.sampled_from(
    '"#@,\n 　'
)
_TEXTS = st.text(_CHARS, max_size=10).map(
    lambda text: "\n".join(clean(line) for line in text.splitlines()).strip("\n")
)
_NAMES = st.sampled_from(
    [name for name in ELEMENTS if name not in (FAMILY, PHOTO)] + [*LATER_ELEMENTS, "ZiDingYi"]
)
_FAMILY = st.builds(FamilyItem, _TEXTS, _TEXTS, _TEXTS, _TEXTS, _TEXTS)
_RECORDS = st.builds(
    ExchangeRecord,
    st.dictionaries(_NAMES, _TEXTS),
    st.lists(_FAMILY, max_size=15).map(tuple),
    st.none() | st.binary(max_size=8).map(lambda body: JPEG[:-2] + body + JPEG[-2:]),
)


def as_lrm_reads(name: str, text: str) -> str:
    """An element's text as it comes back from LRM: separators full-width in an education
    field."""
    return text.replace("#", "＃").replace("@", "＠") if name in EDUCATION else text


def family_as_lrm_reads(family: tuple[FamilyItem, ...]) -> tuple[FamilyItem, ...]:
    """The non-empty members, the first 13, an ``@`` inside a value full-width."""
    kept = [item for item in family if not item.empty][:13]
    return tuple(
        FamilyItem(*(value.replace("@", "＠") for value in astuple(item))) for item in kept
    )


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(_RECORDS)
def test_a_record_reads_back_as_it_was_written(record: ExchangeRecord) -> None:
    read, notes = read_lrm(lrm_bytes(record), lrm_photo(record))
    assert notes == []
    assert read.elements == {name: as_lrm_reads(name, record.text(name)) for name in CARRIED}
    assert read.family == family_as_lrm_reads(record.family)
    assert read.photo == record.photo
