"""The characters no registry value may hold (controls and bidi marks): found, blanked, and
shown as escapes — in files read, values typed, and text printed."""

from __future__ import annotations

import re

# Why: characters no registry value has a use for, and which change what a terminal, an editor
# or Excel shows: C0 controls but tab and newline (ESC starts terminal sequences, BEL rings),
# DEL, C1 controls (NEL is a line break to ruamel.yaml and not to yaml-rs), the line and
# paragraph separators (likewise), and the bidirectional marks, embeddings, overrides and
# isolates that reorder what is shown ("Trojan Source", CVE-2021-42574). Lone surrogates too:
# they are no text at all (a typed argument that was not UTF-8 holds them), and cannot be printed.
_UNSAFE = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE_CHARACTER = re.compile(f"[{_UNSAFE}]")
_UNSAFE_IN_VALUE = re.compile(f"[{_UNSAFE}\r]")
_UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE}]|\r(?!\n)")  # CR only as part of a CRLF line end
_UNSAFE_ESCAPE = re.compile(r"\\[0abvfreNLPxuU]")


def unsafe_character(value: str) -> str | None:
    """The first character ``value`` may not hold (see ``_UNSAFE``), or None."""
    found = _UNSAFE_IN_VALUE.search(value)
    return None if found is None else found.group()


def first_surrogate(value: str) -> str | None:
    """The first lone surrogate in ``value`` (which no UTF-8 text can hold), or None."""
    found = _SURROGATE.search(value)
    return None if found is None else found.group()


def codepoint(char: str) -> str:
    """``U+001B``: how a message names a character without printing it."""
    return f"U+{ord(char):04X}"


def escape_unsafe(value: str, *, json: bool = False) -> str:
    """``value`` with each unsafe character shown as an escape (``\\x1b``, ``\\u202e``).

    With ``json``, as JSON's ``\\u001b``: JSON text escaped so reads back as the same data.
    """
    if _UNSAFE_IN_VALUE.search(value) is None:
        return value
    return _UNSAFE_IN_VALUE.sub(_json_escaped if json else _escaped, value)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _json_escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def blank_unsafe(text: str) -> str:
    """``text`` with each unsafe character but CR replaced by ``x`` (lines and columns kept)."""
    return _UNSAFE_CHARACTER.sub("x", text)


def may_hold_unsafe(text: str) -> bool:
    """Whether ``text`` may hold an unsafe character or make one by an escape (cheap, C speed).

    A backslash counts: only a double-quoted escape (``"\\e"``) makes one otherwise.
    """
    if "\\" in text:
        return True
    # Why: every unsafe character is unprintable to Python, and isprintable() runs twice as
    # fast as the regex over CJK text; a tab, CR or U+3000 space then takes the regex.
    if text.replace("\n", " ").isprintable():
        return False
    if _UNSAFE_CHARACTER.search(text) is not None:
        return True
    return "\r" in text and text.count("\r") != text.count("\r\n")


def unsafe_in_text(text: str) -> list[tuple[int, int, str]]:
    """(line, column, character) of the first unsafe character, as written, on each line."""
    found: list[tuple[int, int, str]] = []
    line, counted, at = 1, 0, 0  # newlines before index ``counted`` are counted in ``line``
    while (match := _UNSAFE_IN_TEXT.search(text, at)) is not None:
        start = match.start()
        line += text.count("\n", counted, start)
        counted = start
        line_start = text.rfind("\n", 0, start) + 1
        found.append((line, start - line_start + 1, match.group()))
        at = text.find("\n", start) + 1
        if at == 0:
            break
    return found


def may_escape_unsafe(text: str) -> bool:
    """Whether ``text`` holds a YAML escape that can stand for an unsafe character."""
    return "\\" in text and _UNSAFE_ESCAPE.search(text) is not None
