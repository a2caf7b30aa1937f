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


# ---- every key the code names exists, every key is used (issue 14, 5) ----------------------

KEY_CALLS = {"t", "stored", "CadrectlError", "UsageError", "NotFound", "RegistryNotFound",
             "GitError", "CommitRefused"}  # fmt: skip


def _source_facts() -> tuple[set[str], dict[str, str], list[tuple[str, str]]]:
    """The string literals of cadrectl (the catalog aside), the prefixes of its f-strings
    (prefix → where), and (key, where) for each call naming a key that is not in the catalog."""
    import ast
    import re
    from pathlib import Path

    import cadrectl

    root = Path(cadrectl.__file__).parent
    literals: set[str] = set()
    prefixes: dict[str, str] = {}
    unknown: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*.py")):
        if path.parent.name == "messages" and path.parent.parent.name == "core":
            continue
        where = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                text = first.value if isinstance(first, ast.Constant) else None
                if isinstance(text, str) and re.fullmatch(r"[a-z][a-z0-9.-]*[.-]", text):
                    prefixes.setdefault(text, f"{where}:{node.lineno}")
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                arg = node.args[0]
                if name in KEY_CALLS and isinstance(arg, ast.Constant) and arg.value not in CATALOG:
                    unknown.append((str(arg.value), f"{where}:{node.lineno}"))
    return literals, prefixes, unknown


def test_every_key_the_code_names_is_in_the_catalog() -> None:
    _, _, unknown = _source_facts()
    assert unknown == []


def test_every_key_built_at_run_time_is_of_a_declared_family() -> None:
    from cadrectl.core.messages.families import FAMILIES

    _, prefixes, _ = _source_facts()
    built = {p: where for p, where in prefixes.items() if any(k.startswith(p) for k in CATALOG)}
    assert sorted(set(built) - set(FAMILIES)) == [], "declare them in core/messages/families.py"
    assert sorted(set(FAMILIES) - set(built)) == [], "no code builds these any more"


def test_every_key_is_used() -> None:
    from cadrectl.core.messages.families import FAMILIES

    literals, _, _ = _source_facts()
    literals.add("internal.missing-message")  # shown by the catalog itself

    def used(key: str) -> bool:
        if key in literals:
            return True
        return any(key.startswith(prefix)
                   and all(part in literals for part in key[len(prefix):].split("."))
                   for prefix in FAMILIES)  # fmt: skip

    assert sorted(key for key in CATALOG if not used(key)) == []


def test_a_key_missing_from_the_catalog_fails_in_strict_mode(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CADRECTL_STRICT_MESSAGES", "1")
    with pytest.raises(KeyError):
        t("cycle.no-such-message")
    monkeypatch.delenv("CADRECTL_STRICT_MESSAGES")
    assert t("cycle.no-such-message") == "（缺少消息：cycle.no-such-message）"


def test_each_area_holds_its_own_keys() -> None:
    """Every module of the catalog's folder with MESSAGES is an area of the catalog (one added
    to the folder but not to _catalog would be silently missing)."""
    import importlib
    import pkgutil

    import cadrectl.core.messages as catalog

    areas = [
        importlib.import_module(f"cadrectl.core.messages.{info.name}")
        for info in pkgutil.iter_modules(catalog.__path__)
    ]
    areas = [area for area in areas if hasattr(area, "MESSAGES")]
    assert len(areas) >= 9
    assert sum(len(area.MESSAGES) for area in areas) == len(CATALOG)
    cli = next(area for area in areas if area.__name__.endswith(".cli"))
    assert all(key.startswith("cli.") for key in cli.MESSAGES)


def test_rules_make_no_text_but_in_their_display_helpers() -> None:
    """A rule's result holds codes and parameters (a Msg where text goes): rendered at the edge,
    in the display language. Only the helpers that the edge calls to show a result render."""
    import ast
    from pathlib import Path

    import cadrectl

    helpers = {"detail", "message", "text", "line_reason", "story_text", "__format__"}
    rules = Path(cadrectl.__file__).parent / "rules"
    rendering = []
    for path in sorted(rules.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call) or function.name in helpers:
                    continue
                if getattr(node.func, "id", None) in {"t", "stored", "in_language"}:
                    rendering.append(f"{path.name}:{node.lineno} in {function.name}")
    assert rendering == []


def test_english_counts_agree_with_their_nouns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    one = t("check.summary-ok", files=1, cadres=1, units=1, warnings=1)
    assert one == "Checked 1 file (1 cadre, 1 unit): no errors, 1 warning."
    many = t("check.summary-bad", files=3, cadres=2, units=0, errors=2, warnings=0)
    assert many == "Checked 3 files (2 cadres, 0 units): 2 errors, 0 warnings."
    assert t("ladder.years-months", years=1, months=11) == "1 year 11 months"
    assert t("list.count", count=1) == "1 cadre"


def test_no_english_message_counts_a_plural_noun_bare() -> None:
    """``{count} warnings`` would read ``1 warnings``: a count before a noun uses ``{count:~…}``."""
    import re

    counts = "count|rows|files|cadres|units|errors|warnings|years|months|days|n|total"
    bare = re.compile(rf"\{{({counts})\}} (?!new|changed|unchanged)[a-z]+s\b")
    assert [key for key, (_, en) in CATALOG.items() if bare.search(en)] == []
