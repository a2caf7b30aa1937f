"""The command line's contract: exits, discovery, languages, help, JSON on stdout alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cadrectl import __version__
from tests.conftest import stdio_encoding


def test_version(cli: Any) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_help_lists_the_commands(cli: Any) -> None:
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("init", "check", "list", "show"):
        assert command in result.stdout


@pytest.mark.parametrize("command", ["init", "check", "list", "show"])
def test_every_command_has_help(cli: Any, command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert f"用法：cadrectl {command}" in result.stdout


def test_outside_a_registry_check_says_how_to_proceed(cli: Any, tmp_path: Path) -> None:
    result = cli("check")
    assert result.exit_code == 1
    assert "cadrectl init" in result.stderr
    assert "-R" in result.stderr


def test_a_wrong_registry_path_is_refused(cli: Any, tmp_path: Path) -> None:
    result = cli("-R", tmp_path / "nowhere", "check")
    assert result.exit_code == 1
    assert "nowhere" in result.stderr


def test_the_registry_is_found_upward(cli: Any, registry: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(registry / "cadres")
    assert cli("check").exit_code == 0


def test_the_registry_comes_from_the_environment(
    cli: Any, registry: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("CADRECTL_REGISTRY", str(registry))
    assert cli("check").exit_code == 0


def test_unknown_options_are_usage_errors(cli: Any, registry: Path) -> None:
    assert cli("-R", registry, "check", "--no-such-option").exit_code == 2
    assert cli("-R", registry, "check", "--format", "yaml").exit_code == 2
    assert cli("no-such-command").exit_code == 2


def test_table_is_another_name_for_text(cli: Any, registry: Path) -> None:
    assert cli("-R", registry, "check", "--format", "table").exit_code == 0


def test_check_of_a_path_outside_the_registry_is_refused(
    cli: Any, registry: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("a: 1\n")
    result = cli("-R", registry, "check", outside)
    assert result.exit_code == 1
    assert "elsewhere.yaml" in result.stderr


def test_messages_follow_cadrectl_lang(cli: Any, registry: Path, monkeypatch: Any) -> None:
    assert "检查了" in cli("-R", registry, "check").stdout
    monkeypatch.setenv("CADRECTL_LANG", "en")
    assert "Checked" in cli("-R", registry, "check").stdout


def test_json_values_are_never_translated(cli: Any, registry: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    rows = cli("-R", registry, "list", "--format", "json").json()
    assert rows[0]["gender"] == "男"


def test_list_and_show(cli: Any, registry: Path) -> None:
    listed = cli("-R", registry, "list")
    assert listed.exit_code == 0
    assert "王立新" in listed.stdout
    assert "1988.04" in listed.stdout
    shown = cli("-R", registry, "show", "QX-2023-014", "--format", "json").json()
    assert shown["current"]["post_since"] == "2021-09"
    assert shown["resume"][0]["from"] == "2010-08"
    assert cli("-R", registry, "show", "QX-2023-014").exit_code == 0


def test_list_filters_and_csv(cli: Any, registry: Path) -> None:
    assert cli("-R", registry, "list", "--status", "exited", "--format", "json").json() == []
    csv_out = cli("-R", registry, "list", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,name")
    assert cli("-R", registry, "list", "--status", "gone").exit_code == 1


@pytest.mark.parametrize("bad_id", ["QX-2099-001", "../cadrectl", "/etc/passwd", "a b"])
def test_show_refuses_unknown_and_unsafe_ids(cli: Any, registry: Path, bad_id: str) -> None:
    result = cli("-R", registry, "show", bad_id)
    assert result.exit_code == 1
    assert "cadrectl list" in result.stderr


def test_show_of_an_invalid_file_points_to_check(cli: Any, registry: Path) -> None:
    path = registry / "cadres" / "QX-2023-014.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("gender: 男", "gender: M"), "utf-8")
    result = cli("-R", registry, "show", "QX-2023-014")
    assert result.exit_code == 1
    assert "cadrectl check" in result.stderr


def test_init_creates_a_committed_registry(cli: Any, tmp_path: Path) -> None:
    root = tmp_path / "new"
    assert cli("init", root).exit_code == 0
    assert cli("-R", root, "check").exit_code == 0
    log = subprocess.run(
        ["git", "-C", str(root), "log", "--format=%s"], capture_output=True, text=True, check=True
    )
    assert log.stdout.strip() == "新建后备干部库"
    assert cli("init", root).exit_code == 1


def test_init_refuses_a_folder_with_files(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("x")
    assert cli("init", tmp_path / "busy").exit_code == 1


def test_init_example_passes_check(cli: Any, tmp_path: Path) -> None:
    root = tmp_path / "demo"
    assert cli("init", root, "--example").exit_code == 0
    assert cli("-R", root, "check").exit_code == 0


def test_an_internal_error_exits_3_with_a_short_line(registry: Path) -> None:
    code = (
        "import sys; from cadrectl.cli import app;"
        "import cadrectl.services.check as c;"
        "c.run_check = lambda *a, **k: 1 / 0;"
        f"sys.exit(app.run(['-R', {str(registry)!r}, 'check']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding=stdio_encoding(), check=False
    )
    assert result.returncode == 3
    assert "ZeroDivisionError" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_json_shape(cli: Any, registry: Path) -> None:
    report = cli("-R", registry, "check", "--format", "json").json()
    assert report == {"ok": True, "files": 3, "problems": []}


def test_python_dash_m_runs(registry: Path) -> None:
    env = {**os.environ, "CADRECTL_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "cadrectl", "-R", str(registry), "check", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["ok"] is True


def test_help_does_not_import_the_heavy_modules() -> None:
    code = (
        "import sys; from cadrectl.cli import app;"
        "heavy = [m for m in ('openpyxl', 'pydantic', 'cadrectl.model.cadre', 'ruamel.yaml')"
        " if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
