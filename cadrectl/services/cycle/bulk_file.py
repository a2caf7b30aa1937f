"""The bulk file of ``cycle inspect --from-file``, read: a YAML list
(:class:`cadrectl.model.inspections.InspectionRecords`) or the template's filled .xlsx sheet,
every item located (file:line, or sheet:row) for the problems the checks find."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import stored
from cadrectl.core.problems import FieldPath, Problem, error
from cadrectl.exports.inspection_template import COLUMNS, RECORD_FIELDS, TEMPLATE_KINDS

MAX_ROWS = 20_000  # rows of a sheet read at most (a pool is a few hundred reserves)
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
HEADER_ROWS = 10  # the header row is looked for among a sheet's first rows

Locator = Callable[[FieldPath], tuple[int | None, int | None]]


def _nowhere(path: FieldPath) -> tuple[int | None, int | None]:
    return None, None


@dataclass
class BulkFile:
    """The items of a bulk file as read, what went wrong reading it, and where each item is."""

    file: str  # how problems name it: the path as given (for a sheet, ``path:sheet``)
    items: list[Any] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    locate: Locator = _nowhere  # (item index, field…) → line (or row) and column
    skipped: int = 0  # sheet rows with neither grade nor conclusion: not filled in yet


def read_bulk(source: Path) -> BulkFile:
    """The records of a YAML list or of the template's .xlsx sheet, by the file's suffix."""
    suffix = source.suffix.lower()
    if suffix == ".xls":
        raise UsageError("cycle.bulk-xls", path=str(source))
    if suffix == ".xlsx":
        return read_bulk_workbook(source)
    return read_bulk_yaml(source)


def read_bulk_yaml(source: Path) -> BulkFile:
    """A YAML list of mappings, read like registry files: capped, UTF-8, no aliases or tags."""
    from cadrectl.store.reader import parse_any
    from cadrectl.store.textfile import TextProblem, decode_registry_text, read_capped

    bulk = BulkFile(str(source))
    try:
        raw = read_capped(source)
    except OSError as exc:
        raise CadrectlError(
            "add.unreadable", path=str(source), detail=exc.strerror or str(exc)
        ) from None
    text = raw if isinstance(raw, TextProblem) else decode_registry_text(raw)
    if isinstance(text, TextProblem):
        problem = error(bulk.file, text.code, (), **text.params)
        bulk.problems.append(problem.at(text.line, 1 if text.line else None))
        return bulk
    data, problems = parse_any(text, bulk.file)  # limits and explanations of registry files
    if data is None:  # not read (its problems say why), or empty
        bulk.problems = problems or [error(bulk.file, "empty-file").at(1, 1)]
        return bulk
    root = _compose(text)
    if not isinstance(data, list):
        line = root.start_mark.line + 1 if root is not None else 1
        bulk.problems.append(error(bulk.file, "bulk-not-list").at(line, 1))
        return bulk
    if root is not None:
        from cadrectl.store.yamlfile import locate

        node = root
        bulk.locate = lambda path: locate(node, path)
    bulk.items = data
    bulk.problems += problems  # unsafe characters: the items are read, the file is refused
    return bulk


def _compose(text: str) -> Any:
    """The node tree of ``text`` (which knows every key's line), or None."""
    import warnings

    from ruamel.yaml.error import ReusedAnchorWarning, YAMLError

    from cadrectl.core.text import blank_unsafe
    from cadrectl.store.yamlfile import roundtrip_yaml

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReusedAnchorWarning)
        try:
            # control characters blanked: ruamel.yaml refuses most (lines and columns stay)
            return roundtrip_yaml().compose(blank_unsafe(text))
        except (YAMLError, ValueError, RecursionError):
            return None


