"""An LRM 2.0 file (33 quoted fields, GB2312/GBK) read leniently into an exchange record.

The field layout here is the one the writer (:mod:`cadrectl.exports.lrm`) uses too. LRM holds
no ShenFenZheng, Version, later (2025) or unknown element; the photo travels beside it, as the
``.pic`` file (../shared/EXCHANGE.md, "LRM 2.0").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cadrectl.rules.exchange import (
    ELEMENTS,
    FAMILY,
    PHOTO,
    ExchangeError,
    ExchangeRecord,
    FamilyItem,
    ReadNote,
    clean,
)
from cadrectl.rules.photo import is_image

FIELD_COUNT = 33
# Field index → the one element it holds (9 and 10 hold four, 20–24 the family, 12–15 nothing).
SINGLE_FIELDS: dict[int, str] = {
    0: "XingMing", 1: "XingBie", 2: "ChuShengNianYue", 3: "MinZu", 4: "JiGuan",
    5: "RuDangShiJian", 6: "JianKangZhuangKuang", 7: "ChuShengDi", 8: "CanJiaGongZuoShiJian",
    11: "ZhuanYeJiShuZhiWu", 16: "ShuXiZhuanYeYouHeZhuanChang", 17: "JianLi",
    18: "JiangChengQingKuang", 19: "NianDuKaoHeJieGuo", 25: "XianRenZhiWu", 26: "NiRenZhiWu",
    27: "NiMianZhiWu", 28: "RenMianLiYou", 29: "ChengBaoDanWei", 30: "JiSuanNianLingShiJian",
    31: "TianBiaoRen", 32: "TianBiaoShiJian",
}  # fmt: skip
# ``全日制学历#全日制学位@在职学历#在职学位`` and the same for their schools: per kind, the pair.
PAIRED_FIELDS: dict[int, tuple[tuple[str, str], tuple[str, str]]] = {
    9: (
        ("QuanRiZhiJiaoYu_XueLi", "QuanRiZhiJiaoYu_XueWei"),
        ("ZaiZhiJiaoYu_XueLi", "ZaiZhiJiaoYu_XueWei"),
    ),
    10: (
        ("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi"),
        ("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi"),
    ),
}
KIND_SEPARATOR = "@"  # 全日制@在职, and between the family's slots
PAIR_SEPARATOR = "#"  # 学历#学位
UNUSED_FIELDS = range(12, 16)
# 称谓, 姓名, 出生日期, 政治面貌, 工作单位及职务: FamilyItem's order, one slot per member.
FAMILY_FIELDS = range(20, 25)
FAMILY_SLOTS = 13
_PAIRED_NAMES = {name for kinds in PAIRED_FIELDS.values() for pair in kinds for name in pair}
# The elements an LRM file holds, in the common order (the family and the photo aside).
CARRIED: tuple[str, ...] = tuple(
    name for name in ELEMENTS if name in SINGLE_FIELDS.values() or name in _PAIRED_NAMES
)
# The form's elements it has no field for: besides these, the later (2025) and unknown ones.
NOT_CARRIED = frozenset(ELEMENTS) - set(CARRIED) - {FAMILY, PHOTO}

_BOM = b"\xef\xbb\xbf"
# Inside a field: a doubled quote, the separator, the closing quote at the end, a stray quote.
_QUOTES = re.compile(r'(?P<doubled>"")|(?P<separator>",")|(?P<end>"[\s,]*\Z)|(?P<stray>")')


def read_lrm(data: bytes, photo: bytes | None = None) -> tuple[ExchangeRecord, list[ReadNote]]:
    """The LRM file's record and what reading it noticed; ``photo`` is the sibling ``.pic``
    file's bytes. Raises ExchangeError("lrm-unreadable") for a file that is no LRM record."""
    notes: list[ReadNote] = []
    fields = _fitted(_fields(_decoded(data, notes), notes), notes)
    found = {name: _text(fields[index]) for index, name in SINGLE_FIELDS.items()}
    for index in PAIRED_FIELDS:
        found.update(_paired(index, fields[index], notes))
    notes += [_note(index, "lrm-unused-field") for index in UNUSED_FIELDS if fields[index].strip()]
    elements = {name: found[name] for name in CARRIED}
    return ExchangeRecord(elements, _family(fields, notes), _image(photo, notes)), notes


def _decoded(data: bytes, notes: list[ReadNote]) -> str:
    """GBK read as gb18030 (its superset); UTF-8 when it has a BOM or is no GBK (noted)."""
    if not data.strip() or b"\x00" in data:  # Why: NUL bytes mean binary or UTF-16, not LRM
        raise ExchangeError("lrm-unreadable")
    if data.startswith(_BOM):
        notes.append(ReadNote(None, "lrm-utf8"))
        return _lenient(data[len(_BOM) :], "utf-8", notes)
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _lenient(data, "gb18030", notes)
    notes.append(ReadNote(None, "lrm-utf8"))
    return text


