"""The real command line on consoles that are not UTF-8 (issue 18, 7): a GBK one (Chinese
Windows when output is redirected; ``PYTHONIOENCODING=gbk`` or ``cp936``), the C locale (where
Python turns on its UTF-8 mode) and an ASCII one (the C locale with ``PYTHONUTF8=0``).

Each command exits as it does anywhere, prints no traceback, and prints only what the console's
encoding can decode; JSON parses, and holds 𠮷 (outside GBK) as it is in the file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from cadrectl.cli.streams import as_written
from tests.conftest import EXAMPLE

RARE_NAME = "𠮷思莹"  # U+20BB7 is in GB 18030, not in GBK
RARE_PLAN = "✓ 拟安排到重点项目专班锻炼一年•"


class Console(NamedTuple):
    env: dict[str, str]
    encoding: str  # what the process writes, as this machine's Python chooses it


CONSOLES = {
    "gbk": Console({"PYTHONIOENCODING": "gbk"}, "gbk"),
    "cp936": Console({"PYTHONIOENCODING": "cp936"}, "gbk"),  # Python's cp936 is its gbk
    "C": Console({"LANG": "C", "LC_ALL": "C"}, "utf-8"),  # PEP 538/540: UTF-8 mode
    "ascii": Console({"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}, "ascii"),
}
_LOCALE = ("PYTHONIOENCODING", "PYTHONUTF8", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE")


class Run(NamedTuple):
    code: int
    out: str
    err: str


def cadrectl(console: Console, *args: str | Path) -> Run:
    """``python -m cadrectl ARGS…`` on ``console``; its output decoded strictly in its encoding."""
    env = {key: value for key, value in os.environ.items() if key not in _LOCALE}
    done = subprocess.run(
        [sys.executable, "-m", "cadrectl", *map(str, args)],
        capture_output=True,
        env={**env, **console.env},
        check=False,
    )
    out, err = (stream.decode(console.encoding) for stream in (done.stdout, done.stderr))
    assert "Traceback" not in err
    return Run(done.returncode, out, err)


@pytest.fixture(scope="module")
def rare(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """registry-example with a name and a plan holding characters GBK has not (read only)."""
    root = tmp_path_factory.mktemp("rare") / "example"
    shutil.copytree(EXAMPLE, root)
    cadre = root / "cadres" / "QX-2019-001.yaml"
    text = cadre.read_text(encoding="utf-8")
    text = text.replace("name: 陈思莹", f"name: {RARE_NAME}")
    text = text.replace("plan: 拟安排到经济开发区或重点项目专班锻炼一年", f"plan: {RARE_PLAN}")
    assert RARE_NAME in text
    assert RARE_PLAN in text
    cadre.write_text(text, encoding="utf-8")
    return root


TEXT_COMMANDS = {
    "check": (["check"], "检查了"),
    "list": (["list"], RARE_NAME),
    "show": (["show", "QX-2019-001"], RARE_NAME),
    "ladder": (["ladder"], RARE_NAME),
    "explain": (["ladder", "--explain", "QX-2019-001"], "✓"),
    "report-structure": (["report", "structure"], "学历"),
    "csv": (["list", "--format", "csv"], f"QX-2019-001,{RARE_NAME},"),
}


@pytest.mark.parametrize("console", ["gbk", "C", "ascii"])
@pytest.mark.parametrize("command", sorted(TEXT_COMMANDS))
def test_a_report_prints_what_the_console_can_show(rare: Path, console: str, command: str) -> None:
    args, expected = TEXT_COMMANDS[command]
    run = cadrectl(CONSOLES[console], "-R", rare, *args)
    assert run.code == 0, run.err
    assert as_written(expected, CONSOLES[console].encoding) in run.out


@pytest.mark.parametrize("console", ["gbk", "cp936", "C", "ascii"])
@pytest.mark.parametrize(
    "args", [["check"], ["list"], ["ladder"], ["report", "structure"], ["show", "QX-2019-001"]]
)
def test_json_parses_and_holds_every_character(rare: Path, console: str, args: list[str]) -> None:
    run = cadrectl(CONSOLES[console], "-R", rare, *args, "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    if CONSOLES[console].encoding != "utf-8":
        assert run.out.isascii()
    if args != ["check"] and args != ["report", "structure"]:
        assert RARE_NAME in json.dumps(data, ensure_ascii=False)
    assert run.err == ""


@pytest.mark.parametrize("console", ["gbk", "C"])
def test_a_character_lost_on_the_console_is_named_on_stderr(rare: Path, console: str) -> None:
    run = cadrectl(CONSOLES[console], "-R", rare, "show", "QX-2019-001")
    if CONSOLES[console].encoding == "utf-8":
        assert run.err == ""
    else:
        assert "U+20BB7" in run.err
        assert "PYTHONIOENCODING=utf-8" in run.err


@pytest.mark.parametrize("console", ["gbk", "cp936", "ascii"])
def test_help_is_drawn_in_ascii_lines(console: str) -> None:
    run = cadrectl(CONSOLES[console], "--help")
    assert run.code == 0
    assert "+-" in run.out
    assert as_written("用法", CONSOLES[console].encoding) in run.out


@pytest.mark.parametrize("console", ["gbk", "ascii"])
def test_an_error_naming_a_rare_character_exits_1(example: Path, console: str) -> None:
    cadre = example / "cadres" / "QX-2019-001.yaml"
    cadre.write_text(
        cadre.read_text(encoding="utf-8").replace("gender: 女", "gender: 𠮷"), encoding="utf-8"
    )
    run = cadrectl(CONSOLES[console], "-R", example, "check")
    assert run.code == 1
    expected = "cadres/QX-2019-001.yaml:5:1: 错误 [not-allowed-value] 性别（gender）：“𠮷”"
    assert as_written(expected, CONSOLES[console].encoding) in run.out
    as_json = cadrectl(CONSOLES[console], "-R", example, "check", "--format", "json")
    assert as_json.code == 1
    (problem,) = json.loads(as_json.out)["problems"]
    assert "𠮷" in problem["message"]


@pytest.mark.parametrize("console", ["gbk", "ascii"])
def test_a_usage_error_exits_2_on_any_console(console: str) -> None:
    run = cadrectl(CONSOLES[console], "list", "--format", "yaml")
    assert run.code == 2
    assert run.out == ""
