"""The 简历 of a 干部任免审批表 (LRMX JianLi, LRM) read back into periods and their 其间 items."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from cadrectl.core.messages import CATALOG
from cadrectl.model.codes import PRACTICE_KINDS
from cadrectl.model.dates import DateError, PartialDate

# Read through NFKC (full-width digits and punctuation half-width); ASCII digits only.
_DATE = (
    r"[0-9]{4}(?:\.[0-9]{1,2}(?:\.[0-9]{1,2})?"  # 2019.06, 2019.6, 2019.06.15
    r"|年[0-9]{1,2}月(?:[0-9]{1,2}日)?"  # 2019年6月
    r"|[0-9]{2}(?:[0-9]{2})?)(?![0-9])"  # 201906, 20190615
)
_DASH = r"(?:[-~\u2010-\u2015\u2212\u301c]+|至)"  # --, —, ——, –, －, -, ～, ~, 至
# Why: a bare 今 is an end only right after the dash: after the nine spaces it begins the text.
_SPAN = re.compile(
    rf"\s*(?P<start>{_DATE})\s*"
    rf"(?:(?P<dash>{_DASH})\s*(?:(?P<end>{_DATE})|至今|(?<!\s)今)?)?"
)
_DIGITS = re.compile(r"[0-9]+")
_LEADING_DIGIT = re.compile(r"[0-9]")
_NOTE_OPEN = re.compile(r"[（(]\s*[其期]间\s*[：:]?")
_DEPTH = {"（": 1, "(": 1, "）": -1, ")": -1}

END_BEFORE_START = "resume-end-before-start"
DURING_UNCLOSED = "resume-during-unclosed"
DURING_DATE_UNREADABLE = "resume-during-date-unreadable"

# Why: cadrectl's own batch names (2026年驻村工作队) and campaigns (党史学习教育) sit inside
# 抽调 items, so the dispatch words are looked for first, study last.
_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("secondment", ("抽调", "选派", "派驻")),
    ("practice", ("挂职", "轮岗", "驻村", "跟岗", "锻炼")),
    ("education", ("学习", "研究生", "在职", "学位", "毕业", "党校")),
)


@dataclass(frozen=True)
class During:
    """One item of a period's 其间 note: its dates when it has them, its text after them."""

    line: int
    start: PartialDate | None
    end: PartialDate | None
    text: str
    kind: str | None  # "education", "practice", "secondment": a guess; None when no clue


@dataclass(frozen=True)
class Period:
    """A period of the 简历: ``start`` to ``end`` (None: 至今) in the unit and post ``text``."""

    line: int
    start: PartialDate
    end: PartialDate | None
    text: str
    during: tuple[During, ...]


@dataclass(frozen=True)
class Unparsed:
    """A line that could not be read, as written (trimmed)."""

    line: int
    text: str


class ResumeProblem(NamedTuple):
    """Something read but doubtful: the line and a code (``resume-end-before-start``)."""

    line: int
    code: str


@dataclass(frozen=True)
class ParsedResume:
    """The 简历's periods in file order, the lines not read, and what looks wrong."""

    periods: tuple[Period, ...] = ()
    unparsed: tuple[Unparsed, ...] = ()
    problems: tuple[ResumeProblem, ...] = ()


class PracticeParts(NamedTuple):
    unit: str
    kind: str
    post: str | None


class SecondmentParts(NamedTuple):
    batch: str
    group: str | None
    unit: str


def parse_resume(text: str, *, practice_kinds: Sequence[str] = PRACTICE_KINDS) -> ParsedResume:
    """The 简历 text as periods; each line is read or kept in ``unparsed``, none dropped."""
    lines = [_Line(number, line.strip()) for number, line in enumerate(text.splitlines(), 1)]
    lines = [line for line in lines if line.text]  # blank lines say nothing
    periods: list[Period] = []
    unparsed: list[Unparsed] = []
    problems: list[ResumeProblem] = []
    for entry in _entries(lines):
        period, unclosed = _read_entry(entry, practice_kinds)
        if period is None:
            unparsed += [Unparsed(line.number, line.text) for line in entry]
            continue
        periods.append(period)
        problems += [ResumeProblem(line, DURING_UNCLOSED) for line in unclosed]
        problems += _period_problems(period)
    return ParsedResume(tuple(periods), tuple(unparsed), tuple(problems))


def parse_during(item: str, line: int = 1, *, kinds: Sequence[str] = PRACTICE_KINDS) -> During:
    """One 其间 item: ``2019.06--2019.12在县委办公室轮岗`` → its dates, the text after them and
    a guess at its kind; an item whose leading date is no date is kept whole, undated."""
    span = _read_span(item)
    if span is None:
        return During(line, None, None, item.strip(), guess_kind(item, kinds))
    return During(line, span.start, span.end, span.rest, guess_kind(span.rest, kinds))