def read_bulk_workbook(source: Path) -> BulkFile:
    """The template's sheet: one record a row, found by the header row's column titles.

    Read only, values only (a formula gives the value Excel saved). Columns whose title is
    not a field (序号, 姓名, 单位及职务, anything added) are ignored; empty rows are skipped, and
    so are rows with neither 考核等次 nor 考察结论 filled in (not filled in yet).
    """
    from openpyxl import load_workbook

    try:
        if source.stat().st_size > MAX_WORKBOOK_BYTES:
            raise CadrectlError("cycle.bulk-workbook-too-large", path=str(source),
                                limit=MAX_WORKBOOK_BYTES // (1024 * 1024))  # fmt: skip
        workbook = load_workbook(source, read_only=True, data_only=True)
    except OSError as exc:
        raise CadrectlError(
            "add.unreadable", path=str(source), detail=exc.strerror or str(exc)
        ) from None
    except CadrectlError:
        raise
    except Exception as exc:  # not a zip, not a workbook, a part missing…
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise CadrectlError("cycle.bulk-bad-workbook", path=str(source), detail=detail) from None
    try:
        return _sheet_records(source, workbook)
    finally:
        workbook.close()


def _sheet_records(source: Path, workbook: Any) -> BulkFile:
    from cadrectl.model.inspections import TO_FILL

    found = _header(workbook)
    if found is None:
        raise CadrectlError(
            "cycle.bulk-no-header", path=str(source), header=stored("cycle.template.col.cadre")
        )
    sheet, header_row, columns = found
    bulk = BulkFile(f"{source}:{sheet.title}")
    rows: list[int] = []
    for number, values in enumerate(
        sheet.iter_rows(min_row=header_row + 1, values_only=True), start=header_row + 1
    ):
        if number - header_row > MAX_ROWS:
            raise CadrectlError("cycle.bulk-too-many-rows", path=str(source), limit=MAX_ROWS)
        item = {}
        for index, name in columns.items():
            value = _cell_value(name, values[index]) if index < len(values) else None
            if value is not None:
                item[name] = value
        if not item:
            continue  # an empty row
        if all(item.get(deciding) is None for deciding, _ in TO_FILL.values()):
            bulk.skipped += 1  # neither grade nor conclusion: not filled in yet
            continue
        bulk.items.append(item)
        rows.append(number)

    def locate(path: FieldPath) -> tuple[int | None, int | None]:
        if not path or not isinstance(path[0], int) or path[0] >= len(rows):
            return None, None
        return rows[path[0]], None

    bulk.locate = locate
    return bulk


def _header(workbook: Any) -> tuple[Any, int, dict[int, str]] | None:
    """The first sheet with a header row naming the id column: the sheet, the row, and each
    column's field (by the template's title, in either language, or the field's own name)."""
    titles: dict[str, str] = {}
    for name, key, _, _ in COLUMNS:
        if name in RECORD_FIELDS:
            for text in (stored(key), _english(key), name):
                titles[_squeezed(text)] = name
    for sheet in workbook.worksheets:
        rows = sheet.iter_rows(min_row=1, max_row=HEADER_ROWS, values_only=True)
        for number, values in enumerate(rows, start=1):
            columns = {
                index: titles[_squeezed(str(value))]
                for index, value in enumerate(values)
                if value is not None and _squeezed(str(value)) in titles
            }
            if "cadre" in columns.values():
                return sheet, number, columns
    return None


def _english(key: str) -> str:
    from cadrectl.core.messages import in_language

    return in_language("en", key)


def _squeezed(text: str) -> str:
    """A header as compared: no spaces or line breaks (``姓  名``, ``考察\\n结论``), any case."""
    return "".join(text.split()).lower()


def _cell_value(name: str, value: object) -> object:
    """A cell's value as the YAML file would hold it: text stripped, an empty cell None, a date
    cell a date, a year a number, a kind by its Chinese name too (年度考核, 考察)."""
    from cadrectl.model.dates import DateError, PartialDate

    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if name == "kind":
            return _kind_names().get(text.lower(), text)
        if name == "year" and text.isascii() and text.isdigit():
            return int(text)
        if name == "date":
            try:
                return PartialDate.parse_typed(text)  # 2026.09.10 and 2026-09-10 alike
            except DateError:
                return text  # refused by the model, with the value
        return text
    if isinstance(value, bool):
        return value
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, int | float) and name not in ("year", "date"):
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, float) and name == "year" and value.is_integer():
        return int(value)
    return value


def _kind_names() -> dict[str, str]:
    names = {}
    for kind in TEMPLATE_KINDS:
        for text in (stored(f"record.kind.{kind}"), kind):
            names[text.lower()] = kind
    return names
