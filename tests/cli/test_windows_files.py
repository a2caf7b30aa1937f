"""Files as Windows editors save them (issue 18, 7): CRLF line ends and Notepad's BOM are kept
by every change, a file no command changed is never rewritten, and a file saved as ANSI (GBK)
is refused with its name, never a traceback."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import git

ID = "QX-2019-001"


def cadre(root: Path, cadre_id: str = ID) -> Path:
    return root / "cadres" / f"{cadre_id}.yaml"


def saved_as(root: Path, file: Path, data: bytes) -> bytes:
    """``file`` rewritten as ``data`` and committed, as a clerk on Windows would have it."""
    file.write_bytes(data)
    git(root, "commit", "--quiet", "-am", "Windows 编辑器保存")
    return data


def crlf(data: bytes) -> bytes:
    return data.replace(b"\n", b"\r\n")


def assert_every_line_ends_crlf(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")


@pytest.fixture
def windows(example_repo: Path) -> Path:
    """registry-example with QX-2019-001 saved with CRLF line ends, and QX-2019-002 with a
    BOM and CRLF (Notepad's UTF-8 with BOM)."""
    saved_as(example_repo, cadre(example_repo), crlf(cadre(example_repo).read_bytes()))
    second = cadre(example_repo, "QX-2019-002")
    saved_as(example_repo, second, codecs.BOM_UTF8 + crlf(second.read_bytes()))
    return example_repo


def test_set_keeps_crlf_and_changes_only_the_value(windows: Path, cli: Any) -> None:
    before = cadre(windows).read_bytes()
    result = cli("-R", windows, "set", ID, "health=良好", "specialty=城建交通")
    assert result.exit_code == 0, result.stderr
    after = cadre(windows).read_bytes()
    expected = before.replace("health: 健康\r\n".encode(), "health: 良好\r\n".encode())
    expected = expected.replace(
        "specialty: 产业发展\r\n".encode(), "specialty: 城建交通\r\n".encode()
    )
    assert after == expected
    assert_every_line_ends_crlf(after)


def test_a_new_key_is_written_with_crlf(windows: Path, cli: Any) -> None:
    before = cadre(windows).read_bytes()
    assert cli("-R", windows, "set", ID, "title=经济师").exit_code == 0
    after = cadre(windows).read_bytes()
    assert_every_line_ends_crlf(after)
    assert after.replace("title: 经济师\r\n".encode(), b"") == before


@pytest.mark.parametrize(
    ("args", "added"),
    [
        (["record", ID, "assessment", "year=2026", "grade=优秀"],
         "    - {year: 2026, grade: 优秀}"),
        (
            ["record", ID, "training", "from=2026-10-08", "to=2026-10-17", "name=中青班",
             "organizer=县委党校", "days=10"],
            "    - {from: 2026-10-08, to: 2026-10-17, name: 中青班, organizer: 县委党校, days: 10}",
        ),
    ],
)  # fmt: skip
def test_a_record_is_one_crlf_line_added(
    windows: Path, cli: Any, args: list[str], added: str
) -> None:
    before = cadre(windows).read_bytes()
    assert cli("-R", windows, *args).exit_code == 0
    after = cadre(windows).read_bytes()
    assert_every_line_ends_crlf(after)
    line = (added + "\r\n").encode()
    assert line in after
    assert after.replace(line, b"", 1) == before


@pytest.mark.parametrize(
    "args",
    [
        ["exit", ID, "--reason", "本人申请", "--date", "2026.11"],
        ["use", ID, "--unit", "qx-huxi-zhen", "--post", "zhenzhang", "--date", "2026-12"],
        ["inspect-for", ID, "--unit", "qx-huxi-zhen", "--post", "zhenzhang"],
    ],
)
def test_a_change_of_status_keeps_crlf_and_the_file_checks(
    windows: Path, cli: Any, args: list[str]
) -> None:
    assert cli("-R", windows, *args).exit_code == 0
    assert_every_line_ends_crlf(cadre(windows).read_bytes())
    assert cli("-R", windows, "check", cadre(windows)).exit_code == 0


def test_the_bom_notepad_writes_is_kept(windows: Path, cli: Any) -> None:
    second = cadre(windows, "QX-2019-002")
    before = second.read_bytes()
    assert cli("-R", windows, "set", "QX-2019-002", "health=良好").exit_code == 0
    after = second.read_bytes()
    assert after.startswith(codecs.BOM_UTF8)
    assert after == before.replace("health: 健康\r\n".encode(), "health: 良好\r\n".encode())


def test_a_file_no_command_changed_is_not_rewritten(windows: Path, cli: Any) -> None:
    others = [cadre(windows, "QX-2019-002"), cadre(windows, "QX-2019-003")]
    kept = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in others}
    assert cli("-R", windows, "set", ID, "health=良好").exit_code == 0
    assert (
        cli(
            "-R", windows, "record", ID, "talk", "date=2026-03-14", "by=李国平", "note=谈心"
        ).exit_code
        == 0
    )
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in others} == kept


