"""Reporters: a command's result printed in the format asked for, one module per format.

A result that can be reported describes itself as data: :meth:`Reportable.as_data` gives the
JSON document, checked against ``contract`` (the output's model, whose schema is committed under
schemas/output/) as it is printed; a result offered as CSV also gives its rows
(:meth:`Tabular.as_rows`); one too large to build whole gives its items one by one
(:meth:`Streamed.as_stream`). How a result reads as text is the command's own: it hands
:func:`emit` the function that prints it. So a command holds no ``--format`` branches, and the
JSON a script reads is made in one place, from the result, in every command the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pydantic import BaseModel
    from rich.console import Console


class Reportable(Protocol):
    contract: ClassVar[type[BaseModel]]

    def as_data(self) -> Any: ...


@runtime_checkable
class Tabular(Protocol):
    def as_rows(self) -> tuple[Sequence[str], Iterable[Mapping[str, object]]]: ...


@runtime_checkable
class Streamed(Protocol):
    def as_stream(self) -> tuple[Mapping[str, Any], str, Iterable[Any]]: ...


def emit(result: Reportable, fmt: str, text: Callable[[Console], None]) -> None:
    """``result`` on stdout as ``fmt`` (``text``, ``json`` or ``csv``, already checked by
    :func:`cadrectl.cli.options.output_format` against what the command offers)."""
    if fmt == "json":
        from cadrectl.cli.reporters import to_json

        if isinstance(result, Streamed):
            to_json.print_json_listing(*result.as_stream())
        else:
            to_json.print_json(result.as_data(), result.contract)
    elif fmt == "csv":
        from cadrectl.cli.reporters import to_csv

        if not isinstance(result, Tabular):  # help offers csv only where a result has rows
            raise TypeError(f"{type(result).__name__} has no CSV rows")
        to_csv.print_csv(*result.as_rows())
    else:
        from cadrectl.cli.reporters.to_text import console

        text(console())
