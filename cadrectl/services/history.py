"""``history ID`` and ``diff REV [REV]``: the audit trail from git, as field-level changes."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError, NotFound
from cadrectl.core.privacy import mask_in
from cadrectl.model.outputs_history import DiffOutput, HistoryOutput
from cadrectl.rules.fielddiff import FieldChange, field_changes
from cadrectl.store import git
from cadrectl.store.reader import document_from_bytes
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.rules.cycle_story import StoryEvent
    from cadrectl.services.registry import LoadedRegistry

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

    def as_data(self) -> dict[str, Any]:
        return {
            "commit": self.commit,
            "date": self.date,
            "author": self.author,
            "action": self.action,
            "subject": self.subject,
            "created": self.created,
            "changes": [change.as_data() for change in self.changes],
        }


@dataclass(frozen=True)
class CadreHistory:
    id: str
    name: str
    entries: list[HistoryEntry]
    cycles: list[tuple[int, list[StoryEvent]]] = field(default_factory=list)  # year → story

    contract: ClassVar[type[BaseModel]] = HistoryOutput

    def as_data(self) -> dict[str, Any]:
        """The story as ``history --format json`` gives it, id numbers masked."""
        data: dict[str, Any] = mask_in(
            {
                "id": self.id,
                "name": self.name,
                "entries": [entry.as_data() for entry in self.entries],
                "cycles": [
                    {"year": year, "events": [event.as_data() for event in events]}
                    for year, events in self.cycles
                ],
            }
        )
        return data


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
    return CadreHistory(cadre_id, name, entries, cycle_stories(paths, cadre_id))


def cycle_stories(paths: RegistryPaths, cadre_id: str) -> list[tuple[int, list[StoryEvent]]]:
    """Each year's cycle story of the cadre (the years that named them), oldest first."""
    from cadrectl.rules.cycle_story import cycle_story
    from cadrectl.services.cycle.files import CycleFiles, cycle_years

    stories = []
    for year in cycle_years(paths):
        files = CycleFiles(paths, year)
        events = cycle_story(cadre_id, files.state(), files.nominations(), files.meetings(),
                             files.proposal())  # fmt: skip
        if events:
            stories.append((year, events))
    return stories


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
    # Files whose tier was not compared: they have errors in one of the two versions.
    tiers_skipped: list[str] = field(default_factory=list)
    # The version whose cadrectl.yaml has errors, so that no tier was compared (None: both fine).
    tiers_unchecked: str | None = None

    contract: ClassVar[type[BaseModel]] = DiffOutput

    def as_data(self) -> dict[str, Any]:
        """The difference as ``diff --format json`` gives it, id numbers masked."""
        data: dict[str, Any] = mask_in(
            {
                "old": self.old,
                "new": self.new,
                "entered": self.entered,
                "exited": self.exited,
                "used": self.used,
                "removed": self.removed,
                "tiers": self.tiers,
                "tiers_skipped": self.tiers_skipped,
                "tiers_unchecked": self.tiers_unchecked,
                "changed": [
                    who | {"changes": [change.as_data() for change in changes]}
                    for who, changes in self.changed
                ],
            }
        )
        return data


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
    _tier_changes(paths, result, old_id, new_id, as_of or dt.date.today())
    return result


def _tier_changes(
    paths: RegistryPaths, result: RegistryDiff, old: str, new: str | None, as_of: dt.date
) -> None:
    """Cadres whose ladder tier differs between the two versions (both placed on ``as_of``).

    Never silent: a file with errors in either version is named in ``tiers_skipped``; with
    cadrectl.yaml invalid in one, nothing is compared (the defaults would invent changes).
    """
    before, after = _placed_at(paths, old, as_of), _placed_at(paths, new, as_of)
    result.tiers_skipped = sorted(set(before.broken) | set(after.broken))
    for revision, placed in ((result.old, before), (result.new, after)):
        if not placed.config_ok:
            result.tiers_unchecked = revision
            return
    names = before.names | after.names
    for cadre_id in sorted(set(before.tiers) & set(after.tiers)):
        old_tier, new_tier = before.tiers[cadre_id], after.tiers[cadre_id]
        if old_tier != new_tier:
            name = names.get(cadre_id, "")
            result.tiers.append({"id": cadre_id, "name": name, "old": old_tier, "new": new_tier})
    seen = {change["id"] for change in result.tiers}
    for change in _applied_retiers(paths, old, new):
        if change["id"] not in seen:
            result.tiers.append(change)


