"""The photo of an LRM file: the .pic file of the same name beside it, in any case."""

from __future__ import annotations

from pathlib import Path

import pytest

from cadrectl.store.lrm import sibling_photo

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


@pytest.mark.parametrize("suffix", [".pic", ".PIC", ".Pic"])
def test_the_pic_file_of_the_same_name_is_the_photo(tmp_path: Path, suffix: str) -> None:
    (tmp_path / f"张三{suffix}").write_bytes(JPEG)
    assert sibling_photo(tmp_path / "张三.lrm") == JPEG


def test_no_pic_file_is_no_photo(tmp_path: Path) -> None:
    (tmp_path / "张三.lrm").write_bytes('"张三"'.encode("gbk"))
    (tmp_path / "李四.pic").write_bytes(JPEG)
    (tmp_path / "张三.jpg").write_bytes(JPEG)
    assert sibling_photo(tmp_path / "张三.lrm") is None


def test_a_folder_named_like_the_photo_is_no_photo(tmp_path: Path) -> None:
    (tmp_path / "张三.pic").mkdir()
    assert sibling_photo(tmp_path / "张三.lrm") is None


def test_a_missing_folder_is_no_photo(tmp_path: Path) -> None:
    assert sibling_photo(tmp_path / "gone" / "张三.lrm") is None


def test_the_photo_bytes_are_read_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "01.干部任免审批表 张三.pic").write_bytes(b"not checked here")
    assert sibling_photo(tmp_path / "01.干部任免审批表 张三.lrm") == b"not checked here"
