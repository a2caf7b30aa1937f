"""An exchange record written as LRMX 3.x: ``<Person>`` and its children in the common order,
2-space indent, CRLF line ends (简历's lines too: an XML reader turns them into LF), every
element written even when empty (some readers fail on a missing ZhaoPian), the same record
giving the same bytes."""

from __future__ import annotations

from collections.abc import Iterator

from cadrectl.exports.form_text import photo_text
from cadrectl.rules.exchange import (
    ELEMENTS,
    FAMILY,
    FAMILY_ELEMENTS,
    LATER_ELEMENTS,
    PHOTO,
    ExchangeRecord,
    FamilyItem,
)

CRLF = "\r\n"
DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks).
_FORBIDDEN = {code: None for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)}


def lrmx_bytes(record: ExchangeRecord) -> bytes:
    """The record as an LRMX file's bytes (UTF-8, no BOM)."""
    lines = [DECLARATION, "<Person>", *_children(record), "</Person>"]
    return (CRLF.join(lines) + CRLF).encode("utf-8")


def element_order(record: ExchangeRecord) -> list[str]:
    """The form's elements in the common order, a later one after the element it follows,
    elements another system added before Version."""
    order = [name for name in ELEMENTS if name != "Version"]
    for name, after in LATER_ELEMENTS.items():
        if name in record.elements:
            order.insert(order.index(after) + 1, name)
    return [*order, *record.unknown, "Version"]


def _children(record: ExchangeRecord) -> Iterator[str]:
    for name in element_order(record):
        if name == FAMILY:
            yield from _family(record.family)
        elif name == PHOTO:
            yield _element(name, photo_text(record.photo), 1)
        else:
            yield _element(name, record.text(name), 1)


def _family(items: tuple[FamilyItem, ...]) -> Iterator[str]:
    if not items:
        yield f"  <{FAMILY}></{FAMILY}>"
        return
    yield f"  <{FAMILY}>"
    for item in items:
        yield "    <Item>"
        values = (item.relation, item.name, item.birth, item.party, item.work)
        for name, value in zip(FAMILY_ELEMENTS, values, strict=True):
            yield _element(name, value, 3)
        yield "    </Item>"
    yield f"  </{FAMILY}>"


def _element(name: str, text: str, depth: int) -> str:
    body = CRLF.join(text.splitlines()).translate(_FORBIDDEN).translate(_ESCAPES)
    return f"{'  ' * depth}<{name}>{body}</{name}>"
