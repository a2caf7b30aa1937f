"""``cycle inspect``: the year's 考察 and 年度考核 records, one by one or from a bulk file, and
the template of the records still missing.

The bulk file is a YAML list (model: :class:`cadrectl.model.inspections.InspectionRecords`) or
the template's .xlsx sheet. The whole file is read and checked first; any problem refuses it,
every problem listed with its line (or sheet row) and field, and nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import language, t
from cadrectl.core.problems import FieldPath, Problem, error, format_path
from cadrectl.exports.inspection_template import TemplateRow, template_workbook, template_yaml
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.bulk_file import BulkFile, read_bulk
from cadrectl.services.cycle.files import current_cycle, text_of
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cadrectl.model.cadre import Cadre
    from cadrectl.rules.inspection_rules import BulkItem


SCHEMA_NAME = "inspections.schema.json"


@writes("cycle-inspect")
def waive_inspection(
    paths: RegistryPaths, cadre_id: str, reason: str, year: int | None
) -> ChangeResult:
    from cadrectl.model.cycle import Waiver

    files = current_cycle(paths, year)
    state = files.open_state()
    if paths.existing_cadre_file(cadre_id) is None:
        raise CadrectlError("show.not-found", id=cadre_id)
    waivers = [w for w in state.waivers if w.cadre != cadre_id] + [
        Waiver(cadre=cadre_id, reason=reason)
    ]
    new = state.model_copy(update={"waivers": waivers})
    return files.commit(
        {files.rel("cycle.yaml"): text_of(new)},
        "cycle.commit.waive",
        "inspect",
        id=cadre_id,
        reason=reason,
    )


# ---- checking and entering the records -------------------------------------------------------


@dataclass(frozen=True)
class BulkResult:
    change: ChangeResult
    records: int  # records entered
    skipped: int  # template items not filled in yet (grade or conclusion empty)
    entered_before: int = 0  # records the cadres' files held already, exactly so


@writes("cycle-inspect")
def bulk_records(paths: RegistryPaths, source: Path, year: int | None) -> BulkResult:
    """Append the records of a bulk file in one commit, once every one of them is right.

    Refused, nothing written, with every problem (file:line: field: message): a file that is
    not a list of records, a record its schema refuses, and the rules of
    :mod:`cadrectl.rules.inspection_rules` (a cadre unknown or not in the pool, another year,
    twice, already recorded, a grade off the scale, an inspection in the future).
    """
    from cadrectl.rules.inspection_rules import BulkContext, bulk_problems, entered_before
    from cadrectl.services.edit import append_record, read_cadre
    from cadrectl.services.registry import load_registry, require_config

    files = current_cycle(paths, year)
    state = files.open_state()
    bulk = read_bulk(source)
    if bulk.problems:
        raise _refusal(bulk, bulk.problems, {})
    filled, models, problems, to_fill = _validated(bulk)
    named = sorted({item.cadre for item in filled})
    registry = load_registry(paths, cadre_files={f"cadres/{name}.yaml" for name in named})
    require_config(registry)
    cadres = {entry.cadre.id: entry.cadre for entry in registry.cadres}
    ctx = BulkContext(
        file=bulk.file,
        year=state.year,
        cadres=cadres,
        unreadable=frozenset(
            name for name in named
            if name not in cadres and paths.existing_cadre_file(name) is not None
        ),
        scale=registry.config.assessment_scale,
        today=dt.date.today(),
        lines=[bulk.locate((index,))[0] for index in range(len(bulk.items))],
    )  # fmt: skip
    problems += bulk_problems(filled, ctx)
    if problems:
        raise _refusal(bulk, problems, models)
    skipped = bulk.skipped + to_fill
    if not filled:
        raise CadrectlError("cycle.bulk-nothing-filled", path=str(source), skipped=skipped)
    new = [item for item in filled if not entered_before(item, cadres.get(item.cadre))]
    texts: dict[str, str] = {}
    for item in new:
        current = read_cadre(paths, item.cadre)
        before = texts.get(current.file, current.text)
        texts[current.file] = append_record(before, item.kind, _record_fields(item.record))
    # nothing new (the same file entered again): the commit says unchanged
    change = files.commit(texts, "cycle.commit.records", "inspect", count=len(new))
    return BulkResult(change, len(new), skipped, len(filled) - len(new))


def _validated(
    bulk: BulkFile,
) -> tuple[list[BulkItem], dict[int, type[BaseModel]], list[Problem], int]:
    """The filled-in items validated, the model of each item, the problems, the items to fill.

    Each item is validated by the model its kind chooses (the cadre file's record model, with
    cadre and kind), so its problems name its own fields.
    """
    from pydantic import ValidationError

    from cadrectl.model.inspections import ITEM_MODELS, item_model, item_tag
    from cadrectl.rules.inspection_rules import BulkItem
    from cadrectl.rules.schema import problems_from_validation

    filled: list[BulkItem] = []
    models: dict[int, type[BaseModel]] = {}
    problems: list[Problem] = []
    to_fill = 0
    for index, raw in enumerate(bulk.items):
        if not isinstance(raw, dict):
            value = " ".join(str(raw).split())[:60]
            problems.append(error(bulk.file, "wrong-type", (index,),
                                  expected=t("type.mapping"), value=value))  # fmt: skip
            continue
        model = item_model(raw)
        if model is None:
            problems.append(_kind_problem(bulk.file, index, raw, list(ITEM_MODELS)))
            continue
        models[index] = model
        try:
            record = model.model_validate(raw)
        except ValidationError as exc:
            problems += [
                dataclasses.replace(problem, field=(index, *problem.field))
                for problem in problems_from_validation(bulk.file, exc, model)
            ]
            continue
        tag = item_tag(record)
        if tag is not None and tag.endswith("-to-fill"):
            to_fill += 1
        else:
            filled.append(BulkItem(index, cast(Any, record).cadre, raw["kind"], record))
    return filled, models, problems, to_fill


def _kind_problem(file: str, index: int, raw: dict[str, Any], kinds: list[str]) -> Problem:
    kind = raw.get("kind")
    if kind is None:
        return error(file, "missing-field", (index, "kind"))
    hint = t("hint.allowed", allowed="、".join(kinds))
    return error(file, "not-allowed-value", (index, "kind"), value=str(kind)[:60], hint=hint)


def _record_fields(record: BaseModel) -> dict[str, Any]:
    """The record as the cadre's file holds it: its given fields in schema order, no cadre/kind."""
    fields = {}
    for name, info in type(record).model_fields.items():
        if name in ("cadre", "kind") or name not in record.model_fields_set:
            continue
        value = getattr(record, name)
        if value is not None:
            fields[info.alias or name] = value
    return fields


