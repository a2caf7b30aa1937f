"""Options shared by many commands, as ``Annotated`` aliases, and their parsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t

FORMATS = ("text", "json", "csv")
_FORMAT_ALIASES = {"table": "text"}

FormatOption = Annotated[str, typer.Option("--format", "-f", help=t("cli.opt.format"))]
# the commands whose output is no table (a report of problems, one file, a story): no csv
TextJsonOption = Annotated[str, typer.Option("--format", "-f", help=t("cli.opt.format-text-json"))]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help=t("cli.opt.as-of"))]
OutputOption = Annotated[Path, typer.Option("--output", "-o", help=t("cli.opt.output"))]
MaskIdOption = Annotated[bool, typer.Option("--mask-id", help=t("cli.opt.mask-id"))]
SkipBrokenOption = Annotated[bool, typer.Option("--skip-broken", help=t("cli.opt.skip-broken"))]


def output_format(value: str, allowed: tuple[str, ...] = FORMATS) -> str:
    """``text``, ``json`` or ``csv`` (``table`` is another name for ``text``)."""
    name = _FORMAT_ALIASES.get(value.lower(), value.lower())
    if name not in allowed:
        raise UsageError("cli.error.bad-format", value=value, allowed=", ".join(allowed))
    return name


def as_of_date(value: str | None) -> dt.date:
    """The reference date: today when not given; YYYY-MM-DD, YYYY-MM or YYYY.MM when given."""
    if value is None:
        return dt.date.today()
    from cadrectl.model.dates import DateError, PartialDate

    try:
        return PartialDate.parse_typed(value).as_date()
    except DateError:
        raise UsageError("cli.error.bad-date", value=value) from None


MAX_LINES = 10_000  # an adjustment has a few hundred lines; a range past this is a typo


def line_numbers(texts: list[str] | None) -> list[int]:
    """``--accept 1-3,5 --accept 7``: line numbers from numbers, ranges and commas, in order.

    Refused (exit 2) when a part is not a number or a rising range, or names more lines than
    any adjustment has.
    """
    from cadrectl.core.errors import UsageError

    found: dict[int, None] = {}  # ordered, without repeats
    for text in texts or []:
        for part in text.replace("，", ",").split(","):
            low, dash, high = part.strip().partition("-")
            numbers = (low, high) if dash else (low,)
            if not all(n.isascii() and n.isdigit() and int(n) >= 1 for n in numbers):
                raise UsageError("cli.error.bad-lines", text=text)
            first, last = int(low), int(high if dash else low)
            if last < first or last - first >= MAX_LINES:
                raise UsageError("cli.error.bad-lines", text=text)
            found.update(dict.fromkeys(range(first, last + 1)))
            if len(found) > MAX_LINES:
                raise UsageError("cli.error.bad-lines", text=text)
    return list(found)
