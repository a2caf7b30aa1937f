"""``check`` reads cycles/<year>/: each file against its schema and the rules across files.

tests/fixtures/cycle-2026/ is one year's consistent files for the fixture registry; each file of
tests/fixtures/bad-cycles/ takes the place of one of them (``as=``) and holds one problem, which
check names at its line.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, expectation

GOOD = FIXTURES / "cycle-2026"
BAD = sorted((FIXTURES / "bad-cycles").glob("*.yaml"))


@pytest.fixture
def with_cycle(registry: Path) -> Path:
    """The fixture registry with a consistent cycles/2026/."""
    shutil.copytree(GOOD, registry / "cycles" / "2026")
    return registry


def problems(cli: Any, root: Path, *paths: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = cli("-R", root, "check", "--format", "json", *paths).json()[
        "problems"
    ]
    return found


def test_the_consistent_cycle_passes(cli: Any, with_cycle: Path) -> None:
    result = cli("-R", with_cycle, "check", "--format", "json")
    assert result.exit_code == 0, result.stdout
    report = result.json()
    assert report["problems"] == []
    assert report["files"] == 3 + len(list(GOOD.glob("*.yaml")))  # config, unit, cadre, cycle


def test_the_folder_covers_at_least_twenty_problems() -> None:
    assert len({expectation(path)[0] for path in BAD}) >= 20


@pytest.mark.parametrize("path", BAD, ids=[path.stem for path in BAD])
def test_bad_cycle_file_is_reported_at_its_line(path: Path, with_cycle: Path, cli: Any) -> None:
    code, line, severity, name = expectation(path)
    target = with_cycle / "cycles" / "2026" / name
    shutil.copyfile(path, target)

    result = cli("-R", with_cycle, "check", "--format", "json", target)

    assert result.exit_code == (1 if severity == "error" else 0)
    assert "Traceback" not in result.stderr + result.stdout
    report = result.json()
    matching = [p for p in report["problems"] if p["code"] == code]
    assert matching, report["problems"]
    problem = matching[0]
    assert problem["file"] == f"cycles/2026/{name}"
    assert problem["severity"] == severity
    assert problem["line"] == (line or None)
    assert problem["message"]
    assert "{" not in problem["message"]  # every placeholder filled


def test_a_cycle_file_is_selected_by_its_folder(cli: Any, with_cycle: Path) -> None:
    shutil.copyfile(
        FIXTURES / "bad-cycles" / "waiver-unknown-cadre.yaml",
        with_cycle / "cycles" / "2026" / "cycle.yaml",
    )
    assert [p["code"] for p in problems(cli, with_cycle, with_cycle / "cycles")] == [
        "unknown-cadre"
    ]
    assert problems(cli, with_cycle, with_cycle / "cadres") == []


def test_the_folder_year_is_the_files_year(cli: Any, with_cycle: Path) -> None:
    (with_cycle / "cycles" / "2026").rename(with_cycle / "cycles" / "2027")
    found = {(p["file"], p["code"], p["line"]) for p in problems(cli, with_cycle)}
    assert found == {
        ("cycles/2027/cycle.yaml", "cycle-year-mismatch", 3),
        ("cycles/2027/adjustment.yaml", "cycle-year-mismatch", 3),
    }


def test_a_reference_to_a_broken_cadre_file_is_not_a_second_problem(
    cli: Any, with_cycle: Path
) -> None:
    (with_cycle / "cadres" / "QX-2023-014.yaml").write_text("schema_version: 1\n", "utf-8")
    assert {p["file"] for p in problems(cli, with_cycle)} == {"cadres/QX-2023-014.yaml"}


def test_an_invalid_nominations_file_is_not_repeated_by_the_lines_naming_it(
    cli: Any, with_cycle: Path
) -> None:
    (with_cycle / "cycles" / "2026" / "nominations.yaml").write_text(
        "schema_version: 1\nnominations: 3\n", "utf-8"
    )
    found = {(p["file"], p["code"]) for p in problems(cli, with_cycle)}
    assert found == {("cycles/2026/nominations.yaml", "wrong-type")}


def test_a_missing_nominations_file_leaves_admit_lines_unresolved(
    cli: Any, with_cycle: Path
) -> None:
    (with_cycle / "cycles" / "2026" / "nominations.yaml").unlink()
    found = {(p["file"], p["code"]) for p in problems(cli, with_cycle)}
    assert found == {
        ("cycles/2026/adjustment.yaml", "unknown-nomination"),
        ("cycles/2026/tallies.yaml", "unknown-candidate"),
    }


def test_what_belongs_in_cycles_and_what_does_not(cli: Any, with_cycle: Path) -> None:
    cycles = with_cycle / "cycles"
    (cycles / "notes.txt").write_text("记事\n", "utf-8")
    (cycles / "drafts").mkdir()
    (cycles / "drafts" / "cycle.yaml").write_text("nonsense: [\n", "utf-8")  # not read
    (cycles / "2025").mkdir()
    (cycles / "2025" / "ladder.yaml").write_text("as_of: '2025-10-12'\ntiers: {}\n", "utf-8")
    (cycles / "2026" / "notice.txt").write_text("公示\n", "utf-8")  # written by publicize
    (cycles / "2026" / "old").mkdir()
    (cycles / ".gitkeep").write_text("", "utf-8")
    found = {(p["file"], p["code"], p["severity"]) for p in problems(cli, with_cycle)}
    assert found == {
        ("cycles/notes.txt", "cycle-stray-file", "warning"),
        ("cycles/drafts", "cycle-folder-name", "warning"),
        ("cycles/2025", "cycle-without-state", "warning"),
        ("cycles/2026/old", "stray-folder", "warning"),
    }


def test_links_in_cycles_are_refused_and_never_read(
    cli: Any, with_cycle: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("schema_version: 1\nnominations: []\nsecret: hunter2\n", "utf-8")
    folder = with_cycle / "cycles" / "2026"
    (folder / "nominations.yaml").unlink()
    (folder / "nominations.yaml").symlink_to(outside)
    result = cli("-R", with_cycle, "check")
    assert result.exit_code == 1
    assert "cycles/2026/nominations.yaml" in result.stdout
    assert "[symlink]" in result.stdout
    assert "hunter2" not in result.stdout + result.stderr


def test_a_symlinked_year_folder_is_refused(cli: Any, with_cycle: Path, tmp_path: Path) -> None:
    moved = tmp_path / "year-elsewhere"
    (with_cycle / "cycles" / "2026").rename(moved)
    (with_cycle / "cycles" / "2026").symlink_to(moved, target_is_directory=True)
    assert [(p["file"], p["code"]) for p in problems(cli, with_cycle)] == [
        ("cycles/2026", "symlink")
    ]


def test_the_text_report_names_the_cycle_file_and_line(cli: Any, with_cycle: Path) -> None:
    shutil.copyfile(
        FIXTURES / "bad-cycles" / "tally-unknown-candidate.yaml",
        with_cycle / "cycles" / "2026" / "tallies.yaml",
    )
    result = cli("-R", with_cycle, "check")
    assert result.exit_code == 1
    assert "cycles/2026/tallies.yaml:12:" in result.stdout
    assert "N2026-077" in result.stdout
