"""The installed ``cadrectl`` entry point: Ctrl-C during start-up is as quiet as during a
command (issue 18)."""

from __future__ import annotations

import importlib.abc
import sys
from typing import Any

import pytest

from cadrectl.cli import entry


class _CtrlC(importlib.abc.MetaPathFinder):
    """An import of the command line that the clerk's Ctrl-C interrupts."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> None:
        if name == "cadrectl.cli.app":
            raise KeyboardInterrupt
        return


def test_ctrl_c_while_starting_says_so_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "cadrectl.cli.app", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_CtrlC(), *sys.meta_path])
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 130
    captured = capsys.readouterr()
    assert captured.err == "已中断。\n"
    assert "Traceback" not in captured.err


def test_the_entry_point_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["cadrectl", "--version"])
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 0
    assert "cadrectl" in capsys.readouterr().out
