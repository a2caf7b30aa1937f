"""Every file of tests/fixtures/bad/ holds one problem; check names it, at the right line."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, expectation

BAD = sorted((FIXTURES / "bad").glob("*.yaml"))


def test_the_folder_covers_at_least_thirty_problems() -> None:
    assert len({expectation(path)[0] for path in BAD}) >= 30


@pytest.mark.parametrize("path", BAD, ids=[path.stem for path in BAD])
def test_bad_file_is_reported_at_its_line(path: Path, registry: Path, cli: Any) -> None:
    code, line, severity, target = expectation(path)
    shutil.copyfile(path, registry / target)

    result = cli("-R", registry, "check", "--format", "json", registry / target)

    assert result.exit_code == (1 if severity == "error" else 0)
    assert "Traceback" not in result.stderr + result.stdout
    report = result.json()
    assert report["ok"] is (severity != "error")
    matching = [p for p in report["problems"] if p["code"] == code]
    assert matching, report["problems"]
    problem = matching[0]
    assert problem["file"] == target
    assert problem["severity"] == severity
    assert problem["line"] == (line or None)
    assert problem["message"]
    assert all(p["file"] == target for p in report["problems"])


@pytest.mark.parametrize("path", [p for p in BAD if expectation(p)[2] == "warning"])
def test_strict_fails_on_a_warning(path: Path, registry: Path, cli: Any) -> None:
    target = expectation(path)[3]
    shutil.copyfile(path, registry / target)

    assert cli("-R", registry, "check", registry / target).exit_code == 0
    assert cli("-R", registry, "check", "--strict", registry / target).exit_code == 1


def test_a_huge_file_is_refused_without_parsing(registry: Path, cli: Any) -> None:
    (registry / "cadres" / "QX-2024-999.yaml").write_text("a: " + "x" * (2 * 1024 * 1024))

    report = cli("-R", registry, "check", "--format", "json").json()

    assert [p["code"] for p in report["problems"]] == ["file-too-large"]


def test_a_broken_file_does_not_stop_the_others(registry: Path, cli: Any) -> None:
    shutil.copyfile(FIXTURES / "bad" / "gbk-encoded.yaml", registry / "cadres" / "QX-2024-909.yaml")
    shutil.copyfile(
        FIXTURES / "bad" / "unknown-unit.yaml", registry / "cadres" / "QX-2024-945.yaml"
    )

    report = cli("-R", registry, "check", "--format", "json").json()

    assert {p["code"] for p in report["problems"]} == {"encoding", "unknown-unit"}


def test_a_utf8_bom_is_accepted(registry: Path, cli: Any) -> None:
    path = registry / "cadres" / "QX-2023-014.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    assert cli("-R", registry, "check").exit_code == 0


def test_crlf_line_ends_are_accepted(registry: Path, cli: Any) -> None:
    path = registry / "cadres" / "QX-2023-014.yaml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))

    assert cli("-R", registry, "check").exit_code == 0
