"""Changing one cadre: set fields, append records, exit, use, inspect for a post, or replace
the whole text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from cadrectl.core.errors import CadrectlError, NotFound, UsageError
from cadrectl.core.messages import t
from cadrectl.core.problems import FieldPath, format_path
from cadrectl.model.codes import POOL_STATUSES
from cadrectl.model.dates import PartialDate
from cadrectl.model.inspections import RECORD_LISTS
from cadrectl.services.changes import ChangeResult, CommitMessage, apply_changes, writes
from cadrectl.services.filetext import FileText, read_file_text
from cadrectl.services.values import coerce
from cadrectl.store import fastyaml
from cadrectl.store.edit import EditFailed, append_item, delete_key, set_value
from cadrectl.store.reader import parse_text
from cadrectl.store.registry import RegistryPaths

# record KIND → where its list is in the file: records.<list>, or the form's family
RECORD_PATHS: dict[str, FieldPath] = {
    **{kind: ("records", plural) for kind, plural in RECORD_LISTS.items()},
    "family": ("family",),
}


class CadreText(FileText):
    """A cadre's file as it is on disk, with its parsed data."""


def read_cadre(paths: RegistryPaths, cadre_id: str) -> CadreText:
    """The cadre's file text; refuses unsafe or unknown ids and files that do not parse."""
    from cadrectl.model.cadre import is_safe_id

    if not is_safe_id(cadre_id):
        raise UsageError("edit.bad-id", id=cadre_id)
    path = paths.existing_cadre_file(cadre_id)
    if path is None:
        raise NotFound("show.not-found", id=cadre_id)
    return read_file_text(CadreText, path, paths.relative(path), cadre_id, "show.invalid")


def cadre_key_order(path: FieldPath) -> Sequence[str]:
    """The keys of the cadre mapping at ``path`` in schema order (where a new key goes)."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.paths import keys_at

    return keys_at(Cadre, path)


def apply_edit(text: str, action: Any) -> str:
    try:
        result: str = action(text)
    except EditFailed as exc:
        raise CadrectlError(f"problem.{exc.code}", **exc.params) from None
    return result


@writes("set")
def set_fields(
    paths: RegistryPaths,
    cadre_id: str,
    assignments: Sequence[tuple[FieldPath, str]],
    *,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl set ID FIELD=VALUE…``: typed, validated, one commit for all fields."""
    from cadrectl.model.cadre import Cadre

    if not assignments:
        raise UsageError("edit.no-change")
    current = read_cadre(paths, cadre_id)
    text = current.text
    details = []
    for path, raw in assignments:
        value = coerce(Cadre, path, raw)
        old = _value_at(current.data, path)
        text = apply_edit(
            text, lambda body, p=path, v=value: set_value(body, p, v, cadre_key_order)
        )
        details.append(f"{format_path(path)}: {_show(old)} → {_show(value)}")
    if text == current.text:
        raise CadrectlError("edit.no-change")
    subject = t("commit.set", id=cadre_id, name=current.name, changes="；".join(details))
    message = CommitMessage(subject, "set", cadre_id, tuple(details))
    return apply_changes(paths, {current.file: text}, message, no_commit=no_commit)


