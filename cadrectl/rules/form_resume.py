"""简历 read back into the file: each period a resume entry (unit and post split by the
registry's unit names, or by how names end), 挂职/轮岗 inside a period a practice record, 抽调 a
secondment. A line that cannot be read so — or study, which the file keeps as education — is
said by line, and the whole text is kept verbatim (``form.resume``) so nothing is lost."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from cadrectl.model.codes import EDUCATION_LEVELS
from cadrectl.rules.form_values import as_written, normalized, read_level, split_school
from cadrectl.rules.resume_text import (
    During,
    Period,
    parse_resume,
    practice_parts,
    secondment_parts,
)
from cadrectl.rules.sheet_values import ValueProblem, guess_unit_post, split_unit_post

if TYPE_CHECKING:
    from cadrectl.rules.form_read import FormContext, FormData

STUDY_ENDINGS = ("学习", "就读", "读书", "学生", "进修")


def read_resume(text: str, ctx: FormContext, out: FormData) -> None:
    """JianLi into ``resume`` and the practice and secondment records of ``out``."""
    from cadrectl.rules.form_read import ElementProblem

    parsed = parse_resume(text, practice_kinds=ctx.practice_kinds)
    entries: list[dict[str, Any]] = []
    records = out.data.setdefault("records", {})
    kept = False

    def note(line: int, code: str, value: str) -> None:
        nonlocal kept
        kept = True
        out.problems.append(ElementProblem("JianLi", code, value, warning=True, line=line))

    for item in parsed.unparsed:
        note(item.line, "resume-line-unreadable", item.text)
    for line, code in parsed.problems:
        note(line, code, "")
    for period in parsed.periods:
        entry = _entry(period, ctx)
        if entry is None:
            code = "resume-study" if period.text.endswith(STUDY_ENDINGS) else "resume-unsplit"
            note(period.line, code, period.text)
        else:
            entries.append(entry)
        for during in period.during:
            study = None
            if during.kind == "education":
                study = study_entry(during.text, during.start, during.end)
            placed = _during(during.text, during.start, during.end, ctx)
            if study is not None:  # the education recorded; the text kept unless it reads back
                _add_study(out.data.setdefault("education", []), study)
                kept |= not _writes_back(study, during, ctx)
            elif placed is None:
                note(during.line, "resume-during-kept", during.text)
            else:
                records.setdefault(placed[0], []).append(placed[1])
    out.data["resume"] = entries
    if kept:
        out.data.setdefault("form", {})["resume"] = text


def _entry(period: Period, ctx: FormContext) -> dict[str, Any] | None:
    text = "".join(period.text.split())
    try:
        split = split_unit_post(text, ctx.units)
    except ValueProblem:
        split = guess_unit_post(text)  # type: ignore[assignment]
    if split is None or not split.post:
        return None
    entry: dict[str, Any] = {"from": period.start}
    if period.end is not None:
        entry["to"] = period.end
    unit, post = as_written(text, split.post)
    entry |= {"unit": split.unit if split.unit in ctx.units else unit, "post": post}
    return entry


def _during(text: str, start: Any, end: Any, ctx: FormContext) -> tuple[str, dict[str, Any]] | None:
    """A 其间 item as a practice record (of a kind the registry knows) or a secondment."""
    if start is None:
        return None
    span = {"from": start, **({"to": end} if end is not None else {})}
    practice = practice_parts(text, ctx.practice_kinds)
    if practice is not None and practice[1] in ctx.practice_kinds:
        unit, kind, post = practice
        return "practice", {**span, "kind": kind, "unit": unit, **({"post": post} if post else {})}
    secondment = secondment_parts(text)
    if secondment is not None:
        batch, group, unit = secondment
        return "secondments", {"batch": batch, **({"group": group} if group else {}), **span,
                               "unit": unit}  # fmt: skip
    return None


_STUDY = re.compile(
    r"^(?:在|参加|于)?(?P<where>.+?)(?:在职|函授|业余|脱产|网络|进修)?"
    r"(?P<level>研究生|大学本科|本科|大学|大专|专科)(?:班|课程)?(?:学习|毕业|就读)"
)
_DEGREE = re.compile(r"获(?P<degree>.{0,12}?(?:博士|硕士|学士))学位")


def study_entry(text: str, start: Any, end: Any) -> dict[str, Any] | None:
    """A 其间 study item as 在职 education: ``在浙江大学公共管理专业在职研究生学习，获公共管理硕士
    学位`` → 研究生, 公共管理硕士, 浙江大学, 公共管理, from the item's start to its end (a lone
    date ends it: ``2017.05在…毕业``); None when no level of education is named."""
    value = normalized(text).replace(" ", "")
    found = _STUDY.match(value)
    if found is None:
        return None
    school, major = split_school(found.group("where"))
    level = read_level(found.group("level"))
    for prefix in ("中央党校", "省委党校"):
        if prefix in school and f"{prefix}{level}" in EDUCATION_LEVELS:
            level = f"{prefix}{level}"
    entry: dict[str, Any] = {"kind": "在职", "level": level, "school": school}
    if major:
        entry["major"] = major
    degree = _DEGREE.search(value)
    if degree is not None:
        entry["degree"] = degree.group("degree")
    if end is not None:
        entry |= {"from": start, "graduated": end} if start is not None else {"graduated": end}
    elif start is not None:
        entry["graduated"] = start
    return entry


def _writes_back(study: dict[str, Any], during: During, ctx: FormContext) -> bool:
    """Whether the form's own item is what the export writes for the education read from it."""
    from pydantic import ValidationError

    from cadrectl.model.cadre import Education

    if ctx.study_text is None:
        return False
    try:
        written = ctx.study_text(Education.model_validate(study))
    except ValidationError:
        return False
    original = span_text(during) + during.text
    return written is not None and "".join(written.split()) == "".join(original.split())


def span_text(during: During) -> str:
    """The item's dates as the form writes them before its text."""
    if during.start is None:
        return ""
    end = f"--{during.end.dotted()}" if during.end is not None else ""
    return f"{during.start.dotted()}{end}"


def _add_study(entries: list[dict[str, Any]], study: dict[str, Any]) -> None:
    """The study added to the education the form gives, or its dates to the same entry."""
    for entry in entries:
        if entry["kind"] == study["kind"] and entry["level"] == study["level"]:
            for key in ("degree", "major", "from", "graduated"):
                if key in study:
                    entry.setdefault(key, study[key])
            return
    entries.append(study)
