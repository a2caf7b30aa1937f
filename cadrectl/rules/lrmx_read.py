"""An LRMX 3.x file read leniently into an exchange record (../shared/EXCHANGE.md): by tag, never
by position; a BOM, any element order, whitespace-only values, unknown elements (kept); a raw
``&`` read by escaping it, and a file still broken read by a recovering parse — each said in a
note, never in silence."""

from __future__ import annotations

import base64
import binascii
import re
from typing import TYPE_CHECKING, Any

from cadrectl.rules.exchange import (
    ELEMENTS,
    FAMILY,
    FAMILY_ELEMENTS,
    PHOTO,
    ExchangeError,
    ExchangeRecord,
    FamilyItem,
    ReadNote,
    clean,
)
from cadrectl.rules.photo import is_image

if TYPE_CHECKING:
    from lxml import etree

MAX_BYTES = 20 * 1024 * 1024  # a form with its photo is tens of kilobytes
_BARE_AMPERSAND = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")
_DATA_URL = re.compile(r"^data:[^,]*,")
# Elements every form has; one missing is said (Version is often left out: no note).
EXPECTED = tuple(name for name in ELEMENTS if name != "Version")


def read_lrmx(data: bytes) -> tuple[ExchangeRecord, list[ReadNote]]:
    """The record a file holds and what was noticed reading it; ``ExchangeError`` when it is no
    LRMX file (not XML even to a recovering parse, or no ``<Person>``)."""
    if len(data) > MAX_BYTES:
        raise ExchangeError("lrmx-too-big", limit=str(MAX_BYTES // (1024 * 1024)))
    notes: list[ReadNote] = []
    root = _parse(data.removeprefix(b"\xef\xbb\xbf"), notes)
    if _local(root.tag) != "Person":
        raise ExchangeError("lrmx-no-person", tag=_local(root.tag))
    elements: dict[str, str] = {}
    family: tuple[FamilyItem, ...] = ()
    photo: bytes | None = None
    for child in root:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            continue
        name = _local(child.tag)
        if name in elements or (name == FAMILY and family):
            notes.append(ReadNote(name, "element-twice"))
            continue
        if name == FAMILY:
            family = tuple(_family(child))
            elements[name] = ""
        elif name == PHOTO:
            photo = _photo(_text(child), notes)
            elements[name] = ""
        else:
            elements[name] = _text(child)
    missing = [name for name in EXPECTED if name not in elements]
    if missing:
        notes.append(ReadNote(None, "elements-missing", (("names", "、".join(missing)),)))
    unknown = [name for name in elements if name not in ELEMENTS]
    for name in unknown:
        notes.append(ReadNote(name, "element-unknown"))
    for name in (FAMILY, PHOTO):
        elements.pop(name, None)
    return ExchangeRecord(elements, family, photo), notes


def _parse(data: bytes, notes: list[ReadNote]) -> etree._Element:
    from lxml import etree

    strict = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)  # fmt: skip
    try:
        return etree.fromstring(data, strict)
    except etree.XMLSyntaxError:
        pass
    escaped = _BARE_AMPERSAND.sub(b"&amp;", data)
    if escaped != data:
        try:
            root = etree.fromstring(escaped, strict)
        except etree.XMLSyntaxError:
            pass
        else:
            notes.append(ReadNote(None, "xml-ampersand"))
            return root
    lenient = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                              load_dtd=False)  # fmt: skip
    try:
        root = etree.fromstring(escaped, lenient)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise ExchangeError("lrmx-not-xml")
    notes.append(ReadNote(None, "xml-recovered"))
    return root


def _local(tag: Any) -> str:
    """A tag without a namespace (``{urn:x}XingMing`` → XingMing)."""
    return str(tag).rsplit("}", 1)[-1]


def _text(element: etree._Element) -> str:
    """The element's text, every line cleaned, lines kept (简历): whitespace alone is empty."""
    whole = "".join(p if isinstance(p, str) else p.decode("utf-8") for p in element.itertext())
    lines = [clean(line) for line in whole.splitlines()]
    return "\n".join(lines).strip("\n")


def _family(element: etree._Element) -> list[FamilyItem]:
    items = []
    for child in element:
        if not isinstance(child.tag, str) or _local(child.tag) != "Item":
            continue
        values = {_local(part.tag): _text(part) for part in child if isinstance(part.tag, str)}
        item = FamilyItem(*(values.get(name, "") for name in FAMILY_ELEMENTS))
        if not item.empty:
            items.append(item)
    return items


def _photo(text: str, notes: list[ReadNote]) -> bytes | None:
    """ZhaoPian's base64 (line breaks and a ``data:`` prefix tolerated), when it is an image."""
    body = _DATA_URL.sub("", "".join(text.split()))
    if not body:
        return None
    try:
        photo = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        notes.append(ReadNote(PHOTO, "photo-unreadable"))
        return None
    if not is_image(photo):
        notes.append(ReadNote(PHOTO, "photo-unreadable"))
        return None
    return photo
