"""Reading never crashes: random bytes and random YAML come back as data or as problems."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cadrectl.store.reader import RawDocument, parse_text, read_document
from cadrectl.store.textfile import decode_registry_text, guess_encoding
from cadrectl.store.yamlfile import compose_mapping

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _is_sound(document: RawDocument) -> bool:
    if document.data is None:
        return len(document.problems) == 1 and bool(document.problems[0].message)
    return isinstance(document.data, dict) and not document.problems


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
