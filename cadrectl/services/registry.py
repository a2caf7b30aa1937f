"""Load a whole registry into validated models, keeping every problem met on the way."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import Problem, error, format_path, warning
from cadrectl.rules.context import CadreFile, RuleContext, UnitFile
from cadrectl.store.cache import ParseCache, parse_cache
from cadrectl.store.reader import RawDocument, document_from_bytes, read_raw
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cadrectl.model.config import Config

M = TypeVar("M", bound="BaseModel")


@dataclass
class LoadedRegistry:
    """Every file of a registry, validated; files that failed are in ``problems`` only."""

    paths: RegistryPaths
    config: Config
    config_ok: bool
    # With an invalid cadrectl.yaml: ``config`` is what of it is valid (True), or the defaults.
    config_salvaged: bool = False
    cadres: list[CadreFile] = field(default_factory=list)
    units: list[UnitFile] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def context(self, today: dt.date | None = None) -> RuleContext:
        units = {entry.unit.id: entry.unit for entry in self.units}
        return RuleContext(self.config, units, today or dt.date.today())

    def cadre(self, cadre_id: str) -> CadreFile | None:
        for entry in self.cadres:
            if entry.cadre.id == cadre_id:
                return entry
        return None


def load_registry(
    paths: RegistryPaths,
    progress: Callable[[int, int], None] | None = None,
    *,
    cache_root: Path | None = None,
    cadre_files: Collection[str] | None = None,
) -> LoadedRegistry:
    """Read cadrectl.yaml, units/ and cadres/ with the fast path and validate each file.

    The data of files read before comes from the parse cache of the registry at ``cache_root``
    (by default this one; see :mod:`cadrectl.store.cache`); every file is validated regardless.

    ``cadre_files`` (``cadres/<id>.yaml`` names) loads only those cadres, with the config and
    every unit: for commands about one cadre, which need no registry-wide rule.
    """
    # Why: loading allocates millions of long-lived objects, and the cyclic garbage collector
    # kept rescanning them: 0.37 ms of validation a file with it, 0.09 ms without (bench/).
    # Nothing made here is cyclic garbage, so it waits until the registry is loaded, and the
    # loaded registry is then frozen out of its scans (placing 4,000 cadres on the ladder
    # afterwards: 2.1 s with the registry scanned again and again, 0.6 s without).
    collecting = gc.isenabled()
    gc.disable()
    try:
        cache = parse_cache(cache_root or paths.root)
        registry = _load(paths, progress, cache, cadre_files)
        if cache is not None:
            cache.save(prune=cadre_files is None)  # a partial load keeps the others' entries
        return registry
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def load_config(paths: RegistryPaths) -> Config:
    """cadrectl.yaml alone, as :func:`load_registry` reads it; refused (exit 1) when invalid."""
    problems: list[Problem] = []
    config = _read_config(paths, problems)
    if config is None:
        raise _config_refusal(paths, problems)
    return config


def require_config(registry: LoadedRegistry) -> None:
    """Refuse (exit 1) a registry whose cadrectl.yaml is invalid, naming its first problems.

    Why: with the defaults in its place, a command would quietly compute or export something
    else than the clerk configured (another roster template, other ranks).
    """
    if not registry.config_ok:
        config_file = registry.paths.relative(registry.paths.config)
        found = [p for p in registry.problems if p.file == config_file and p.severity == "error"]
        raise _config_refusal(registry.paths, found)


def broken_files(registry: LoadedRegistry) -> list[Problem]:
    """The first error of each file loading left out: a cadre or unit that did not load, an
    entry that is a link or not a regular file. cadrectl.yaml is :func:`require_config`'s."""
    loaded = {entry.file for entry in registry.cadres} | {entry.file for entry in registry.units}
    loaded.add(registry.paths.relative(registry.paths.config))
    first: dict[str, Problem] = {}
    for problem in registry.problems:
        if problem.severity == "error" and problem.file not in loaded:
            first.setdefault(problem.file, problem)
    return sorted(first.values(), key=lambda problem: problem.file)


def require_complete(registry: LoadedRegistry, *, skip_broken: bool = False) -> list[Problem]:
    """The policy of every reading command: nothing is left out without a word.

    Refuses (exit 1) an invalid cadrectl.yaml always, and files that could not be loaded unless
    ``skip_broken``; then returns the first problem of each file left out, for the command to
    warn about. Each names its file (with line and column where they are known).
    """
    require_config(registry)
    broken = _located(registry.paths, broken_files(registry))
    if broken and not skip_broken:
        raise CadrectlError("registry.broken", count=len(broken), files=problem_lines(broken))
    return broken


def problem_lines(problems: Sequence[Problem]) -> str:
    """One indented line per problem, ``file:line:column: field: message``, for a message."""
    return "\n".join(
        f"  {problem.where}: " + (f"{format_path(problem.field)}: " if problem.field else "")
        + problem.message
        for problem in problems
    )  # fmt: skip


def _config_refusal(paths: RegistryPaths, problems: list[Problem]) -> CadrectlError:
    file = paths.relative(paths.config)
    located = _located(paths, problems or [error(file, "config-unusable")])
    return CadrectlError("registry.config-broken", file=file, problems=problem_lines(located[:5]))


