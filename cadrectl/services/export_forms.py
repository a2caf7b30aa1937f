"""``cadrectl export lrmx|lrm`` and ``export card --format docx|pdf``: one reserve's 干部任免审批表
as an exchange file or the printed form, or everyone's (``--all``) into a folder, named
``{姓名}{身份证号}.lrmx`` by default; the export's own fields (拟任职务, 任免理由, 呈报单位…) from
options or ``任免审批表.yaml`` beside the output."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.problems import format_path
from cadrectl.services.exports import export_target, export_time
from cadrectl.store.atomic import write_atomic
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.form import FormFields, FormFieldsFile
    from cadrectl.rules.exchange import ExchangeRecord
    from cadrectl.services.registry import LoadedRegistry

FormFormat = Literal["lrmx", "lrm", "docx", "pdf"]
FIELDS_FILE = "任免审批表.yaml"
DEFAULT_PATTERN = "{姓名}{身份证号}"
_PLACEHOLDERS = ("姓名", "身份证号", "编号", "序号")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class FormSelection:
    """Whose forms: one id, or (``--all``) the reserves of these statuses and target rank."""

    cadre_id: str | None = None
    statuses: tuple[str, ...] = ("active", "inspecting")
    target_rank: str | None = None


@dataclass(frozen=True)
class FormOptions:
    """How the forms are written: the as-of date of ages, the id number left out or not, the
    file-name pattern, the export's fields (a YAML file, and options over it)."""

    as_of: dt.date
    mask_id: bool = False
    name_pattern: str = DEFAULT_PATTERN
    fields_file: Path | None = None
    fields: dict[str, str] = field(default_factory=dict)  # FormFields' keys given as options


@dataclass(frozen=True)
class FormExport:
    """The files written, and the reserves whose form has no photo."""

    files: list[Path]
    without_photo: list[str]


def export_forms(
    paths: RegistryPaths, output: Path, fmt: FormFormat, selection: FormSelection,
    options: FormOptions,
) -> FormExport:  # fmt: skip
    """Write each selected reserve's form; all of them, or (an encoding refused) none."""
    from cadrectl.exports.form_text import FormContext, form_record
    from cadrectl.services.photos import read_photo

    _check_pattern(options.name_pattern)
    registry = _registry(paths, selection)
    cadres = select_cadres(registry, selection)
    single = selection.cadre_id is not None
    target = _target(paths, output, fmt, single)
    fields = load_fields(options.fields_file or _default_fields(target, single))
    units = {entry.unit.id: entry.unit.name for entry in registry.units}
    outputs: dict[Path, bytes] = {}
    without_photo: list[str] = []
    for serial, cadre in enumerate(cadres, 1):
        photo = read_photo(paths, cadre.id)
        if photo is None:
            without_photo.append(cadre.id)
        own = _fields(fields, cadre.id, options.fields)
        ctx = FormContext(options.as_of, units, own, photo, options.mask_id)
        record = form_record(cadre, ctx)
        path = target if single else target / file_name(cadre, serial, options, fmt, outputs)
        outputs |= _encoded(record, path, fmt, cadre, export_time(paths.root))
    if fmt == "pdf":
        _write_pdfs(outputs)
    else:
        for path, data in outputs.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
    return FormExport([p for p in outputs if p.suffix != ".pic"], without_photo)


def _write_pdfs(documents: dict[Path, bytes]) -> None:
    """Each .docx made a PDF at its path, in one LibreOffice run (refused without one)."""
    import tempfile

    from cadrectl.exports.form_pdf import PdfFailed, PdfUnavailable, docx_to_pdfs

    with tempfile.TemporaryDirectory(prefix="cadrectl-forms-") as work:
        pairs = []
        for index, (pdf, data) in enumerate(documents.items()):
            docx = Path(work) / f"{index:04d}" / f"{pdf.stem}.docx"
            docx.parent.mkdir()
            docx.write_bytes(data)
            pairs.append((docx, pdf))
        try:
            docx_to_pdfs(pairs)
        except PdfUnavailable:
            raise CadrectlError("export.form.no-libreoffice") from None
        except PdfFailed as exc:
            raise CadrectlError("export.form.pdf-failed", detail=exc.detail) from None


def _registry(paths: RegistryPaths, selection: FormSelection) -> LoadedRegistry:
    from cadrectl.model.cadre import is_safe_id
    from cadrectl.services.registry import load_registry, require_complete, require_config

    only = None
    if selection.cadre_id is not None and is_safe_id(selection.cadre_id):
        only = {paths.relative(paths.cadre_file(selection.cadre_id))}
    registry = load_registry(paths, cadre_files=only)
    require_config(registry)
    require_complete(registry)
    return registry


