"""Issue 14 (4): a command's help lists exactly the formats it writes, and CSV is for people:
booleans as 是/否, never Python's True/False."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, stdio_encoding

REPORTING = [
    ("list",), ("show", "QX-2019-001"), ("ladder",), ("report", "structure"),
    ("report", "coverage"), ("report", "warnings"), ("check",), ("history", "QX-2019-001"),
    ("diff", "HEAD"),
]  # fmt: skip


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.integrity.registries import example_registry

    return example_registry(tmp_path_factory.mktemp("formats") / "registry")


def offered(cli: Any, command: tuple[str, ...]) -> set[str]:
    """The formats the command's --help names."""
    text = cli(*command[:2] if command[0] == "report" else command[:1], "--help").stdout
    line = next(line for line in text.splitlines() if "--format" in line)
    return set(re.findall(r"\b(text|json|csv)\b", line))


@pytest.mark.parametrize("command", REPORTING, ids=" ".join)
def test_help_offers_exactly_the_formats_the_command_writes(
    cli: Any, example: Path, command: tuple[str, ...]
) -> None:
    formats = offered(cli, command)
    assert {"text", "json"} <= formats
    for fmt in ("text", "json", "csv"):
        result = cli("-R", example, *command, "--format", fmt)
        if fmt in formats:
            assert result.exit_code in (0, 1), (fmt, result.stderr)  # 1: check found problems
        else:
            assert result.exit_code == 2, (fmt, result.stdout[:200])


@pytest.mark.parametrize("command", [c for c in REPORTING if c[0] in ("list", "ladder", "report")],
                         ids=" ".join)  # fmt: skip
def test_csv_cells_are_words_people_read(cli: Any, example: Path, command: tuple[str, ...]) -> None:
    result = cli("-R", example, *command, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert cells
    assert "True" not in cells
    assert "False" not in cells
    assert "None" not in cells


def test_no_color_and_the_no_color_option_take_the_colours_away(tmp_path: Path) -> None:
    root = tmp_path / "registry"
    shutil.copytree(FIXTURES / "registry", root)
    (root / "cadres" / "QX-2023-099.yaml").write_text("schema_version: 1\nid: QX-2023-099\n",
                                                       encoding="utf-8")  # fmt: skip
    colour = re.compile(r"\x1b\[(3[0-7]|9[0-7]|38;)")
    base = {**os.environ, "FORCE_COLOR": "1", "CADRECTL_LANG": "zh"}
    base.pop("NO_COLOR", None)

    def run(*args: str, **env: str) -> str:
        done = subprocess.run([sys.executable, "-m", "cadrectl", *args, "-R", str(root), "check"],
                              capture_output=True, encoding=stdio_encoding(),
                              env={**base, **env})  # fmt: skip
        return done.stdout + done.stderr

    assert colour.search(run())
    assert not colour.search(run("--no-color"))
    assert not colour.search(run(NO_COLOR="1"))
