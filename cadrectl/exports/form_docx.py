"""The 干部任免审批表 as a Word document: two A4 portrait pages a person, as the national form."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx import Document as new_document

from cadrectl.exports.form_docx_cells import (
    MARGIN_TOP_BOTTOM,
    PAGE_HEIGHT,
    TITLE_AFTER,
    TITLE_LINE,
    Box,
    Row,
    add_grid,
    add_line,
    add_page_break,
    add_title,
    estimated_height,
    placed,
    set_up_document,
    wrapped_lines,
)

if TYPE_CHECKING:
    from docx.document import Document

    from cadrectl.exports.form_text import FamilyRow, PrintedForm

TITLE = "干部任免审批表"
# Column widths in cm, each grid exactly the text width (17 cm).
# Page 1: label, value, label, value, label, value, photo.
PAGE_1 = (2.2, 2.5, 2.2, 2.5, 2.2, 2.5, 2.9)
# Page 2: label, 称谓, 姓名, 出生年月, 政治面貌 (also the right half's label), 工作单位及职务 —
# so that 审批机关意见 and 行政机关任免意见 below take half the width each.
PAGE_2 = (2.2, 1.5, 2.2, 2.6, 2.2, 6.3)
FAMILY_ROWS = 7  # the form prints seven, more when the family has more
GRID_ROW, TEXT_ROW, FAMILY_ROW = 1.15, 1.2, 0.9  # cm: two lines, and a little
RESUME_LEAST = 6.0  # cm of 简历 however full the boxes above it
# Why a margin: a box may wrap one line more than the estimate; the 简历 row, taller than what is
# left of page 1, would go to page 2 whole.
PAGE_1_SPARE = 0.6  # cm
REPORT_LINES = 5  # lines of the 呈报单位 box: the unit above, the date on the last
SEAL = "（盖章）\n年  月  日"
DEFAULT_STAMP = dt.datetime(2000, 1, 1)
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def label(text: str, *, span: int = 1, down: int = 1) -> Box:
    return Box(text, "label", span, down)


def value(text: str, *, span: int = 1) -> Box:
    return Box(text, "value", span)


def line(text: str, *, span: int = 1) -> Box:
    return Box(text, "line", span)


def form_document(forms: Sequence[PrintedForm], stamp: dt.datetime = DEFAULT_STAMP) -> bytes:
    """The forms as one .docx, each person from a new page; the same forms give the same bytes."""
    return reproducible_bytes(build_document(forms), stamp)


def build_document(forms: Sequence[PrintedForm]) -> Document:
    """The Word document of the forms (page 1 and page 2 of each, in order)."""
    doc = new_document()
    set_up_document(doc)
    for number, form in enumerate(forms):
        add_title(doc, TITLE, new_page=number > 0)
        add_grid(doc, PAGE_1, page_1_rows(form))
        add_page_break(doc)
        add_grid(doc, PAGE_2, page_2_rows(form))
        add_line(doc, f"填表人：{form.filled_by}")
    return doc


def page_1_rows(form: PrintedForm) -> list[Row]:
    """姓名 … 健康状况 beside the photo, 学历学位, the posts, then 简历 to the foot of the page."""
    photo = Box(kind="photo", down=4, photo=form.photo)
    rows = [
        Row((label("姓名"), value(form.name), label("性别"), value(form.gender),
             label("出生年月\n（岁）"), value(_two_lines(form.birth, form.age)), photo),
            GRID_ROW),
        Row((label("民族"), value(form.ethnicity), label("籍贯"), value(form.native_place),
             label("出生地"), value(form.birthplace)), GRID_ROW),
        Row((label("入党\n时间"), value(form.party_joined), label("参加工\n作时间"),
             value(form.work_start), label("健康\n状况"), value(form.health)), GRID_ROW),
        Row(_title_boxes(form), GRID_ROW),
        Row((label("学历\n学位", down=2), label("全日制\n教育"),
             value(form.fulltime_degrees, span=2), label("毕业院校\n系及专业"),
             line(form.fulltime_schools, span=2)), TEXT_ROW),
        Row((label("在职\n教育"), value(form.parttime_degrees, span=2),
             label("毕业院校\n系及专业"), line(form.parttime_schools, span=2)), TEXT_ROW),
        Row((label("现任职务", span=2), line(form.current_post, span=5)), TEXT_ROW),
        Row((label("拟任职务", span=2), line(form.proposed_post, span=5)), TEXT_ROW),
        Row((label("拟免职务", span=2), line(form.proposed_removal, span=5)), TEXT_ROW),
    ]  # fmt: skip
    resume = Box("\n".join(form.resume), "resume", span=6)
    return [*rows, Row((label("简\n\n\n历"), resume), resume_height(rows), split=True)]


def resume_height(rows: Sequence[Row]) -> float:
    """What page 1 has left under the title and the ``rows`` above 简历 (cm), so that the
    form's frame reaches the foot of the page."""
    body = PAGE_HEIGHT.cm - 2 * MARGIN_TOP_BOTTOM.cm - TITLE_LINE.cm - TITLE_AFTER.cm
    taken = sum(estimated_height(row, boxes, PAGE_1)
                for row, boxes in zip(rows, by_row(rows), strict=True))  # fmt: skip
    return max(RESUME_LEAST, round(float(body - taken - PAGE_1_SPARE), 2))


