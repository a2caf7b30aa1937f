"""What every ``cadrectl import`` shares: the file read and fingerprinted, the sheet and its
table found, the people matched, and the problems reported by sheet, row and column header.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import t
from cadrectl.core.problems import FieldPath, format_path
from cadrectl.model.dates import PartialDate
from cadrectl.model.outputs_imports import ImportOutput
from cadrectl.rules.sheet_layout import DataRow, Table, find_table
from cadrectl.services.changes import CommitMessage, apply_changes
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.sheets import Sheet, SheetError, read_sheets

if TYPE_CHECKING:
    from cadrectl.model.config import Config
    from cadrectl.rules.sheet_changes import FieldChange

Severity = Literal["error", "warning"]
MAX_ROWS = 20_000  # data rows read at most (a pool is a few hundred reserves)


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the file: where (sheet, row, the column's header as the sheet
    writes it), what (code) and how bad, in the clerk's words."""

    sheet: str
    row: int
    column: str | None
    code: str
    severity: Severity
    message: str

    def as_data(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "code": self.code,
                "severity": self.severity, "message": self.message}  # fmt: skip


@dataclass(frozen=True)
class PersonOutcome:
    """One row's person: new, changed (with what changes) or unchanged."""

    row: int
    status: Literal["new", "changed", "unchanged"]
    id: str
    name: str
    changes: tuple[str, ...] = ()

    def as_data(self) -> dict[str, Any]:
        return {"row": self.row, "status": self.status, "id": self.id, "name": self.name,
                "changes": list(self.changes)}  # fmt: skip


class Tally:
    """What every import's result tells of itself: whether it may be written (no error), and
    how many people are new, changed or unchanged."""

    problems: Sequence[ImportProblem | Any]
    people: Sequence[PersonOutcome | Any]

    @property
    def ok(self) -> bool:
        return not any(problem.severity == "error" for problem in self.problems)

    def count(self, status: str) -> int:
        return sum(1 for person in self.people if person.status == status)


@dataclass
class ImportResult(Tally):
    """What an import found and did: the contract of issue 16, and each person's outcome."""

    contract: ClassVar[type[BaseModel]] = ImportOutput
    kind: str
    file: str
    sheet: str
    rows: int = 0
    people: list[PersonOutcome] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    units_created: list[str] = field(default_factory=list)
    written: bool = False
    commit: str | None = None
    dry_run: bool = False

    def as_data(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "file": self.file, "rows": self.rows, "new": self.count("new"),
            "changed": self.count("changed"), "unchanged": self.count("unchanged"),
            "problems": [problem.as_data() for problem in self.problems],
            "people": [person.as_data() for person in self.people],
            "units_created": self.units_created, "written": self.written, "commit": self.commit,
        }  # fmt: skip


@dataclass(frozen=True)
class SourceFile:
    """The file as given: how it is named in messages and its sha256 (the commit names it)."""

    path: Path
    name: str
    sha256: str


def source_file(path: Path) -> SourceFile:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise CadrectlError("import.unreadable", path=str(path),
                            detail=exc.strerror or str(exc)) from None  # fmt: skip
    return SourceFile(path, path.name, digest)


@dataclass(frozen=True)
class SheetTable:
    """The sheet chosen and the table found in it."""

    sheet: Sheet
    table: Table

    def column(self, name: str) -> str | None:
        return self.table.header.label(name)

    def formats(self, row: DataRow) -> dict[str, str]:
        """The number format of each of the row's cells that has one, by field."""
        return {
            name: shown
            for col, name in self.table.header.columns.items()
            if (shown := self.sheet.formats.get((row.row, col)))
        }

    def has(self, name: str) -> bool:
        return name in self.table.header.columns.values()


