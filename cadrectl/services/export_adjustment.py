"""``cadrectl export adjustment``: the cycle's 调整名单 workbook, from the proposal's lines and the
pool before and after them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cadrectl.services.exports import ExportResult, check_output, export_target, save_workbook
from cadrectl.store.registry import RegistryPaths


def export_adjustment(
    paths: RegistryPaths, output: Path, *, year: int | None, as_of: dt.date
) -> ExportResult:
    """The 调整名单 of the named year's cycle (else the open one, else the latest) as it stands
    on ``as_of``; ``rows`` counts the lines listed."""
    from cadrectl.exports.adjustment import adjustment_workbook
    from cadrectl.services.cycle.adjustment import adjustment_view

    check_output(output)
    output = export_target(output, paths)
    view = adjustment_view(paths, year, as_of)
    save_workbook(adjustment_workbook(view), output, paths)
    return ExportResult(output, len(view.lines))  # every line is on the sheet of its action
