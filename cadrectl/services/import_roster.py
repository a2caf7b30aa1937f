"""``cadrectl import roster FILE``: the people of a roster into cadres/, matched, checked,
written all together or not at all.

Each row is read into a cadre's data (:mod:`cadrectl.rules.sheet_rows`), matched to a reserve by
id number, else by name and birth month, and shown as new, changed (with its field changes) or
unchanged. Every problem is reported at its sheet, row and column; with any error, or with
``--dry-run``, nothing is written. Otherwise one commit holds every file, naming the source
file and its sha256.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cadrectl.core.messages import t
from cadrectl.core.problems import FieldPath, format_path
from cadrectl.model.dates import PartialDate
from cadrectl.rules.sheet_changes import FieldChange, row_changes
from cadrectl.rules.sheet_layout import DataRow
from cadrectl.rules.sheet_rows import FIELD_PATHS, read_row
from cadrectl.rules.sheet_values import clean_text, header_key
from cadrectl.services.changes import writes
from cadrectl.services.import_sheet import (
    IdSeries,
    ImportResult,
    PeopleIndex,
    Plan,
    SheetTable,
    described_change,
    field_column,
    field_label,
    finish,
    open_table,
    problem,
    shown_value,
    source_file,
)
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.exports.columns import RowContext
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.services.registry import LoadedRegistry

# A field the profile requires and the roster lacks: a warning now, an error in check until
# the clerk fills it in (never invented).
TOLERATED = frozenset({"required-by-config"})
# Roster template fields that are no data of the person (computed, or the roster's own).
_NOT_DATA = {"seq", "tier", "age", "years_in_rank", "note", "mentors"}
_TEMPLATE_FIELDS = {"birth_age": "birth"}


@dataclass(frozen=True)
class RosterOptions:
    """How the roster is read: its sheet and template, whether unknown units are created (and
    of which kind when the name does not tell), the entry date of new reserves, and values for
    fields the roster has no column for (``--default reserve.source=组织推荐``)."""

    sheet: str | None = None
    template: str | None = None
    create_units: bool = False
    unit_kind: str | None = None
    entered: PartialDate | None = None
    defaults: tuple[tuple[FieldPath, Any], ...] = ()
    dry_run: bool = False


@writes("import")
def import_roster(
    paths: RegistryPaths, source: Path, options: RosterOptions, *, today: dt.date
) -> ImportResult:
    """Read, match and check the roster; write it unless anything is wrong or it is a dry run."""
    from cadrectl.services.registry import load_registry, require_complete, require_config

    registry = load_registry(paths)
    require_config(registry)
    require_complete(registry)
    config = registry.config
    src = source_file(source)
    units = {entry.unit.name: entry.unit.id for entry in registry.units}
    aliases = template_aliases(config, options.template) if options.template else None
    where = open_table(source, options.sheet, list(units), aliases)
    result = ImportResult(
        "roster", str(source), where.sheet.name, len(where.table.rows), dry_run=options.dry_run
    )
    plan = Plan()
    if options.create_units:
        _plan_units(where, registry, options, units, plan, result)
    _plan_people(paths, registry, where, options, units, plan, result, today)
    for path, count in plan.absent.items():
        result.problems.append(problem(where, where.table.header.row, None, "column-missing",
                                       field=field_label(path), dotted=format_path(path),
                                       count=count))  # fmt: skip
    return finish(paths, src, where, plan, result, today, FIELD_PATHS, tolerated=TOLERATED)


def typed_defaults(texts: Sequence[str]) -> tuple[tuple[FieldPath, Any], ...]:
    """``--default reserve.source=组织推荐``: each path and its value, typed as ``set`` types it."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.services.values import coerce, split_assignment

    pairs = [split_assignment(text) for text in texts]
    return tuple((path, coerce(Cadre, path, raw)) for path, raw in pairs)


def template_aliases(config: Config, name: str) -> dict[str, str]:
    """The headers of the named roster template (as cadrectl.yaml or the export writes them)
    → the row's fields: a roster exported from this registry reads back column by column."""
    from cadrectl.exports.roster import columns_of, template

    spec = template(config, name)
    aliases = {}
    for item, column in zip(spec.columns, columns_of(spec.columns), strict=True):
        source = _TEMPLATE_FIELDS.get(item.source, item.source)
        if source in FIELD_PATHS or source in _NOT_DATA:
            aliases[header_key(column.header)] = source
    return aliases


