"""Never silent: a reading command over a registry with a file it cannot read exits 1 naming the
file; ``--skip-broken`` goes on and names each skipped file on stderr; an invalid cadrectl.yaml
stops every command that needs it. Links in the registry are refused, never followed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Result

AS_OF = "2026-06-30"
ACTIVE_IN_EXAMPLE = 120
VICTIM = "cadres/QX-2019-001.yaml"  # an active reserve of registry-example
BROKEN_UNIT = "units/qx-baishi-xiang.yaml"
SECRET = "hunter2-secret-line"

# Every reading command over the whole registry, with what it needs to run; {out} is a file.
READING_COMMANDS = {
    "list": ["list", "--format", "json"],
    "ladder": ["ladder", "--as-of", AS_OF, "--format", "json"],
    "report structure": ["report", "structure", "--as-of", AS_OF, "--format", "json"],
    "report coverage": ["report", "coverage", "--as-of", AS_OF, "--format", "json"],
    "report warnings": ["report", "warnings", "--as-of", AS_OF, "--format", "json"],
    "export roster": ["export", "roster", "-o", "{out}", "--as-of", AS_OF],
    "export structure": ["export", "structure", "-o", "{out}", "--as-of", AS_OF],
    "export card --all": ["export", "card", "--all", "-o", "{out}", "--as-of", AS_OF],
}


def run_reading(cli: Any, root: Path, name: str, *extra: str) -> tuple[Result, Path]:
    out = root.parent / "out.xlsx"
    out.unlink(missing_ok=True)
    args = [arg.replace("{out}", str(out)) for arg in READING_COMMANDS[name]]
    return cli("-R", root, *args, *extra), out


def break_file(root: Path, file: str = VICTIM) -> None:
    """A file that does not parse: a tab indents line 3."""
    (root / file).write_text("schema_version: 1\nid: x\n\tname: y\n", encoding="utf-8")


@pytest.fixture(params=sorted(READING_COMMANDS))
def command(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


# ---- one broken file --------------------------------------------------------------------------


def test_the_complete_registry_reads_without_a_warning(
    cli: Any, example: Path, command: str
) -> None:
    result, _ = run_reading(cli, example, command)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_a_broken_cadre_file_stops_every_reading_command(
    cli: Any, example: Path, command: str
) -> None:
    break_file(example)
    result, out = run_reading(cli, example, command)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert not out.exists()
    assert f"{VICTIM}:" in result.stderr  # the file, with the line of its problem
    assert "--skip-broken" in result.stderr
    assert "Traceback" not in result.stderr


def test_skip_broken_goes_on_and_names_the_skipped_file(
    cli: Any, example: Path, command: str
) -> None:
    break_file(example)
    result, _ = run_reading(cli, example, command, "--skip-broken")
    assert result.exit_code == 0, result.stderr
    assert VICTIM in result.stderr
    assert "跳过了 1 个" in result.stderr


def test_a_broken_unit_file_stops_every_reading_command(
    cli: Any, example: Path, command: str
) -> None:
    (example / BROKEN_UNIT).write_text("schema_version: 1\nid: qx-baishi-xiang\n", "utf-8")
    result, _ = run_reading(cli, example, command)
    assert result.exit_code == 1
    assert BROKEN_UNIT in result.stderr


def test_a_broken_config_stops_every_reading_command_even_when_skipping(
    cli: Any, example: Path, command: str
) -> None:
    config = example / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    for extra in ((), ("--skip-broken",)):
        result, out = run_reading(cli, example, command, *extra)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert not out.exists()
        assert "cadrectl.yaml:" in result.stderr
        assert "colour" in result.stderr  # the first problem, not just the file


def test_list_names_each_broken_file_and_its_first_problem(cli: Any, example: Path) -> None:
    break_file(example)
    (example / "cadres" / "QX-2019-002.yaml").write_text(
        "schema_version: 1\nid: QX-2019-002\n", encoding="utf-8"
    )
    result = cli("-R", example, "list")
    assert result.exit_code == 1
    assert "有 2 个文件有错误" in result.stderr
    assert f"{VICTIM}:3:1: " in result.stderr
    assert "cadres/QX-2019-002.yaml:1:1: name: " in result.stderr  # the field that is missing
    assert result.stderr.index(VICTIM) < result.stderr.index("QX-2019-002.yaml")


def test_list_with_skip_broken_lists_the_others(cli: Any, example: Path) -> None:
    break_file(example)
    result = cli("-R", example, "list", "--format", "json", "--skip-broken")
    ids = [row["id"] for row in result.json()]
    assert len(ids) == ACTIVE_IN_EXAMPLE - 1
    assert "QX-2019-001" not in ids


def test_the_roster_has_every_row_or_the_command_says_which_is_missing(
    cli: Any, example: Path, tmp_path: Path
) -> None:
    full, _ = run_reading(cli, example, "export roster")
    assert "（89 行）" in full.stdout  # the first template, 科级, lists the 副科 and 正科 reserves
    break_file(example)
    assert run_reading(cli, example, "export roster")[0].exit_code == 1
    skipped, out = run_reading(cli, example, "export roster", "--skip-broken")
    assert "（88 行）" in skipped.stdout
    assert VICTIM in skipped.stderr
    assert out.exists()


def test_the_messages_are_english_with_cadrectl_lang(
    cli: Any, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    break_file(example)
    refused = cli("-R", example, "list")
    assert "Files with errors that cannot be read: 1 file" in refused.stderr
    skipped = cli("-R", example, "list", "--skip-broken")
    assert "Warning: skipped, with errors, and not in the result: 1 file" in skipped.stderr


def test_check_still_reports_everything(cli: Any, example: Path) -> None:
    break_file(example)
    result = cli("-R", example, "check", "--format", "json")
    assert result.exit_code == 1
    assert [p["file"] for p in result.json()["problems"]] == [VICTIM]


def test_the_skip_broken_option_is_documented(cli: Any) -> None:
    for args in (["list"], ["ladder"], ["report", "coverage"], ["export", "card"]):
        assert "--skip-broken" in cli(*args, "--help").stdout


# ---- commands about one cadre -----------------------------------------------------------------


def test_one_card_needs_only_its_own_file(cli: Any, example: Path, tmp_path: Path) -> None:
    break_file(example, "cadres/QX-2019-002.yaml")
    out = tmp_path / "card.xlsx"
    result = cli("-R", example, "export", "card", "QX-2019-001", "-o", out, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_one_card_of_a_broken_file_is_refused_even_when_skipping(
    cli: Any, example: Path, tmp_path: Path
) -> None:
    break_file(example)
    out = tmp_path / "card.xlsx"
    for extra in ((), ("--skip-broken",)):
        result = cli("-R", example, "export", "card", "QX-2019-001", "-o", out, *extra)
        assert result.exit_code == 1
        assert VICTIM in result.stderr
        assert not out.exists()


def test_show_of_a_broken_file_still_refuses(cli: Any, example: Path) -> None:
    break_file(example)
    result = cli("-R", example, "show", "QX-2019-001")
    assert result.exit_code == 1
    assert f"cadrectl check {VICTIM}" in result.stderr


def test_a_command_that_needs_the_config_refuses_a_broken_one(example: Path) -> None:
    from cadrectl.core.errors import CadrectlError
    from cadrectl.services.registry import load_config
    from cadrectl.store.registry import RegistryPaths

    config = example / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    with pytest.raises(CadrectlError) as refused:
        load_config(RegistryPaths(example))
    assert refused.value.key == "registry.config-broken"
    assert "colour" in refused.value.render()


# ---- links and special files ------------------------------------------------------------------


def plant_secret(tmp_path: Path) -> Path:
    secret = tmp_path / "outside.yaml"
    secret.write_text(f"schema_version: 1\nid: QX-2019-777\nname: {SECRET}\n", encoding="utf-8")
    return secret


def test_a_symlinked_cadre_is_refused_and_never_echoed(
    cli: Any, example: Path, tmp_path: Path
) -> None:
    link = example / "cadres" / "QX-2019-777.yaml"
    link.symlink_to(plant_secret(tmp_path))
    check = cli("-R", example, "check")
    assert check.exit_code == 1
    assert "cadres/QX-2019-777.yaml" in check.stdout
    assert "[symlink]" in check.stdout
    listed = cli("-R", example, "list", "--skip-broken")
    assert listed.exit_code == 0
    assert "cadres/QX-2019-777.yaml" in listed.stderr
    for result in (check, listed, cli("-R", example, "list"), cli("-R", example, "check", link)):
        assert SECRET not in result.stdout + result.stderr


def test_a_symlinked_cadres_folder_is_refused(cli: Any, example: Path, tmp_path: Path) -> None:
    moved = tmp_path / "real-cadres"
    (example / "cadres").rename(moved)
    (example / "cadres").symlink_to(moved, target_is_directory=True)
    report = cli("-R", example, "check", "--format", "json").json()
    assert report["ok"] is False
    assert [(p["file"], p["code"]) for p in report["problems"]] == [("cadres", "symlink")]
    listed = cli("-R", example, "list")
    assert listed.exit_code == 1
    assert "cadres:" in listed.stderr


def test_a_symlinked_config_stops_every_command(cli: Any, example: Path, tmp_path: Path) -> None:
    real = tmp_path / "config-elsewhere.yaml"
    (example / "cadrectl.yaml").rename(real)
    (example / "cadrectl.yaml").symlink_to(real)
    check = cli("-R", example, "check", "--format", "json")
    assert check.exit_code == 1
    assert ("cadrectl.yaml", "symlink") in {
        (p["file"], p["code"]) for p in check.json()["problems"]
    }
    listed = cli("-R", example, "list", "--skip-broken")
    assert listed.exit_code == 1
    assert "cadrectl.yaml" in listed.stderr


def test_the_registry_itself_may_be_a_link(cli: Any, example: Path, tmp_path: Path) -> None:
    link = tmp_path / "link-to-example"
    link.symlink_to(example, target_is_directory=True)
    assert cli("-R", link, "check").exit_code == 0
    assert cli("-R", link, "check", link / VICTIM).exit_code == 0
    assert len(cli("-R", link, "list", "--format", "json").json()) == ACTIVE_IN_EXAMPLE


def cadrectl(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process, so that a read that blocks fails the test instead of hanging."""
    env = {**os.environ, "CADRECTL_NO_CACHE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "cadrectl", "-R", str(root), *args],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip


def test_a_fifo_named_yaml_is_reported_and_never_opened(example: Path) -> None:
    os.mkfifo(example / "cadres" / "QX-2019-778.yaml")
    os.mkfifo(example / "units" / "qx-pipe.yaml")
    check = cadrectl(example, "check", "--format", "json")
    assert check.returncode == 1, check.stderr
    found = {(p["file"], p["code"]) for p in json.loads(check.stdout)["problems"]}
    assert found == {
        ("cadres/QX-2019-778.yaml", "not-a-regular-file"),
        ("units/qx-pipe.yaml", "not-a-regular-file"),
    }
    listed = cadrectl(example, "list")
    assert listed.returncode == 1
    assert "cadres/QX-2019-778.yaml" in listed.stderr


def test_a_folder_named_yaml_is_an_error_and_other_folders_a_warning(
    cli: Any, example: Path
) -> None:
    (example / "cadres" / "QX-2019-779.yaml").mkdir()
    (example / "cadres" / "archive").mkdir()
    report = cli("-R", example, "check", "--format", "json").json()
    found = {(p["file"], p["code"], p["severity"]) for p in report["problems"]}
    assert found == {
        ("cadres/QX-2019-779.yaml", "not-a-regular-file", "error"),
        ("cadres/archive", "stray-folder", "warning"),
    }


# ---- diff: tiers it could not compare are named ------------------------------------------------


@pytest.fixture
def committed(tmp_path: Path, cli: Any) -> Path:
    """registry-example in a git repository (made by ``init --example``)."""
    root = tmp_path / "repo"
    assert cli("init", root, "--example").exit_code == 0
    return root


def test_diff_names_a_file_whose_tier_it_could_not_compare(cli: Any, committed: Path) -> None:
    assert cli("-R", committed, "diff", "HEAD").stderr == ""
    break_file(committed)
    result = cli("-R", committed, "diff", "HEAD", "--format", "json")
    assert result.exit_code == 0
    assert result.json()["tiers_skipped"] == [VICTIM]
    assert result.json()["tiers_unchecked"] is None
    assert VICTIM in result.stderr


def test_diff_compares_no_tier_against_a_broken_config(cli: Any, committed: Path) -> None:
    config = committed / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    result = cli("-R", committed, "diff", "HEAD", "--format", "json")
    assert result.exit_code == 0
    assert result.json()["tiers"] == []
    assert result.json()["tiers_unchecked"] == "working tree"
    assert "cadrectl.yaml" in result.stderr