def guess_kind(item: str, kinds: Sequence[str] = PRACTICE_KINDS) -> str | None:
    """``secondment``, ``practice`` or ``education`` for a 其间 item's text; None when no word
    tells. cadrectl's own texts (form_text) are recognised exactly, others by their words."""
    if secondment_parts(item) is not None:
        return "secondment"
    if practice_parts(item, kinds) is not None:
        return "practice"
    for kind, words in _KIND_WORDS:
        if any(word in item for word in words):
            return kind
    return None


def practice_parts(item: str, kinds: Sequence[str] = PRACTICE_KINDS) -> PracticeParts | None:
    """``2019.06--2019.12在县委办公室轮岗，任轮岗干部`` (form_items.practice_item; the span may
    be left off) → unit, kind and post (None when no post is named); None for other texts."""
    found = _practice_pattern(tuple(kinds)).fullmatch(_after_span(item))
    if found is None:
        return None
    return PracticeParts(found["unit"], found["kind"], found["post"])


def secondment_parts(item: str) -> SecondmentParts | None:
    """``2026.03--抽调参加2026年驻村工作队（第一组），派驻石西村`` (form_items.secondment_item;
    the span may be left off) → batch, group (None when none) and unit; None for other texts."""
    found = _SECONDMENT.fullmatch(_after_span(item))
    if found is None:
        return None
    return SecondmentParts(found["batch"], found["group"], found["unit"])


def _template(key: str, **fields: str) -> str:
    """The Chinese message ``key`` as a regex: its literal text escaped, each field as given.

    Why: form_text writes the 其间 items from these messages; reading them through the same
    text keeps the reader and the writer from drifting apart.
    """
    parts: list[str] = []
    for literal, field, _, _ in string.Formatter().parse(CATALOG[key][0]):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(fields[field])
    return "".join(parts)


@lru_cache(maxsize=16)
def _practice_pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    kind = "|".join(re.escape(name) for name in sorted(kinds, key=len, reverse=True))
    post = _template("form.practice-post", post="(?P<post>.+)")
    return re.compile(
        _template("form.practice", span="", unit="(?P<unit>.+?)", kind=f"(?P<kind>{kind})",
                  post=f"(?:{post})?"),
        re.DOTALL,
    )  # fmt: skip


_SECONDMENT = re.compile(
    _template("form.secondment", span="", batch="(?P<batch>.+?)",
              group="(?:（(?P<group>[^（）]+)）)?", unit="(?P<unit>.+)"),
    re.DOTALL,
)  # fmt: skip


class _Line(NamedTuple):
    number: int
    text: str


@dataclass(frozen=True)
class _Span:
    """The dates leading a text: ``dashed`` when a separator followed the start."""

    start: PartialDate
    end: PartialDate | None
    dashed: bool
    rest: str


