"""CSV reports: rows a spreadsheet opens safely (no formulas, 是/否 for booleans)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence

from cadrectl.cli.reporters.to_text import shown
from cadrectl.core.messages import t


def print_csv(fields: Sequence[str], rows: Iterable[Mapping[str, object]]) -> None:
    """Rows as CSV on stdout, with a header of ``fields``."""
    import csv

    writer = csv.DictWriter(sys.stdout, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting ``= + - @``, tab or CR gets a ``'``.

    Why: Excel and LibreOffice read such a cell as a formula (OWASP "CSV injection"); the
    quote makes it text. Numbers are left as they are. Ids are masked, controls escaped.
    """
    if isinstance(value, bool):  # a spreadsheet reads 是/否, not Python's True/False
        return t("cli.csv.yes") if value else t("cli.csv.no")
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return shown(value)
