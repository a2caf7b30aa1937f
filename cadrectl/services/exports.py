"""``cadrectl export roster``: choose the template and the cadres, place them, write the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cadrectl.core.errors import UsageError
from cadrectl.core.problems import Problem
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    skipped: tuple[Problem, ...] = ()  # files --skip-broken left out, each with its first problem


def check_output(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise UsageError("export.bad-suffix", path=str(path))


def export_roster(
    paths: RegistryPaths,
    output: Path,
    *,
    as_of: dt.date,
    template_name: str | None = None,
    mask_id: bool = False,
    skip_broken: bool = False,
) -> ExportResult:
    """The 后备干部名册 of the registry as it is, by the named (or first, or default) template;
    refused while a file cannot be read, unless ``skip_broken``."""
    from cadrectl.exports.columns import RowContext
    from cadrectl.exports.roster import chosen, ordered, template, write_roster
    from cadrectl.exports.workbook import export_time
    from cadrectl.rules.tiers import place

    check_output(output)
    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    spec = template(registry.config, template_name)
    listed = chosen(registry, spec)
    # Only the listed cadres are placed on the ladder (a roster by target rank lists a part).
    placements = {
        c.id: place(c, registry.config, as_of) for c in listed if c.reserve.status == "active"
    }
    unit_names = {entry.unit.id: entry.unit.name for entry in registry.units}
    ctx = RowContext(as_of=as_of, unit_names=unit_names, placements=placements, mask_id=mask_id)
    cadres = ordered(registry, spec, listed, placements)
    rows = write_roster(output, registry, spec, cadres, ctx, export_time(paths.root))
    return ExportResult(output, rows, tuple(skipped))
