"""The photo of an LRM 2.0 file: the ``.pic`` file of the same name beside it, read as bytes."""

from __future__ import annotations

from pathlib import Path


def sibling_photo(path: Path) -> bytes | None:
    """The bytes of ``<same name>.pic`` beside the .lrm file (the suffix in any case: .pic,
    .PIC); None when there is none."""
    if not path.parent.is_dir():
        return None
    found = sorted(
        candidate
        for candidate in path.parent.iterdir()
        if candidate.stem == path.stem and candidate.suffix.lower() == ".pic"
    )
    files = [candidate for candidate in found if candidate.is_file()]
    return files[0].read_bytes() if files else None
