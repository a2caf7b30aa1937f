"""Registry text: a size cap that never reads past it, and the characters a value may not hold."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadrectl.core.text import (
    blank_unsafe,
    codepoint,
    escape_unsafe,
    may_hold_unsafe,
    unsafe_character,
    unsafe_in_text,
)
from cadrectl.store.textfile import MAX_FILE_BYTES, TextProblem, read_capped, read_registry_text
from tests.conftest import EXAMPLE

UNSAFE = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u202e", "\u2066", "\u200f", "\u2028"]


@pytest.mark.parametrize("char", UNSAFE, ids=codepoint)
def test_controls_bidi_and_separators_are_unsafe(char: str) -> None:
    assert unsafe_character(f"王{char}立新") == char
    assert may_hold_unsafe(f"name: 王{char}立新\n")


@pytest.mark.parametrize(
    "text", ["王立新", "a\tb", "第一行\n第二行", "全角（括号）", "Ｘ", "\u00a0"]
)
def test_tab_newline_and_ordinary_text_are_safe(text: str) -> None:
    assert unsafe_character(text) is None


def test_a_character_is_named_by_its_code_point() -> None:
    assert codepoint("\x1b") == "U+001B"
    assert codepoint("\u202e") == "U+202E"


def test_unsafe_characters_are_shown_escaped() -> None:
    assert escape_unsafe("红\x1b[31m字\u202e") == "红\\x1b[31m字\\u202e"
    assert escape_unsafe("铃\x07", json=True) == "铃\\u0007"


@given(st.text())
def test_escaped_text_holds_no_unsafe_character(text: str) -> None:
    shown = escape_unsafe(text)
    assert unsafe_character(shown) is None
    if unsafe_character(text) is None:
        assert shown == text


@given(st.text())
def test_blanking_keeps_every_line_and_column(text: str) -> None:
    blanked = blank_unsafe(text)
    assert len(blanked) == len(text)
    assert [len(line) for line in blanked.split("\n")] == [len(line) for line in text.split("\n")]


def test_unsafe_characters_are_found_once_a_line_where_they_are() -> None:
    text = "a: 1\nname: 王\x1b立\x07新\n# 注释\x7f\nb: 2\r\nc: 3\rd: 4\n"
    assert unsafe_in_text(text) == [(2, 8, "\x1b"), (3, 5, "\x7f"), (5, 5, "\r")]


def test_crlf_line_ends_are_not_unsafe() -> None:
    text = "a: 1\r\nb: 2\r\n"
    assert not may_hold_unsafe(text)
    assert unsafe_in_text(text) == []


def test_a_backslash_is_looked_at_more_closely() -> None:
    assert may_hold_unsafe('note: "C:\\\\temp"\n')  # only a closer look finds it harmless


def test_registry_files_take_the_common_path() -> None:
    for path in sorted(EXAMPLE.glob("*/*.yaml")):
        assert not may_hold_unsafe(path.read_text(encoding="utf-8")), path


def test_a_file_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(50 * MAX_FILE_BYTES)  # sparse: 50 MiB that cost nothing to make
    problem = read_capped(big)
    assert isinstance(problem, TextProblem)
    assert problem.code == "file-too-large"
    assert problem.params == {"size": "51200", "limit": "1024"}


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    exact = tmp_path / "exact.yaml"
    exact.write_bytes(b"#" * MAX_FILE_BYTES)
    assert read_capped(exact) == b"#" * MAX_FILE_BYTES


def test_an_endless_file_is_refused_quickly() -> None:
    started = time.monotonic()
    problem = read_registry_text(Path("/dev/zero"))
    assert isinstance(problem, TextProblem)
    assert problem.code == "file-too-large"
    assert problem.params["size"] == ">1024"
    assert time.monotonic() - started < 5


def test_a_missing_file_raises_as_reading_would(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_capped(tmp_path / "missing.yaml")


def test_a_named_pipe_nobody_writes_to_is_read_as_empty(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "input.fifo"
    os.mkfifo(fifo)
    assert read_capped(fifo) == b""  # at once: opening it does not wait for a writer


def test_a_folder_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):  # reported as "unreadable"
        read_capped(tmp_path)
