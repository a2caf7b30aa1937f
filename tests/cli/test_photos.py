"""``photos/<id>.jpg`` is checked with the registry: a broken photo is an error naming the file,
a photo of nobody a warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES

PHOTO = (FIXTURES / "forms" / "photo.jpg").read_bytes()


def problems(cli: Any, root: Path) -> set[tuple[str, str, str]]:
    report = cli("-R", root, "check", "--format", "json").json()
    return {(p["file"], p["code"], p["severity"]) for p in report["problems"]
            if p["file"].startswith("photos/")}  # fmt: skip


def test_the_example_photo_passes(example: Path, cli: Any) -> None:
    assert problems(cli, example) == set()


def test_a_broken_photo_is_an_error_and_a_photo_of_nobody_a_warning(
    example: Path, cli: Any
) -> None:
    photos = example / "photos"
    (photos / "QX-2019-001.jpg").write_bytes(PHOTO[:2000])
    (photos / "QX-2099-001.jpg").write_bytes(PHOTO)
    (photos / "notes.txt").write_text("x", "utf-8")
    assert problems(cli, example) == {
        ("photos/QX-2019-001.jpg", "photo-truncated", "error"),
        ("photos/QX-2099-001.jpg", "photo-orphan", "warning"),
        ("photos/notes.txt", "photo-orphan", "warning"),
    }
    result = cli("-R", example, "export", "lrmx", "QX-2019-001", "-o", example / "x.lrmx")
    assert result.exit_code == 1
    assert "photos/QX-2019-001.jpg" in result.stderr