def test_a_set_to_the_same_value_writes_nothing(windows: Path, cli: Any) -> None:
    stamp = (cadre(windows).read_bytes(), cadre(windows).stat().st_mtime_ns)
    result = cli("-R", windows, "set", ID, "health=健康")
    assert result.exit_code == 1
    assert (cadre(windows).read_bytes(), cadre(windows).stat().st_mtime_ns) == stamp


def test_check_names_the_lines_of_a_crlf_file(windows: Path, cli: Any) -> None:
    text = cadre(windows).read_bytes().replace(b"records:", b"records:\r\n  bogus: 1\r\n#", 1)
    cadre(windows).write_bytes(text)
    line = text[: text.index(b"bogus")].count(b"\n") + 1
    result = cli("-R", windows, "check", cadre(windows))
    assert result.exit_code == 1
    assert f"cadres/{ID}.yaml:{line}:3: 错误 [unknown-field]" in result.stdout


def test_a_file_saved_as_ansi_is_refused_with_its_name(example_repo: Path, cli: Any) -> None:
    text = cadre(example_repo).read_text(encoding="utf-8")
    cadre(example_repo).write_bytes(text.encode("gbk"))
    checked = cli("-R", example_repo, "check")
    assert checked.exit_code == 1
    assert f"cadres/{ID}.yaml:4:1: 错误 [encoding]" in checked.stdout  # line 4: the first CJK
    assert "看起来是 GBK" in checked.stdout
    before = cadre(example_repo).read_bytes()
    refused = cli("-R", example_repo, "set", ID, "health=良好")
    assert refused.exit_code == 1
    assert f"cadrectl check cadres/{ID}.yaml" in refused.stderr
    assert cadre(example_repo).read_bytes() == before
    for result in (checked, refused):
        assert "Traceback" not in result.stderr


NOTEPAD = """\
import codecs, pathlib, sys
draft = pathlib.Path(sys.argv[1])
text = draft.read_text(encoding="utf-8").replace("health: 健康", "health: 良好")
draft.write_bytes({encode})
"""


def _notepad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encode: str) -> None:
    """$EDITOR: an editor that changes health and saves the draft with ``encode``."""
    script = tmp_path / "notepad.py"
    script.write_text(NOTEPAD.format(encode=encode), encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")


def test_a_draft_saved_with_a_bom_is_taken_without_it(
    example_repo: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _notepad(tmp_path, monkeypatch, 'codecs.BOM_UTF8 + text.encode("utf-8")')
    before = cadre(example_repo).read_bytes()
    result = cli("-R", example_repo, "edit", ID)
    assert result.exit_code == 0, result.stderr
    assert cadre(example_repo).read_bytes() == before.replace(
        "health: 健康".encode(), "health: 良好".encode()
    )


def test_a_draft_saved_as_ansi_is_refused_and_nothing_changes(
    example_repo: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _notepad(tmp_path, monkeypatch, 'text.encode("gbk")')
    before = cadre(example_repo).read_bytes()
    result = cli("-R", example_repo, "edit", ID)
    assert result.exit_code == 1
    assert "保存的草稿不是 UTF-8 编码（看起来是 GBK）" in result.stderr
    assert cadre(example_repo).read_bytes() == before
    assert git(example_repo, "status", "--porcelain") == ""
