"""Which editor ``cadrectl edit`` opens (issue 18, 7): $VISUAL, else $EDITOR, else Notepad on
Windows and vi elsewhere; an editor setting read as its platform writes it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cadrectl.cli import edit
from cadrectl.cli.edit import default_editor, editor_words
from cadrectl.core.errors import CadrectlError


@pytest.fixture
def no_editor_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)


def _platform(monkeypatch: pytest.MonkeyPatch, name: str, *, terminal: bool = False) -> None:
    monkeypatch.setattr(sys, "platform", name)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: terminal)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: terminal)


def test_the_default_is_notepad_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert default_editor() == "notepad"


@pytest.mark.parametrize("name", ["linux", "darwin"])
def test_the_default_is_vi_elsewhere(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(sys, "platform", name)
    assert default_editor() == "vi"


def test_notepad_opens_on_windows_without_a_terminal(
    monkeypatch: pytest.MonkeyPatch, no_editor_set: None
) -> None:
    _platform(monkeypatch, "win32")  # Notepad is a window of its own: no console needed
    assert edit._editor_command() == ["notepad"]


def test_vi_opens_on_a_terminal(monkeypatch: pytest.MonkeyPatch, no_editor_set: None) -> None:
    _platform(monkeypatch, "linux", terminal=True)
    assert edit._editor_command() == ["vi"]


def test_without_a_terminal_no_default_is_started_elsewhere(
    monkeypatch: pytest.MonkeyPatch, no_editor_set: None
) -> None:
    _platform(monkeypatch, "linux")
    with pytest.raises(CadrectlError) as refused:
        edit._editor_command()
    assert refused.value.key == "edit.no-editor"


@pytest.mark.parametrize("name", ["win32", "linux"])
def test_visual_comes_before_editor(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    _platform(monkeypatch, name)
    monkeypatch.setenv("VISUAL", "code --wait")
    monkeypatch.setenv("EDITOR", "nano")
    assert edit._editor_command() == ["code", "--wait"]
    monkeypatch.setenv("VISUAL", " ")
    assert edit._editor_command() == ["nano"]


@pytest.mark.parametrize(
    ("setting", "words"),
    [
        ("notepad", ["notepad"]),
        ("code --wait", ["code", "--wait"]),
        (r"C:\Tools\vim.exe", [r"C:\Tools\vim.exe"]),  # backslashes are the path's
        (
            r'"C:\Program Files\Notepad++\notepad++.exe" -multiInst -nosession',
            [r"C:\Program Files\Notepad++\notepad++.exe", "-multiInst", "-nosession"],
        ),
    ],
)
def test_a_windows_setting_keeps_its_backslashes(
    monkeypatch: pytest.MonkeyPatch, setting: str, words: list[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert editor_words(setting) == words


def test_a_windows_setting_that_is_a_program_s_path_is_that_program(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    program = tmp_path / "Program Files" / "Notepad++" / "notepad++.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "platform", "win32")
    assert editor_words(str(program)) == [str(program)]  # spaces and all, unquoted


@pytest.mark.parametrize(
    ("setting", "words"),
    [
        ("vim", ["vim"]),
        ("emacs -nw", ["emacs", "-nw"]),
        ("'my editor' --wait", ["my editor", "--wait"]),
        (r"my\ editor", ["my editor"]),
    ],
)
def test_elsewhere_a_setting_is_split_as_a_shell_does(
    monkeypatch: pytest.MonkeyPatch, setting: str, words: list[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert editor_words(setting) == words


def test_a_setting_with_unbalanced_quotes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(CadrectlError) as refused:
        editor_words('vim "draft')
    assert refused.value.key == "edit.bad-editor"


def test_the_editor_is_started_by_the_path_its_name_finds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[list[str]] = []

    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        started.append(args)
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setattr("shutil.which", lambda name: rf"C:\Tools\{name}.CMD")
    monkeypatch.setattr("subprocess.run", run)
    edit._run_editor(["code", "--wait"], tmp_path / "QX-2019-001.yaml")
    assert started == [[r"C:\Tools\code.CMD", "--wait", str(tmp_path / "QX-2019-001.yaml")]]