def _lenient(data: bytes, encoding: str, notes: list[ReadNote]) -> str:
    """The text with each undecodable byte sequence as U+FFFD (noted with their count)."""
    text = data.decode(encoding, errors="replace")
    if "\ufffd" in text:
        notes.append(ReadNote(None, "lrm-undecodable", (("count", str(text.count("\ufffd"))),)))
    return text


def _fields(text: str, notes: list[ReadNote]) -> list[str]:
    """The quoted fields as written, ``""`` read as one quote; a quote that neither doubles,
    separates nor ends the record is kept as text (noted, as is a record left open)."""
    body = text.lstrip()
    if not body.startswith('"') or '","' not in body:
        raise ExchangeError("lrm-unreadable")
    fields: list[str] = []
    current: list[str] = []
    stray: set[int] = set()
    ended = False
    at = 1
    for quote in _QUOTES.finditer(body, at):
        current.append(body[at : quote.start()])
        at = quote.end()
        if quote.lastgroup == "separator":
            fields.append("".join(current))
            current = []
        elif quote.lastgroup == "end":
            ended = True
        else:  # doubled or stray: a quote of the text
            current.append('"')
            if quote.lastgroup == "stray":
                stray.add(len(fields))
    current.append(body[at:])
    if not ended:
        stray.add(len(fields))
    fields.append("".join(current))
    notes += [_note(index, "lrm-stray-quote") for index in sorted(stray)]
    return fields


def _fitted(fields: list[str], notes: list[ReadNote]) -> list[str]:
    """Exactly 33 fields: the missing ones empty, the extra ones dropped (noted)."""
    count = (("count", str(len(fields))),)
    if len(fields) < FIELD_COUNT:
        notes.append(ReadNote(None, "lrm-fields-short", count))
        return fields + [""] * (FIELD_COUNT - len(fields))
    if len(fields) > FIELD_COUNT:
        notes.append(ReadNote(None, "lrm-fields-extra", count))
    return fields[:FIELD_COUNT]


def _paired(index: int, raw: str, notes: list[ReadNote]) -> dict[str, str]:
    """Field 9 or 10 as its four elements; a separator too many stays in the last part."""
    kinds = _parts(raw.split(KIND_SEPARATOR, 1))
    if raw.count(KIND_SEPARATOR) > 1 or any(kind.count(PAIR_SEPARATOR) > 1 for kind in kinds):
        notes.append(_note(index, "lrm-separator-extra"))
    found: dict[str, str] = {}
    for names, kind in zip(PAIRED_FIELDS[index], kinds, strict=True):
        for name, part in zip(names, _parts(kind.split(PAIR_SEPARATOR, 1)), strict=True):
            found[name] = _text(part)
    return found


def _parts(parts: Sequence[str]) -> tuple[str, str]:
    return (parts[0], parts[1] if len(parts) > 1 else "")


def _family(fields: list[str], notes: list[ReadNote]) -> tuple[FamilyItem, ...]:
    """Slot i of each family field is member i; slots empty in every field are dropped."""
    columns = [fields[index].split(KIND_SEPARATOR) for index in FAMILY_FIELDS]
    if len({len(column) for column in columns if any(column)}) > 1:
        notes.append(ReadNote(FAMILY, "lrm-family-uneven"))
    slots = max(len(column) for column in columns)
    items = (
        FamilyItem(*(_text(column[slot]) if slot < len(column) else "" for column in columns))
        for slot in range(slots)
    )
    return tuple(item for item in items if not item.empty)


def _image(photo: bytes | None, notes: list[ReadNote]) -> bytes | None:
    """The .pic file's bytes when they are a whole JPEG or a PNG; else noted and dropped."""
    if photo is None:
        return None
    if is_image(photo):
        return photo
    notes.append(ReadNote(PHOTO, "photo-unreadable"))
    return None


def _text(raw: str) -> str:
    """A field's text, every line cleaned, lines kept (简历) joined by LF, as the LRMX reader
    takes an element's text."""
    return "\n".join(clean(line) for line in raw.splitlines()).strip("\n")


def _note(index: int, code: str) -> ReadNote:
    """A note about field ``index``, naming its element where it holds one."""
    element = SINGLE_FIELDS.get(index) or (FAMILY if index in FAMILY_FIELDS else None)
    return ReadNote(element, code, (("field", str(index)),))