def open_table(
    path: Path,
    sheet_name: str | None,
    unit_names: Sequence[str],
    aliases: Mapping[str, str] | None = None,
    wanted: Iterable[str] = ("name",),
) -> SheetTable:
    """The named sheet's table, or the first sheet's that has one with the ``wanted`` columns
    (a 填表说明 sheet is passed over). Refused: a file that is no spreadsheet, a sheet that is
    not there, no header found."""
    try:
        sheets = read_sheets(path)
    except SheetError as exc:
        raise CadrectlError(f"sheet.{exc.code}", path=str(path)) from None
    if sheet_name is not None:
        sheets = [sheet for sheet in sheets if sheet.name == sheet_name] or _no_sheet(
            path, sheet_name, sheets
        )
    required = set(wanted)
    for sheet in sheets:
        table = find_table(sheet.rows, sheet.merged, unit_names, aliases)
        if table is not None and required <= set(table.header.columns.values()):
            if len(table.rows) > MAX_ROWS:
                raise CadrectlError("import.too-many-rows", path=str(path), limit=MAX_ROWS)
            return SheetTable(sheet, table)
    raise CadrectlError("import.no-header", path=str(path))


def _no_sheet(path: Path, name: str, sheets: list[Sheet]) -> list[Sheet]:
    names = "、".join(sheet.name for sheet in sheets) or "—"
    raise UsageError("import.no-sheet", path=str(path), sheet=name, sheets=names)


def problem(
    where: SheetTable, row: int, column: str | None, code: str, severity: Severity = "error",
    **params: object,
) -> ImportProblem:  # fmt: skip
    """A problem at ``row`` of the sheet, in the column of field ``column`` (its header)."""
    header = where.column(column) if column else None
    text = t(f"import.problem.{code}", column=header or "", **params)
    return ImportProblem(where.sheet.name, row, header, code, severity, text)


