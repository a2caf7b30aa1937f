"""docs/guide.zh.md works for a new user: its new-user walkthrough runs as written, its install
block is the README's, and every command the guides show exists with the options they give.

The walkthrough is the part between ``<!-- new-user-walkthrough -->`` and its closing comment:
its ```sh blocks run in order in one ``bash -e``, in an empty home folder, with this virtual
environment's ``cadrectl`` first on PATH and conftest's git identity. The install block (between
``<!-- install -->`` and its closing comment) cannot run here (it would install again), so it is
held to the README's own commands.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_readme_tour import (
    README,
    command_lines,
    marked,
    needs_bash,
    run_in_one_shell,
    section,
    sh_blocks,
    shell_environment,
)
from tests.conftest import PROJECT

GUIDE = PROJECT / "docs" / "guide.zh.md"
GUIDE_EN = PROJECT / "docs" / "guide.en.md"
REFERENCE = PROJECT / "docs" / "commands.md"
WALKTHROUGH = "new-user-walkthrough"


# What a new registry needs, each a command the walkthrough must give.
NEW_USER_STEPS = (
    "cadrectl init 青溪县后备库 --profile county",
    "cadrectl unit add ",
    "cadrectl unit add-post ",
    "cadrectl add name=",
    "cadrectl add --from-file ",
    "cadrectl check",
    "cadrectl ladder",
    "cadrectl export roster -o 名册.xlsx",
)


def walkthrough_blocks(guide: Path) -> list[str]:
    return sh_blocks(marked(guide.read_text(encoding="utf-8"), WALKTHROUGH))


@needs_bash
def test_a_new_user_following_the_guide_gets_a_checked_registry_and_a_roster(
    tmp_path: Path, cli: Any
) -> None:
    from openpyxl import load_workbook

    home = tmp_path / "home"
    home.mkdir()
    blocks = walkthrough_blocks(GUIDE)
    ran = run_in_one_shell(blocks, home, shell_environment(home), tmp_path / "log")
    if ran.returncode != 0:
        pytest.fail(ran.failure(), pytrace=False)

    registry = home / "青溪县后备库"
    checked = cli("-R", registry, "check", "--format", "json").json()
    assert (checked["ok"], checked["problems"]) == (True, [])  # not even a warning
    roster = registry / "exports" / "名册.xlsx"
    assert roster.is_file()
    sheet = load_workbook(roster).worksheets[0]
    cells = {str(value) for row in sheet.iter_rows(values_only=True) for value in row if value}
    assert {"王立新", "李晓红"} <= cells
    assert "青溪县科级后备干部名册" in cells  # the ×× lines of cadrectl.yaml were filled in
    assert sorted(path.name for path in (registry / "cadres").glob("*.yaml")) == [
        "QX-2026-001.yaml",
        "QX-2026-002.yaml",
    ]


def test_the_walkthrough_covers_what_a_new_registry_needs() -> None:
    commands = [line for block in walkthrough_blocks(GUIDE) for line in command_lines(block)]
    joined = "\n".join(commands)
    missing = [step for step in NEW_USER_STEPS if step not in joined]
    assert missing == []
    assert sum(line.startswith("cadrectl add ") for line in commands) == 2


def test_the_english_guide_walks_through_the_same_commands() -> None:
    assert walkthrough_blocks(GUIDE_EN) == walkthrough_blocks(GUIDE)


@pytest.mark.parametrize("guide", [GUIDE, GUIDE_EN], ids=["zh", "en"])
def test_the_install_block_is_the_readmes_own_commands(guide: Path) -> None:
    readme = section(README.read_text(encoding="utf-8"), "## Two commands")
    readmes = {line for block in sh_blocks(readme) for line in command_lines(block)}
    install = marked(guide.read_text(encoding="utf-8"), "install")
    shown = [line for block in sh_blocks(install) for line in command_lines(block)]
    assert shown, "the guide's install block holds no sh block"
    assert set(shown) <= readmes, "the guide installs differently from README.md"


# --- every command the guides show is one the reference lists -------------------------------------

GLOBAL_WITH_VALUE = {"-R", "--registry"}


def reference() -> dict[str, set[str]]:
    """docs/commands.md as ``{"cycle publicize": {"--start", …}, …}`` ("" holds the global
    options)."""
    commands: dict[str, set[str]] = {}
    current = ""
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## cadrectl ?(.*)$", line)
        if heading:
            name = heading.group(1)
            current = "" if name.startswith("（") else name  # （全局选项）: the global options
            commands[current] = {"--help", "-h"}
        elif line.startswith("| `-"):
            first_cell = line.split("|")[1]
            commands[current] |= set(re.findall(r"`(-[\w-]+)`", first_cell))
    return commands


def shown_commands(guide: Path) -> list[list[str]]:
    """The words of every ``cadrectl`` command in the guide's ```sh blocks (an environment
    assignment in front, like ``CADRECTL_LANG=en``, left out)."""
    found = []
    for block in sh_blocks(guide.read_text(encoding="utf-8")):
        for line in command_lines(block):
            words = shlex.split(line, comments=True)
            while words and re.match(r"^[A-Z_]+=", words[0]):
                words = words[1:]
            if words and words[0] == "cadrectl":
                found.append(words[1:])
    return found


def unknown_words(words: list[str], known: dict[str, set[str]]) -> list[str]:
    """The options in ``words`` (after ``cadrectl``) that its command does not take, or the
    command itself when the reference has no such command."""
    while words and words[0].startswith("-"):
        words = words[2:] if words[0] in GLOBAL_WITH_VALUE else words[1:]
    if not words:  # cadrectl --version
        return []
    name = " ".join(words[:2]) if " ".join(words[:2]) in known else words[0]
    if name not in known:
        return [name]
    options = known[name] | known[""]
    return [word.split("=")[0] for word in words if word.startswith("-") and
            not re.match(r"^-\d", word) and word.split("=")[0] not in options]  # fmt: skip


@pytest.mark.parametrize("guide", [GUIDE, GUIDE_EN], ids=["zh", "en"])
def test_every_command_the_guide_shows_is_in_the_reference(guide: Path) -> None:
    known = reference()
    shown = shown_commands(guide)
    assert len(shown) > 80  # the guide shows commands, not only prose
    wrong = {" ".join(words): bad for words in shown if (bad := unknown_words(words, known))}
    assert wrong == {}