def _refusal(
    bulk: BulkFile, problems: Sequence[Problem], models: dict[int, type[BaseModel]]
) -> CadrectlError:
    located = [p if p.line is not None else p.at(*bulk.locate(p.field)) for p in problems]
    located.sort(key=lambda p: (p.line or 0, p.column or 0))
    colon = ": " if language() == "en" else "："
    lines = []
    for problem in located:
        label = _field_label(problem.field, models)
        lines.append(f"  {problem.where}: {label + colon if label else ''}{problem.message}")
    return CadrectlError(
        "cycle.bulk-invalid", file=bulk.file, count=len(located), problems="\n".join(lines)
    )


def _field_label(path: FieldPath, models: dict[int, type[BaseModel]]) -> str:
    """``考核等次（grade）``: the field of an item, by its model's title (the line says which)."""
    from cadrectl.model.titles import field_title

    rest = path[1:]
    dotted = format_path(rest)
    if not dotted or language() == "en":
        return dotted
    model = models.get(path[0]) if isinstance(path[0], int) else None
    title = field_title(model, rest) if model is not None else None
    return f"{title}（{dotted}）" if title else dotted


# ---- the template ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateResult:
    path: Path
    year: int
    rows: int  # the records still missing (0: nothing written)
    schema: str | None = None  # what the YAML template's $schema line names, if any


def write_template(paths: RegistryPaths, output: Path, year: int | None) -> TemplateResult:
    """The records this cycle's year still misses, one to fill in a row (or item), written to
    ``output`` (.yaml or .xlsx). Not a registry change: nothing is committed."""
    from cadrectl.rules.cycle import inspection_gaps
    from cadrectl.services.registry import load_registry, require_complete

    suffix = output.suffix.lower()
    if suffix not in (".yaml", ".yml", ".xlsx"):
        raise UsageError("cycle.template-bad-suffix", path=str(output))
    from cadrectl.services.exports import export_target

    output = export_target(output, paths)
    if os.path.lexists(output):
        raise CadrectlError("cycle.template-exists", path=str(output))
    files = current_cycle(paths, year)
    state = files.open_state()
    registry = load_registry(paths)
    require_complete(registry)
    cadres = {entry.cadre.id: entry.cadre for entry in registry.cadres}
    waived = {waiver.cadre for waiver in state.waivers}
    units = {entry.unit.id: entry.unit.name for entry in registry.units}
    yearly = registry.config.cycle.yearly_assessment
    rows = [
        _template_row(cadres[gap.cadre_id], units, kind)
        for gap in inspection_gaps(cadres.values(), state.year, waived, assessments=yearly)
        for kind, missing in (("assessment", gap.assessment), ("inspection", gap.inspection))
        if missing
    ]
    if not rows:
        return TemplateResult(output, state.year, 0)
    try:
        if suffix == ".xlsx":
            from cadrectl.services.exports import save_workbook

            book = template_workbook(rows, state.year, registry.config)
            save_workbook(book, output, paths)
            return TemplateResult(output, state.year, len(rows))
        schema = schema_reference(paths, output)
        text = template_yaml(rows, state.year, registry.config.assessment_scale, schema)
        from cadrectl.store.atomic import write_atomic

        write_atomic(output, text.encode("utf-8"))
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise CadrectlError("cycle.template-unwritable", path=str(output), detail=detail) from None
    return TemplateResult(output, state.year, len(rows), schema)


def _template_row(cadre: Cadre, units: dict[str, str], kind: str) -> TemplateRow:
    from cadrectl.rules.people import unit_and_post

    unit = units.get(cadre.current.unit, cadre.current.unit)
    return TemplateRow(cadre.id, cadre.name, unit_and_post(unit, cadre.current.post), kind)


def schema_reference(paths: RegistryPaths, output: Path) -> str | None:
    """What a YAML template's ``$schema`` line names: the registry's inspections schema.

    Relative (``schemas/inspections.schema.json``) when the template is inside the registry,
    so it holds wherever the registry is copied; an absolute ``file:`` URI when it is outside
    (a relative path to the registry would break as soon as the file is moved, and the registry
    stays where it is). None when the registry has no such schema yet (nothing to point at).
    """
    schema = (paths.schemas_dir / SCHEMA_NAME).resolve()
    if not schema.is_file():
        return None
    folder = output.absolute().parent.resolve()
    root = paths.root.resolve()
    if folder == root or root in folder.parents:
        return Path(os.path.relpath(schema, folder)).as_posix()
    return schema.as_uri()