def by_row(rows: Sequence[Row]) -> list[list[tuple[int, Box]]]:
    """Each row's boxes with the grid column each starts at."""
    found: list[list[tuple[int, Box]]] = [[] for _ in rows]
    for index, column, box in placed(rows):
        found[index].append((column, box))
    return found


def _title_boxes(form: PrintedForm) -> tuple[Box, ...]:
    """专业技术职务 and 熟悉专业有何专长; with 到龄时间 (post-2025 forms) under 参加工作时间."""
    specialty = (label("熟悉专业\n有何专长"),)
    if not form.retirement:
        return (label("专业技\n术职务"), value(form.title, span=2), *specialty,
                value(form.specialty, span=2))  # fmt: skip
    return (label("专业技\n术职务"), value(form.title), label("到龄\n时间"),
            value(form.retirement), *specialty, value(form.specialty))  # fmt: skip


def page_2_rows(form: PrintedForm) -> list[Row]:
    """奖惩情况, 年度考核结果, 任免理由, the family, 呈报单位, the two approvals side by side
    (each box as tall as on the paper form, in cm; the page filled)."""
    return [
        Row((label("奖惩\n情况"), Box(form.rewards, "block", span=5)), 3.6, split=True),
        Row((label("年度考\n核结果"), Box(form.assessments, "block", span=5)), 2.0),
        Row((label("任免\n理由"), Box(form.reason, "block", span=5)), 3.0, split=True),
        *family_rows(form.family),
        Row((label("呈报\n单位"), Box(report_text(form), "report", span=5)), 3.2),
        Row((label("审批机\n关意见"), Box(SEAL, "seal", span=3), label("行政机\n关任免\n意见"),
             Box(SEAL, "seal")), 4.0),
    ]  # fmt: skip


def family_rows(family: Sequence[FamilyRow]) -> list[Row]:
    """The header and a row a member, at least seven; the label runs down beside them all."""
    count = max(FAMILY_ROWS, len(family))
    side = label("家庭\n主要\n成员\n及重\n要社\n会关\n系", down=count + 1)
    header = Row((side, label("称谓"), label("姓名"), label("出生\n年月"), label("政治\n面貌"),
                  label("工作单位及职务")), FAMILY_ROW)  # fmt: skip
    members = [Row((value(m.relation), value(m.name), value(m.birth), value(m.party),
                    line(m.work)), FAMILY_ROW) for m in family]  # fmt: skip
    blanks = [Row((value(""),) * 4 + (line(""),), FAMILY_ROW)] * (count - len(family))
    return [header, *members, *blanks]


def report_text(form: PrintedForm) -> str:
    """The 呈报单位 box: the unit from the top, the date the form was filled on its last line."""
    used = wrapped_lines(form.reporting_unit, sum(PAGE_2[1:]))
    blanks = max(1, REPORT_LINES - 1 - used)
    return "\n".join([form.reporting_unit, *[""] * blanks, form.filled_on or "年  月  日"])


def _two_lines(first: str, second: str) -> str:
    return "\n".join(part for part in (first, second) if part)


def reproducible_bytes(doc: Document, stamp: dt.datetime) -> bytes:
    """The saved document with its dates set to ``stamp`` and a zip that carries no clock."""
    props = doc.core_properties
    props.author = props.last_modified_by = ""
    props.comments = ""
    props.title = TITLE
    props.revision = 1
    props.created = props.modified = props.last_printed = stamp
    saved = io.BytesIO()
    doc.save(saved)
    return _rezipped(saved.getvalue(), _zip_time(stamp))


def _rezipped(package: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """The same parts in the same order, each stamped ``when`` as if written on one system."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # Why: zipfile says 3 on Unix and 0 on Windows
            target.writestr(info, source.read(entry))
    return out.getvalue()


def _zip_time(stamp: dt.datetime) -> tuple[int, int, int, int, int, int]:
    if stamp.year < ZIP_EPOCH[0]:
        return ZIP_EPOCH
    return (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
