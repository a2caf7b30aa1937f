"""Every workbook goes to a Chinese department: Chinese whatever CADRECTL_LANG says, while the
terminal's messages stay in the clerk's language (issue 16, 7)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.integrity.registries import cycle_ready_to_apply

AS_OF = "2026-11-01"
EXPORTS = {
    "roster-科级": ("roster", "-t", "科级", "--as-of", AS_OF),
    "roster-县级": ("roster", "-t", "县级", "--as-of", AS_OF),
    "structure": ("structure", "--as-of", AS_OF, "--group-by", "unit_kind", "--age-under", "35"),
    "cards": ("card", "--all", "--as-of", AS_OF),
    "adjustment": ("adjustment", "--year", "2026", "--as-of", "2026-10-15"),
}
_IDS = re.compile(r"\b[A-Z]{1,4}-\d{4}-\d{3}\b")  # a registry id (QX-2023-014) is no English
_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture(scope="module")
def publicized(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example registry with its 2026 cycle past the 公示 (read only)."""
    return cycle_ready_to_apply(tmp_path_factory.mktemp("language") / "registry")


def contents(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Each sheet's name and every cell's value."""
    book = load_workbook(path, read_only=True)
    found = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)])
             for ws in book.worksheets]  # fmt: skip
    book.close()
    return found


def english_words(sheets: list[tuple[str, list[list[Any]]]]) -> set[str]:
    texts = [title for title, _ in sheets]
    texts += [v for _, rows in sheets for row in rows for v in row if isinstance(v, str)]
    return {word for text in texts for word in _WORD.findall(_IDS.sub("", text))}


def export(cli: Any, root: Path, out: Path, args: tuple[str, ...]) -> str:
    result = cli("-R", root, "export", args[0], "-o", out, *args[1:])
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


# The adjustment needs a year's cycle past the 公示, which takes a while to build: slow tier.
NAMES = [pytest.param(name, marks=pytest.mark.slow) if name == "adjustment" else name
         for name in EXPORTS]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_a_workbook_is_chinese_with_cadrectl_lang_en(
    name: str, cli: Any, request: pytest.FixtureRequest, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    root = request.getfixturevalue("publicized" if name == "adjustment" else "example")
    monkeypatch.setenv("CADRECTL_LANG", "zh")
    export(cli, root, tmp_path / "zh.xlsx", EXPORTS[name])
    monkeypatch.setenv("CADRECTL_LANG", "en")
    shown = export(cli, root, tmp_path / "en.xlsx", EXPORTS[name])
    assert shown.startswith("Exported")  # the terminal speaks the clerk's language
    english = contents(tmp_path / "en.xlsx")
    assert english_words(english) == set()
    assert english == contents(tmp_path / "zh.xlsx")


def test_the_terminal_tables_keep_the_display_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from cadrectl.exports.structure import dimension_label, field_label, value_label

    monkeypatch.setenv("CADRECTL_LANG", "en")
    assert dimension_label("gender") != dimension_label("gender", stored=True) == "性别"
    assert _WORD.search(value_label("age_under", "35"))
    assert value_label("age_under", "35", stored=True) == "35周岁以下"
    assert not _WORD.search(field_label("unit_kind", stored=True))
