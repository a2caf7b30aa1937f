"""An exchange record written as LRM 2.0: 33 quoted fields joined by ``","`` in GBK, and the
photo for the ``.pic`` file beside it; the same record giving the same bytes.

What the format cannot hold is handled so (../shared/EXCHANGE.md, "LRM 2.0"):

- ShenFenZheng, Version, the later (2025) and unknown elements have no field: left out
  (:func:`dropped_elements` names them); the photo is the ``.pic`` file's (:func:`lrm_photo`).
- a character GBK cannot encode: :class:`LrmEncodingError`, never a silent replacement;
- ``#`` and ``@`` inside an education field, ``@`` inside a family field, would split it: they
  are written full-width (``＃``, ``＠``), which reads back as such;
- a family of more than 13 members: the first 13 (the format has 13 slots); empty members
  take no slot;
- line breaks are CRLF; a quote is doubled; control characters but tab and line breaks are
  dropped (as the LRMX writer drops them).
"""

from __future__ import annotations

from cadrectl.rules.exchange import FAMILY, FAMILY_ELEMENTS, ExchangeRecord, FamilyItem
from cadrectl.rules.lrm_read import (
    CARRIED,
    FAMILY_FIELDS,
    FAMILY_SLOTS,
    FIELD_COUNT,
    KIND_SEPARATOR,
    PAIR_SEPARATOR,
    PAIRED_FIELDS,
    SINGLE_FIELDS,
)

ENCODING = "gbk"
_CONTROLS = {code: None for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)}
_FULL_WIDTH = {KIND_SEPARATOR: "＠", PAIR_SEPARATOR: "＃"}
_IN_EDUCATION = str.maketrans(_FULL_WIDTH)
_IN_FAMILY = str.maketrans({KIND_SEPARATOR: _FULL_WIDTH[KIND_SEPARATOR]})


class LrmEncodingError(ValueError):
    """A character GBK cannot encode, and the element that holds it."""

    def __init__(self, element: str, char: str) -> None:
        super().__init__(f"{element}: {char!r} (U+{ord(char):04X}) cannot be written in GBK")
        self.element = element
        self.char = char


def lrm_bytes(record: ExchangeRecord) -> bytes:
    """The record as an LRM file's bytes (GBK, no line break after the record)."""
    fields = [""] * FIELD_COUNT
    for index, name in SINGLE_FIELDS.items():
        fields[index] = _value(name, record.text(name))
    for index, kinds in PAIRED_FIELDS.items():
        fields[index] = KIND_SEPARATOR.join(
            PAIR_SEPARATOR.join(_value(name, record.text(name), _IN_EDUCATION) for name in pair)
            for pair in kinds
        )
    for index, column in zip(FAMILY_FIELDS, _family_columns(record.family), strict=True):
        fields[index] = KIND_SEPARATOR.join(column)
    return ('"' + '","'.join(field.replace('"', '""') for field in fields) + '"').encode(ENCODING)


def lrm_photo(record: ExchangeRecord) -> bytes | None:
    """The ``.pic`` file's bytes: the photo as it is (None: write no .pic file)."""
    return record.photo


def dropped_elements(record: ExchangeRecord) -> list[str]:
    """The record's non-empty elements an LRM file has no field for, in the record's order."""
    return [name for name, text in record.elements.items() if text and name not in CARRIED]


def _family_columns(family: tuple[FamilyItem, ...]) -> list[list[str]]:
    """Per family field, its 13 slots: the first 13 non-empty members, then empty slots."""
    members = [item for item in family if not item.empty][:FAMILY_SLOTS]
    columns: list[list[str]] = [[] for _ in FAMILY_FIELDS]
    for item in members:
        values = (item.relation, item.name, item.birth, item.party, item.work)
        for column, child, value in zip(columns, FAMILY_ELEMENTS, values, strict=True):
            column.append(_value(f"{FAMILY}/{child}", value, _IN_FAMILY))
    return [column + [""] * (FAMILY_SLOTS - len(column)) for column in columns]


def _value(element: str, text: str, separators: dict[int, str] | None = None) -> str:
    """A text as a field holds it: controls dropped, line breaks CRLF, separators full-width;
    LrmEncodingError for a character GBK cannot encode."""
    text = "\r\n".join(text.translate(_CONTROLS).splitlines())
    if separators:
        text = text.translate(separators)
    try:
        text.encode(ENCODING)
    except UnicodeEncodeError as error:
        raise LrmEncodingError(element, text[error.start]) from None
    return text
