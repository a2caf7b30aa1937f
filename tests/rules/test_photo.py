"""A reserve's photo is a whole JPEG of a sensible size; its pixel size is read from the frame
header."""

from __future__ import annotations

from cadrectl.rules.photo import check_photo, is_image, jpeg_size
from tests.conftest import FIXTURES

PHOTO = (FIXTURES / "forms" / "photo.jpg").read_bytes()


def test_the_fixture_portrait_is_a_good_photo_of_150_by_210_pixels() -> None:
    found = check_photo(PHOTO)
    assert (found.code, found.width, found.height) == (None, 150, 210)


def test_a_png_or_text_is_no_jpeg() -> None:
    assert check_photo(b"\x89PNG\r\n\x1a\n" + b"0" * 5000).code == "photo-not-jpeg"
    assert check_photo(b"hello").code == "photo-not-jpeg"


def test_a_photo_cut_short_is_truncated() -> None:
    assert check_photo(PHOTO[: len(PHOTO) // 2]).code == "photo-truncated"
    assert not is_image(PHOTO[:-2])


def test_a_stub_jpeg_is_too_small_and_a_huge_one_too_big() -> None:
    assert check_photo(PHOTO[:-2] + b"\x00" * 10 + b"\xff\xd9").code is None  # padding is fine
    huge = PHOTO[:-2] + b"\x00" * (3 * 1024 * 1024) + b"\xff\xd9"
    assert check_photo(huge).code == "photo-too-big"
    tiny = b"\xff\xd8\xff\xc0\x00\x11\x08\x00\xd2\x00\x96" + b"\x00" * 100 + b"\xff\xd9"
    assert check_photo(tiny).code == "photo-too-small"


def test_the_pixel_size_comes_from_the_first_frame_header() -> None:
    assert jpeg_size(PHOTO) == (150, 210)
    assert jpeg_size(b"\xff\xd8\xff\xda\x00\x02") is None  # scan data before any frame
