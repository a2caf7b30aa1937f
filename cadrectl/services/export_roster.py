"""``cadrectl export roster``: choose the template and the cadres, place them, write the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cadrectl.services.exports import ExportResult, check_output, export_target, save_workbook
from cadrectl.services.registry import load_registry, require_complete
from cadrectl.store.registry import RegistryPaths


def export_roster(
    paths: RegistryPaths,
    output: Path,
    *,
    as_of: dt.date,
    template_name: str | None = None,
    mask_id: bool = False,
    skip_broken: bool = False,
    filed_on: dt.date | None = None,
) -> ExportResult:
    """The 后备干部名册 of the registry as it is, by the named (or first, or default) template;
    refused while a file cannot be read, unless ``skip_broken``."""
    from cadrectl.exports.columns import RowContext
    from cadrectl.exports.roster import chosen, ordered, roster_workbook, template
    from cadrectl.rules.tiers import place

    check_output(output)
    output = export_target(output, paths)
    registry = load_registry(paths)
    skipped = require_complete(registry, skip_broken=skip_broken)
    config = registry.config
    spec = template(config, template_name)
    listed = chosen((entry.cadre for entry in registry.cadres), spec)
    # Only the listed cadres are placed on the ladder (a roster by target rank lists a part).
    placements = {c.id: place(c, config, as_of) for c in listed if c.reserve.in_pool}
    unit_names = {entry.unit.id: entry.unit.name for entry in registry.units}
    ctx = RowContext(as_of=as_of, unit_names=unit_names, placements=placements, mask_id=mask_id)
    cadres = ordered(config, spec, listed, placements)
    save_workbook(roster_workbook(config, spec, cadres, ctx, filed_on), output, paths)
    return ExportResult(output, len(cadres), tuple(skipped))
