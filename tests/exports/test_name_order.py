"""姓氏笔画 and pinyin order of names: surnames read as surnames, ties by the next characters'
strokes and then by pinyin, never by code point (issue 16, 7)."""

from __future__ import annotations

import pytest

from cadrectl.exports.name_order import name_key, name_pinyin, strokes


def by(order: str, *names: str) -> list[str]:
    return sorted(names, key=lambda name: name_key(name, order))


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("单雄信", ("shan4", "xiong2", "xin4")),
        ("曾国藩", ("zeng1", "guo2", "fan1")),
        ("解缙", ("xie4", "jin4")),
        ("仇英", ("qiu2", "ying1")),
        ("朴正浩", ("piao2", "zheng4", "hao4")),
        ("查良镛", ("zha1", "liang2", "yong1")),
        ("区伯强", ("ou1", "bo2", "qiang2")),
        ("盖叫天", ("ge3", "jiao4", "tian1")),
        ("召忽", ("shao4", "hu1")),
        ("种师道", ("chong2", "shi1", "dao4")),
        ("缪荃孙", ("miao4", "quan2", "sun1")),
        ("翟志刚", ("zhai2", "zhi4", "gang1")),
        ("尉迟恭", ("yu4", "chi2", "gong1")),
        ("万俟卨", ("mo4", "qi2", "xie4")),
        ("长孙无忌", ("zhang3", "sun1", "wu2", "ji4")),
        ("王立新", ("wang2", "li4", "xin1")),  # not in the table: pypinyin's reading
    ],
)
def test_a_surname_is_read_as_a_surname(name: str, reading: tuple[str, ...]) -> None:
    assert name_pinyin(name) == reading


def test_pinyin_order_puts_shan_after_dan_and_zeng_under_z() -> None:
    names = ("曾国藩", "单雄信", "丹增", "邓华", "曹刚", "张三", "沙平", "谢安", "解缙")
    assert by("pinyin", *names) == [
        "曹刚", "丹增", "邓华", "沙平", "单雄信", "谢安", "解缙", "曾国藩", "张三",
    ]  # fmt: skip


def test_equal_pinyin_goes_by_tone_then_strokes() -> None:
    assert by("pinyin", "王明", "汪明") == ["汪明", "王明"]  # wāng before wáng
    assert by("pinyin", "李丽", "李立") == ["李立", "李丽"]  # lì, lì: 立 5 strokes, 丽 7


def test_stroke_ties_go_by_the_next_characters_strokes_then_pinyin() -> None:
    assert [strokes(char) for char in "王大小明三丽"] == [4, 3, 3, 8, 3, 7]
    # 王 4, then the second character: 三 = 大 = 小 (3) before 丽 (7) before 明 (8); 王三 ends
    # there; 王大明 and 王小明 tie on strokes, dà before xiǎo
    names = ("王明", "王小明", "王丽", "王大明", "王三", "黄磊", "丁一")
    assert by("stroke", *names) == ["丁一", "王三", "王大明", "王小明", "王丽", "王明", "黄磊"]


def test_equal_strokes_read_the_surname_as_a_surname() -> None:
    # 曾 and 葛 both have 12 strokes: zēng before gě would be code point or ceng order;
    # by pinyin with the surname reading, 葛 (ge) comes before 曾 (zeng).
    assert strokes("曾") == strokes("葛") == 12
    assert by("stroke", "曾明", "葛明") == ["葛明", "曾明"]
    # 单 (8) and 房 (8): fáng before shàn, though pypinyin alone reads 单 dān
    assert strokes("单") == strokes("房") == 8
    assert by("stroke", "单平", "房平") == ["房平", "单平"]


def test_as_listed_has_no_key() -> None:
    assert name_key("王明", "listed") == ()


def test_each_surnames_people_stay_together() -> None:
    """方 and 王 both have 4 strokes: 方 (fāng) before 王 (wáng), then each one's people by the
    strokes of their given names (卫 3 before 帆 6), never 王, 方, 王 by the second character."""
    names = ("王帆伟", "方永生", "王卫晨")
    assert by("stroke", *names) == ["方永生", "王卫晨", "王帆伟"]
    # a compound surname is one surname: 欧 (8) before 欧阳 (8, 6)
    assert by("stroke", "欧阳宇", "欧文", "欧阳丹") == ["欧文", "欧阳丹", "欧阳宇"]


def test_surnames_read_alike_go_by_strokes() -> None:
    # 谢 and 解 are both xiè as surnames: 谢 (12 strokes) before 解 (13), not by code point
    assert strokes("谢") < strokes("解")
    assert by("pinyin", "解缙", "谢安") == ["谢安", "解缙"]
