"""A registry file as it is on disk, with its parsed data: what an edit splices into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cadrectl.core.errors import CadrectlError
from cadrectl.store.reader import read_document

T = TypeVar("T", bound="FileText")


@dataclass(frozen=True)
class FileText:
    """A cadre's or a unit's file: its id, registry-relative name, text and data."""

    id: str
    file: str
    text: str
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.data.get("name", ""))


def read_file_text(kind: type[T], path: Path, file: str, item_id: str, unreadable: str) -> T:
    """``path`` read as ``kind``; refused with the catalog key ``unreadable`` (``id``, ``file``)
    when it does not parse to a mapping."""
    document = read_document(path, file)
    if document.data is None or document.text is None:
        raise CadrectlError(unreadable, id=item_id, file=file)
    return kind(item_id, file, document.text, document.data)
