"""``cadrectl import nominations FILE``: the candidates units recommend, as the year's
nominations (cycles/<year>/nominations.yaml), each checked as ``cycle nominate`` checks one.

A row's candidate already nominated this year (same id number, or name and birth month) is
no change; a reserve already in the pool is refused, as ``cycle nominate`` refuses them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cadrectl.core.errors import CadrectlError
from cadrectl.core.messages import t
from cadrectl.rules.sheet_rows import FIELD_PATHS, read_row
from cadrectl.rules.sheet_values import ValueProblem, clean_text, read_month
from cadrectl.services.changes import writes
from cadrectl.services.import_sheet import (
    ImportResult,
    PeopleIndex,
    PersonOutcome,
    Plan,
    finish,
    open_table,
    problem,
    shown_value,
    source_file,
)
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cycle import Nomination


@dataclass(frozen=True)
class NominationOptions:
    """The sheet, and what a row leaves out: how and by whom the candidates were recommended
    (``--source 组织推荐 --by 湖溪镇党委``), the year's cycle."""

    sheet: str | None = None
    source: str | None = None
    by: str | None = None
    year: int | None = None
    dry_run: bool = False


@writes("import")
def import_nominations(
    paths: RegistryPaths, source: Path, options: NominationOptions, *, today: dt.date
) -> ImportResult:
    from cadrectl.model.cycle import Nominations
    from cadrectl.services.cycle.files import text_of
    from cadrectl.services.cycle.nominate import new_nomination, nominating_cycle
    from cadrectl.services.registry import load_registry, require_complete, require_config

    files = nominating_cycle(paths, options.year)
    registry = load_registry(paths)
    require_config(registry)
    require_complete(registry)
    src = source_file(source)
    units = {entry.unit.name: entry.unit.id for entry in registry.units}
    where = open_table(source, options.sheet, list(units))
    result = ImportResult("nominations", str(source), where.sheet.name, len(where.table.rows),
                          dry_run=options.dry_run)  # fmt: skip
    existing = files.nominations()
    nominated = PeopleIndex(
        {"id": n.id, "id_number": n.cadre.get("id_number"), "name": n.cadre.get("name"),
         "birth": n.cadre.get("birth")} for n in existing if not n.withdrawn
    )  # fmt: skip
    added: list[Nomination] = []
    plan = Plan()
    for row in where.table.rows:
        read = read_row(row.values, units=units, group=row.group, formats=where.formats(row),
                        today=today)  # fmt: skip
        for cell in read.problems:
            result.problems.append(problem(where, row.row, cell.field, cell.code,
                                           value=shown_value(cell.value)))  # fmt: skip
        data = read.data
        if read.problems or not data.get("name"):
            if data and not data.get("name"):
                result.problems.append(problem(where, row.row, "name", "name-missing"))
            continue
        twin = nominated.match(data)
        if twin:
            result.people.append(PersonOutcome(row.row, "unchanged", str(twin[0]["id"]),
                                               data["name"]))  # fmt: skip
            continue
        how = _how(row.values, data, options)
        if isinstance(how, str):
            result.problems.append(problem(where, row.row, _HOW_COLUMNS[how],
                                           "nomination-field-missing",
                                           field=t(f"import.nomination.{how}")))  # fmt: skip
            continue
        when = row.values.get("nominated")
        if when not in (None, ""):
            try:
                how["nominated"] = read_month(when, today=today)
            except ValueProblem as bad:
                result.problems.append(problem(where, row.row, "nominated", bad.code,
                                               value=shown_value(when)))  # fmt: skip
                continue
        try:
            nomination = new_nomination(registry, files, [*existing, *added], data, today=today,
                                        **how)  # fmt: skip
        except CadrectlError as refused:
            result.problems.append(problem(where, row.row, None, "nomination-refused",
                                           name=data["name"], detail=refused.render()))  # fmt: skip
            continue
        added.append(nomination)
        nominated.add({"id": nomination.id, **nomination.cadre})
        plan.lines.append(t("import.commit.new", id=nomination.id, name=data["name"]))
        result.people.append(PersonOutcome(row.row, "new", nomination.id, data["name"]))
    if added:
        text = text_of(Nominations(schema_version=1, nominations=[*existing, *added]))
        plan.texts[files.rel("nominations.yaml")] = text
    return finish(paths, src, where, plan, result, today, FIELD_PATHS)


# What a nomination needs beyond the candidate → the row's field (column) that gives it.
_HOW_COLUMNS = {"source": "nomination_source", "by": "nominated_by",
                "target_rank": "target_rank", "direction": "direction"}  # fmt: skip


def _how(values: Mapping[str, object], data: dict[str, Any],
         options: NominationOptions) -> dict[str, Any] | str:  # fmt: skip
    """How the row's candidate was recommended (推荐方式, 推荐人, 拟培养层级, 培养方向), from its
    cells or the options; the name of the first one neither gives."""
    reserve = data.pop("reserve", {})
    how: dict[str, Any] = {
        "source": clean_text(values.get("nomination_source")) or reserve.get("source")
        or options.source,
        "by": clean_text(values.get("nominated_by")) or options.by,
        "target_rank": reserve.get("target_rank"),
        "direction": reserve.get("direction"),
    }  # fmt: skip
    for name, value in how.items():
        if not value:
            return name
    return how