@writes("record")
def add_record(
    paths: RegistryPaths,
    cadre_id: str,
    kind: str,
    assignments: Sequence[tuple[FieldPath, str]],
    *,
    replace: bool = False,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl record ID KIND FIELD=VALUE…``: append one record of that kind."""

    fields = []
    for path, raw in assignments:
        if len(path) != 1 or not isinstance(path[0], str):
            raise UsageError("edit.bad-path", path=format_path(path))
        fields.append((path[0], raw))
    item = record_item(kind, fields)
    records_path = RECORD_PATHS[kind]
    current = read_cadre(paths, cadre_id)
    existing = _value_at(current.data, records_path) or []
    if kind == "assessment" and "year" in item:
        same_year = [i for i, old in enumerate(existing) if old.get("year") == item["year"]]
        if same_year and not replace:
            raise CadrectlError("record.assessment-exists", year=item["year"], id=cadre_id)
        if same_year:
            index = same_year[0]
            text = apply_edit(
                current.text, lambda body: set_value(body, (*records_path, index), item)
            )
        else:
            text = append_record(current.text, kind, item)
    else:
        text = append_record(current.text, kind, item)
    summary = " ".join(_show(value) for value in item.values())
    label = t(f"record.kind.{kind}")
    subject = t("commit.record", id=cadre_id, name=current.name, kind=label, summary=summary)
    details = (f"{format_path(records_path)} + {summary}",)
    message = CommitMessage(subject, "record", cadre_id, details, {"Record": kind})
    return apply_changes(paths, {current.file: text}, message, no_commit=no_commit)


def record_item(kind: str, fields: Iterable[tuple[str, object]]) -> dict[str, Any]:
    """A record of ``kind`` from field names and typed-in values, each read by its field's type."""
    from cadrectl.model.cadre import Cadre

    if kind not in RECORD_PATHS:
        raise UsageError("record.bad-kind", kind=kind, kinds=", ".join(RECORD_PATHS))
    base: FieldPath = (*RECORD_PATHS[kind], 0)
    return {name: coerce(Cadre, (*base, name), str(raw)) for name, raw in fields}


def append_record(text: str, kind: str, item: dict[str, Any]) -> str:
    """``text`` with ``item`` appended to the kind's list (records.<list>, or family)."""
    path = RECORD_PATHS[kind]
    return apply_edit(text, lambda body: append_item(body, path, item, cadre_key_order))


@writes("exit")
def exit_cadre(
    paths: RegistryPaths,
    cadre_id: str,
    *,
    reason: str,
    date: PartialDate,
    note: str | None = None,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl exit ID --reason R``: the file stays; its status says when and why."""
    block = {"date": date, "reason": reason}
    return _leave_pool(paths, cadre_id, "exited", block, note, no_commit, reason=reason)


@writes("use")
def use_cadre(
    paths: RegistryPaths,
    cadre_id: str,
    *,
    unit: str,
    post: str,
    date: PartialDate,
    note: str | None = None,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl use ID --unit U --post P``: promoted into a post (已使用)."""
    block = {"date": date, "unit": unit, "post": post}
    return _leave_pool(paths, cadre_id, "used", block, note, no_commit, unit=unit, post=post)


def _leave_pool(
    paths: RegistryPaths,
    cadre_id: str,
    status: str,
    block: dict[str, Any],
    note: str | None,
    no_commit: bool,
    **subject_params: str,
) -> ChangeResult:
    """Set reserve.status and its block (reserve.exited or reserve.used), one commit. A reserve
    under inspection may leave too: its reserve.inspecting goes (status_change)."""
    current = read_cadre(paths, cadre_id)
    old = _refuse_unless(current, POOL_STATUSES, "edit.not-active")
    if note:
        block = {**block, "note": note}
    text = status_change(current.text, status, block)
    action = "exit" if status == "exited" else "use"
    subject = t(f"commit.{action}", id=cadre_id, name=current.name, **subject_params)
    message = CommitMessage(subject, action, cadre_id, (f"reserve.status: {old} → {status}",))
    return apply_changes(paths, {current.file: text}, message, no_commit=no_commit)


@writes("inspect-for")
def inspect_for(
    paths: RegistryPaths,
    cadre_id: str,
    *,
    unit: str,
    post: str,
    date: PartialDate,
    note: str | None = None,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl inspect-for ID --unit U --post P``: 已列为考察对象 for that post. The reserve
    stays in the pool (``Reserve.in_pool``) until ``use``, ``exit`` or ``inspect-for --end``."""
    current = read_cadre(paths, cadre_id)
    _refuse_unless(current, ("active",), "edit.not-active-to-inspect")
    block: dict[str, Any] = {"date": date, "unit": unit, "post": post}
    if note:
        block["note"] = note
    text = status_change(current.text, "inspecting", block)
    subject = t("commit.inspect-for", id=cadre_id, name=current.name, unit=unit, post=post)
    details = ("reserve.status: active → inspecting",)
    message = CommitMessage(subject, "inspect-for", cadre_id, details)
    return apply_changes(paths, {current.file: text}, message, no_commit=no_commit)


@writes("inspect-end")
def end_inspection(
    paths: RegistryPaths,
    cadre_id: str,
    *,
    reason: str,
    date: PartialDate,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl inspect-for ID --end --reason R``: no longer 考察对象, active again. The file
    keeps no trace of the inspection; the commit does (the block, the reason, the date)."""
    reason = " ".join(reason.split())  # one line: it is a trailer of the commit message
    if not reason:
        raise UsageError("edit.reason-empty")
    current = read_cadre(paths, cadre_id)
    _refuse_unless(current, ("inspecting",), "edit.not-inspecting")
    held = _value_at(current.data, ("reserve", "inspecting"))
    held = held if isinstance(held, dict) else {}
    text = status_change(current.text, "active", None)
    unit, post = str(held.get("unit", "")), str(held.get("post", ""))
    subject = t("commit.inspect-end", id=cadre_id, name=current.name, unit=unit, post=post)
    details = ("reserve.status: inspecting → active", f"reserve.inspecting: {_show(held)} → ∅")
    trailers = {"Reason": reason, "Ended": date.isoformat()}
    message = CommitMessage(subject, "inspect-end", cadre_id, details, trailers)
    return apply_changes(paths, {current.file: text}, message, no_commit=no_commit)


@writes("edit")
def replace_text(
    paths: RegistryPaths,
    cadre_id: str,
    new_text: str,
    *,
    base_text: str | None = None,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl edit ID``: the clerk's whole new text, validated like any other change.

    ``base_text`` is the text the clerk started from: when the file no longer holds it (another
    command changed it while the editor was open), the change is refused, never written over.
    """
    from cadrectl.services.history import describe_changes

    current = read_cadre(paths, cadre_id)
    if base_text is not None and current.text != base_text:
        raise CadrectlError("edit.changed-meanwhile", files=current.file)
    if new_text == current.text:
        raise CadrectlError("edit.no-change")
    try:
        new_data = fastyaml.parse(new_text)
    except fastyaml.FastParseFailed:
        new_data = None
    details = tuple(describe_changes(current.data, new_data)) if isinstance(new_data, dict) else ()
    subject = t("commit.edit", id=cadre_id, name=current.name)
    message = CommitMessage(subject, "edit", cadre_id, details)
    return apply_changes(paths, {current.file: new_text}, message, no_commit=no_commit)


def status_change(text: str, status: str, block: dict[str, Any] | None) -> str:
    """``text`` with reserve.status set and its block (reserve.<status>: inspecting, used,
    exited; None for active, which has none) written; a reserve.inspecting the new status does
    not take is removed (one who leaves the pool, or goes back to active, is no 考察对象)."""
    order = cadre_key_order
    text = apply_edit(text, lambda body: set_value(body, ("reserve", "status"), status, order))
    if block is not None:
        text = apply_edit(text, lambda body: set_value(body, ("reserve", status), block, order))
    data = parse_text(text, "").data
    reserve = data.get("reserve") if isinstance(data, dict) else None
    if status != "inspecting" and isinstance(reserve, dict) and "inspecting" in reserve:
        text = apply_edit(text, lambda body: delete_key(body, ("reserve", "inspecting")))
    return text


def _refuse_unless(current: CadreText, allowed: Collection[str], key: str) -> str:
    """The cadre's status, when it is one of ``allowed``; else refused with message ``key``."""
    status = _value_at(current.data, ("reserve", "status"))
    if status not in allowed:
        raise CadrectlError(key, id=current.id, status=t(f"status.{status}"))
    return str(status)


def _value_at(data: Any, path: FieldPath) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or not 0 <= part < len(data):
                return None
        elif not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _show(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, dt.date | PartialDate):
        return value.isoformat()
    if isinstance(value, list):
        return "、".join(_show(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_show(item) for item in value.values())
    return str(value)
