"""``cadrectl export card``: one reserve's 基本情况表, or every active reserve's, placed on the
ladder on the as-of date and written as one workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cadrectl.core.errors import CadrectlError, NotFound
from cadrectl.services.exports import ExportResult, check_output, export_target, save_workbook
from cadrectl.services.registry import (
    LoadedRegistry,
    load_registry,
    require_complete,
    require_config,
)
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.exports.card import Progress
    from cadrectl.model.cadre import Cadre


def export_cards(
    paths: RegistryPaths,
    output: Path,
    *,
    cadre_id: str | None,
    as_of: dt.date,
    mask_id: bool = False,
    progress: Progress | None = None,
    skip_broken: bool = False,
) -> ExportResult:
    """One cadre's card (``cadre_id``) or every active reserve's (None), one sheet each;
    ``progress(done, total)`` is told of each card written. Refused while a file it needs
    cannot be read (the cadre's own, always), unless ``skip_broken``."""
    from cadrectl.exports.card import CardContext, cards_workbook
    from cadrectl.model.cadre import is_safe_id
    from cadrectl.services.ladder import compute_ladder

    check_output(output)
    output = export_target(output, paths)
    # One card needs one cadre: placing a reserve on the ladder looks at nobody else.
    only = None
    if cadre_id is not None and is_safe_id(cadre_id):
        only = {paths.relative(paths.cadre_file(cadre_id))}
    registry = load_registry(paths, cadre_files=only)
    require_config(registry)
    cadres = [find_active(registry, cadre_id)] if cadre_id else active_cadres(registry)
    skipped = require_complete(registry, skip_broken=skip_broken)
    if not cadres:
        raise CadrectlError("export.card.none-active")
    units = {entry.unit.id: entry.unit.name for entry in registry.units}
    placements = compute_ladder(registry, as_of).by_id
    book = cards_workbook(cadres, CardContext(as_of, units, placements, mask_id), progress)
    save_workbook(book, output, paths)
    return ExportResult(output, len(cadres), tuple(skipped))  # rows: the cards written


def find_active(registry: LoadedRegistry, cadre_id: str) -> Cadre:
    """The active reserve ``cadre_id``; refuses an unknown id, an invalid file, a used or exited
    cadre (exit 1)."""
    from cadrectl.model.cadre import is_safe_id

    entry = registry.cadre(cadre_id)
    if entry is None:
        path = registry.paths.existing_cadre_file(cadre_id) if is_safe_id(cadre_id) else None
        if path is not None:
            raise CadrectlError("show.invalid", id=cadre_id, file=registry.paths.relative(path))
        raise NotFound("show.not-found", id=cadre_id)
    if not entry.cadre.reserve.in_pool:
        raise CadrectlError("ladder.not-active", id=cadre_id)
    return entry.cadre


def active_cadres(registry: LoadedRegistry) -> list[Cadre]:
    """The active reserves in id order."""
    active = [e.cadre for e in registry.cadres if e.cadre.reserve.in_pool]
    return sorted(active, key=lambda cadre: cadre.id)
