"""Output streams that are not UTF-8 (a GBK console, an ASCII one): stand-ins, never a crash,
and JSON that stays the same document (issue 18, 7)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cadrectl.cli import streams
from cadrectl.cli.streams import as_written, prepare_streams, speaks_utf, stand_in
from cadrectl.core.textwidth import display_width

Printed = Callable[[], str]


def _stream(
    monkeypatch: pytest.MonkeyPatch, name: str, encoding: str, errors: str = "strict"
) -> Printed:
    """sys.<name> replaced by a stream of ``encoding``; returns what it received, decoded."""
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, errors=errors, write_through=True)
    monkeypatch.setattr(sys, name, stream)
    return lambda: buffer.getvalue().decode(encoding)


@pytest.mark.parametrize(
    ("char", "encoding", "shown"),
    [
        ("✓", "gbk", "√"),
        ("✗", "gbk", "×"),
        ("✓", "ascii", "v"),
        ("✗", "ascii", "x"),
        ("•", "gbk", "·"),
        ("•", "ascii", "*"),
        ("𠮷", "gbk", "？"),  # U+20BB7, outside GBK: a full-width ? keeps the columns
        ("䶮", "gbk", "？"),
        ("𠮷", "ascii", "??"),
        ("思", "ascii", "??"),
        ("─", "ascii", "-"),
        ("│", "ascii", "|"),
        ("╭", "ascii", "+"),
        ("é", "ascii", "?"),
    ],
)
def test_a_character_the_console_cannot_hold_has_a_stand_in(
    char: str, encoding: str, shown: str
) -> None:
    assert stand_in(char, encoding) == shown


@settings(max_examples=300)
@given(char=st.characters(exclude_categories=("Cs", "Cc")))
def test_a_stand_in_takes_the_columns_of_its_character_and_is_held(char: str) -> None:
    for encoding in ("gbk", "ascii"):
        shown = as_written(char, encoding)
        shown.encode(encoding)
        assert display_width(shown) == display_width(char)


@pytest.mark.parametrize(
    ("encoding", "utf"),
    [("utf-8", True), ("UTF8", True), ("utf-8-sig", True), ("utf_16", True), ("gbk", False),
     ("cp936", False), ("ascii", False), ("latin-1", False), ("gb18030", False)],
)  # fmt: skip
def test_only_a_utf_stream_is_taken_to_hold_every_character(encoding: str, utf: bool) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    assert speaks_utf(stream) is utf


def test_a_stream_without_an_encoding_holds_text_and_an_unknown_one_does_not() -> None:
    assert speaks_utf(io.StringIO())

    class Odd(io.StringIO):
        encoding = "no-such-codec"

    assert not speaks_utf(Odd())


def test_a_gbk_stdout_writes_stand_ins_and_notes_what_it_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _stream(monkeypatch, "stdout", "gbk")
    err = _stream(monkeypatch, "stderr", "gbk", "backslashreplace")
    prepare_streams()
    sys.stdout.write("𠮷思莹 ✓ 镕\n")
    sys.stderr.write("✗\n")
    assert out() == "？思莹 √ 镕\n"  # 镕 is GBK's
    assert err() == "×\n"  # stderr's stand-ins are not noted: it tells, it does not hold data
    assert streams.unheld_characters() == ["𠮷", "✓"]
    streams.note_unheld_characters()
    assert "U+20BB7、U+2713" in err()
    assert "PYTHONIOENCODING=utf-8" in err()


def test_the_note_is_in_english_where_stderr_cannot_hold_chinese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stream(monkeypatch, "stdout", "ascii")
    err = _stream(monkeypatch, "stderr", "ascii", "backslashreplace")
    prepare_streams()
    sys.stdout.write("陈\n")
    streams.note_unheld_characters()
    assert err().startswith("Note: the output's encoding (ascii) cannot hold")
    assert "U+9648" in err()


def test_nothing_is_noted_when_nothing_was_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    _stream(monkeypatch, "stdout", "gbk")
    err = _stream(monkeypatch, "stderr", "gbk")
    prepare_streams()
    sys.stdout.write("陈思莹\n")
    streams.note_unheld_characters()
    assert err() == ""


def test_a_utf8_stream_is_left_as_python_made_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _stream(monkeypatch, "stdout", "utf-8", "surrogateescape")
    prepare_streams()
    assert sys.stdout.errors == "surrogateescape"


def test_the_bytes_of_an_undecodable_file_name_pass_through_as_surrogateescape_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, "ascii", write_through=True))
    prepare_streams()
    sys.stdout.write("cadres/\udcff.yaml")
    assert buffer.getvalue() == b"cadres/\xff.yaml"


def test_json_on_a_gbk_stdout_is_ascii_and_the_same_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cadrectl.cli.reporters.to_json import print_json, print_json_listing

    out = _stream(monkeypatch, "stdout", "gbk")
    prepare_streams()
    data = {"name": "𠮷思莹", "plan": "✓ 跟岗"}
    print_json(data)
    print_json_listing({"as_of": "2026-12-01"}, "cadres", iter([data]))
    whole, streamed = out().splitlines()
    assert whole.isascii()
    assert streamed.isascii()
    assert json.loads(whole) == data
    assert json.loads(streamed) == {"as_of": "2026-12-01", "cadres": [data]}
    assert streams.unheld_characters() == []


def test_json_on_a_utf8_stdout_keeps_its_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    from cadrectl.cli.reporters.to_json import print_json

    out = _stream(monkeypatch, "stdout", "utf-8")
    print_json({"name": "𠮷思莹"})
    assert out() == '{"name": "𠮷思莹"}\n'


def test_csv_on_a_gbk_stdout_is_gbk_with_stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    from cadrectl.cli.reporters.to_csv import print_csv

    out = _stream(monkeypatch, "stdout", "gbk")
    prepare_streams()
    print_csv(["id", "name"], [{"id": "QX-2019-001", "name": "𠮷思莹"}])
    assert out() == "id,name\r\nQX-2019-001,？思莹\r\n"
    assert streams.unheld_characters() == ["𠮷"]


def test_rich_draws_boxes_in_ascii_on_a_gbk_console(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich import box
    from rich.table import Table

    from cadrectl.cli.reporters.to_text import console

    out = _stream(monkeypatch, "stdout", "gbk")
    prepare_streams()
    table = Table("姓名", "方向", box=box.ROUNDED)
    table.add_row("𠮷思莹", "经济")
    console().print(table)
    assert "+" in out()
    assert "-" in out()
    assert "╭" not in out()
    assert "│" not in out()
    assert "？思莹" in out()
