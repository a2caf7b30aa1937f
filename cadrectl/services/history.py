"""``history ID`` and ``diff REV [REV]``: the audit trail from git, as field-level changes."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cadrectl.errors import CadrectlError, NotFound
from cadrectl.rules.fielddiff import FieldChange, field_changes
from cadrectl.store import git
from cadrectl.store.reader import document_from_bytes
from cadrectl.store.registry import RegistryPaths

MANUAL = "manual"


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [change.line() for change in field_changes(old, new)]


@dataclass(frozen=True)
class HistoryEntry:
    commit: str
    date: str
    author: str
    action: str  # add, set, record, exit, use, edit… or "manual" for changes made by hand
    subject: str
    changes: list[FieldChange]
    created: bool = False


@dataclass(frozen=True)
class CadreHistory:
    id: str
    name: str
    entries: list[HistoryEntry]


def cadre_history(paths: RegistryPaths, cadre_id: str) -> CadreHistory:
    """Every commit that touched the cadre's file, oldest first, with what it changed."""
    from cadrectl.model.cadre import is_safe_id

    if not is_safe_id(cadre_id):
        raise NotFound("show.not-found", id=cadre_id)
    if not git.is_repository(paths.root):
        raise CadrectlError("git.need-repository")
    file = paths.relative(paths.cadre_file(cadre_id))
    log = list(reversed(git.log(paths.root, file)))
    if not log:
        raise NotFound("show.not-found", id=cadre_id)
    entries = []
    previous: dict[str, Any] | None = None
    for commit in log:
        data = _data_at(paths, commit.commit, file)
        changes = field_changes(previous or {}, data or {}) if previous is not None else []
        entries.append(
            HistoryEntry(
                commit=commit.commit,
                date=commit.date,
                author=commit.author,
                action=commit.trailers.get("Action", MANUAL),
                subject=commit.subject,
                changes=changes,
                created=previous is None,
            )
        )
        previous = data or {}
    name = str((previous or {}).get("name", ""))
    return CadreHistory(cadre_id, name, entries)


def _data_at(paths: RegistryPaths, revision: str, file: str) -> dict[str, Any] | None:
    return _parse(git.show_file(paths.root, revision, file))


def _parse(raw: bytes | None) -> dict[str, Any] | None:
    """A file's mapping, or None when it is missing or does not read as one."""
    return None if raw is None else document_from_bytes(raw, "").data


@dataclass
class RegistryDiff:
    old: str
    new: str
    entered: list[dict[str, str]] = field(default_factory=list)
    exited: list[dict[str, str]] = field(default_factory=list)
    used: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    tiers: list[dict[str, str | int | None]] = field(default_factory=list)
    changed: list[tuple[dict[str, str], list[FieldChange]]] = field(default_factory=list)


def registry_diff(
    paths: RegistryPaths, old: str, new: str | None = None, as_of: dt.date | None = None
) -> RegistryDiff:
    """Who entered, left, was used, and what changed per cadre between two revisions.

    Without ``new`` the working tree (as the files are now) is compared with ``old``.
    """
    if not git.is_repository(paths.root):
        raise CadrectlError("git.need-repository")
    old_id = git.resolve(paths.root, old)
    new_id = git.resolve(paths.root, new) if new else None
    result = RegistryDiff(old=old_id, new=new_id or "working tree")
    for status, file in git.changed_files(paths.root, old_id, new_id, "cadres"):
        before = _data_at(paths, old_id, file) if status != "A" else None
        after = _data_now(paths, file) if new_id is None else _data_at(paths, new_id, file)
        who = _who(after or before or {}, file)
        if status == "A" or before is None:
            result.entered.append(who)
            continue
        if after is None:
            result.removed.append(who)
            continue
        old_status = before.get("reserve", {}).get("status")
        new_status = after.get("reserve", {}).get("status")
        if old_status != new_status and new_status == "exited":
            exited = after.get("reserve", {}).get("exited") or {}
            result.exited.append(who | {"reason": str(exited.get("reason", ""))})
        elif old_status != new_status and new_status == "used":
            used = after.get("reserve", {}).get("used") or {}
            result.used.append(
                who | {"unit": str(used.get("unit", "")), "post": str(used.get("post", ""))}
            )
        changes = field_changes(before, after)
        if changes:
            result.changed.append((who, changes))
    result.tiers = _tier_changes(paths, old_id, new_id, as_of or dt.date.today())
    return result


def _tier_changes(
    paths: RegistryPaths, old: str, new: str | None, as_of: dt.date
) -> list[dict[str, str | int | None]]:
    """Cadres whose ladder tier differs between the two versions (both placed on ``as_of``)."""
    before, names = _tiers_at(paths, old, as_of)
    after, new_names = _tiers_at(paths, new, as_of)
    names |= new_names
    changes: list[dict[str, str | int | None]] = []
    for cadre_id in sorted(set(before) | set(after)):
        if cadre_id in before and cadre_id in after and before[cadre_id] != after[cadre_id]:
            changes.append({"id": cadre_id, "name": names.get(cadre_id, ""),
                            "old": before[cadre_id], "new": after[cadre_id]})  # fmt: skip
    return changes


def _tiers_at(
    paths: RegistryPaths, revision: str | None, as_of: dt.date
) -> tuple[dict[str, int | None], dict[str, str]]:
    from cadrectl.services.ladder import compute_ladder
    from cadrectl.services.registry import load_registry

    if revision is None:
        ladder = compute_ladder(load_registry(paths), as_of)
    else:
        with tempfile.TemporaryDirectory(prefix="cadrectl-diff-") as folder:
            git.export_tree(paths.root, revision, Path(folder))
            old = load_registry(RegistryPaths(Path(folder)), cache_root=paths.root)
            ladder = compute_ladder(old, as_of)
    tiers = {p.cadre.id: p.tier for p in ladder.placements}
    return tiers, {p.cadre.id: p.cadre.name for p in ladder.placements}


def _data_now(paths: RegistryPaths, file: str) -> dict[str, Any] | None:
    path = paths.root / file
    return _parse(path.read_bytes() if path.is_file() else None)


def _who(data: dict[str, Any], file: str) -> dict[str, str]:
    stem = file.rsplit("/", 1)[-1].removesuffix(".yaml")
    return {"id": str(data.get("id", stem)), "name": str(data.get("name", "")), "file": file}