def _read_span(text: str) -> _Span | None:
    """The dates leading ``text`` and the rest as written; None when no date leads it or a
    leading date does not exist (``2019.13``)."""
    folded, origins = _folded(text)
    found = _SPAN.match(folded)
    if found is None:
        return None
    try:
        start, end = _date(found["start"]), _date(found["end"]) if found["end"] else None
    except DateError:
        return None
    cut = origins[found.end()] if found.end() < len(folded) else len(text)
    return _Span(start, end, found["dash"] is not None, text[cut:].strip())


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` through NFKC a character at a time, and where in ``text`` each character of the
    result came from (so the text after the dates is cut as it was written)."""
    folded: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        normal = unicodedata.normalize("NFKC", char)
        folded.append(normal)
        origins += [index] * len(normal)
    return "".join(folded), origins


def _date(text: str) -> PartialDate:
    """A date :data:`_SPAN` took: ``2019.06``, ``2019.6``, ``2019.06.15``, ``201906``, ``2019年6月``
    (a day only when given)."""
    runs = _DIGITS.findall(text)
    if len(runs) == 1:  # 201906 or 20190615
        runs = [runs[0][:4], runs[0][4:6], runs[0][6:]]
    year, month, day = [*runs, ""][:3]
    return PartialDate(int(year), int(month), int(day) if day else None)


def _date_led(text: str) -> bool:
    return _LEADING_DIGIT.match(unicodedata.normalize("NFKC", text[:1])) is not None


def _after_span(item: str) -> str:
    span = _read_span(item)
    return span.rest if span is not None else item.strip()


def _entries(lines: Sequence[_Line]) -> Iterator[list[_Line]]:
    """The lines grouped: a date-led line with the lines that continue it (the lines before the
    first date-led line are a group of their own)."""
    entry: list[_Line] = []
    for index, line in enumerate(lines):
        if entry and (not _date_led(line.text) or _note_goes_on(entry, lines[index:])):
            entry.append(line)
            continue
        if entry:
            yield entry
        entry = [line]
    if entry:
        yield entry


def _note_goes_on(entry: Sequence[_Line], following: Sequence[_Line]) -> bool:
    """Whether ``entry`` ends inside a 其间 note that one of the ``following`` lines closes.

    Why: a note wrapped over lines may have an item's date begin a line; that is no period. A
    note never closed ends where the next date-led line begins.
    """
    text = _joined((line.number, line.text) for line in entry).text
    if not _unclosed(text):
        return False
    for line in following:
        text += _glue(text, line.text) + line.text
        if not _unclosed(text):
            return True
    return False


def _read_entry(entry: Sequence[_Line], kinds: Sequence[str]) -> tuple[Period | None, list[int]]:
    """A group of lines as a period, and the lines of its notes never closed; None when the
    first line is no period (no dates, a date that does not exist, no dash after the start)."""
    head = entry[0]
    span = _read_span(head.text)
    if span is None or not span.dashed:
        return None, []
    body = _joined([(head.number, span.rest), *((line.number, line.text) for line in entry[1:])])
    own, notes = _split_body(body)
    during = tuple(
        parse_during(item, line, kinds=kinds) for note in notes for line, item in _items(note.inner)
    )
    unclosed = [note.line for note in notes if not note.closed]
    return Period(head.number, span.start, span.end, own, during), unclosed


def _period_problems(period: Period) -> Iterator[ResumeProblem]:
    """An end before its start; a 其间 item whose leading date could not be read."""
    if period.end is not None and period.end < period.start:
        yield ResumeProblem(period.line, END_BEFORE_START)
    for item in period.during:
        if item.start is None and _date_led(item.text):
            yield ResumeProblem(item.line, DURING_DATE_UNREADABLE)
        elif item.start is not None and item.end is not None and item.end < item.start:
            yield ResumeProblem(item.line, END_BEFORE_START)


@dataclass(frozen=True)
class _Tagged:
    """Text joined from lines, with the line each character came from."""

    text: str
    lines: tuple[int, ...]


def _joined(pieces: Iterable[tuple[int, str]]) -> _Tagged:
    """Lines of one period joined as :func:`_glue` says, each character tagged with its line."""
    text, lines = "", []
    for number, piece in pieces:
        if piece:
            glued = _glue(text, piece) + piece
            text += glued
            lines += [number] * len(glued)
    return _Tagged(text, tuple(lines))


def _glue(before: str, after: str) -> str:
    """What joins a wrapped line to the text before it: nothing inside Chinese text, a space
    between two Latin words or numbers (``Zhejiang`` / ``University``)."""
    last, first = before[-1:], after[:1]
    latin = last.isascii() and last.isalnum() and first.isascii() and first.isalnum()
    return " " if latin else ""


class _Note(NamedTuple):
    line: int
    inner: _Tagged  # the items' text, between 其间： and the closing bracket
    closed: bool


def _split_body(body: _Tagged) -> tuple[str, list[_Note]]:
    """A period's text outside its 其间 notes (what follows a note continues it), and the notes."""
    own: list[str] = []
    notes: list[_Note] = []
    position = 0
    for opening, inner, closing in _notes(body.text):
        own.append(body.text[position:opening])
        stop = len(body.text) if closing is None else closing
        items = _Tagged(body.text[inner:stop], body.lines[inner:stop])
        notes.append(_Note(body.lines[opening], items, closing is not None))
        position = stop + 1
    own.append(body.text[position:])
    return "".join(own).strip(), notes


def _notes(text: str) -> Iterator[tuple[int, int, int | None]]:
    """Each 其间 note in ``text``: its opening bracket, where its items begin, its closing
    bracket (None when it is never closed)."""
    position = 0
    while (found := _NOTE_OPEN.search(text, position)) is not None:
        closing = _closing(text, found.start())
        yield found.start(), found.end(), closing
        if closing is None:
            return
        position = closing + 1


def _closing(text: str, opening: int) -> int | None:
    """The bracket that closes the one at ``opening`` (brackets inside it counted)."""
    depth = 0
    for index in range(opening, len(text)):
        depth += _DEPTH.get(text[index], 0)
        if depth == 0:
            return index
    return None


def _unclosed(text: str) -> bool:
    return any(closing is None for _, _, closing in _notes(text))


def _items(inner: _Tagged) -> Iterator[tuple[int, str]]:
    """A note's items, split on ``；`` outside brackets, each with the line it begins on."""
    depth, start = 0, 0
    for index, char in enumerate([*inner.text, "；"]):
        depth += _DEPTH.get(char, 0)
        if char in "；;" and depth <= 0:
            item = inner.text[start:index]
            if item.strip():
                yield inner.lines[start + len(item) - len(item.lstrip())], item.strip()
            start = index + 1
