"""What an imported row changes in a reserve's file (issue 16): each field the row gives, set
against what the file holds. A field the row leaves empty changes nothing (a roster without
身份证号 never erases one), and a date the row gives by the month is no change to a file that
holds the same month to the day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cadrectl.core.problems import FieldPath
from cadrectl.model.dates import DateError, PartialDate
from cadrectl.rules.sheet_values import clean_text

# The education keys a roster gives; the rest of an entry (major, from, to) is the file's own.
_EDUCATION_KEYS = ("level", "degree", "school")


@dataclass(frozen=True)
class FieldChange:
    """One value the row changes: where in the file, what it was (None: not there), what the
    row gives. ``append`` is a new education entry, whose ``path`` is the list's."""

    path: FieldPath
    old: object
    new: object
    append: bool = False


def row_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """The changes ``new`` (a row's data) makes to ``old`` (a file's data), in the row's order."""
    return list(_changes(old, new, ()))


def _changes(old: Any, new: Mapping[str, Any], prefix: FieldPath) -> Iterator[FieldChange]:
    for key, value in new.items():
        path = (*prefix, key)
        before = old.get(key) if isinstance(old, Mapping) else None
        if path == ("education",):
            yield from _education_changes(before if isinstance(before, list) else [], value)
        elif isinstance(value, Mapping):
            yield from _changes(before if isinstance(before, Mapping) else {}, value, path)
        elif not same(before, value):
            yield FieldChange(path, before, value)


def _education_changes(old: list[Any], new: list[dict[str, Any]]) -> Iterator[FieldChange]:
    """Per kind (全日制, 在职): the file's first entry of that kind updated key by key, or a
    new entry when the file has none of that kind."""
    for entry in new:
        index = next(
            (i for i, item in enumerate(old)
             if isinstance(item, Mapping) and item.get("kind") == entry["kind"]),
            None,
        )  # fmt: skip
        if index is None:
            yield FieldChange(("education",), None, entry, append=True)
            continue
        for key in _EDUCATION_KEYS:
            if key in entry and not same(old[index].get(key), entry[key]):
                yield FieldChange(("education", index, key), old[index].get(key), entry[key])


def same(old: object, new: object) -> bool:
    """Whether a row's value says what the file holds: a month the same month (whatever day
    the file adds), a text the same text once spaces are cleaned."""
    if isinstance(new, PartialDate):
        held = as_date(old)
        if held is None:
            return False
        return (held.year, held.month) == (new.year, new.month) and (
            new.day is None or held.day == new.day
        )
    if isinstance(new, str):
        return isinstance(old, str) and clean_text(old) == clean_text(new)
    return old == new


def as_date(value: object) -> PartialDate | None:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    try:
        return PartialDate.parse(value)
    except DateError:
        return None