def shown_value(value: object) -> str:
    """A cell's value as a problem quotes it."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split()) if value is not None else ""


class PeopleIndex:
    """The registry's reserves by id, by id number and by name with birth month: a row is the
    reserve its id number names, else the one its name and birth name."""

    def __init__(self, people: Iterable[Mapping[str, Any]]) -> None:
        self.by_id: dict[str, Mapping[str, Any]] = {}
        self.by_number: dict[str, list[Mapping[str, Any]]] = {}
        self.by_name_birth: dict[tuple[str, tuple[int, int]], list[Mapping[str, Any]]] = {}
        self.by_name: dict[str, list[Mapping[str, Any]]] = {}
        for person in people:
            self.add(person)

    def add(self, person: Mapping[str, Any]) -> None:
        self.by_id[str(person.get("id"))] = person
        number = person.get("id_number")
        if isinstance(number, str):
            self.by_number.setdefault(number.upper(), []).append(person)
        name = person.get("name")
        if isinstance(name, str):
            self.by_name.setdefault(_name(name), []).append(person)
            born = _month(person.get("birth"))
            if born is not None:
                self.by_name_birth.setdefault((_name(name), born), []).append(person)

    def match(self, data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """The reserves ``data`` may be: none (new), one, or more (ambiguous)."""
        if isinstance(data.get("id"), str) and data["id"] in self.by_id:
            return [self.by_id[data["id"]]]
        number = data.get("id_number")
        if isinstance(number, str):
            return self.by_number.get(number.upper(), [])
        name, born = data.get("name"), _month(data.get("birth"))
        if isinstance(name, str) and born is not None:
            return self.by_name_birth.get((_name(name), born), [])
        return []

    def named(self, name: str) -> list[Mapping[str, Any]]:
        return self.by_name.get(_name(name), [])


def _name(name: str) -> str:
    return "".join(name.split())


def _month(value: object) -> tuple[int, int] | None:
    if isinstance(value, PartialDate | dt.date):
        return (value.year, value.month)
    if isinstance(value, str):
        from cadrectl.model.dates import DateError

        try:
            parsed = PartialDate.parse(value)
        except DateError:
            return None
        return (parsed.year, parsed.month)
    return None


def field_column(path: FieldPath, columns: Mapping[str, FieldPath]) -> str | None:
    """The row's field (its column) a problem at ``path`` of the file is about: the field whose
    path is the longest start of ``path``."""
    best: tuple[int, str] | None = None
    for name, start in columns.items():
        if tuple(path[: len(start)]) == start and (best is None or len(start) > best[0]):
            best = (len(start), name)
    return best[1] if best else None


@dataclass
class Plan:
    """What an import would write: file → text; the row each file's change came from, and
    the row and column of each record it adds (for problems); lines for the commit; units
    created; required fields no column gives (→ how many rows lack them)."""

    texts: dict[str, str] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    origins: dict[tuple[str, FieldPath], tuple[int, str | None]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)
    absent: dict[FieldPath, int] = field(default_factory=dict)

    def origin(self, file: str, path: FieldPath) -> tuple[int, str | None] | None:
        """The row (and column) that gave the value at ``path`` of ``file``: the longest start
        of ``path`` an origin was noted for."""
        for size in range(len(path), 0, -1):
            found = self.origins.get((file, tuple(path[:size])))
            if found is not None:
                return found
        return None


def finish(
    paths: RegistryPaths,
    src: SourceFile,
    where: SheetTable,
    plan: Plan,
    result: ImportResult,
    today: dt.date,
    columns: Mapping[str, FieldPath],
    *,
    tolerated: frozenset[str] = frozenset(),
) -> ImportResult:
    """Check what the plan would write as ``check`` does, each problem at the row and column
    it came from; then, unless anything is wrong or it is a dry run, write it in one commit
    naming the source file and its sha256."""
    if plan.texts:  # the rows that could be read, checked even when others could not
        _check_plan(paths, where, plan, result, today, columns, tolerated)
    result.problems.sort(key=lambda found: found.row)  # stable: a row's problems as found
    if not result.ok or result.dry_run or not plan.texts:
        return result
    subject = t("import.commit.subject", file=src.name, new=result.count("new"),
                changed=result.count("changed"))  # fmt: skip
    details = (t("import.commit.source", file=src.name, sha256=src.sha256), *plan.lines)
    message = CommitMessage(subject, "import", None, details,
                            {"Source": src.name, "Source-SHA256": src.sha256})  # fmt: skip
    change = apply_changes(paths, plan.texts, message, today=today, tolerated=tolerated)
    result.written = change.state != "unchanged"
    result.commit = change.commit
    return result


def _check_plan(
    paths: RegistryPaths,
    where: SheetTable,
    plan: Plan,
    result: ImportResult,
    today: dt.date,
    columns: Mapping[str, FieldPath],
    tolerated: frozenset[str],
) -> None:
    from cadrectl.services.changes import change_problems

    for _, found in change_problems(paths, plan.texts, today, tolerated):
        origin = plan.origin(found.file, found.field) if found.field else None
        if origin is not None:
            row, column = origin
        else:
            row = plan.rows.get(found.file, 0)
            column = field_column(found.field, columns) if found.field else None
        header = where.column(column) if column else None
        severity: Severity = "warning" if found.severity == "warning" else "error"
        result.problems.append(
            ImportProblem(where.sheet.name, row, header, found.code, severity, found.message)
        )


class IdSeries:
    """The ids of new reserves: ``<prefix>-<year>-<serial>``, one past the highest of that
    year, counting those this import gives."""

    def __init__(self, paths: RegistryPaths, config: Config) -> None:
        self.paths = paths
        self.config = config
        self.last: dict[int, int] = {}

    def next(self, entered: object) -> str:
        from cadrectl.services.add import next_id

        year = entered.year if isinstance(entered, PartialDate | dt.date) else dt.date.today().year
        if year not in self.last:
            first = next_id(self.paths, self.config.ids.prefix, year, self.config.ids.serial_digits)
            self.last[year] = int(first.rsplit("-", 1)[1]) - 1
        self.last[year] += 1
        digits = self.config.ids.serial_digits
        return f"{self.config.ids.prefix}-{year}-{self.last[year]:0{digits}d}"


def field_label(path: FieldPath) -> str:
    from cadrectl.model.titles import describe_field

    return describe_field("cadres/x.yaml", path) or format_path(path)


def described_change(change: FieldChange) -> str:
    new = change.new
    if change.append and isinstance(new, Mapping):
        new = "".join(str(new.get(key) or "") for key in ("level", "degree", "school"))
    return f"{format_path(change.path)}: {_show(change.old)} → {_show(new)}"


def _show(value: object) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, PartialDate):
        return value.dotted()
    return str(value)
