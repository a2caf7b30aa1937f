"""``cadrectl import assessments|trainings FILE``: the grades the assessment office sends and
the trainings the party school reports, into the reserves' records.

A row names its reserve by 编号, else 身份证号, else name with birth month, else name with unit
(a sheet from the assessment office has no birth month); it must be exactly one reserve of the
registry. A record the file already holds (the same year's grade, the same training) is no
change; a different grade for a year replaces the one on file, and the change is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cadrectl.core.messages import t
from cadrectl.core.problems import FieldPath
from cadrectl.rules.sheet_layout import DataRow
from cadrectl.rules.sheet_records import RowRecord, RowRecords, read_assessments, read_training
from cadrectl.rules.sheet_rows import read_row
from cadrectl.services.changes import writes
from cadrectl.services.import_sheet import (
    ImportResult,
    PeopleIndex,
    PersonOutcome,
    Plan,
    SheetTable,
    finish,
    open_table,
    problem,
    shown_value,
    source_file,
)
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.services.edit import CadreText

RecordKind = Literal["assessments", "trainings"]
# The columns a record's fields come from (a problem at records.<list>.<i>.<field>).
_COLUMNS: dict[str, FieldPath] = {
    "name": ("name",), "id_number": ("id_number",), "grade": ("records", "assessments"),
    "training": ("records", "trainings"),
}  # fmt: skip
_WANTED: dict[str, tuple[str, ...]] = {"assessments": ("name",), "trainings": ("name", "training")}


@dataclass(frozen=True)
class RecordOptions:
    sheet: str | None = None
    dry_run: bool = False


@dataclass
class _Person:
    """A reserve the sheet names: their file as it is now and as the import changes it."""

    current: CadreText
    text: str
    first_row: int
    changes: list[str]
    held: list[Any]  # the file's records of the sheet's kind
    added: list[Any]  # records to append, in one edit (see _flush)

    def flush(self, kind: RecordKind) -> None:
        from cadrectl.services.edit import apply_edit, cadre_key_order
        from cadrectl.store.edit import append_items

        items, path = self.added, ("records", kind)
        self.text = apply_edit(self.text, lambda body: append_items(body, path, items,
                                                                    cadre_key_order))  # fmt: skip


@writes("import")
def import_records(
    paths: RegistryPaths, source: Path, kind: RecordKind, options: RecordOptions, *,
    today: dt.date,
) -> ImportResult:  # fmt: skip
    """Read the sheet's records, match each row to its reserve, check, and write them."""
    from cadrectl.services.registry import load_registry, require_complete, require_config

    registry = load_registry(paths)
    require_config(registry)
    require_complete(registry)
    src = source_file(source)
    units = {entry.unit.name: entry.unit.id for entry in registry.units}
    where = open_table(source, options.sheet, list(units), wanted=_WANTED[kind])
    if kind == "assessments" and not _has_grades(where):
        from cadrectl.core.errors import CadrectlError

        raise CadrectlError("import.no-grades", path=str(source))
    result = ImportResult(kind, str(source), where.sheet.name, len(where.table.rows),
                          dry_run=options.dry_run)  # fmt: skip
    people = PeopleIndex(
        {"id": e.cadre.id, "id_number": e.cadre.id_number, "name": e.cadre.name,
         "birth": e.cadre.birth, "unit": e.cadre.current.unit} for e in registry.cadres
    )  # fmt: skip
    touched: dict[str, _Person] = {}
    plan = Plan()
    for row in where.table.rows:
        read = _records(kind, row, where, today)
        for cell in read.problems:
            result.problems.append(problem(where, row.row, cell.field, cell.code,
                                           value=shown_value(cell.value)))  # fmt: skip
        if read.problems or not read.records:
            continue
        cadre_id = _whose(row, people, units, where, result, today)
        if cadre_id is None:
            continue
        person = touched.get(cadre_id) or _person(paths, cadre_id, row.row, kind)
        touched[cadre_id] = person
        for record in read.records:
            _apply(kind, person, record, row, plan)
    for cadre_id, person in touched.items():
        if person.added:
            person.flush(kind)
        name = str(person.current.data.get("name", ""))
        if person.text == person.current.text:
            result.people.append(PersonOutcome(person.first_row, "unchanged", cadre_id, name))
            continue
        plan.texts[person.current.file] = person.text
        plan.rows[person.current.file] = person.first_row
        plan.lines.append(t("import.commit.changed", id=cadre_id, name=name,
                            changes="；".join(person.changes)))  # fmt: skip
        result.people.append(PersonOutcome(person.first_row, "changed", cadre_id, name,
                                           tuple(person.changes)))  # fmt: skip
    return finish(paths, src, where, plan, result, today, _COLUMNS)


