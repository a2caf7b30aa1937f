"""``cadrectl import lrmx FILE…|DIR``: 干部任免审批表 files (LRMX 3.x, LRM 2.0 with its .pic)
into cadres/ — new reserves, or updates to the ones they name (by id number, else name and
birth month) — checked as ``check`` checks, written all together in one commit or not at all.

A form this registry wrote and got back unchanged changes nothing: each element is read only
when its text differs from what the registry writes for that reserve today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import t
from cadrectl.core.problems import FieldPath
from cadrectl.model.dates import PartialDate
from cadrectl.model.outputs_imports import FormImportOutput
from cadrectl.rules.exchange import ExchangeError, ExchangeRecord, ReadNote
from cadrectl.rules.form_read import ELEMENT_FIELDS, FormContext, read_form
from cadrectl.services.changes import CommitMessage, apply_changes, writes
from cadrectl.services.import_sheet import IdSeries, PeopleIndex, SourceFile, Tally, source_file
from cadrectl.store.registry import RegistryPaths

Severity = Literal["error", "warning"]
SUFFIXES = (".lrmx", ".lrm")
TOLERATED = frozenset({"required-by-config"})  # as a roster's: said, to be filled in later
_KEYS = ("XingMing", "ChuShengNianYue", "ShenFenZheng")


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with a form: its file, the element (None: the whole file), what."""

    file: str
    element: str | None
    code: str
    severity: Severity
    message: str

    def as_data(self) -> dict[str, Any]:
        return {"file": self.file, "element": self.element, "code": self.code,
                "severity": self.severity, "message": self.message}  # fmt: skip


@dataclass(frozen=True)
class FormOutcome:
    """One form's person: new, changed (with what changes) or unchanged."""

    file: str
    status: Literal["new", "changed", "unchanged"]
    id: str
    name: str
    changes: tuple[str, ...] = ()

    def as_data(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "id": self.id, "name": self.name,
                "changes": list(self.changes)}  # fmt: skip


@dataclass
class FormImportResult(Tally):
    """What the import found and did, in the shape of the roster import's report."""

    contract: ClassVar[type[BaseModel]] = FormImportOutput
    file: str
    files: list[str] = field(default_factory=list)
    people: list[FormOutcome] = field(default_factory=list)
    problems: list[FormProblem] = field(default_factory=list)
    written: bool = False
    commit: str | None = None
    dry_run: bool = False

    def as_data(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "file": self.file, "files": self.files, "rows": len(self.files),
            "new": self.count("new"), "changed": self.count("changed"),
            "unchanged": self.count("unchanged"),
            "problems": [problem.as_data() for problem in self.problems],
            "people": [person.as_data() for person in self.people], "units_created": [],
            "written": self.written, "commit": self.commit,
        }  # fmt: skip


@dataclass(frozen=True)
class FormOptions:
    """Values for what a new reserve's form cannot say (``--default reserve.source=…``), the
    entry date of new reserves, and whether to write."""

    defaults: tuple[tuple[FieldPath, Any], ...] = ()
    entered: PartialDate | None = None
    dry_run: bool = False


def form_files(sources: Sequence[Path]) -> list[Path]:
    """The forms named: each file as given, each folder's .lrmx and .lrm files by name."""
    found: list[Path] = []
    for source in sources:
        if source.is_dir():
            found += sorted(p for p in source.iterdir()
                            if p.is_file() and p.suffix.lower() in SUFFIXES)  # fmt: skip
        elif source.is_file():
            if source.suffix.lower() not in SUFFIXES:
                raise UsageError("import.form.bad-suffix", path=str(source))
            found.append(source)
        else:
            raise CadrectlError("import.unreadable", path=str(source), detail=t("import.form.none"))
    if not found:
        raise UsageError("import.form.no-files", paths="、".join(str(s) for s in sources))
    return found


def read_exchange(path: Path) -> tuple[ExchangeRecord, list[ReadNote]]:
    """The form a file holds: LRMX by its XML, LRM by its fields and sibling .pic."""
    data = path.read_bytes()
    if path.suffix.lower() == ".lrm":
        from cadrectl.rules.lrm_read import read_lrm
        from cadrectl.store.lrm import sibling_photo

        return read_lrm(data, sibling_photo(path))
    from cadrectl.rules.lrmx_read import read_lrmx

    return read_lrmx(data)


