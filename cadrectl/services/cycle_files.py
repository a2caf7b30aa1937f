"""cycles/<year>/ for ``check``: each file against its schema, then the rules across files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cadrectl.core.problems import Problem, warning
from cadrectl.rules.context import CycleFolder
from cadrectl.rules.cycle_rules import CYCLE_RULES, KnownIds
from cadrectl.services.registry import LoadedRegistry, read_model
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from pydantic import BaseModel

_YEAR_FOLDER = re.compile(r"[0-9]{4}")


@dataclass
class LoadedCycles:
    """Every year's cycle files, validated; files that failed are in ``problems`` only."""

    cycles: list[CycleFolder] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_cycles(paths: RegistryPaths) -> LoadedCycles:
    """Read each cycles/<year>/ folder (links and stray entries reported, never followed)."""
    loaded = LoadedCycles()
    top = paths.relative(paths.cycles_dir)
    scan = paths.scan(paths.cycles_dir)
    loaded.problems.extend(scan.problems)
    for path in scan.files:
        loaded.problems.append(warning(f"{top}/{path.name}", "cycle-stray-file"))
    for folder in scan.folders:
        name = f"{top}/{folder.name}"
        if not _YEAR_FOLDER.fullmatch(folder.name):
            loaded.problems.append(warning(name, "cycle-folder-name"))
            continue
        loaded.cycles.append(_load_year(paths, name, int(folder.name), loaded))
    return loaded


def _models() -> dict[str, tuple[str | None, type[BaseModel]]]:
    """Each file's model and the CycleFolder field that holds it (ladder.yaml is checked against
    its schema and read by the next year's cycle only)."""
    from cadrectl.model.cycle import CycleState, Nominations, Proposal, RecordedLadder, Tallies

    return {
        "cycle.yaml": ("state", CycleState), "nominations.yaml": ("nominations", Nominations),
        "tallies.yaml": ("tallies", Tallies), "adjustment.yaml": ("proposal", Proposal),
        "ladder.yaml": (None, RecordedLadder),
    }  # fmt: skip


def _load_year(paths: RegistryPaths, folder: str, year: int, loaded: LoadedCycles) -> CycleFolder:
    models = _models()
    scan = paths.scan(paths.root / folder)
    loaded.problems.extend(scan.problems)
    documents: dict[str, Any] = {}
    invalid: set[str] = set()
    present: set[str] = set()
    for path in scan.files:
        file = f"{folder}/{path.name}"
        if path.name not in models:
            if path.suffix == ".yaml":
                allowed = "、".join(models)
                loaded.problems.append(warning(file, "unknown-cycle-file", allowed=allowed))
            continue  # notice.txt and the like: written for people, read by nothing
        holder, model = models[path.name]
        present.add(path.name)
        loaded.files.append(file)
        document = read_model(path, file, model, loaded.problems)
        if document is None:
            invalid.add(path.name)
        elif holder is not None:
            documents[holder] = document
    for path in scan.folders:
        loaded.problems.append(
            warning(f"{folder}/{path.name}", "stray-folder", folder=f"{folder}/")
        )
    if present and "cycle.yaml" not in present:
        loaded.problems.append(warning(folder, "cycle-without-state"))
    return CycleFolder(year, folder, invalid=frozenset(invalid), **documents)


def cycle_problems(cycles: LoadedCycles, registry: LoadedRegistry) -> list[Problem]:
    """Every cycle rule over the files that passed their schemas."""
    if not cycles.cycles:
        return []  # most registries, most of the year: no need to gather every id
    known = KnownIds(
        cadres=frozenset(_ids(registry, "cadres", [entry.cadre.id for entry in registry.cadres])),
        units=frozenset(_ids(registry, "units", [entry.unit.id for entry in registry.units])),
    )
    return [
        problem for cycle in cycles.cycles for rule in CYCLE_RULES for problem in rule(cycle, known)
    ]


def _ids(registry: LoadedRegistry, folder: str, loaded: list[str]) -> set[str]:
    """The loaded ids, and the names of the folder's files (a file that failed is still there)."""
    prefix = f"{folder}/"
    # the stem by slicing: a PurePosixPath a file cost 10 µs, a tenth of a second at 10,000
    stems = {
        file[len(prefix) :].rpartition(".")[0] or file[len(prefix) :]
        for file in registry.files
        if file.startswith(prefix) and "/" not in file[len(prefix) :]
    }
    return stems | set(loaded)
