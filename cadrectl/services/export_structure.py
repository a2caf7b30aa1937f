"""``cadrectl export structure``: analyse the active pool, write the 结构分析 workbook."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cadrectl.services.exports import check_output, export_target, save_workbook
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.services.structure import StructureReport, analyse, group_field
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class StructureExport:
    """What was written: the file, its sheets, and the report it shows (for the CLI's notes)."""

    path: Path
    sheets: int
    report: StructureReport


def export_structure(
    paths: RegistryPaths,
    output: Path,
    *,
    as_of: dt.date,
    group_by: str | None = None,
    age_under: Sequence[int] = (),
    skip_broken: bool = False,
) -> StructureExport:
    """Analyse the active pool on ``as_of`` and write the structure workbook to ``output``;
    refused while a file cannot be read, unless ``skip_broken`` (the report names the files
    left out)."""
    from cadrectl.exports.structure import region_name, structure_workbook

    check_output(output)
    output = export_target(output, paths)
    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    field = group_field(group_by, registry.config)
    report = dataclasses.replace(analyse(registry, as_of, field, age_under), skipped=tuple(skipped))
    book = structure_workbook(report, region_name(registry.config))
    save_workbook(book, output, paths)
    return StructureExport(output, len(book.sheetnames), report)
