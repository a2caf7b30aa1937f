"""The JSON Schemas of the registry's files, generated from the models (the single source)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate_schemas() -> dict[str, str]:
    """File name → schema text for cadre, unit and config files, the cycle's files, and the
    bulk file of ``cycle inspect --from-file``."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.cycle import CycleState, Nominations, Proposal, Tallies
    from cadrectl.model.inspections import InspectionRecords
    from cadrectl.model.unit import Unit

    models: tuple[tuple[str, type[BaseModel]], ...] = (
        ("cadre", Cadre), ("unit", Unit), ("config", Config), ("cycle", CycleState),
        ("nominations", Nominations), ("tallies", Tallies), ("adjustment", Proposal),
        ("inspections", InspectionRecords),
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
    from cadrectl.model.outputs_units import UnitListOutput, UnitShowOutput

    return (
        ("check", CheckOutput), ("list", ListOutput), ("show", Cadre), ("ladder", LadderOutput),
        ("report-structure", StructureOutput), ("report-coverage", CoverageOutput),
        ("report-warnings", WarningsOutput), ("history", HistoryOutput), ("diff", DiffOutput),
        ("cycle-status", CycleStatusOutput), ("cycle-inspect", InspectOutput),
        ("unit-list", UnitListOutput), ("unit-show", UnitShowOutput),
    )  # fmt: skip


def _schema_text(model: type[BaseModel]) -> str:
    schema = {"$schema": SCHEMA_DIALECT, **model.model_json_schema(by_alias=True)}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _texts(outputs: bool) -> dict[str, str]:
    return generate_schemas() | (generate_output_schemas() if outputs else {})


def write_schemas(folder: Path, *, outputs: bool = False) -> list[str]:
    """Write the schemas into ``folder`` (with ``outputs``, the output schemas too, into its
    ``output/``); returns the names written."""
    texts = _texts(outputs)
    for name, text in texts.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    return sorted(texts)


def stale_schemas(folder: Path, *, outputs: bool = False) -> list[str]:
    """Names of schemas in ``folder`` that are missing or differ from the models."""
    stale = []
    for name, text in _texts(outputs).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
