"""The template of ``cycle inspect --template``: the records a cycle year still misses, as the
bulk file (YAML) or a print-ready sheet to fill in (.xlsx), and the columns both share with the
reader of a filled sheet (services.cycle.bulk_file)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cadrectl.core.messages import stored

if TYPE_CHECKING:
    from openpyxl import Workbook

    from cadrectl.model.config import Config


# The template's columns: (field, message key of the header, width, a value to fill in).
# Fields outside the bulk file's (序号, 姓名, 单位及职务) are for the clerk's orientation.
COLUMNS: tuple[tuple[str, str, float, bool], ...] = (
    ("seq", "cycle.template.col.seq", 5, False),
    ("cadre", "cycle.template.col.cadre", 13, False),
    ("name", "cycle.template.col.name", 8, False),
    ("unit_post", "cycle.template.col.unit-post", 22, False),
    ("kind", "cycle.template.col.kind", 9, False),
    ("year", "cycle.template.col.year", 7, True),
    ("grade", "cycle.template.col.grade", 9, True),
    ("note", "cycle.template.col.note", 14, True),
    ("date", "cycle.template.col.date", 11, True),
    ("by", "cycle.template.col.by", 14, True),
    ("conclusion", "cycle.template.col.conclusion", 24, True),
    ("strengths", "cycle.template.col.strengths", 18, True),
    ("shortcomings", "cycle.template.col.shortcomings", 18, True),
)
RECORD_FIELDS = frozenset(
    {"cadre", "kind", "year", "grade", "note", "date", "by", "conclusion", "strengths",
     "shortcomings"}
)  # fmt: skip
TEMPLATE_KINDS = ("assessment", "inspection")


@dataclass(frozen=True)
class TemplateRow:
    cadre: str
    name: str
    unit_post: str  # the current unit's name and post, for the clerk's orientation
    kind: str  # assessment or inspection


def template_yaml(
    rows: Sequence[TemplateRow], year: int, scale: Sequence[str], schema: str | None
) -> str:
    """The YAML template: the bulk file with grade or conclusion (and what goes with it) empty."""
    lines = [f"# yaml-language-server: $schema={schema}"] if schema else []
    note = stored("cycle.template.yaml-note", year=year, scale="、".join(scale))
    lines += [f"# {line}".rstrip() for line in note.splitlines()]
    for row in rows:
        lines.append(f"- cadre: {row.cadre}  # {_comment(row.name)} {_comment(row.unit_post)}")
        lines.append(f"  kind: {row.kind}")
        if row.kind == "assessment":
            lines += [f"  year: {year}", "  grade:"]
        else:
            lines += ["  date:", "  by:", "  conclusion:"]
    return "\n".join(lines) + "\n"


def _comment(text: str) -> str:
    """Registry text fit for a YAML comment: one line, control characters escaped."""
    from cadrectl.core.text import escape_unsafe

    return " ".join(escape_unsafe(text).split())


def template_workbook(rows: Sequence[TemplateRow], year: int, config: Config) -> Workbook:
    """The .xlsx template, A4 landscape: a merged title and a note, the header (repeated on
    every page), one bordered row a record, drop-down lists for 记录种类 and 考核等次, fill-in
    cells as text."""
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.cell_range import CellRange
    from openpyxl.worksheet.datavalidation import DataValidation

    from cadrectl.exports import workbook as wbk

    wb = wbk.new_workbook(write_only=True)
    ws = wb.create_sheet(stored("cycle.template.sheet"))
    width = len(COLUMNS)
    last = wbk.column_letter(width)
    header_row, first = 3, 4
    end = first + len(rows) - 1
    wbk.set_widths(ws, [column[2] for column in COLUMNS])
    ws.row_dimensions[1].height = 36
    ws.row_dimensions[2].height = 36
    ws.row_dimensions[header_row].height = 30
    wbk.print_setup(ws, landscape=True, title_rows=f"{header_row}:{header_row}")
    ws.freeze_panes = f"C{first}"
    region = config.organization.region or config.organization.name
    ws.merged_cells.add(CellRange(f"A1:{last}1"))
    title = stored("cycle.template.title", region=region, year=year)
    ws.append([wbk.text(ws, title, font=wbk.TITLE_FONT, border=None)] + [None] * (width - 1))
    ws.merged_cells.add(CellRange(f"A2:{last}2"))
    note = stored("cycle.template.note", scale="、".join(config.assessment_scale))
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.append([wbk.text(ws, note, font=wbk.NOTE_FONT, align=left, border=None)]
              + [None] * (width - 1))  # fmt: skip
    ws.append([wbk.text(ws, stored(key), font=wbk.HEADER_FONT) for _, key, _, _ in COLUMNS])
    kinds = {kind: stored(f"record.kind.{kind}") for kind in TEMPLATE_KINDS}
    for number, row in enumerate(rows, start=1):
        values: dict[str, object] = {
            "seq": number, "cadre": row.cadre, "name": row.name, "unit_post": row.unit_post,
            "kind": kinds[row.kind], "year": year if row.kind == "assessment" else None,
        }  # fmt: skip
        ws.row_dimensions[first + number - 1].height = max(
            28.0, wbk.row_height([values.get(c[0]) for c in COLUMNS], [c[2] for c in COLUMNS])
        )
        cells = []
        for name, _, _, fill in COLUMNS:
            long_text = name in ("unit_post", "conclusion", "strengths", "shortcomings", "note")
            cell = wbk.text(ws, values.get(name), align=wbk.LEFT if long_text else wbk.CENTER)
            if fill:
                cell.number_format = "@"  # Why: typed 2026.09 stays text, not the number 2026.1
            cells.append(cell)
        ws.append(cells)
    _drop_down(ws, DataValidation, "kind", list(kinds.values()), first, end)
    _drop_down(ws, DataValidation, "grade", list(config.assessment_scale), first, end)
    return wb


def _drop_down(
    ws: Any, validation: Any, name: str, choices: list[str], first: int, end: int
) -> None:
    """A list to choose from in a column's data rows (left out when Excel could not hold it)."""
    formula = '"' + ",".join(choices) + '"'
    if not choices or len(formula) > 255 or any("," in c or '"' in c for c in choices):
        return
    from cadrectl.exports.workbook import column_letter

    letter = column_letter(next(i for i, c in enumerate(COLUMNS, start=1) if c[0] == name))
    rule = validation(type="list", formula1=formula, allow_blank=True)
    rule.add(f"{letter}{first}:{letter}{end}")
    ws.data_validations.append(rule)
