"""The message catalog is complete in both languages and the placeholders agree."""

from __future__ import annotations

import pytest

from cadrectl.core.messages import CATALOG, placeholders, t


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_both_languages_are_there_with_the_same_placeholders(key: str) -> None:
    zh, en = CATALOG[key]
    assert zh.strip()
    assert en.strip()
    assert placeholders(zh) == placeholders(en)


def test_english_is_chosen_by_cadrectl_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    assert t("status.active") == "在库"
    monkeypatch.setenv("CADRECTL_LANG", "en")
    assert t("status.active") == "active"


def test_every_problem_code_used_in_rules_has_a_message() -> None:
    import re
    from pathlib import Path

    import cadrectl

    source = Path(cadrectl.__file__).parent
    codes: set[str] = set()
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes.update(re.findall(r'(?:error|warning)\(\s*[\w.]+,\s*"([a-z0-9-]+)"', text))
    assert codes, "no problem codes found"
    missing = sorted(code for code in codes if f"problem.{code}" not in CATALOG)
    assert not missing


def test_help_texts_take_no_parameters() -> None:
    """Option and command help is shown with t(key) alone: a brace in it must be doubled, or the
    command cannot even start (a YAML example's {cadre: …} once stopped every cycle command)."""
    helps = [key for key in CATALOG if key.startswith(("cli.opt.", "cli.cmd.", "cli.arg."))]
    assert len(helps) > 50
    for key in helps:
        for text in CATALOG[key]:
            assert placeholders(text) == set(), key
