"""Load a whole registry into validated models, keeping every problem met on the way."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cadrectl.rules.context import CadreFile, RuleContext, UnitFile
from cadrectl.rules.problems import Problem, warning
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
    """cadrectl.yaml alone, as :func:`load_registry` reads it (the defaults where it is invalid)."""
    from cadrectl.model.config import Config, default_config

    config = _load_model(paths.config, paths.relative(paths.config), Config, [])
    return config or default_config()


def _load(
    paths: RegistryPaths,
    progress: Callable[[int, int], None] | None,
    cache: ParseCache | None,
    cadre_files: Collection[str] | None,
) -> LoadedRegistry:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config, default_config
    from cadrectl.model.unit import Unit

    problems: list[Problem] = []
    config_file = paths.relative(paths.config)
    config = _load_model(paths.config, config_file, Config, problems)
    registry = LoadedRegistry(
        paths=paths,
        config=config or default_config(),
        config_ok=config is not None,
        files=[config_file],
        problems=problems,
    )
    unit_paths = _yaml_files(paths, paths.units_dir, problems)
    cadre_paths = _yaml_files(paths, paths.cadres_dir, problems)
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


def _yaml_files(paths: RegistryPaths, folder: Path, problems: list[Problem]) -> list[Path]:
    found = []
    for path in paths.folder_entries(folder):
        if path.suffix == ".yaml":
            found.append(path)
        else:
            file = f"{folder.name}/{path.name}"
            problems.append(warning(file, "stray-file", folder=f"{folder.name}/"))
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
        if document.data is None:
            problems.extend(document.problems)
            return None
        data = document.data
        if cache is not None:
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
