"""Hostile text in the registry: never read as markup, never printed raw, ids masked (issue 12)."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from cadrectl.rules.idnumber import check_digit
from tests.conftest import git

ID = "QX-2026-010"  # active, on the ladder, and with a warning (age limit) in registry-example
MARKUP_NAME = "李[/]强[bold]华"
NAME = MARKUP_NAME + "\x1b[2J"  # ESC: clears a terminal's screen
UNIT = "units/qx-huxi-zhen.yaml"
ID_NUMBER = "330781198804120032"
MASKED = "330781********0032"


@pytest.fixture
def hostile(tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """registry-example in git, with a name holding markup and ESC and a unit name markup.

    The commit was made by hand, by an author whose name holds markup, with a whole id number
    in its subject (as old commits may have).
    """
    root = tmp_path / "hostile"
    assert cli("init", root, "--example").exit_code == 0
    cadre = root / "cadres" / f"{ID}.yaml"
    text = cadre.read_text(encoding="utf-8")
    name = re.search(r"^name: (.*)$", text, re.MULTILINE)
    assert name is not None
    cadre.write_text(text.replace(name.group(0), f"name: {NAME}"), encoding="utf-8")
    unit = root / UNIT
    unit.write_text(
        unit.read_text(encoding="utf-8").replace("name: 湖溪镇", "name: 湖溪[/]镇", 1),
        encoding="utf-8",
    )
    monkeypatch.setenv("GIT_AUTHOR_NAME", "[bold]测试员")
    git(root, "commit", "--quiet", "-am", f"手工改名 [red]{ID} 身份证 {ID_NUMBER}")
    return root


def assert_shown_safely(output: str) -> None:
    assert "\x1b" not in output  # never raw, whatever the command
    assert MARKUP_NAME in output  # the markup is text, shown as written
    assert "\\x1b[2J" in output  # the control character visibly escaped


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("ladder",),
        ("ladder", "--explain", ID),
        ("show", ID),
        ("report", "warnings"),
    ],
    ids=" ".join,
)
def test_a_name_holding_markup_and_esc_is_shown_as_text(
    hostile: Path, cli: Any, args: tuple[str, ...]
) -> None:
    result = cli("-R", hostile, *args)
    assert result.exit_code == 0, result.stderr
    assert_shown_safely(result.stdout)


def test_a_large_list_shows_the_name_as_text(hostile: Path, cli: Any) -> None:
    from cadrectl.cli.reporters.to_text import LARGE_TABLE

    result = cli("-R", hostile, "list", "--status", "all")
    assert result.stdout.count("\n") < LARGE_TABLE  # the small table (rich's layout) ...
    assert_shown_safely(result.stdout)


def test_a_large_table_keeps_markup_as_text() -> None:
    from rich.console import Console
    from rich.table import Table

    from cadrectl.cli.reporters.to_text import LARGE_TABLE, cell, print_table

    table = Table("姓名", box=None)
    for _ in range(LARGE_TABLE + 1):  # ... and the large one, laid out by cadrectl
        table.add_row(cell(NAME))
    out = Console(file=io.StringIO(), width=200)
    print_table(out, table)
    assert_shown_safely(out.file.getvalue())  # type: ignore[attr-defined]


def test_coverage_shows_a_unit_name_holding_markup(hostile: Path, cli: Any) -> None:
    result = cli("-R", hostile, "report", "coverage")
    assert result.exit_code == 0, result.stderr
    assert "湖溪[/]镇" in result.stdout
    assert MARKUP_NAME in result.stdout or "李" in result.stdout


def test_structure_shows_a_value_holding_markup(hostile: Path, cli: Any) -> None:
    cadre = hostile / "cadres" / f"{ID}.yaml"
    text = cadre.read_text(encoding="utf-8")
    cadre.write_text(re.sub(r"direction: .*", "direction: 经济[/]", text, count=1), "utf-8")
    result = cli("-R", hostile, "report", "structure")
    assert result.exit_code == 0, result.stderr
    assert "经济[/]" in result.stdout
    grouped = cli("-R", hostile, "report", "structure", "--group-by", "direction")
    assert grouped.exit_code == 0, grouped.stderr
    assert "经济[/]" in grouped.stdout


def test_check_reports_the_esc_at_its_line_without_printing_it(hostile: Path, cli: Any) -> None:
    result = cli("-R", hostile, "check")
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout
    line = next(line for line in result.stdout.splitlines() if "control-character" in line)
    assert line.startswith(f"cadres/{ID}.yaml:")
    assert "U+001B" in line
    as_json = cli("-R", hostile, "check", "--format", "json").json()
    found = [p for p in as_json["problems"] if p["code"] == "control-character"]
    assert [(p["file"], p["severity"]) for p in found] == [(f"cadres/{ID}.yaml", "error")]
    assert isinstance(found[0]["line"], int)


def test_history_shows_markup_as_text_and_masks_id_numbers(hostile: Path, cli: Any) -> None:
    result = cli("-R", hostile, "history", ID)
    assert result.exit_code == 0, result.stderr
    assert_shown_safely(result.stdout)
    assert "[bold]测试员" in result.stdout
    assert f"[red]{ID}" in result.stdout
    assert ID_NUMBER not in result.stdout
    assert MASKED in result.stdout
    as_json = cli("-R", hostile, "history", ID, "--format", "json")
    assert ID_NUMBER not in as_json.stdout
    assert MASKED in as_json.stdout
    assert "\x1b" not in as_json.stdout  # JSON escapes it: "\u001b"


def test_diff_masks_a_changed_id_number(hostile: Path, cli: Any) -> None:
    cadre = hostile / "cadres" / f"{ID}.yaml"
    text = cadre.read_text(encoding="utf-8")
    old = re.search(r'id_number: "(\d{17}[\dX])"', text)
    assert old is not None
    cadre.write_text(text.replace(old.group(1), ID_NUMBER), encoding="utf-8")
    for fmt in ("text", "json"):
        result = cli("-R", hostile, "diff", "HEAD", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert "id_number" in result.stdout
        assert ID_NUMBER not in result.stdout
        assert old.group(1) not in result.stdout
        assert MASKED in result.stdout


def test_csv_cells_never_start_a_formula(hostile: Path, cli: Any) -> None:
    formula = "QX-2019-001"
    result = cli("-R", hostile, "set", formula, 'current.post==HYPERLINK("http://x")')
    assert result.exit_code == 0, result.stderr
    result = cli("-R", hostile, "list", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows[formula]["post"] == '\'=HYPERLINK("http://x")'
    assert rows[ID]["name"] == "李[/]强[bold]华\\x1b[2J"
    assert not rows[ID]["post"].startswith("'")  # ordinary cells are left alone


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_lead_is_neutralised(lead: str) -> None:
    from cadrectl.cli.reporters.to_csv import csv_cell

    cell = csv_cell(f"{lead}1+1")
    assert isinstance(cell, str)
    assert cell.startswith("'")
    assert csv_cell(3) == 3
    assert csv_cell("王立新") == "王立新"


def test_a_typed_control_character_is_refused_and_nothing_changes(hostile: Path, cli: Any) -> None:
    head = git(hostile, "rev-parse", "HEAD")
    for args in (
        ("set", ID, "health=健\x07康"),
        ("record", ID, "talk", "date=2026-11-02", "by=李国平", "note=谈\x1b话"),
        ("exit", ID, "--reason", "本人\u202e申请", "--date", "2026-11"),
    ):
        result = cli("-R", hostile, *args)
        assert result.exit_code in (1, 2), (args, result.stderr)
        assert "U+00" in result.stderr or "U+202E" in result.stderr
        assert not any(char in result.stderr for char in "\x07\x1b\u202e")
    assert git(hostile, "rev-parse", "HEAD") == head
    assert git(hostile, "status", "--porcelain") == ""


def test_an_index_too_far_is_refused(hostile: Path, cli: Any) -> None:
    head = git(hostile, "rev-parse", "HEAD")
    far = cli("-R", hostile, "set", ID, "education[7].kind=在职")
    assert far.exit_code == 1
    assert "[7]" in far.stderr
    huge = cli("-R", hostile, "add", "education[100000000].kind=全日制", "name=张三")
    assert huge.exit_code == 2
    assert "Traceback" not in huge.stderr
    assert git(hostile, "rev-parse", "HEAD") == head


def test_errors_mask_a_whole_id_number(hostile: Path, cli: Any) -> None:
    result = cli("-R", hostile, "set", ID, f"birth={ID_NUMBER}")
    assert result.exit_code == 2
    assert ID_NUMBER not in result.stderr
    assert MASKED in result.stderr


def test_a_duplicate_nomination_masks_the_id_number(hostile: Path, cli: Any) -> None:
    cadre = (hostile / "cadres" / "QX-2019-001.yaml").read_text(encoding="utf-8")
    found = re.search(r'id_number: "(\d{17}[\dX])"', cadre)
    assert found is not None
    number = found.group(1)
    assert cli("-R", hostile, "cycle", "open", "2026", "--date", "2026-09-01").exit_code == 0
    result = cli(
        "-R", hostile, "cycle", "nominate", "--by", "镇党委", "--target-rank", "副科",
        "--direction", "经济", "--date", "2026-09-15", "name=周晓梅", f"id_number={number}",
        "party.status=中共党员", "party.joined=2014.06", "work_start=2015.08",
        "current.unit=qx-huxi-zhen", "current.post=党政办主任", "current.rank=科员",
        "current.post_since=2020.03", "current.rank_since=2015.08",
        "education[0].kind=全日制", "education[0].level=大学",
    )  # fmt: skip
    assert result.exit_code == 1
    assert number not in result.stderr
    assert f"{number[:6]}********{number[-4:]}" in result.stderr


def test_a_traceback_masks_an_id_number_in_the_exception() -> None:
    from cadrectl.cli.app import _mask_arguments

    inner = KeyError(ID_NUMBER)
    outer = ValueError(f"bad value {ID_NUMBER}", 42)
    outer.__cause__ = inner
    _mask_arguments(outer)
    assert outer.args == (f"bad value {MASKED}", 42)
    assert inner.args == (MASKED,)


# The whole-text paths (edit, add --from-file) parse with store/reader.py, which reports the
# character; validate_changes refuses a document's own problems even when it has data.
def test_an_edited_text_with_a_control_character_is_refused(
    hostile: Path, cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('health: 健康', "
        "'health: \"健\\\\e康\"'), encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    head = git(hostile, "rev-parse", "HEAD")
    result = cli("-R", hostile, "edit", "QX-2019-001")
    assert result.exit_code == 1
    assert "U+001B" in result.stderr
    assert git(hostile, "rev-parse", "HEAD") == head
    assert git(hostile, "status", "--porcelain") == ""


def test_a_new_cadre_from_a_file_with_a_control_character_is_refused(
    hostile: Path, cli: Any, tmp_path: Path
) -> None:
    text = (hostile / "cadres" / "QX-2019-001.yaml").read_text(encoding="utf-8")
    found = re.search(r'id_number: "(\d{17}[\dX])"', text)
    assert found is not None
    source = tmp_path / "new.yaml"
    number = "33072619880504008"  # born 1988-05-04, a woman, like QX-2019-001: another person
    number += check_digit(number) or ""
    text = text.replace(found.group(1), number).replace("health: 健康", "health: 健\x07康")
    source.write_text(text, encoding="utf-8")
    head = git(hostile, "rev-parse", "HEAD")
    result = cli("-R", hostile, "add", "--from-file", source)
    assert result.exit_code == 1, result.stdout
    assert "U+0007" in result.stderr
    assert git(hostile, "rev-parse", "HEAD") == head


def test_a_new_cadre_from_an_endless_file_is_refused(hostile: Path, cli: Any) -> None:
    result = cli("-R", hostile, "add", "--from-file", "/dev/zero")
    assert result.exit_code == 1
    assert "1024" in result.stderr
