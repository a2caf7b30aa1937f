"""The message catalog: every user-facing string, in Chinese (default) and English.

``CADRECTL_LANG=en`` switches to English. The messages live by area (cli, registry, problems,
ladder, cycle, exports, units, analysis, profiles, imports, templates, forms: a module each
beside this one, ``MESSAGES`` in each); keys are stable.
Keys built at run time (``t(f"cycle.action.{action}")``) belong to a family declared in
:mod:`.families`. tests/test_messages.py checks that both languages are complete with the same
placeholders, that every key the code names exists, and that every key is used.
"""

from __future__ import annotations

import contextvars
import os
import string
from typing import Any

# The language of the message being rendered, for values that render themselves inside it
# (a span of time: 1年11个月 in a Chinese message, 1 years 11 months in an English one).
_RENDERING: contextvars.ContextVar[str | None] = contextvars.ContextVar("rendering", default=None)


def language() -> str:
    value = os.environ.get("CADRECTL_LANG", "zh").strip().lower()
    return "en" if value.startswith("en") else "zh"


def rendering_language() -> str:
    """The language of the message being rendered (the display language outside one)."""
    return _RENDERING.get() or language()


def in_language(lang: str, key: str, /, **params: Any) -> str:
    return _render(key, lang, params)


def t(key: str, /, **params: Any) -> str:
    """The message ``key`` in the clerk's language, with ``params`` filled in."""
    return _render(key, language(), params)


def stored(key: str, /, **params: Any) -> str:
    """The message ``key`` in Chinese, whatever the display language.

    Why: text written into registry files (a proposal line's reason, an exit's note, the 公示
    notice) is part of the record; it may not depend on who ran the command, in which shell.
    """
    return _render(key, "zh", params)


def _render(key: str, lang: str, params: dict[str, Any]) -> str:
    entry = CATALOG.get(key)
    if entry is None:
        if os.environ.get("CADRECTL_STRICT_MESSAGES"):  # the test suite sets it
            raise KeyError(f"no message {key!r}")
        entry = CATALOG["internal.missing-message"]
        params = {"key": key}
    text = entry[1] if lang == "en" else entry[0]
    token = _RENDERING.set(lang)
    try:
        return _FORMATTER.vformat(text, (), params)
    except (KeyError, IndexError, ValueError):
        if os.environ.get("CADRECTL_STRICT_MESSAGES"):  # the test suite sets it
            raise
        return text
    finally:
        _RENDERING.reset(token)


class _CountingFormatter(string.Formatter):
    """``str.format`` with counted nouns: ``{count:~warning}`` is ``1 warning``, ``2 warnings``;
    ``{n:~entry|entries}`` names an irregular plural. English messages use it, so that no
    output reads ``1 warnings``."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if not format_spec.startswith("~"):
            return format(value, format_spec)
        singular, _, plural = format_spec[1:].partition("|")
        one = str(value).strip() in ("1", "1.0")
        return f"{value} {singular if one else plural or singular + 's'}"


_FORMATTER = _CountingFormatter()


class Msg:
    """A message made later: rendered in the language of the text it is put into, when shown.

    Why: a rule's result (a problem's parameters, a rule's evidence) is data; made into text at
    once it froze in the language of the process that computed it. ``Msg`` keeps the key and
    the parameters, and :func:`t` or :func:`stored` renders it inside their own message.
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params

    def __format__(self, spec: str) -> str:
        return format(_render(self.key, rendering_language(), dict(self.params)), spec)

    def __str__(self) -> str:
        return format(self)

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash(self.key)

    def __bool__(self) -> bool:
        return True


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _catalog() -> dict[str, tuple[str, str]]:
    """The areas' messages in one table (a key in two areas is a mistake: refused)."""
    from cadrectl.core.messages import (
        analysis,
        cli,
        cycle,
        exports,
        forms,
        imports,
        ladder,
        platform,
        problems,
        profiles,
        registry,
        templates,
        units,
    )

    merged: dict[str, tuple[str, str]] = {}
    areas = (cli, registry, problems, ladder, cycle, exports, units, analysis, profiles, imports,
             templates, forms, platform)  # fmt: skip
    for area in areas:
        twice = merged.keys() & area.MESSAGES.keys()
        if twice:
            raise RuntimeError(f"message keys in two areas: {sorted(twice)}")
        merged.update(area.MESSAGES)
    return merged


CATALOG: dict[str, tuple[str, str]] = _catalog()
