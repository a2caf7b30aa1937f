"""Golden descriptions of exported workbooks: what a clerk sees and prints, as plain JSON data.

``pytest --update-golden`` rewrites them; otherwise a test compares its export with the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.conftest import PROJECT

GOLDEN = PROJECT / "tests" / "golden"


def assert_golden(name: str, actual: dict[str, Any], request: pytest.FixtureRequest) -> None:
    """Compare with tests/golden/NAME.json (written when missing or with --update-golden)."""
    path = GOLDEN / f"{name}.json"
    if request.config.getoption("--update-golden") or not path.exists():
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == actual


def no_formulas(path: Path) -> None:
    """No cell of any sheet is a formula (read-only: fast on a workbook of many sheets)."""
    book = load_workbook(path, read_only=True)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{getattr(cell, 'coordinate', '')}"
    book.close()


def font(cell: Any) -> list[Any]:
    return [cell.font.name, cell.font.sz, bool(cell.font.b)]


def print_settings(ws: Any) -> dict[str, Any]:
    """Paper, orientation, fitting, repeated rows, footer and margins of a sheet."""
    return {
        "orientation": ws.page_setup.orientation,
        "paper": str(ws.page_setup.paperSize),
        "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage,
        "fit_width": ws.page_setup.fitToWidth,
        "fit_height": ws.page_setup.fitToHeight,
        "title_rows": ws.print_title_rows,
        "footer": ws.oddFooter.center.text,
        "footer_font": ws.oddFooter.center.font,
        "centered": ws.print_options.horizontalCentered,
        "margins": [ws.page_margins.left, ws.page_margins.right, ws.page_margins.top,
                    ws.page_margins.bottom],
    }  # fmt: skip


def charts(ws: Any) -> list[dict[str, Any]]:
    """Each chart's kind, anchor cell, title and the ranges of its values and categories."""
    found = []
    for chart in ws._charts:
        series = chart.series[0]
        found.append(
            {
                "kind": type(chart).__name__,
                "anchor": _anchor(chart),
                "title": chart.title.tx.rich.p[0].r[0].t if chart.title else None,
                "values": series.val.numRef.f,
                "categories": series.cat.strRef.f if series.cat.strRef else series.cat.numRef.f,
            }
        )
    return found


def _anchor(chart: Any) -> str:
    from openpyxl.utils import get_column_letter

    marker = chart.anchor._from
    return f"{get_column_letter(marker.col + 1)}{marker.row + 1}"


def cell_values(ws: Any) -> dict[str, Any]:
    """Every non-empty cell's value by coordinate (merged-away cells are empty)."""
    return {
        cell.coordinate: cell.value
        for row in ws.iter_rows()
        for cell in row
        if cell.value not in (None, "")
    }
