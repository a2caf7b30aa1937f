"""stdout and stderr for any console: what its encoding cannot hold gets a stand-in, never a crash.

A clerk's output need not be UTF-8: on Chinese Windows, output redirected to a file or piped is
cp936 (GBK), and so is every stream under ``PYTHONIOENCODING=gbk``; ``PYTHONUTF8=0`` in the C
locale makes it ASCII. Python writes such a stream strictly: one name holding 𠮷 (outside GBK)
ended the command in UnicodeEncodeError. :func:`prepare_streams`, run as a command starts, has
a stream that is not UTF write a stand-in instead (:func:`stand_in`), and notes the characters
stdout lost so that :func:`note_unheld_characters` can say so at the end.

rich reads the stream's encoding too: on one that is not UTF its tables and panels are drawn
with ASCII lines. JSON on such a stream is written all-ASCII (``\\uXXXX``): valid, and nothing
lost, whatever encoding the program reading it assumes (:mod:`cadrectl.cli.reporters.to_json`).
"""

from __future__ import annotations

import codecs
import functools
import sys
import unicodedata
from typing import TextIO

STAND_IN = "cadrectl-stand-in"  # the error handler of stderr
STAND_IN_NOTED = "cadrectl-stand-in-noted"  # of stdout: the characters it replaces are noted
UNHELD = "platform.unheld-characters"  # the note that says which ones

# Symbols the clerk's output uses, and their look-alikes, the first the encoding holds taken:
# GBK has the √ and × Chinese forms mark with, ASCII has v and x. Each takes one column, as
# the symbol does.
_LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    "✓": ("√", "v"), "✔": ("√", "v"), "✗": ("×", "x"), "✘": ("×", "x"), "×": ("x",),
    "√": ("v",), "→": (">",), "←": ("<",), "↑": ("^",), "↓": ("v",), "⇒": (">",), "…": (".",),
    "—": ("-",), "–": ("-",), "‐": ("-",), "•": ("·", "*"), "·": (".",), "“": ('"',),
    "”": ('"',), "‘": ("'",), "’": ("'",), "≥": (">",), "≤": ("<",), "\u00a0": (" ",),
}  # fmt: skip
_BOX_DRAWING = range(0x2500, 0x2580)
_ESCAPED_BYTES = range(0xDC80, 0xDD00)  # surrogateescape: the undecodable bytes of a file name
_unheld: dict[str, None] = {}  # characters stdout could not hold, in order, once each


def prepare_streams() -> None:
    """Give stdout and stderr stand-ins for what their encoding cannot hold (UTF ones untouched).

    Run as each command starts: a stream replaced since (a test's) is prepared as well.
    """
    codecs.register_error(STAND_IN, _stand_in_for)
    codecs.register_error(STAND_IN_NOTED, _noted_stand_in_for)
    _unheld.clear()
    for stream, handler in ((sys.stdout, STAND_IN_NOTED), (sys.stderr, STAND_IN)):
        reconfigure = getattr(stream, "reconfigure", None)
        if stream is not None and reconfigure is not None and not speaks_utf(stream):
            reconfigure(errors=handler)


def speaks_utf(stream: TextIO) -> bool:
    """Whether ``stream`` encodes as UTF-8 (or another UTF), so that it holds every character.

    A stream without an encoding (a StringIO) holds text as it is; one whose encoding Python
    does not know is taken as not UTF.
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def unheld_characters() -> list[str]:
    """The characters stdout could not hold since :func:`prepare_streams`, in order, once each."""
    return list(_unheld)


@functools.lru_cache(maxsize=4096)
def stand_in(char: str, encoding: str) -> str:
    """What ``char`` is written as where ``encoding`` cannot hold it: as many columns as it takes.

    A look-alike for a symbol (✓ → √ in GBK, v in ASCII; a box line → - | +); for a wide
    character (𠮷, an emoji) the full-width ？ when the encoding has it (GBK does), else ??;
    else ?.
    """
    for look_alike in _LOOK_ALIKES.get(char, ()):
        if _holds(encoding, look_alike):
            return look_alike
    if ord(char) in _BOX_DRAWING:
        return _box_look_alike(char)
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return "？" if _holds(encoding, "？") else "??"
    return "?"


def as_written(text: str, encoding: str) -> str:
    """``text`` as a stream of ``encoding`` shows it: each character it cannot hold replaced by
    :func:`stand_in` (what a test expects of a GBK console)."""
    if _holds(encoding, text):
        return text
    return "".join(char if _holds(encoding, char) else stand_in(char, encoding) for char in text)


def _box_look_alike(char: str) -> str:
    name = unicodedata.name(char, "")
    if "HORIZONTAL" in name and "VERTICAL" not in name:
        return "-"
    if "VERTICAL" in name and "HORIZONTAL" not in name:
        return "|"
    return "+"


def _holds(encoding: str, text: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _stand_in_for(exc: UnicodeError) -> tuple[str | bytes, int]:
    """The codec error handler: the first character the stream could not encode, replaced."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    char = exc.object[exc.start]
    if ord(char) in _ESCAPED_BYTES:  # as surrogateescape writes it: the byte it stood for
        return bytes([ord(char) - 0xDC00]), exc.start + 1
    return stand_in(char, exc.encoding), exc.start + 1


def _noted_stand_in_for(exc: UnicodeError) -> tuple[str | bytes, int]:
    replacement = _stand_in_for(exc)
    assert isinstance(exc, UnicodeEncodeError)  # _stand_in_for refused any other
    char = exc.object[exc.start]
    if not isinstance(replacement[0], bytes):
        _unheld[char] = None
    return replacement


def note_unheld_characters() -> None:
    """On stderr, say which characters stdout could not hold and how to keep them.

    Why: output redirected into a file (a CSV for Excel) is where a ? replaces a name's
    character for good; the clerk should learn it there and then, not from a reader. On a
    stderr that cannot hold the Chinese note (an ASCII one), the note is in English.
    """
    unheld = unheld_characters()
    if not unheld:
        return
    from cadrectl.core.messages import in_language, t

    codes = [f"U+{ord(char):04X}" for char in unheld[:5]] + (["…"] if unheld[5:] else [])
    encoding = getattr(sys.stdout, "encoding", None) or "?"
    note = t(UNHELD, encoding=encoding, characters="、".join(codes))
    if not _holds(getattr(sys.stderr, "encoding", None) or "utf-8", note):
        plain = ", ".join(code.replace("…", "...") for code in codes)
        note = in_language("en", UNHELD, encoding=encoding, characters=plain)
    sys.stderr.write(note + "\n")
