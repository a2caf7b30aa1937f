"""The JSON Schemas of the registry's files, generated from the models (the single source)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cadrectl.model.config import Config
    from cadrectl.store.registry import RegistryPaths

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate_schemas() -> dict[str, str]:
    """File name → schema text for cadre, unit and config files, the cycle's files, and the
    bulk file of ``cycle inspect --from-file``."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.cycle import CycleState, Nominations, Proposal, Tallies
    from cadrectl.model.form import FormFieldsFile
    from cadrectl.model.inspections import InspectionRecords
    from cadrectl.model.unit import Unit

    models: tuple[tuple[str, type[BaseModel]], ...] = (
        ("cadre", Cadre), ("unit", Unit), ("config", Config), ("cycle", CycleState),
        ("nominations", Nominations), ("tallies", Tallies), ("adjustment", Proposal),
        ("inspections", InspectionRecords), ("form-fields", FormFieldsFile),
    )  # fmt: skip
    return {f"{name}.schema.json": _schema_text(model) for name, model in models}


def generate_output_schemas() -> dict[str, str]:
    """``output/<command>.schema.json`` → schema text for each ``--format json`` output.

    They describe what cadrectl prints, not a registry's files: only the project's own
    ``schemas/`` folder carries them.
    """
    return {f"output/{name}.schema.json": _schema_text(model) for name, model in output_models()}


