"""``cycle inspect``: the year's 考察 and 年度考核 records, one by one or from a bulk file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cadrectl.errors import CadrectlError
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import current_cycle, text_of
from cadrectl.store import fastyaml
from cadrectl.store.registry import RegistryPaths


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


@writes("cycle-inspect")
def bulk_records(paths: RegistryPaths, source: Path, year: int | None) -> ChangeResult:
    """Append the records of a YAML list (each ``{cadre, kind, …fields}``) in one commit."""
    from cadrectl.services.edit import append_record, read_cadre, record_item

    files = current_cycle(paths, year)
    files.open_state()
    texts: dict[str, str] = {}
    items = record_list(source)
    for item in items:
        current = read_cadre(paths, str(item.get("cadre", "")))
        kind = str(item.get("kind", ""))
        record = record_item(kind, ((k, v) for k, v in item.items() if k not in ("cadre", "kind")))
        texts[current.file] = append_record(texts.get(current.file, current.text), kind, record)
    return files.commit(texts, "cycle.commit.records", "inspect", count=len(items))


def record_list(source: Path) -> list[dict[str, Any]]:
    """The records of a bulk file: a YAML list of mappings, read like registry files."""
    from cadrectl.store.textfile import read_registry_text

    try:
        text = read_registry_text(source)  # capped: a bulk file is a few hundred KB at most
    except OSError:
        text = None
    if not isinstance(text, str):
        raise CadrectlError("add.bad-source", path=str(source))
    try:
        items = fastyaml.parse(text)
    except fastyaml.FastParseFailed:
        items = None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise CadrectlError("cycle.bulk-not-list", path=str(source))
    return items
