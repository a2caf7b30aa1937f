"""``cadrectl check``: schema problems of every file, then the rules within and across files."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import Problem, error, warning
from cadrectl.model.codes import RESERVE_STATUSES
from cadrectl.model.config import Config
from cadrectl.model.outputs import CheckOutput
from cadrectl.rules.cadre_rules import CADRE_RULES
from cadrectl.rules.config_rules import config_problems
from cadrectl.rules.registry_rules import REGISTRY_RULES, UNIT_RULES
from cadrectl.rules.roster_rules import template_problems
from cadrectl.services.registry import LoadedRegistry, load_registry
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.relpath import inside, same_or_under


@dataclass(frozen=True)
class CheckReport:
    files: int
    cadres: int
    units: int
    statuses: dict[str, int]
    problems: list[Problem]
    strict: bool = False  # warnings fail the check too (``--strict``)

    contract: ClassVar[type[BaseModel]] = CheckOutput

    @property
    def errors(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "warning")

    def ok(self) -> bool:
        return self.errors == 0 and not (self.strict and self.warnings)

    def as_data(self) -> dict[str, Any]:
        return {
            "ok": self.ok(),
            "files": self.files,
            "problems": [problem.as_data() for problem in self.problems],
        }


def run_check(
    paths: RegistryPaths,
    only: Sequence[Path] = (),
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    strict: bool = False,
) -> CheckReport:
    """Check the whole registry; report the problems of ``only`` (all when empty). With
    ``strict``, a warning fails the check as an error does."""
    from cadrectl.services.cycle_files import cycle_problems, load_cycles
    from cadrectl.services.photos import photo_problems

    selected = [_relative_selector(paths, path) for path in only]
    registry = load_registry(paths, progress)
    cycles = load_cycles(paths)
    problems = list(registry.problems) + rule_problems(registry, today)
    problems += cycles.problems + cycle_problems(cycles, registry)
    problems += photo_problems(paths)
    if not registry.config_ok:
        code = "config-partly-unusable" if registry.config_salvaged else "config-unusable"
        problems.append(error(paths.relative(paths.config), code))
    if selected:
        problems = [p for p in problems if any(_selected(p.file, s) for s in selected)]
    problems = locate_problems(paths, problems)
    if registry.config_ok:  # a stale schema is the whole file: not located (0.3 s a file)
        problems += schema_problems(paths, registry.config, selected)
    problems.sort(key=lambda p: (p.file, p.line or 0, p.column or 0, p.code))
    statuses = Counter(entry.cadre.reserve.status for entry in registry.cadres)
    every = registry.files + cycles.files
    files = [f for f in every if not selected or any(_selected(f, s) for s in selected)]
    return CheckReport(
        files=len(files),
        cadres=len(registry.cadres),
        units=len(registry.units),
        statuses={status: statuses.get(status, 0) for status in RESERVE_STATUSES},
        problems=problems,
        strict=strict,
    )


def schema_problems(
    paths: RegistryPaths, config: Config, selected: Sequence[str] = ()
) -> list[Problem]:
    """A warning for each file of schemas/ that is missing or not what ``cadrectl schemas``
    makes of this config (so the editor offers other values than check takes); none when the
    registry keeps no schemas/ folder, or the paths chosen leave it out."""
    from cadrectl.services.schemas import stale_registry_schemas

    folder = paths.schemas_dir
    if selected and not any(s == "" or same_or_under(s, "schemas") for s in selected):
        return []
    if paths.path_problem(folder, expect="folder") is not None or not folder.is_dir():
        return []
    files = [paths.relative(folder / name) for name in stale_registry_schemas(paths, config)]
    chosen = [f for f in files if not selected or any(_selected(f, s) for s in selected)]
    return [warning(file, "schemas-stale") for file in chosen]


def rule_problems(registry: LoadedRegistry, today: dt.date | None = None) -> list[Problem]:
    """Every rule over the files that passed the schema."""
    ctx = registry.context(today)
    found: list[Problem] = []
    if registry.config_ok:
        config_file = registry.paths.relative(registry.paths.config)
        found.extend(config_problems(config_file, registry.config))
        found.extend(template_problems(config_file, registry.config.rosters))
    for unit_rule in UNIT_RULES:
        found.extend(unit_rule(registry.units, ctx))
    for entry in registry.cadres:
        for cadre_rule in CADRE_RULES:
            found.extend(cadre_rule(entry, ctx))
    for registry_rule in REGISTRY_RULES:
        found.extend(registry_rule(registry.cadres, ctx))
    return found


def problems_of_files(
    registry: LoadedRegistry, files: set[str], today: dt.date | None = None
) -> list[Problem]:
    """The rule problems of ``files`` only: their own rules, and the rules across files."""
    ctx = registry.context(today)
    found: list[Problem] = []
    for entry in registry.cadres:
        if entry.file in files:
            for cadre_rule in CADRE_RULES:
                found.extend(cadre_rule(entry, ctx))
    for registry_rule in REGISTRY_RULES:
        found.extend(p for p in registry_rule(registry.cadres, ctx) if p.file in files)
    return found


def locate_problems(paths: RegistryPaths, problems: list[Problem]) -> list[Problem]:
    """Give line and column to problems that name a field, loading each such file once."""
    from cadrectl.store.textfile import read_registry_text
    from cadrectl.store.yamlfile import Diagnosis, diagnose, locate

    by_file: dict[str, list[int]] = defaultdict(list)
    for index, problem in enumerate(problems):
        if problem.line is None:
            by_file[problem.file].append(index)
    located = list(problems)
    for file, indexes in by_file.items():
        if paths.path_problem(file) is not None:  # a link, a FIFO…: never followed or opened
            continue
        try:
            text = read_registry_text(paths.root / file)  # capped: a 5 GB file costs nothing
        except OSError:
            continue
        document = diagnose(text) if isinstance(text, str) else None
        if document is None or isinstance(document, Diagnosis):
            continue
        for index in indexes:
            line, column = locate(document, problems[index].field)
            located[index] = problems[index].at(line, column)
    return located


def _relative_selector(paths: RegistryPaths, path: Path) -> str:
    # Why: the last part is not resolved, so a link named on the command line selects the
    # link (and its problem), not what it points at.
    absolute = path.resolve() if path.name in ("", ".", "..") else path.parent.resolve() / path.name
    if not os.path.lexists(absolute):
        raise CadrectlError("paths.missing", path=str(path))
    relative = inside(absolute, paths.root)
    if relative is None:
        raise CadrectlError("paths.outside", path=str(path), root=str(paths.root))
    name = relative.as_posix()
    return "" if name == "." else name


def _selected(file: str, selector: str) -> bool:
    return same_or_under(file, selector)