def output_models() -> tuple[tuple[str, type[BaseModel]], ...]:
    """Each reporting command and the model of its ``--format json`` output."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.outputs import (
        CheckOutput,
        CoverageOutput,
        LadderOutput,
        ListOutput,
        StructureOutput,
        WarningsOutput,
    )
    from cadrectl.model.outputs_cycle import CycleStatusOutput, InspectOutput
    from cadrectl.model.outputs_history import DiffOutput, HistoryOutput
    from cadrectl.model.outputs_imports import FormImportOutput, ImportOutput
    from cadrectl.model.outputs_units import UnitListOutput, UnitShowOutput

    return (
        ("check", CheckOutput), ("list", ListOutput), ("show", Cadre), ("ladder", LadderOutput),
        ("report-structure", StructureOutput), ("report-coverage", CoverageOutput),
        ("report-warnings", WarningsOutput), ("history", HistoryOutput), ("diff", DiffOutput),
        ("cycle-status", CycleStatusOutput), ("cycle-inspect", InspectOutput),
        ("unit-list", UnitListOutput), ("unit-show", UnitShowOutput), ("import", ImportOutput),
        ("import-lrmx", FormImportOutput),
    )  # fmt: skip


def _schema_text(model: type[BaseModel]) -> str:
    schema = {"$schema": SCHEMA_DIALECT, **model.model_json_schema(by_alias=True)}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _texts(outputs: bool) -> dict[str, str]:
    return generate_schemas() | (generate_output_schemas() if outputs else {})


def folder_schemas(folder: Path, *, outputs: bool = False) -> dict[str, str]:
    """What belongs in ``folder``: beside a cadrectl.yaml (a registry's schemas/), that
    registry's own schemas (:func:`registry_schemas`, refused when its cadrectl.yaml is
    invalid); elsewhere the generic ones, with ``outputs`` the output schemas too."""
    from cadrectl.store.registry import CONFIG_NAME, RegistryPaths

    if (folder.parent / CONFIG_NAME).is_file():
        from cadrectl.services.registry import load_config

        return registry_schemas(load_config(RegistryPaths(folder.parent)))
    return _texts(outputs)


def write_schemas(
    folder: Path, *, outputs: bool = False, texts: dict[str, str] | None = None
) -> list[str]:
    """Write the schemas into ``folder`` (with ``outputs``, the output schemas too, into its
    ``output/``; or ``texts``, name → text); returns the names written."""
    texts = _texts(outputs) if texts is None else texts
    for name, text in texts.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    return sorted(texts)


def stale_schemas(
    folder: Path, *, outputs: bool = False, texts: dict[str, str] | None = None
) -> list[str]:
    """Names of schemas in ``folder`` that are missing or differ from the models (or from
    ``texts``, name → text)."""
    stale = []
    for name, text in (_texts(outputs) if texts is None else texts).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale


# ---- one registry's schemas: its code lists as enums, its fields.required as required -------

Node = dict[str, Any]


def registry_schemas(config: Config) -> dict[str, str]:
    """File name → schema text for one registry: the generic schemas, with the code lists of
    its cadrectl.yaml as ``enum`` (ranks, directions, sources, grades…, in the config's order)
    and the fields its ``fields.required`` names marked required and non-empty.

    Why: the YAML language server then offers this registry's values as the clerk types, and
    flags what ``cadrectl check`` would refuse. A list left empty in the config gets no enum.
    """
    texts = generate_schemas()
    lists = _code_lists(config)
    required = {"cadre.schema.json": list(config.fields.required)}
    for name, places in lists.items():
        schema = json.loads(texts[name])
        for dotted in required.get(name, ()):
            _require(schema, dotted)
        for path, values in places.items():
            _enum(schema, path, values)
        texts[name] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return texts


def write_registry_schemas(paths: RegistryPaths, config: Config) -> list[str]:
    """Write the registry's schemas into its schemas/, only the files whose text changed (all
    or none of them); returns the names written."""
    from cadrectl.store.atomic import write_all_or_none

    texts = registry_schemas(config)
    stale = stale_registry_schemas(paths, config, texts)
    write_all_or_none(
        {paths.checked(paths.schemas_dir / name): texts[name].encode("utf-8") for name in stale}
    )
    return stale


def stale_registry_schemas(
    paths: RegistryPaths, config: Config, texts: dict[str, str] | None = None
) -> list[str]:
    """Names of the registry's schemas that are missing from its schemas/ or differ from what
    :func:`registry_schemas` makes of its config (a link or an unreadable file is stale)."""
    texts = registry_schemas(config) if texts is None else texts
    stale = []
    for name, text in texts.items():
        path = paths.schemas_dir / name
        try:
            current = path.read_text(encoding="utf-8") if paths.path_problem(path) is None else None
        except (OSError, UnicodeDecodeError):
            current = None
        if current != text:
            stale.append(name)
    return sorted(stale)


def _code_lists(config: Config) -> dict[str, dict[str, Sequence[str]]]:
    """File → field path → the config's list its values come from (``[]``: the list's items).

    The same lists ``check`` holds the files to (rules/cadre_rules.py codes_known,
    rules/registry_rules.py for a unit's kind). A discipline record's kind may be any kind of
    any system: which kinds go with which system stays check's (``discipline-kind``).
    """
    ranks = [rank.name for rank in config.ranks]
    sanctions = config.policy.sanctions
    kinds = [kind for by_kind in sanctions.values() for kind in by_kind]
    return {
        "cadre.schema.json": {
            "current.rank": ranks,
            "reserve.target_rank": ranks,
            "resume[].rank": ranks,
            "reserve.direction": config.directions,
            "reserve.source": config.sources,
            "reserve.background": config.backgrounds,
            "reserve.exited.reason": config.exit_reasons,
            "records.assessments[].grade": config.assessment_scale,
            "records.practice[].kind": config.practice_kinds,
            "records.evaluations[].potential": config.evaluation_scale,
            "records.discipline[].system": list(sanctions),
            "records.discipline[].kind": kinds,
        },
        "unit.schema.json": {"kind": config.unit_kinds, "posts[].rank": ranks},
        # the bulk file's items: an assessment's grade, a discipline record's system (its
        # ``kind`` there names the record's kind)
        "inspections.schema.json": {
            "[].grade": config.assessment_scale,
            "[].system": list(sanctions),
        },
    }


def _enum(schema: Node, path: str, values: Sequence[str]) -> None:
    """Give the text values of the field at ``path`` the ``enum`` of ``values``."""
    texts = [
        node
        for place in _places(schema, path)
        for node in _opened(schema, place)
        if node.get("type") == "string" and "const" not in node
    ]
    if not texts:
        raise LookupError(f"the schema has no text field {path}")
    if values:
        for node in texts:
            node["enum"] = list(dict.fromkeys(values))
            _sort_keys(node)


def _require(schema: Node, dotted: str) -> None:
    """Mark the field ``dotted`` (``current.rank``) required in its object, and its value
    non-empty: not null, a list not empty (what ``required-by-config`` asks)."""
    parent, _, name = dotted.rpartition(".")
    objects = [
        node
        for place in (_places(schema, parent) if parent else [schema])
        for node in _opened(schema, place)
        if name in node.get("properties", {})
    ]
    if not objects:
        raise LookupError(f"the schema has no field {dotted}")
    for node in objects:
        properties: Node = node["properties"]
        had_required = "required" in node
        wanted = {*node.get("required", ()), name}
        node["required"] = [key for key in properties if key in wanted]
        properties[name] = _not_empty(properties[name])
        if not had_required:
            _sort_keys(node)


def _not_empty(field: Node) -> Node:
    """``field`` without its null alternative and its null default; a list with one item."""
    members = [member for member in field.get("anyOf", ()) if member != {"type": "null"}]
    if "anyOf" in field:
        rest = {key: value for key, value in field.items() if key not in ("anyOf", "default")}
        field = rest | members[0] if len(members) == 1 else rest | {"anyOf": members}
    if field.get("type") == "array":
        field["minItems"] = max(field.get("minItems", 0), 1)
    return dict(sorted(field.items()))


def _places(schema: Node, path: str) -> list[Node]:
    """The schemas of the field at ``path`` (``records.practice[].kind``), every alternative
    (a nullable block, a member of the bulk file's union) followed."""
    nodes = [schema]
    for part in path.split("."):
        name = part.removesuffix("[]")
        if name:
            nodes = [
                node["properties"][name]
                for current in nodes
                for node in _opened(schema, current)
                if name in node.get("properties", {})
            ]
        if part.endswith("[]"):
            nodes = [
                node["items"]
                for current in nodes
                for node in _opened(schema, current)
                if "items" in node
            ]
    return nodes


def _opened(schema: Node, node: Node) -> Iterator[Node]:
    """``node`` with its ``$ref`` resolved and its ``anyOf``/``oneOf`` alternatives opened."""
    if "$ref" in node:
        target: Node = schema
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        yield from _opened(schema, target)
    elif "anyOf" in node or "oneOf" in node:
        for member in (*node.get("anyOf", ()), *node.get("oneOf", ())):
            yield from _opened(schema, member)
    else:
        yield node


def _sort_keys(node: Node) -> None:
    """Keys in name order, as pydantic writes them (so a changed node reads like the rest)."""
    ordered = sorted(node.items())
    node.clear()
    node.update(ordered)
