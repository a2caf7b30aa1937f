"""A reserve's photo (``photos/<id>.jpg``, the 任免审批表's 照片): a whole JPEG of a sensible
size, its pixel size read from the frame header — no imaging library needed."""

from __future__ import annotations

from dataclasses import dataclass

MIN_BYTES = 2 * 1024  # below this a portrait is a thumbnail or a stub
MAX_BYTES = 2 * 1024 * 1024  # forms carry the photo base64 inside the file
MIN_SIDE, MAX_SIDE = 100, 4000  # pixels: a 1-inch photo scanned at 150 dpi is ~ 150 × 210
_SOI, _EOI = b"\xff\xd8", b"\xff\xd9"
# Start-of-frame markers: baseline, extended, progressive, lossless (not DHT, JPG, DAC).
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


@dataclass(frozen=True)
class PhotoCheck:
    """What is wrong with a photo (``code`` of ``problem.photo-*``, None: nothing), and its size."""

    code: str | None
    width: int | None = None
    height: int | None = None


def check_photo(data: bytes) -> PhotoCheck:
    """``photo-not-jpeg``, ``photo-truncated``, ``photo-too-small``, ``photo-too-big`` or
    ``photo-pixels``; else no code and the pixel size."""
    if not data.startswith(_SOI + b"\xff"):
        return PhotoCheck("photo-not-jpeg")
    if not data.rstrip(b"\x00").endswith(_EOI):
        return PhotoCheck("photo-truncated")
    size = jpeg_size(data)
    if size is None:
        return PhotoCheck("photo-truncated")
    width, height = size
    if len(data) < MIN_BYTES:
        return PhotoCheck("photo-too-small", width, height)
    if len(data) > MAX_BYTES:
        return PhotoCheck("photo-too-big", width, height)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        return PhotoCheck("photo-pixels", width, height)
    return PhotoCheck(None, width, height)


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the first start-of-frame segment; None when there is none."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if marker in _SOF and at + 9 <= len(data):
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            width = int.from_bytes(data[at + 7 : at + 9], "big")
            return width, height
        if marker == 0xDA or length < 2:  # image data before any frame: broken
            return None
        at += 2 + length
    return None


def is_image(data: bytes) -> bool:
    """A whole JPEG (begins and ends as one) or a PNG: what a form's ZhaoPian may hold."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return True
    return data.startswith(_SOI + b"\xff") and data.rstrip(b"\x00").endswith(_EOI)


def photo_params(data: bytes, found: PhotoCheck) -> dict[str, int]:
    """The figures a photo problem's message quotes."""
    return {"kb": len(data) // 1024, "width": found.width or 0, "height": found.height or 0,
            "min_kb": MIN_BYTES // 1024, "max_kb": MAX_BYTES // 1024}  # fmt: skip