def select_cadres(registry: LoadedRegistry, selection: FormSelection) -> list[Cadre]:
    """The one named (whatever its status), or every reserve of the statuses and rank."""
    from cadrectl.core.errors import NotFound
    from cadrectl.model.cadre import is_safe_id

    if selection.cadre_id is not None:
        entry = registry.cadre(selection.cadre_id)
        if entry is None:
            cadre_id = selection.cadre_id
            path = registry.paths.existing_cadre_file(cadre_id) if is_safe_id(cadre_id) else None
            if path is not None:
                raise CadrectlError("show.invalid", id=cadre_id, file=registry.paths.relative(path))
            raise NotFound("show.not-found", id=cadre_id)
        return [entry.cadre]
    chosen = [
        entry.cadre for entry in registry.cadres
        if entry.cadre.reserve.status in selection.statuses
        and selection.target_rank in (None, entry.cadre.reserve.target_rank)
    ]  # fmt: skip
    if not chosen:
        raise CadrectlError("export.form.none")
    return sorted(chosen, key=lambda cadre: cadre.id)


def _target(paths: RegistryPaths, output: Path, fmt: FormFormat, single: bool) -> Path:
    if single:
        if output.suffix.lower() != f".{fmt}":
            raise UsageError("export.form.bad-suffix", path=str(output), suffix=f".{fmt}")
        return export_target(output, paths)
    if output.exists() and not output.is_dir():
        raise UsageError("export.form.not-a-folder", path=str(output))
    return (
        output
        if len(output.parts) != 1 or output.is_absolute()
        else paths.root / "exports" / output
    )


def _default_fields(target: Path, single: bool) -> Path | None:
    """``任免审批表.yaml`` in the output's folder (the folder itself with ``--all``)."""
    candidate = (target.parent if single else target) / FIELDS_FILE
    return candidate if candidate.is_file() else None


def load_fields(path: Path | None) -> FormFieldsFile:
    """The export's fields file, validated (refused with its problems); empty when none."""
    from cadrectl.model.form import FormFieldsFile

    if path is None:
        return FormFieldsFile()
    from cadrectl.services.registry import validate_model
    from cadrectl.store.reader import parse_text

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = str(exc)
        raise CadrectlError(
            "export.form.fields-unreadable", path=str(path), detail=detail
        ) from None
    document = parse_text(text, path.name)
    if document.data is None:
        detail = "；".join(problem.message for problem in document.problems)
        raise CadrectlError("export.form.fields-invalid", path=str(path), detail=detail)
    model, problems = validate_model(document.data, FormFieldsFile, path.name)
    if model is None or problems:
        detail = "；".join(f"{format_path(p.field)}: {p.message}" for p in problems)
        raise CadrectlError("export.form.fields-invalid", path=str(path), detail=detail)
    assert isinstance(model, FormFieldsFile)
    return model


def _fields(file: FormFieldsFile, cadre_id: str, given: dict[str, str]) -> FormFields:
    from cadrectl.model.form import FormFields

    own = file.for_cadre(cadre_id).model_dump(exclude_none=True)
    return FormFields.model_validate(own | given)


def file_name(cadre: Cadre, serial: int, options: FormOptions, fmt: FormFormat,
              taken: dict[Path, bytes]) -> str:  # fmt: skip
    """``{姓名}{身份证号}.lrmx`` (or the pattern's), safe on every system, never one taken."""
    number = "" if options.mask_id else cadre.id_number or ""
    values = {"姓名": cadre.name, "身份证号": number, "编号": cadre.id, "序号": f"{serial:03d}"}
    stem = _UNSAFE.sub("_", options.name_pattern.format_map(values)).strip(" .") or cadre.id
    names = {path.name for path in taken}
    if f"{stem}.{fmt}" in names:
        stem = f"{stem}（{cadre.id}）"
    return f"{stem}.{fmt}"


def _check_pattern(pattern: str) -> None:
    names = set(re.findall(r"{([^{}]*)}", pattern))
    if not names or names - set(_PLACEHOLDERS):
        raise UsageError("export.form.bad-pattern", pattern=pattern, names="、".join(_PLACEHOLDERS))


def _encoded(
    record: ExchangeRecord, path: Path, fmt: FormFormat, cadre: Cadre, stamp: dt.datetime
) -> dict[Path, bytes]:
    """The file's bytes (an LRM's .pic beside it; for a PDF, the .docx to convert)."""
    if fmt == "lrmx":
        from cadrectl.exports.lrmx import lrmx_bytes

        return {path: lrmx_bytes(record)}
    if fmt in ("docx", "pdf"):
        from cadrectl.exports.form_docx import form_document
        from cadrectl.exports.form_text import printed_form

        return {path: form_document([printed_form(record)], stamp)}
    from cadrectl.exports.lrm import LrmEncodingError, lrm_bytes, lrm_photo

    try:
        data = lrm_bytes(record)
    except LrmEncodingError as exc:
        raise CadrectlError("export.form.not-gbk", id=cadre.id, element=exc.element,
                            char=exc.char) from None  # fmt: skip
    photo = lrm_photo(record)
    return {path: data, **({path.with_suffix(".pic"): photo} if photo else {})}
