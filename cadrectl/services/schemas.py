"""The JSON Schemas of the registry's files, generated from the models (the single source)."""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate_schemas() -> dict[str, str]:
    """File name → schema text for cadre, unit and config files, the cycle's files, and the
    bulk file of ``cycle inspect --from-file``."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.cycle import CycleState, Nominations, Proposal, Tallies
    from cadrectl.model.inspections import InspectionRecords
    from cadrectl.model.unit import Unit

    texts = {}
    models = (
        ("cadre", Cadre), ("unit", Unit), ("config", Config), ("cycle", CycleState),
        ("nominations", Nominations), ("tallies", Tallies), ("adjustment", Proposal),
        ("inspections", InspectionRecords),
    )  # fmt: skip
    for name, model in models:
        schema = {"$schema": SCHEMA_DIALECT, **model.model_json_schema(by_alias=True)}
        texts[f"{name}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return texts


def write_schemas(folder: Path) -> list[str]:
    """Write the schemas into ``folder``; returns the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = generate_schemas()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
    return sorted(texts)


def stale_schemas(folder: Path) -> list[str]:
    """Names of schemas in ``folder`` that are missing or differ from the models."""
    stale = []
    for name, text in generate_schemas().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
