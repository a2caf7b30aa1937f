"""What a 任免审批表 read in changes in a reserve's file: the elements whose text differs from
what this registry writes for the reserve, each read and set against the file — a resume line
the file holds kept as it is (with its 职级 and 基层 marks), a new one added in date order, a
year's grade added or corrected, the form's own texts replaced."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from cadrectl.exports.columns import unit_and_post
from cadrectl.model.dates import PartialDate
from cadrectl.rules.exchange import ExchangeRecord, FamilyItem
from cadrectl.rules.form_read import NOT_DATA
from cadrectl.rules.sheet_changes import FieldChange, as_date, row_changes, same

_SPACES = re.compile(r"\s+")
_OWN_LISTS = ("education", "resume", "family", "records", "form")


def squeezed(text: str) -> str:
    """A text as two forms are compared: NFKC, no spaces at all."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def differing(record: ExchangeRecord, own: ExchangeRecord) -> list[str]:
    """The elements the form gives (not empty) whose text is not what the registry writes."""
    wanted = [
        name
        for name, text in record.elements.items()
        if name not in NOT_DATA and text and squeezed(text) != squeezed(own.text(name))
    ]
    if record.family and _family_key(record.family) != _family_key(own.family):
        wanted.append("JiaTingChengYuan")
    return wanted


def _family_key(items: Sequence[FamilyItem]) -> list[tuple[str, ...]]:
    from cadrectl.rules.form_values import form_date

    def month(text: str) -> str:
        day = form_date(text)
        return f"{day.year:04d}{day.month:02d}" if day else squeezed(text)

    return [
        tuple(squeezed(v) for v in (i.relation, i.name, month(i.birth), i.party, i.work))
        for i in items
    ]


def form_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """The changes the form's data (``new``) makes to the file's (``old``, as it is on disk)."""
    plain = {key: value for key, value in new.items() if key not in _OWN_LISTS}
    changes = row_changes(old, plain)
    changes += _education(old.get("education") or [], new.get("education") or [])
    if "resume" in new:
        changes += _resume(old.get("resume") or [], new["resume"])
    if "family" in new and _members(new["family"]) != _members(old.get("family") or []):
        changes.append(FieldChange(("family",), old.get("family"), new["family"]))
    records = new.get("records") or {}
    held = old.get("records") or {}
    changes += _assessments(held.get("assessments") or [], records.get("assessments") or [])
    for kind in ("practice", "secondments"):
        changes += _added(kind, held.get(kind) or [], records.get(kind) or [])
    if "form" in new:
        changes += row_changes(old, {"form": new["form"]})
    return changes


def _members(family: list[Any]) -> list[tuple[str, ...]]:
    """A family as two files are compared: each member's words, the birth month as text."""
    keys = ("relation", "name", "birth", "party", "work", "deceased")
    return [tuple(squeezed(str(member.get(key) or "")) for key in keys) for member in family]


def _education(old: list[Any], new: list[dict[str, Any]]) -> Iterator[FieldChange]:
    """Per kind, the form's 学历学位: nothing when an entry of the file says it already, else
    the file's highest entry of that kind updated, or a new entry when it has none."""
    from cadrectl.exports.form_text import best_education
    from cadrectl.model.cadre import Education

    for entry in new:
        of_kind = [(i, item) for i, item in enumerate(old) if item.get("kind") == entry["kind"]]
        if any(_says(item, entry) for _, item in of_kind):
            continue
        if not of_kind:
            yield FieldChange(("education",), None, entry, append=True)
            continue
        models = [Education.model_validate(item) for _, item in of_kind]
        best = best_education(models, entry["kind"])
        index = of_kind[models.index(best)][0] if best is not None else of_kind[0][0]
        for key in ("level", "degree", "school", "major"):
            if key in entry and not same(old[index].get(key), entry[key]):
                yield FieldChange(("education", index, key), old[index].get(key), entry[key])


def _says(held: Mapping[str, Any], entry: Mapping[str, Any]) -> bool:
    return all(same(held.get(key), entry[key]) for key in ("level", "degree", "school", "major")
               if key in entry)  # fmt: skip


def _resume(old: list[Any], new: list[dict[str, Any]]) -> list[FieldChange]:
    """The file's entries kept (a form line saying one of them changes nothing; one with its
    dates and other words corrects its unit and post; an open one the form ends gets its end);
    the form's other lines added, all in date order. Entries the form leaves out stay: a form
    is a summary, never a deletion."""
    merged = [dict(item) for item in old]
    changed = False
    for entry in new:
        index = _same_period(merged, entry)
        if index is None:
            merged.append(entry)
            changed = True
            continue
        held = merged[index]
        if "to" in entry and held.get("to") is None:
            held["to"] = entry["to"]
            changed = True
        if not _same_text(held, entry):
            held |= {"unit": entry["unit"], "post": entry["post"]}
            changed = True
    if not changed:
        return []
    merged.sort(key=lambda item: as_date(item.get("from")) or PartialDate(1900, 1))
    return [FieldChange(("resume",), old, merged)]


def _same_period(entries: list[dict[str, Any]], entry: Mapping[str, Any]) -> int | None:
    """The file's entry for the form's period: the same dates, or the same start of an entry
    the file holds open."""
    for index, item in enumerate(entries):
        if not same(item.get("from"), entry["from"]):
            continue
        held_end = item.get("to")
        if held_end is None or ("to" in entry and same(held_end, entry["to"])):
            return index
    return None


def _same_text(held: Mapping[str, Any], entry: Mapping[str, Any]) -> bool:
    ours = unit_and_post(str(held.get("unit", "")), str(held.get("post", "")))
    return squeezed(ours) == squeezed(unit_and_post(entry["unit"], entry["post"]))


def _assessments(old: list[Any], new: list[dict[str, Any]]) -> Iterator[FieldChange]:
    """Each year's grade: added when the file has none for the year, else corrected."""
    held = {item.get("year"): i for i, item in enumerate(old)}
    for entry in new:
        index = held.get(entry["year"])
        if index is None:
            yield FieldChange(("records", "assessments"), None, entry, append=True)
        elif old[index].get("grade") != entry["grade"]:
            path = ("records", "assessments", index, "grade")
            yield FieldChange(path, old[index].get("grade"), entry["grade"])


def _added(kind: str, old: list[Any], new: list[dict[str, Any]]) -> Iterator[FieldChange]:
    """A practice or secondment record the file lacks (by its start and place), added."""
    for entry in new:
        if not any(same(item.get("from"), entry["from"])
                   and same(item.get("unit"), entry["unit"]) for item in old):  # fmt: skip
            yield FieldChange(("records", kind), None, entry, append=True)
