"""``cadrectl export template``: the blank entry sheet (填报表) of a kind, with the registry's
code lists, required columns and units, written in one step."""

from __future__ import annotations

from pathlib import Path

from cadrectl.core.errors import UsageError
from cadrectl.services.exports import ExportResult, check_output, export_target, save_workbook
from cadrectl.store.registry import RegistryPaths

MOST_ROWS = 5000


def export_template(paths: RegistryPaths, kind: str, output: Path, *, rows: int = 200
                    ) -> ExportResult:  # fmt: skip
    """The entry sheet of ``kind`` (roster, assessments, trainings, nominations) with ``rows``
    blank rows; only cadrectl.yaml and units/ are read (a broken cadre file is no matter)."""
    from cadrectl.exports.entry_columns import KINDS
    from cadrectl.exports.entry_template import template_workbook
    from cadrectl.services.add import required_fields
    from cadrectl.services.registry import load_registry, require_config

    if kind not in KINDS:
        raise UsageError("template.bad-kind", kind=kind, kinds="、".join(KINDS))
    if not 1 <= rows <= MOST_ROWS:
        raise UsageError("template.bad-rows", rows=rows, most=MOST_ROWS)
    check_output(output)
    output = export_target(output, paths)
    registry = load_registry(paths, cadre_files=())
    require_config(registry)
    config = registry.config
    required = {".".join(str(part) for part in path) for path in required_fields(config)}
    units = sorted(registry.units, key=lambda entry: entry.unit.id)
    book = template_workbook(kind, config, required, [e.unit.name for e in units], rows)
    save_workbook(book, output, paths)
    return ExportResult(output, rows)
