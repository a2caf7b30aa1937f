"""What a forms import would write: each form's new file or changes, its photo, the lines of
the commit, and the problems by file and element — checked as ``check`` checks before any of
it is written."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cadrectl.core.messages import t
from cadrectl.core.problems import format_path
from cadrectl.model.dates import PartialDate
from cadrectl.rules.exchange import ExchangeRecord
from cadrectl.rules.form_read import FormContext, read_form
from cadrectl.services.form_changes import differing, form_changes
from cadrectl.services.import_sheet import IdSeries, described_change, field_label
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.rules.sheet_changes import FieldChange
    from cadrectl.services.import_forms import FormImportResult, FormOptions, Severity
    from cadrectl.services.registry import LoadedRegistry


class FormPlan:
    """The files, photos and commit lines the forms give, and where each came from."""

    def __init__(
        self,
        paths: RegistryPaths,
        registry: LoadedRegistry,
        ctx: FormContext,
        options: FormOptions,
        ids: IdSeries,
        today: dt.date,
        result: FormImportResult,
    ) -> None:
        self.paths, self.registry, self.ctx = paths, registry, ctx
        self.options, self.ids, self.today, self.result = options, ids, today, result
        self.texts: dict[str, str] = {}
        self.blobs: dict[str, bytes] = {}
        self.lines: list[str] = []
        self.sources: dict[str, str] = {}  # registry file → the form it came from
        self.unit_names = {entry.unit.id: entry.unit.name for entry in registry.units}

    @property
    def has_writes(self) -> bool:
        return bool(self.texts or self.blobs)

    def problem(
        self, file: str, element: str | None, code: str, severity: Severity = "error",
        **params: object,
    ) -> None:  # fmt: skip
        from cadrectl.services.import_forms import FormProblem

        text = t(f"import.problem.{code}", column=element or "", element=element or "", **params)
        self.result.problems.append(FormProblem(file, element, code, severity, text))

    def _read(self, file: str, record: ExchangeRecord, wanted: list[str]) -> dict[str, Any] | None:
        read = read_form(record, wanted, self.ctx)
        failed = False
        for found in read.problems:
            severity: Severity = "warning" if found.warning else "error"
            failed |= severity == "error"
            self.problem(file, found.element, found.code, severity, value=found.value,
                         line=found.line or "")  # fmt: skip
        return None if failed else read.data

    def change(self, file: str, cadre: Cadre, record: ExchangeRecord) -> None:
        """The reserve's file with what the form says differently."""
        from cadrectl.services.edit import apply_edit, cadre_key_order, read_cadre
        from cadrectl.services.import_forms import FormOutcome
        from cadrectl.store.edit import append_item, set_value

        own = self._own_record(cadre)
        data = self._read(file, record, differing(record, own))
        photo = self._photo(file, cadre.id, record)
        if data is None:
            return
        current = read_cadre(self.paths, cadre.id)
        changes = form_changes(current.data, data)
        if not changes and not photo:
            self.result.people.append(FormOutcome(file, "unchanged", cadre.id, cadre.name))
            return
        text = current.text
        for item in changes:
            edit = append_item if item.append else set_value
            text = apply_edit(text, lambda body, c=item, e=edit: e(body, c.path, c.new,
                                                                   cadre_key_order))  # fmt: skip
        described = tuple(_described(item) for item in changes)
        if photo:
            described += (t("import.form.photo-changed"),)
        if changes:
            self.texts[current.file] = text
            self.sources[current.file] = file
        self.lines.append(t("import.commit.changed", id=cadre.id, name=cadre.name,
                            changes="；".join(described)))  # fmt: skip
        self.result.people.append(FormOutcome(file, "changed", cadre.id, cadre.name, described))

    def new(self, file: str, record: ExchangeRecord) -> None:
        """A new reserve's file from the form, with the defaults for what no form says."""
        from cadrectl.services.add import cadre_text, missing_required, required_fields
        from cadrectl.services.import_forms import FormOutcome, element_of
        from cadrectl.services.values import put_value

        data = self._read(file, record, [*record.elements, "JiaTingChengYuan"])
        if data is None:
            return
        config = self.registry.config
        absent = set(missing_required(data, [path for path, _ in self.options.defaults]))
        for path, value in self.options.defaults:
            if path in absent:
                put_value(data, path, value)
        reserve = data.setdefault("reserve", {})
        reserve.setdefault("status", "active")
        if "entered" not in reserve:
            today = self.today
            reserve["entered"] = self.options.entered or PartialDate(today.year, today.month)
        profile = {tuple(dotted.split(".")) for dotted in config.fields.required}
        absent_now = missing_required(data, required_fields(config))
        for path in absent_now:  # the profile's: said, to be filled in (check keeps saying it)
            if path in profile:
                self.problem(file, element_of(path), "profile-field-missing", "warning",
                             field=field_label(path), name=data["name"])  # fmt: skip
        missing = [path for path in absent_now if path not in profile]
        for path in missing:
            self.problem(file, element_of(path), "form-field-missing", field=field_label(path),
                         dotted=format_path(path))  # fmt: skip
        if missing:
            return
        cadre_id = self.ids.next(reserve["entered"])
        if not data.get("family"):
            data.pop("family", None)
        rel = f"cadres/{cadre_id}.yaml"
        self.texts[rel] = cadre_text({"schema_version": 1, "id": cadre_id, **data})
        self.sources[rel] = file
        if record.photo is not None and self._photo_ok(file, record.photo):
            self.blobs[self.paths.relative(self.paths.photo_file(cadre_id))] = record.photo
        self.lines.append(t("import.commit.new", id=cadre_id, name=data["name"]))
        self.result.people.append(FormOutcome(file, "new", cadre_id, data["name"]))

    def check(self) -> None:
        """What the files would break, as ``check`` says it, at the form and element."""
        from cadrectl.services.changes import change_problems
        from cadrectl.services.import_forms import TOLERATED, FormProblem, element_of

        if not self.texts:
            return
        for _, found in change_problems(self.paths, self.texts, self.today, TOLERATED):
            file = self.sources.get(found.file, found.file)
            element = element_of(found.field) if found.field else None
            severity: Severity = "warning" if found.severity == "warning" else "error"
            self.result.problems.append(
                FormProblem(file, element, found.code, severity, found.message)
            )

    def _own_record(self, cadre: Cadre) -> ExchangeRecord:
        from cadrectl.exports.form_text import FormContext as Printing
        from cadrectl.exports.form_text import form_record
        from cadrectl.model.form import FormFields

        return form_record(cadre, Printing(self.today, self.unit_names, FormFields()))

    def _photo(self, file: str, cadre_id: str, record: ExchangeRecord) -> bool:
        """The form's photo written when it is new or another, and usable."""
        if record.photo is None:
            return False
        path = self.paths.photo_file(cadre_id)
        held = path.read_bytes() if path.is_file() else None
        if held == record.photo or not self._photo_ok(file, record.photo):
            return False
        self.blobs[self.paths.relative(path)] = record.photo
        return True

    def _photo_ok(self, file: str, photo: bytes) -> bool:
        from cadrectl.rules.photo import check_photo, photo_params

        found = check_photo(photo)
        if found.code is None:
            return True
        reason = t(f"problem.{found.code}", **photo_params(photo, found))
        self.problem(file, "ZhaoPian", "photo-unusable", "warning", reason=reason)
        return False


def _described(change: FieldChange) -> str:
    """A change as the report shows it: a family and a resume by their people and lines."""
    if change.path == ("family",):
        return t(
            "import.form.family-changed", before=_people(change.old), after=_people(change.new)
        )
    if change.path == ("resume",):
        old, new = change.old, change.new
        before = len(old) if isinstance(old, list) else 0
        after = len(new) if isinstance(new, list) else 0
        return t("import.form.resume-changed", before=before, after=after)
    return described_change(change)


def _people(family: object) -> str:
    if not isinstance(family, list) or not family:
        return "—"
    return "、".join(f"{m.get('relation', '')}{m.get('name', '')}" for m in family
                    if isinstance(m, dict))  # fmt: skip