def _has_grades(where: SheetTable) -> bool:
    columns = where.table.header.columns.values()
    return "grade" in columns or any(name.startswith("grade:") for name in columns)


def _records(kind: RecordKind, row: DataRow, where: SheetTable, today: dt.date) -> RowRecords:
    if kind == "assessments":
        return read_assessments(row.values)
    return read_training(row.values, where.formats(row), today)


def _whose(
    row: DataRow,
    people: PeopleIndex,
    units: Mapping[str, str],
    where: SheetTable,
    result: ImportResult,
    today: dt.date,
) -> str | None:
    """The id of the one reserve the row names; None (with a problem) when none or several."""
    from cadrectl.rules.sheet_values import clean_text

    who: dict[str, object] = {
        name: row.values[name]
        for name in ("name", "id_number", "birth", "unit_post", "unit", "post")
        if name in row.values
    }
    read = read_row(who, units=units, group=row.group, formats=where.formats(row), today=today)
    data: dict[str, Any] = dict(read.data)
    given = clean_text(row.values.get("cadre"))
    if given:
        data["id"] = given
    name = str(data.get("name") or "")
    if not name and not given:
        result.problems.append(problem(where, row.row, "name", "name-missing"))
        return None
    matches = people.match(data)
    if given and (not matches or matches[0]["id"] != given):
        result.problems.append(problem(where, row.row, "cadre", "id-unknown", id=given))
        return None
    if not matches and "id_number" not in data and "birth" not in data:
        unit = (data.get("current") or {}).get("unit")
        matches = [m for m in people.named(name) if unit is None or m["unit"] == unit]
    if len(matches) == 1:
        return str(matches[0]["id"])
    if matches:
        found = "、".join(str(m["id"]) for m in matches)
        result.problems.append(problem(where, row.row, "name", "ambiguous", name=name, ids=found))
    else:
        result.problems.append(problem(where, row.row, "name", "not-a-reserve", name=name))
    return None


def _person(paths: RegistryPaths, cadre_id: str, row: int, kind: RecordKind) -> _Person:
    from cadrectl.services.edit import read_cadre

    current = read_cadre(paths, cadre_id)
    held = list((current.data.get("records") or {}).get(kind) or [])
    return _Person(current, current.text, row, [], held, [])


def _apply(kind: RecordKind, person: _Person, record: RowRecord, row: DataRow,
           plan: Plan) -> None:  # fmt: skip
    """The record into the person's text: unchanged when the file (or the sheet before) holds
    it, a grade replaced when the file holds another for that year, else to be appended."""
    from cadrectl.services.edit import apply_edit
    from cadrectl.store.edit import set_value

    held = [*person.held, *person.added]
    item = record.item
    path: FieldPath = ("records", kind)
    if kind == "assessments":
        index = next((i for i, old in enumerate(held) if old.get("year") == item["year"]), None)
        if index is not None and index >= len(person.held):  # twice in the sheet
            return
        if index is not None:
            old_grade = held[index].get("grade")
            if old_grade == item["grade"]:
                return
            grade_path: FieldPath = (*path, index, "grade")
            grade = item["grade"]
            person.text = apply_edit(person.text, lambda body: set_value(body, grade_path, grade))
            person.changes.append(
                t("import.changed-assessment", year=item["year"], old=old_grade, new=grade)
            )
            plan.origins[(person.current.file, (*path, index))] = (row.row, record.column)
            return
    elif any(_same_training(old, item) for old in held):
        return
    person.added.append(item)
    plan.origins[(person.current.file, (*path, len(held)))] = (row.row, record.column)
    person.changes.append(_described(kind, item))


def _same_training(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    return bool(old.get("name") == new.get("name") and str(old.get("from")) == str(new["from"]))


def _described(kind: RecordKind, item: Mapping[str, Any]) -> str:
    if kind == "assessments":
        return t("import.added-assessment", year=item["year"], grade=item["grade"])
    return t("import.added-training", name=item.get("name", ""), start=str(item.get("from", "")))
