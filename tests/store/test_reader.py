"""Reading never crashes: random bytes and random YAML come back as data or as problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cadrectl.store.reader import RawDocument, parse_text, read_document
from cadrectl.store.textfile import decode_registry_text, guess_encoding
from cadrectl.store.yamlfile import compose_mapping

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _is_sound(document: RawDocument) -> bool:
    """Data, or one reason it cannot be read; besides, any control characters it holds."""
    others = [p for p in document.problems if p.code != "control-character"]
    if not all(problem.message for problem in document.problems):
        return False
    if document.data is None:
        return len(others) == 1
    return isinstance(document.data, dict) and not others


@_SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_are_data_or_one_problem(data: bytes) -> None:
    text = decode_registry_text(data)
    if isinstance(text, str):
        assert _is_sound(parse_text(text, "cadres/x.yaml"))


_YAML_PIECES = st.sampled_from(
    [
        "a:",
        " b:",
        "  - ",
        "- ",
        "{",
        "}",
        "[",
        "]",
        ", ",
        ": ",
        "\n",
        "\n  ",
        "\t",
        "&x ",
        "*x",
        "!!str ",
        "!x ",
        "'",
        '"',
        "#c",
        "---\n",
        "...\n",
        "? ",
        "|\n",
        ">\n",
        "2025-12-10",
        "2021.10",
        "yes",
        "null",
        "王立新",
        "\\",
        "%YAML 1.2\n",
        "<<: ",
        "0x",
        "-1",
        "~",
    ]
)


@_SETTINGS
@given(st.lists(_YAML_PIECES, max_size=40).map("".join))
@example("&x \n  - &x ")  # an anchor named twice: ruamel.yaml warned, and the warning escaped
def test_random_yaml_is_data_or_one_problem(text: str) -> None:
    assert _is_sound(parse_text(text, "cadres/x.yaml"))


def test_an_anchor_named_twice_is_read_without_a_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        listed = parse_text("&x \n  - &x ", "cadres/x.yaml")  # read by ruamel.yaml
        mapping = compose_mapping("a: &x 1\nb: &x 2\n")
    assert [problem.code for problem in listed.problems] == ["not-a-mapping"]
    assert mapping is not None


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    document = parse_text("a: " + "[" * 5000 + "]" * 5000, "cadres/x.yaml")
    assert _is_sound(document)


def test_an_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    document = read_document(tmp_path / "missing.yaml", "cadres/missing.yaml")
    assert [p.code for p in document.problems] == ["unreadable"]


def test_gbk_is_named() -> None:
    assert guess_encoding("姓名：王立新".encode("gbk")) == "GBK"


def test_utf16_is_named() -> None:
    text = decode_registry_text("name: 王立新".encode("utf-16"))
    assert not isinstance(text, str)
    assert text.params == {"encoding": "UTF-16"}


def test_deep_nesting_is_refused_quickly() -> None:
    document = parse_text("a: " + "[" * 5000 + "]" * 5000, "cadres/x.yaml")
    assert [p.code for p in document.problems] == ["too-deep"]
    deep_blocks = "a:" + "".join("\n" + "  " * i + "b:" for i in range(1, 300))
    assert _is_sound(parse_text(deep_blocks + "\n  [", "cadres/x.yaml"))


def _control_problems(text: str) -> list[tuple[int | None, int | None, tuple[str | int, ...], str]]:
    document = parse_text(text, "cadres/x.yaml")
    return [
        (p.line, p.column, p.field, p.params["char"])
        for p in document.problems
        if p.code == "control-character"
    ]


def test_a_control_character_as_written_is_an_error_and_the_data_is_kept() -> None:
    document = parse_text("id: QX-1\nname: 王\x1b[31m立新\n", "cadres/x.yaml")
    assert document.data == {"id": "QX-1", "name": "王\x1b[31m立新"}
    assert [(p.code, p.severity, p.line, p.column) for p in document.problems] == [
        ("control-character", "error", 2, 8)
    ]
    assert "U+001B" in document.problems[0].message
    assert "\x1b" not in document.problems[0].message


def test_a_control_character_made_by_an_escape_is_found_at_its_value() -> None:
    text = 'id: QX-1\nresume:\n  - {unit: 县委, post: "科员\\a"}\nnote: "\\u202e反"\n'
    assert _control_problems(text) == [
        (3, 16, ("resume", 0, "post"), "U+0007"),  # at its key
        (4, 1, ("note",), "U+202E"),
    ]


def test_escapes_are_found_beside_characters_as_written() -> None:
    text = 'a: "\\e[2J"\nb: 铃\x07\n'
    assert _control_problems(text) == [(2, 5, (), "U+0007"), (1, 1, ("a",), "U+001B")]


def test_a_control_character_in_a_comment_is_an_error() -> None:
    assert _control_problems("# 备注\x1b]0;标题\x07\na: 1\n") == [(1, 5, (), "U+001B")]


@pytest.mark.parametrize(
    "text",
    [
        'path: "C:\\\\temp\\\\e"\n',  # an escaped backslash before an e is no escape
        "a: 1\r\nb: 2\r\n",
        "note: |\n  第一行\n\t第二行有制表符\n",
        'a: "tab\\there"\n',
    ],
)
def test_backslashes_crlf_and_tabs_are_not_control_characters(text: str) -> None:
    assert _control_problems(text) == []


def test_a_lone_carriage_return_is_a_control_character() -> None:
    assert (1, 5, (), "U+000D") in _control_problems("a: x\ry: 1\n")


def test_a_cadre_file_with_a_control_character_is_loaded_and_reported(
    registry: Path,
) -> None:
    from cadrectl.services.registry import load_registry

    path = registry / "cadres" / "QX-2023-014.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("health: 健康", "health: 健\x07康"),
        encoding="utf-8",
    )
    for _ in range(2):  # the second load must not take the file's data from the parse cache
        loaded = load_registry(paths_of(registry))
        assert [entry.cadre.id for entry in loaded.cadres] == ["QX-2023-014"]
        found = [(p.file, p.code, p.line) for p in loaded.problems if p.severity == "error"]
        assert found == [("cadres/QX-2023-014.yaml", "control-character", 11)]


def paths_of(root: Path) -> Any:
    from cadrectl.store.registry import RegistryPaths

    return RegistryPaths(root)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    from cadrectl.store.textfile import MAX_FILE_BYTES

    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: 1\n" + b"#" * MAX_FILE_BYTES)
    document = read_document(path, "cadres/big.yaml")
    assert document.data is None
    assert [p.code for p in document.problems] == ["file-too-large"]


def test_an_escape_making_a_lone_surrogate_is_refused_on_both_paths() -> None:
    for text in ('id: x\nname: "王\\ud800"\n', 'id: x\nnote: 注意 !重要\nname: "王\\udfff"\n'):
        document = parse_text(text, "cadres/x.yaml")
        assert document.data is None
        assert [(p.code, p.line) for p in document.problems] == [
            ("yaml-syntax", 3 if "!" in text else 2)
        ]