def _plan_units(
    where: SheetTable,
    registry: LoadedRegistry,
    options: RosterOptions,
    units: dict[str, str],
    plan: Plan,
    result: ImportResult,
) -> None:
    """The units the roster names (工作单位, or a group's title) that units/ lacks, created."""
    from cadrectl.rules.sheet_rows import unit_name
    from cadrectl.services.import_units import unit_id, unit_kind
    from cadrectl.services.unit_changes import unit_text

    taken = {entry.unit.id for entry in registry.units}
    kinds = registry.config.unit_kinds
    for row in where.table.rows:
        combined = row.values.get("unit_post")
        guessed = _unknown_unit(combined, units) if clean_text(combined) else None
        for text, column in (
            (row.values.get("unit"), "unit"), (row.group, None), (guessed, "unit_post")
        ):  # fmt: skip
            name = unit_name(clean_text(text)) if text else ""
            if not name or name in units:
                continue
            kind = unit_kind(name, kinds, options.unit_kind)
            if kind is None:
                result.problems.append(problem(where, row.row, column, "unit-kind-unknown",
                                               unit=name, kinds="、".join(kinds)))  # fmt: skip
                continue
            new_id = unit_id(name, taken)
            taken.add(new_id)
            units[name] = new_id
            plan.units[name] = new_id
            values: dict[str, str | None] = {"name": name, "kind": kind[0], "group": None,
                                             "parent": None}  # fmt: skip
            plan.texts[f"units/{new_id}.yaml"] = unit_text(new_id, values, kind[1])
            result.units_created.append(new_id)
            plan.lines.append(t("import.commit.unit", id=new_id, name=name, kind=kind[0]))


def _unknown_unit(combined: object, units: Mapping[str, str]) -> str | None:
    """The unit a 工作单位及职务 text begins with, when it is none of units/ (guessed by how
    unit names end and posts begin)."""
    from cadrectl.rules.sheet_values import ValueProblem, guess_unit_post, split_unit_post

    try:
        split_unit_post(combined, units)
    except ValueProblem:
        guessed = guess_unit_post(combined)
        return guessed.unit if guessed is not None else None
    return None


def _plan_people(
    paths: RegistryPaths,
    registry: LoadedRegistry,
    where: SheetTable,
    options: RosterOptions,
    units: Mapping[str, str],
    plan: Plan,
    result: ImportResult,
    today: dt.date,
) -> None:
    from cadrectl.services.add import required_fields

    config = registry.config
    people = PeopleIndex(
        {"id": e.cadre.id, "id_number": e.cadre.id_number, "name": e.cadre.name,
         "birth": e.cadre.birth} for e in registry.cadres
    )  # fmt: skip
    cadres = {entry.cadre.id: entry.cadre for entry in registry.cadres}
    required = required_fields(config)
    profile_required: set[FieldPath] = {tuple(d.split(".")) for d in config.fields.required}
    ids = IdSeries(paths, config)
    seen: dict[str, int] = {}  # matched id, or a new person's key → the row that named them
    ctx = _row_context(registry, today)
    for row in where.table.rows:
        read = read_row(row.values, units=units, group=row.group, formats=where.formats(row),
                        today=today)  # fmt: skip
        before = len(result.problems)
        for cell in read.problems:
            # with --create-units, a unit still unknown is one whose name could not be told
            code = "unit-unguessable" if (cell.code == "unit-unknown"
                                          and options.create_units) else cell.code  # fmt: skip
            result.problems.append(
                problem(where, row.row, cell.field, code, value=shown_value(cell.value))
            )
        data = read.data
        if not data.get("name"):
            if data:
                result.problems.append(problem(where, row.row, "name", "name-missing"))
            continue
        if len(result.problems) > before:
            continue
        matches = people.match(data)
        if len(matches) > 1:
            found = "、".join(str(m["id"]) for m in matches)
            result.problems.append(problem(where, row.row, _key_column(data), "ambiguous",
                                           name=data["name"], ids=found))  # fmt: skip
            continue
        namesakes = people.named(data["name"])
        if not matches and not data.get("id_number") and "birth" not in data and namesakes:
            found = "、".join(str(m["id"]) for m in namesakes)
            result.problems.append(problem(where, row.row, "name", "name-only",
                                           name=data["name"], ids=found))  # fmt: skip
            continue
        key = str(matches[0]["id"]) if matches else _new_key(data)
        if key in seen:
            result.problems.append(problem(where, row.row, "name", "duplicate-row",
                                           name=data["name"], first=seen[key]))  # fmt: skip
            continue
        seen[key] = row.row
        if matches:
            _plan_change(paths, cadres[key], row, data, ctx, where, plan, result)
        else:
            _plan_new(row, data, options, required, profile_required, ids, where, plan, result,
                      today)  # fmt: skip