def _applied_retiers(paths: RegistryPaths, old: str, new: str | None) -> list[dict[str, Any]]:
    """Re-tier lines that a cycle's apply executed between the two versions (issue 13 (6)).

    Why: both versions are placed on the same day above, so a tier that changed because a
    year went by shows only in the adjustment: its executed retier lines, with the year.
    """
    changes: list[dict[str, Any]] = []
    for year in _cycle_years(paths, new):
        before = _executed(paths, old, year)
        after = _executed(paths, new, year)
        for line in after.values():
            if line["line"] in before or line.get("action") != "retier":
                continue
            changes.append({"id": str(line.get("subject", "")), "name": str(line.get("name", "")),
                            "old": line.get("old_tier"), "new": line.get("new_tier"),
                            "cycle": year})  # fmt: skip
    return changes


def _cycle_years(paths: RegistryPaths, revision: str | None) -> list[int]:
    if revision is None:
        folders = paths.scan(paths.cycles_dir).folders
        return sorted(int(f.name) for f in folders if f.name.isascii() and f.name.isdigit())
    out = git.git(paths.root, "ls-tree", "--name-only", f"{revision}:./cycles", check=False)
    return sorted(int(name) for name in out.split() if name.isascii() and name.isdigit())


def _executed(paths: RegistryPaths, revision: str | None, year: int) -> dict[int, dict[str, Any]]:
    """The adjustment lines of ``year`` that were executed in ``revision``, by number."""

    def read(name: str) -> dict[str, Any] | None:
        rel = f"cycles/{year}/{name}"
        if revision is None:
            return _data_now(paths, rel)
        return _parse(git.show_file(paths.root, revision, f"./{rel}"))

    state, proposal = read("cycle.yaml"), read("adjustment.yaml")
    if not state or not proposal or not state.get("applied"):
        return {}
    lines = [line for line in proposal.get("lines") or [] if isinstance(line, dict)]
    done = state.get("applied_lines")
    executed = set(done) if isinstance(done, list) else {
        line.get("line") for line in lines if line.get("decision") == "accept"
    }  # fmt: skip
    return {int(line["line"]): line for line in lines if line.get("line") in executed}


@dataclass(frozen=True)
class _Placed:
    """One version's ladder: tier and name by cadre id, and the files it could not read."""

    tiers: dict[str, int | None]
    names: dict[str, str]
    broken: list[str]
    config_ok: bool


def _placed_at(paths: RegistryPaths, revision: str | None, as_of: dt.date) -> _Placed:
    from cadrectl.services.registry import load_registry

    if revision is None:
        return _placed(load_registry(paths), as_of)
    with tempfile.TemporaryDirectory(prefix="cadrectl-diff-") as folder:
        git.export_tree(paths.root, revision, Path(folder))
        return _placed(load_registry(RegistryPaths(Path(folder)), cache_root=paths.root), as_of)


def _placed(registry: LoadedRegistry, as_of: dt.date) -> _Placed:
    from cadrectl.services.ladder import compute_ladder
    from cadrectl.services.registry import broken_files

    broken = [problem.file for problem in broken_files(registry)]
    if not registry.config_ok:
        return _Placed({}, {}, broken, config_ok=False)
    placements = compute_ladder(registry, as_of).placements
    tiers = {p.cadre.id: p.tier for p in placements}
    return _Placed(tiers, {p.cadre.id: p.cadre.name for p in placements}, broken, config_ok=True)


def _data_now(paths: RegistryPaths, file: str) -> dict[str, Any] | None:
    from cadrectl.store.textfile import TextProblem, read_capped

    path = paths.root / file
    if paths.path_problem(path) is not None or not path.exists():
        return None  # a link or a FIFO is not read; check names it
    raw = read_capped(path)
    return _parse(None if isinstance(raw, TextProblem) else raw)


def _who(data: dict[str, Any], file: str) -> dict[str, str]:
    stem = file.rsplit("/", 1)[-1].removesuffix(".yaml")
    return {"id": str(data.get("id", stem)), "name": str(data.get("name", "")), "file": file}
