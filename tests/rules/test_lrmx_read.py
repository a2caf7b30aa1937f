"""Reading LRMX files as other systems write them: by tag in any order, a BOM, CRLF, blank
values, unknown elements kept, a raw ``&``, a broken file recovered, a broken photo refused."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.exports.lrmx import lrmx_bytes
from cadrectl.rules.exchange import ExchangeError, ExchangeRecord, FamilyItem, ReadNote
from cadrectl.rules.lrmx_read import read_lrmx
from tests.conftest import PROJECT

PHOTO = (PROJECT / "tests" / "fixtures" / "forms" / "photo.jpg").read_bytes()


def person(*children: str, bom: bool = False, newline: str = "\n") -> bytes:
    text = newline.join(['<?xml version="1.0" encoding="utf-8"?>', "<Person>", *children,
                         "</Person>"])  # fmt: skip
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def codes(notes: list[ReadNote]) -> set[str]:
    return {note.code for note in notes}


def test_elements_are_read_by_tag_whatever_their_order() -> None:
    record, _ = read_lrmx(person("<ShenFenZheng>360426199101010071</ShenFenZheng>",
                                 "<XingMing>张三</XingMing>", "<XingBie>男</XingBie>"))  # fmt: skip
    assert record.text("XingMing") == "张三"
    assert record.text("ShenFenZheng") == "360426199101010071"
    assert list(record.elements) == ["ShenFenZheng", "XingMing", "XingBie"]


def test_a_bom_and_crlf_line_ends_are_read_and_the_resume_keeps_its_lines() -> None:
    data = person("<XingMing>张三</XingMing>",
                  "<JianLi>2009.01--2010.12  芳溪镇科员\r\n2010.12--         芳溪镇副镇长</JianLi>",
                  bom=True, newline="\r\n")  # fmt: skip
    record, _ = read_lrmx(data)
    assert record.text("JianLi").splitlines() == [
        "2009.01--2010.12  芳溪镇科员", "2010.12--         芳溪镇副镇长",
    ]  # fmt: skip


def test_whitespace_only_values_are_empty_and_nbsp_and_private_use_are_cleaned() -> None:
    record, _ = read_lrmx(person("<XingMing>\u00a0张三\ue001 </XingMing>",
                                 "<JiGuan>   </JiGuan>"))  # fmt: skip
    assert record.text("XingMing") == "张三"
    assert record.text("JiGuan") == ""


def test_an_unknown_element_is_kept_and_said() -> None:
    record, notes = read_lrmx(person("<XingMing>张三</XingMing>", "<BeiZhu>另附说明</BeiZhu>"))
    assert record.unknown == {"BeiZhu": "另附说明"}
    assert ReadNote("BeiZhu", "element-unknown") in notes


def test_missing_elements_are_named_in_one_note_and_a_missing_version_is_no_problem() -> None:
    _, notes = read_lrmx(person("<XingMing>张三</XingMing>"))
    missing = next(note for note in notes if note.code == "elements-missing")
    names = dict(missing.params)["names"]
    assert "XingBie" in names
    assert "Version" not in names


def test_a_raw_ampersand_is_read_as_a_character_with_a_note() -> None:
    record, notes = read_lrmx(person("<XingMing>张三</XingMing>",
                                     "<XianRenZhiWu>县科技&经信局局长</XianRenZhiWu>"))  # fmt: skip
    assert record.text("XianRenZhiWu") == "县科技&经信局局长"
    assert "xml-ampersand" in codes(notes)


def test_a_file_broken_otherwise_is_recovered_as_far_as_it_goes_with_a_note() -> None:
    record, notes = read_lrmx(b"<Person><XingMing>\xe5\xbc\xa0\xe4\xb8\x89</XingMing><XingBie>")
    assert record.text("XingMing") == "张三"
    assert "xml-recovered" in codes(notes)


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "lrmx-not-xml"), (b"\x00\x01binary", "lrmx-not-xml"),
     (b"<Root><XingMing>x</XingMing></Root>", "lrmx-no-person")],
)  # fmt: skip
def test_what_is_no_form_at_all_is_refused(data: bytes, code: str) -> None:
    with pytest.raises(ExchangeError) as raised:
        read_lrmx(data)
    assert raised.value.code == code


def test_a_namespace_and_comments_do_not_hide_the_elements() -> None:
    record, _ = read_lrmx(b'<Person xmlns="urn:x"><!-- c --><XingMing>A</XingMing></Person>')
    assert record.text("XingMing") == "A"


def test_family_items_are_read_and_empty_items_dropped() -> None:
    record, _ = read_lrmx(person(
        "<JiaTingChengYuan><Item><ChengWei>妻子</ChengWei><XingMing>李四</XingMing>"
        "<ChuShengRiQi>198805</ChuShengRiQi><ZhengZhiMianMao>群众</ZhengZhiMianMao>"
        "<GongZuoDanWeiJiZhiWu>县医院医生</GongZuoDanWeiJiZhiWu></Item>"
        "<Item><ChengWei></ChengWei><XingMing> </XingMing></Item></JiaTingChengYuan>"
    ))  # fmt: skip
    assert record.family == (FamilyItem("妻子", "李四", "198805", "群众", "县医院医生"),)


def test_a_photo_is_decoded_with_line_breaks_and_a_data_prefix() -> None:
    body = base64.b64encode(PHOTO).decode()
    wrapped = "\n".join(body[i : i + 76] for i in range(0, len(body), 76))
    record, notes = read_lrmx(person(f"<ZhaoPian>data:image/jpeg;base64,{wrapped}</ZhaoPian>"))
    assert record.photo == PHOTO
    assert "photo-unreadable" not in codes(notes)


@pytest.mark.parametrize(
    "text", ["not base64!!", base64.b64encode(b"GIF89a....").decode(),
             base64.b64encode(PHOTO[: len(PHOTO) // 2]).decode()],
)  # fmt: skip
def test_a_broken_photo_is_left_out_with_a_note(text: str) -> None:
    record, notes = read_lrmx(person(f"<ZhaoPian>{text}</ZhaoPian>"))
    assert record.photo is None
    assert ReadNote("ZhaoPian", "photo-unreadable") in notes


def test_an_element_given_twice_is_read_once_and_said() -> None:
    record, notes = read_lrmx(person("<XingMing>甲</XingMing>", "<XingMing>乙</XingMing>"))
    assert record.text("XingMing") == "甲"
    assert ReadNote("XingMing", "element-twice") in notes


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Co", "Zl", "Zp")), max_size=30)


@given(
    st.dictionaries(st.sampled_from(["XingMing", "JiGuan", "XianRenZhiWu", "JianLi", "BeiZhu"]),
                    _TEXT.map(str.strip)),
    st.lists(st.builds(FamilyItem, _TEXT.map(str.strip), _TEXT.map(str.strip)), max_size=3),
)  # fmt: skip
def test_what_the_writer_writes_the_reader_reads_back(
    elements: dict[str, str], family: list[FamilyItem]
) -> None:
    from cadrectl.rules.exchange import clean

    elements = {name: clean(text) for name, text in elements.items()}
    family = [
        item for item in family if not FamilyItem(clean(item.relation), clean(item.name)).empty
    ]
    family = [FamilyItem(clean(item.relation), clean(item.name)) for item in family]
    record = ExchangeRecord(elements, tuple(family), PHOTO)
    back, notes = read_lrmx(lrmx_bytes(record))
    assert {k: v for k, v in back.elements.items() if k in elements} == elements
    assert back.family == record.family
    assert back.photo == PHOTO
    assert not codes(notes) & {"xml-ampersand", "xml-recovered", "photo-unreadable"}