def _plan_new(
    row: DataRow,
    data: dict[str, Any],
    options: RosterOptions,
    required: Sequence[FieldPath],
    profile_required: set[FieldPath],
    ids: IdSeries,
    where: SheetTable,
    plan: Plan,
    result: ImportResult,
    today: dt.date,
) -> None:
    from cadrectl.services.add import cadre_text, missing_required
    from cadrectl.services.import_sheet import PersonOutcome
    from cadrectl.services.values import put_value

    absent = set(missing_required(data, [path for path, _ in options.defaults]))
    for path, value in options.defaults:  # for new people only: never over a row's value
        if path in absent:
            put_value(data, path, value)
    reserve = data.setdefault("reserve", {})
    reserve.setdefault("status", "active")
    if "entered" not in reserve:
        reserve["entered"] = options.entered or PartialDate(today.year, today.month)
    missing = False
    for path in missing_required(data, required):
        column = field_column(path, FIELD_PATHS)
        label = field_label(path)
        if path in profile_required:
            result.problems.append(problem(where, row.row, column, "profile-field-missing",
                                           "warning", field=label, name=data["name"]))  # fmt: skip
        elif column is not None and where.has(column):
            missing = True
            result.problems.append(problem(where, row.row, column, "field-missing",
                                           field=label, dotted=format_path(path)))  # fmt: skip
        else:  # no column for it: said once, for the sheet (see _report_absent)
            missing = True
            plan.absent[path] = plan.absent.get(path, 0) + 1
    if missing:
        return
    cadre_id = ids.next(reserve["entered"])
    file = f"cadres/{cadre_id}.yaml"
    plan.texts[file] = cadre_text({"schema_version": 1, "id": cadre_id, **data})
    plan.rows[file] = row.row
    plan.lines.append(t("import.commit.new", id=cadre_id, name=data["name"]))
    result.people.append(PersonOutcome(row.row, "new", cadre_id, data["name"]))


def _plan_change(
    paths: RegistryPaths,
    cadre: Cadre,
    row: DataRow,
    data: dict[str, Any],
    ctx: RowContext,
    where: SheetTable,
    plan: Plan,
    result: ImportResult,
) -> None:
    from cadrectl.services.edit import apply_edit, cadre_key_order, read_cadre
    from cadrectl.services.import_sheet import PersonOutcome
    from cadrectl.store.edit import append_item, set_value

    current = read_cadre(paths, cadre.id)
    changes = [
        change for change in row_changes(current.data, data)
        if not _shown_alike(change, cadre, row, ctx)
    ]  # fmt: skip
    if not changes:
        result.people.append(PersonOutcome(row.row, "unchanged", cadre.id, cadre.name))
        return
    text = current.text
    for change in changes:
        if change.append:
            text = apply_edit(text, lambda body, c=change: append_item(body, c.path, c.new,
                                                                    cadre_key_order))  # fmt: skip
        else:
            text = apply_edit(text, lambda body, c=change: set_value(body, c.path, c.new,
                                                                  cadre_key_order))  # fmt: skip
    described = tuple(described_change(change) for change in changes)
    plan.texts[current.file] = text
    plan.rows[current.file] = row.row
    plan.lines.append(t("import.commit.changed", id=cadre.id, name=cadre.name,
                        changes="；".join(described)))  # fmt: skip
    result.people.append(PersonOutcome(row.row, "changed", cadre.id, cadre.name, described))


# Where a change lies → the row's fields whose cell may show the file's value as the roster
# export prints it (工作单位及职务 joined, 学历学位 with its degree, 入党时间 with a party).
_SHOWN_BY: tuple[tuple[FieldPath, tuple[str, ...]], ...] = (
    (("current", "unit"), ("unit_post", "unit")), (("current", "post"), ("unit_post", "post")),
    (("party",), ("party_joined", "party")),
    (("education",), ("fulltime_degree", "fulltime_school", "parttime_degree",
                      "parttime_school", "degree")),
)  # fmt: skip


def _shown_alike(change: FieldChange, cadre: Cadre, row: DataRow, ctx: RowContext) -> bool:
    """Whether the row's cells for the change print just what the roster export prints for
    the file: then the row says nothing new (an exported roster read back changes nothing)."""
    from cadrectl.exports.columns import FIELDS

    names = next((n for start, n in _SHOWN_BY if change.path[: len(start)] == start), None)
    if names is None:
        return False
    given = [name for name in names if clean_text(row.values.get(name))]
    if not given:
        return False
    return all(
        name in FIELDS
        and _squeezed(FIELDS[name].get(cadre, ctx)) == _squeezed(row.values.get(name))
        for name in given
    )


def _squeezed(value: object) -> str:
    return re.sub(r"\s+", "", clean_text(value))


def _row_context(registry: LoadedRegistry, today: dt.date) -> RowContext:
    from cadrectl.exports.columns import RowContext

    names = {entry.unit.id: entry.unit.name for entry in registry.units}
    return RowContext(as_of=today, unit_names=names, placements={}, mask_id=False)


def _new_key(data: Mapping[str, Any]) -> str:
    number = data.get("id_number")
    if isinstance(number, str):
        return f"number:{number}"
    return f"name:{data.get('name')}:{data.get('birth')}"


def _key_column(data: Mapping[str, Any]) -> str:
    return "id_number" if data.get("id_number") else "name"