def _located(paths: RegistryPaths, problems: list[Problem]) -> list[Problem]:
    from cadrectl.services.check import locate_problems

    return locate_problems(paths, problems) if problems else []


def read_model(path: Path, file: str, model: type[M], problems: list[Problem]) -> M | None:
    """One file validated as ``model`` (None when it is not), its problems added to ``problems``;
    not cached (for the few files outside units/ and cadres/)."""
    return _load_model(path, file, model, problems)


def _read_config(paths: RegistryPaths, problems: list[Problem]) -> Config | None:
    return _config_as_written(paths, problems)[0]


def _config_as_written(
    paths: RegistryPaths, problems: list[Problem]
) -> tuple[Config | None, Config | None]:
    """cadrectl.yaml as a valid config (None when it is not), and, when it is not, what of it
    is valid (:func:`cadrectl.rules.schema.salvage`; None when nothing is)."""
    from cadrectl.model.config import Config
    from cadrectl.rules.schema import salvage

    link = paths.path_problem(paths.config)
    if link is not None:  # never followed, never opened (a FIFO would block)
        problems.append(link)
        return None, None
    file = paths.relative(paths.config)
    raw = read_raw(paths.config, file)
    if isinstance(raw, RawDocument):
        problems.extend(raw.problems)
        return None, None
    document = document_from_bytes(raw, file)
    problems.extend(document.problems)
    if document.data is None:
        return None, None
    config, found = validate_model(document.data, Config, file)
    problems.extend(found)
    if config is not None:
        return config, None
    return None, salvage(document.data, Config)


def _load(
    paths: RegistryPaths,
    progress: Callable[[int, int], None] | None,
    cache: ParseCache | None,
    cadre_files: Collection[str] | None,
) -> LoadedRegistry:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import default_config
    from cadrectl.model.unit import Unit

    problems: list[Problem] = []
    config_file = paths.relative(paths.config)
    config, salvaged = _config_as_written(paths, problems)
    registry = LoadedRegistry(
        paths=paths,
        config=config or salvaged or default_config(),
        config_ok=config is not None,
        config_salvaged=salvaged is not None,
        files=[config_file],
        problems=problems,
    )
    unit_paths = _yaml_files(paths, paths.units_dir, problems)
    cadre_paths = _yaml_files(paths, paths.cadres_dir, problems, cadre_files)
    if cadre_files is not None:
        cadre_paths = [path for path in cadre_paths if f"cadres/{path.name}" in cadre_files]
    total = len(unit_paths) + len(cadre_paths)
    done = 0
    for path in unit_paths:
        file = f"units/{path.name}"
        registry.files.append(file)
        unit = _load_model(path, file, Unit, problems, cache)
        if unit is not None:
            registry.units.append(UnitFile(file, unit))
        done += 1
    for path in cadre_paths:
        file = f"cadres/{path.name}"
        registry.files.append(file)
        cadre = _load_model(path, file, Cadre, problems, cache)
        if cadre is not None:
            registry.cadres.append(CadreFile(file, cadre))
        done += 1
        if progress is not None and done % 200 == 0:
            progress(done, total)
    return registry


def _yaml_files(
    paths: RegistryPaths,
    folder: Path,
    problems: list[Problem],
    only: Collection[str] | None = None,
) -> list[Path]:
    """The ``*.yaml`` files of a folder; links, other entries and stray files are problems.

    With ``only`` (a partial load), the problems of other entries are left to them.
    """
    scan = paths.scan(folder)
    name = paths.relative(folder)
    problems.extend(p for p in scan.problems if only is None or p.file in only or p.file == name)
    found = []
    for path in scan.files:
        if path.suffix == ".yaml":
            found.append(path)
        elif only is None:
            problems.append(warning(f"{name}/{path.name}", "stray-file", folder=f"{name}/"))
    if only is None:
        for path in scan.folders:
            problems.append(warning(f"{name}/{path.name}", "stray-folder", folder=f"{name}/"))
    return found


def _load_model(
    path: Path, file: str, model: type[M], problems: list[Problem], cache: ParseCache | None = None
) -> M | None:
    raw = read_raw(path, file)
    if isinstance(raw, RawDocument):
        problems.extend(raw.problems)
        return None
    key = cache.key(raw) if cache is not None else b""
    data = cache.get(key) if cache is not None else None
    if data is None:
        document = document_from_bytes(raw, file)
        problems.extend(document.problems)  # a file with data may still have problems
        if document.data is None:
            return None
        data = document.data
        if cache is not None and not document.problems:  # else read again, to report again
            cache.put(key, data)
    validated, found = validate_model(data, model, file)
    problems.extend(found)
    return validated


def validate_model(
    data: dict[str, Any], model: type[M], file: str
) -> tuple[M | None, list[Problem]]:
    """The model for parsed data, or None and the problems in the clerk's words."""
    from pydantic import ValidationError

    from cadrectl.rules.schema import problems_from_validation

    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, problems_from_validation(file, exc, model)
