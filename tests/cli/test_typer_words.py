"""Help screens and usage errors speak the clerk's language, as every other message does."""

from __future__ import annotations

from typing import Any

import pytest


def test_the_help_screen_is_in_chinese(cli: Any) -> None:
    out = cli("check", "--help").stdout
    for word in ("用法：cadrectl check", "参数", "选项", "显示此帮助并退出", "[默认：text]"):
        assert word in out
    for word in ("Usage", "Options", "Show this message"):
        assert word not in out
    assert "命令" in cli("--help").stdout


def test_the_help_screen_is_in_english_when_asked(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    out = cli("check", "--help").stdout
    for word in ("Usage: cadrectl check", "Arguments", "Options", "Show this message and exit."):
        assert word in out
    assert "Commands" in cli("--help").stdout


@pytest.mark.parametrize(
    ("args", "usage", "error"),
    [
        (("cycle", "status", "-R", "x"), "用法：cadrectl cycle status", "错误：没有这个选项：-R"),
        (("show",), "用法：cadrectl show", "错误：缺少参数 'ID'"),
        (("cycle", "open", "abc"), "用法：cadrectl cycle open", "错误：'YEAR' 的值无效："),
        (("chek",), "用法：cadrectl", "错误：没有这个命令：chek（是不是：check）"),
        (
            ("check", "--strikt"),
            "用法：cadrectl check",
            "错误：没有这个选项：--strikt（是不是：--strict）",
        ),
    ],
)
def test_usage_errors_say_what_is_wrong_and_where_to_look(
    cli: Any, args: tuple[str, ...], usage: str, error: str
) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith(usage)
    assert f"运行 '{usage.removeprefix('用法：')}" in result.stderr
    assert error in result.stderr
    assert result.stdout == ""


def test_usage_errors_in_english(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    result = cli("show")
    assert result.exit_code == 2
    assert "Usage: cadrectl show" in result.stderr
    assert "Try 'cadrectl show -h' for help." in result.stderr
    assert "Error: Missing argument 'ID'." in result.stderr


def test_a_group_run_bare_shows_its_help(cli: Any) -> None:
    result = cli("cycle")
    assert "用法：cadrectl cycle" in result.stdout + result.stderr
    assert "错误" not in result.stdout + result.stderr