@writes("import")
def import_forms(
    paths: RegistryPaths, sources: Sequence[Path], options: FormOptions, *, today: dt.date
) -> FormImportResult:
    """Read, match and check every form; write them unless anything is wrong or a dry run."""
    from cadrectl.services.form_plan import FormPlan
    from cadrectl.services.registry import load_registry, require_complete, require_config

    files = form_files(sources)
    registry = load_registry(paths)
    require_config(registry)
    require_complete(registry)
    result = FormImportResult(str(sources[0]), [str(path) for path in files],
                              dry_run=options.dry_run)  # fmt: skip
    config = registry.config
    units = {entry.unit.name: entry.unit.id for entry in registry.units}
    from cadrectl.exports.form_items import study_item

    ctx = FormContext(units, list(config.assessment_scale), list(config.practice_kinds),
                      study_item)  # fmt: skip
    people = PeopleIndex(
        {"id": e.cadre.id, "id_number": e.cadre.id_number, "name": e.cadre.name,
         "birth": e.cadre.birth} for e in registry.cadres
    )  # fmt: skip
    plan = FormPlan(paths, registry, ctx, options, IdSeries(paths, config), today, result)
    sources_read: list[SourceFile] = []
    seen: dict[str, str] = {}  # the reserve a form is about → the form that named them first
    for path in files:
        src = source_file(path)
        sources_read.append(src)
        try:
            record, notes = read_exchange(path)
        except ExchangeError as exc:
            plan.problem(src.name, None, exc.code, "error", **exc.params)
            continue
        except OSError as exc:
            plan.problem(src.name, None, "form-unreadable", detail=exc.strerror or str(exc))
            continue
        for note in notes:
            plan.problem(src.name, note.element, note.code,
                         "error" if note.error else "warning", **dict(note.params))  # fmt: skip
        if record.photo is None and not any(n.code == "photo-unreadable" for n in notes):
            plan.problem(src.name, "ZhaoPian", "photo-missing", "warning")
        keys = read_form(record, [k for k in _KEYS if record.text(k)], ctx)
        if keys.problems or not keys.data.get("name"):
            for found in keys.problems:
                plan.problem(src.name, found.element, found.code, value=found.value)
            if not keys.data.get("name"):
                plan.problem(src.name, "XingMing", "name-missing")
            continue
        matches = people.match(keys.data)
        if len(matches) > 1:
            ids = "、".join(str(m["id"]) for m in matches)
            plan.problem(src.name, "XingMing", "ambiguous", name=keys.data["name"], ids=ids)
            continue
        key = str(matches[0]["id"]) if matches else _new_key(keys.data)
        if key in seen:
            plan.problem(src.name, "XingMing", "form-twice", name=keys.data["name"],
                         first=seen[key])  # fmt: skip
            continue
        seen[key] = src.name
        if matches:
            plan.change(src.name, registry.cadre(key).cadre, record)  # type: ignore[union-attr]
        else:
            plan.new(src.name, record)
    plan.check()
    if not result.ok or result.dry_run or not plan.has_writes:
        return result
    return _commit(paths, plan, sources_read, result, today)


def _commit(
    paths: RegistryPaths,
    plan: Any,
    sources: list[SourceFile],
    result: FormImportResult,
    today: dt.date,
) -> FormImportResult:
    names = "、".join(src.name for src in sources)
    subject = t("import.form.commit-subject", count=len(sources), new=result.count("new"),
                changed=result.count("changed"))  # fmt: skip
    details = tuple(t("import.commit.source", file=src.name, sha256=src.sha256) for src in sources)
    trailers = {"Source": names}
    if len(sources) == 1:
        trailers["Source-SHA256"] = sources[0].sha256
    message = CommitMessage(subject, "import", None, (*details, *plan.lines), trailers)
    change = apply_changes(paths, plan.texts, message, today=today, tolerated=TOLERATED,
                           blobs=plan.blobs)  # fmt: skip
    result.written = change.state != "unchanged"
    result.commit = change.commit
    return result


def _new_key(data: dict[str, Any]) -> str:
    number = data.get("id_number")
    if isinstance(number, str):
        return f"number:{number}"
    return f"name:{data.get('name')}:{data.get('birth')}"


def element_of(path: FieldPath) -> str | None:
    """The element a problem at ``path`` of a cadre file is about (the longest match)."""
    if path[:1] == ("education",):
        return None
    best: tuple[int, str] | None = None
    for name, start in ELEMENT_FIELDS.items():
        if tuple(path[: len(start)]) == start and (best is None or len(start) > best[0]):
            best = (len(start), name)
    return best[1] if best else None
