"""JSON reports: one document on stdout, checked against its committed contract."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from cadrectl.cli.reporters.to_text import escape_unsafe

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
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=str)
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
    head = json.dumps(dict(fields), ensure_ascii=False, default=str)[:-1]  # without its "}"
    write = sys.stdout.write
    write(escape_unsafe(f"{head}{', ' if fields else ''}{json.dumps(key)}: [", json=True))
    for index, item in enumerate(items):
        text = json.dumps(item, ensure_ascii=False, default=str)
        write((", " if index else "") + escape_unsafe(text, json=True))
    write("]}\n")
