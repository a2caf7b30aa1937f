"""The command tree: every command runs and has help, and only the command run is imported."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from cadrectl.cli.commands import COMMANDS
from cadrectl.core.messages import CATALOG
from tests.conftest import stdio_encoding


def _leaves() -> list[tuple[str, ...]]:
    """Every runnable command path: the table's functions, and each group's commands."""
    import importlib

    import typer

    paths: list[tuple[str, ...]] = []
    for entry in COMMANDS:
        module, _, attribute = entry.target.partition(":")
        target = getattr(importlib.import_module(module), attribute)
        if isinstance(target, typer.Typer):
            paths += [(entry.name, str(info.name)) for info in target.registered_commands]
        else:
            paths.append((entry.name,))
    return paths


LEAVES = _leaves()


def _cli_modules_after(code: str) -> list[str]:
    """The cadrectl.cli modules a fresh interpreter has imported after running ``code``."""
    probe = (
        "import sys\nfrom cadrectl.cli.app import run\n"
        f"{code}\n"
        "print(sorted(m for m in sys.modules if m.startswith('cadrectl.cli.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, encoding=stdio_encoding(), check=True
    )
    return list(eval(done.stdout.strip().splitlines()[-1]))  # a printed list of names


def test_the_tree_has_every_command_once_with_a_help_line_in_both_languages() -> None:
    assert len(LEAVES) == len(set(LEAVES)) >= 30
    assert all(entry.help_key in CATALOG for entry in COMMANDS)


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_of_the_tree_answers_help(cli: Any, path: tuple[str, ...]) -> None:
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.stderr
    assert f"cadrectl {' '.join(path)}" in result.stdout
    assert "<bool>" not in result.stdout  # a flag takes no value, and its help says none


def test_help_lists_every_visible_command_without_importing_any() -> None:
    modules = _cli_modules_after("run(['--help'])")
    assert modules == [
        "cadrectl.cli.app",
        "cadrectl.cli.commands",
        "cadrectl.cli.lazy",
        "cadrectl.cli.reporters",
        "cadrectl.cli.reporters.to_text",
        "cadrectl.cli.state",
        "cadrectl.cli.streams",
        "cadrectl.cli.typerwords",
    ]


def test_help_loads_nothing_of_the_write_path() -> None:
    """The lock, the journal and recovery are imported by commands that use them, not --help."""
    probe = (
        "import sys\nfrom cadrectl.cli.app import run\nrun(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('cadrectl.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, encoding=stdio_encoding(), check=True
    )
    loaded = set(eval(done.stdout.strip().splitlines()[-1]))
    heavy = {"cadrectl.store.lock", "cadrectl.store.journal", "cadrectl.store.transaction",
             "cadrectl.store.git", "cadrectl.services.recovery", "cadrectl.core.privacy",
             "cadrectl.store.textfile"}  # fmt: skip
    assert not heavy & loaded


def test_running_a_command_imports_its_module_and_no_other() -> None:
    modules = _cli_modules_after("run(['-R', '/nonexistent', 'check'])")
    assert "cadrectl.cli.check" in modules
    assert not {"cadrectl.cli.cycle", "cadrectl.cli.edit", "cadrectl.cli.export_roster"} & set(
        modules
    )


def test_help_of_the_root_and_of_a_group_shows_each_visible_command(cli: Any) -> None:
    root = cli("--help").stdout
    for entry in COMMANDS:
        assert (entry.name in root) != entry.hidden
    cycle = cli("cycle", "--help").stdout
    for step in ("open", "status", "inspect", "nominate", "tally", "propose", "apply", "close"):
        assert step in cycle


def test_help_speaks_english_when_asked(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    for args, key in ((("--help",), "cli.cmd.check"), (("report", "--help"), "cli.cmd.report")):
        english = CATALOG[key][1]
        assert english[:20] in cli(*args).stdout


def test_a_group_without_a_command_shows_its_help(cli: Any) -> None:
    result = cli("report")
    assert "structure" in result.stdout + result.stderr


def test_a_mistyped_command_is_refused_with_the_nearest_names(cli: Any) -> None:
    result = cli("chek")
    assert result.exit_code == 2
    assert "check" in result.stderr
    result = cli("cycle", "tallly")
    assert result.exit_code == 2
    assert "tally" in result.stderr


def test_a_hidden_command_is_never_suggested(cli: Any) -> None:
    result = cli("deb")
    assert result.exit_code == 2
    error = result.stderr.split("错误：")[-1]
    assert "deb" in error
    assert "dev" not in error.replace("deb", "")
