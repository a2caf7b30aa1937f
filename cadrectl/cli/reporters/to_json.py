"""JSON reports: one document on stdout, checked against its committed contract (ASCII alone
when stdout is not UTF: see :func:`ascii_only`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from cadrectl.cli.reporters.to_text import escape_unsafe
from cadrectl.cli.streams import speaks_utf

if TYPE_CHECKING:
    from pydantic import BaseModel


def print_json(data: Any, contract: type[BaseModel] | None = None) -> None:
    """JSON on stdout alone: indented for a person at a terminal, compact when piped.

    With ``contract`` (the output's model, whose schema is committed under schemas/output/),
    the document is checked against it first: an output that strays from its published shape
    is a defect, stopped before a script reads it. The bytes printed are unchanged.

    Why: ``indent`` makes json use its pure-Python encoder, 5× slower on the 26 MB a
    10,000-cadre ladder writes; programs reading a pipe do not need the indentation.
    """
    indent = 2 if sys.stdout.isatty() else None
    text = json.dumps(data, ensure_ascii=ascii_only(), indent=indent, default=str)
    if contract is not None:
        contract.model_validate_json(text)  # a ValidationError is an internal error (exit 3)
    sys.stdout.write(escape_unsafe(text, json=True) + "\n")


def print_json_listing(fields: Mapping[str, Any], key: str, items: Iterable[Any]) -> None:
    """``{**fields, key: [items…]}`` as :func:`print_json` prints it, written item by item.

    Why: a 10,000-cadre ladder is 21 MB of JSON; built as one document it is held three times
    over (the dicts, json's chunks, the string). Piped, each item is encoded and written in turn,
    to the same bytes; at a terminal the indented whole is printed as before.
    """
    if sys.stdout.isatty():
        print_json({**fields, key: list(items)})
        return
    ensure_ascii = ascii_only()
    head = json.dumps(dict(fields), ensure_ascii=ensure_ascii, default=str)[:-1]  # without "}"
    write = sys.stdout.write
    write(escape_unsafe(f"{head}{', ' if fields else ''}{json.dumps(key)}: [", json=True))
    for index, item in enumerate(items):
        text = json.dumps(item, ensure_ascii=ensure_ascii, default=str)
        write((", " if index else "") + escape_unsafe(text, json=True))
    write("]}\n")


def ascii_only() -> bool:
    """Whether JSON is written as ASCII alone (every other character as ``\\uXXXX``): when
    stdout is not UTF (GBK, say, on Chinese Windows when output is redirected or piped).

    Why: such JSON is the same document, lossless, and reads the same whether the program
    reading it decodes GBK or UTF-8 (RFC 8259's encoding); written in GBK, a UTF-8 reader would
    fail on it, and what GBK cannot hold would be lost.
    """
    return not speaks_utf(sys.stdout)
