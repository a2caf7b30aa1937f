"""Options shared by many commands, as ``Annotated`` aliases, and their parsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cadrectl.errors import UsageError
from cadrectl.messages import t

FORMATS = ("text", "json", "csv")
_FORMAT_ALIASES = {"table": "text"}

FormatOption = Annotated[str, typer.Option("--format", "-f", help=t("cli.opt.format"))]
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
