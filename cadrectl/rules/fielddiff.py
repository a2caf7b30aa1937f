"""Field-level differences between two versions of a file's data (what ``history`` shows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from cadrectl.core.problems import FieldPath, format_path


@dataclass(frozen=True)
class FieldChange:
    path: FieldPath
    change: Literal["changed", "added", "removed"]
    old: Any = None
    new: Any = None

    @property
    def field(self) -> str:
        return format_path(self.path)

    def line(self) -> str:
        """``current.post: 副镇长 → 镇长``, ``records.assessments + 2025 优秀``."""
        if self.change == "added":
            return f"{self.field} + {show(self.new)}"
        if self.change == "removed":
            return f"{self.field} − {show(self.old)}"
        return f"{self.field}: {show(self.old)} → {show(self.new)}"

    def as_data(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "change": self.change,
            "old": None if self.old is None else show(self.old),
            "new": None if self.new is None else show(self.new),
        }


def field_changes(old: Any, new: Any, path: FieldPath = ()) -> list[FieldChange]:
    """What changed from ``old`` to ``new``: mappings by key, lists by position (appends)."""
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        found: list[FieldChange] = []
        for key in list(old) + [k for k in new if k not in old]:
            if key not in new:
                found.append(FieldChange((*path, key), "removed", old=old[key]))
            elif key not in old:
                found.append(FieldChange((*path, key), "added", new=new[key]))
            else:
                found.extend(field_changes(old[key], new[key], (*path, key)))
        return found
    if isinstance(old, list) and isinstance(new, list) and _all_mappings(old + new):
        found = []
        for index in range(min(len(old), len(new))):
            found.extend(field_changes(old[index], new[index], (*path, index)))
        found += [FieldChange(path, "added", new=item) for item in new[len(old) :]]
        found += [FieldChange(path, "removed", old=item) for item in old[len(new) :]]
        return found
    return [FieldChange(path, "changed", old=old, new=new)]


def _all_mappings(items: list[Any]) -> bool:
    return all(isinstance(item, dict) for item in items)


def show(value: Any) -> str:
    """A value as one short line: a record's values joined by spaces."""
    if value is None:
        return "∅"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return " ".join(show(item) for item in value.values())
    if isinstance(value, list):
        return "[" + "、".join(show(item) for item in value) + "]"
    return str(value)
