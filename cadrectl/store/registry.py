"""Finding the registry on disk and naming its parts (cadrectl.yaml, units/, cadres/, cycles/)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cadrectl.errors import CadrectlError, RegistryNotFound

CONFIG_NAME = "cadrectl.yaml"
ENV_REGISTRY = "CADRECTL_REGISTRY"


@dataclass(frozen=True, slots=True)
class RegistryPaths:
    """Where each part of one registry lives."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def units_dir(self) -> Path:
        return self.root / "units"

    @property
    def cadres_dir(self) -> Path:
        return self.root / "cadres"

    @property
    def cycles_dir(self) -> Path:
        return self.root / "cycles"

    @property
    def schemas_dir(self) -> Path:
        return self.root / "schemas"

    def cadre_file(self, cadre_id: str) -> Path:
        return self.cadres_dir / f"{cadre_id}.yaml"

    def relative(self, path: Path) -> str:
        """The registry-relative POSIX path that problems and commits name."""
        return path.relative_to(self.root).as_posix()

    def folder_entries(self, folder: Path) -> list[Path]:
        """Files of a folder in name order (hidden files left out); empty if it is missing."""
        try:
            with os.scandir(folder) as entries:
                names = sorted(
                    e.name for e in entries if e.is_file() and not e.name.startswith(".")
                )
        except FileNotFoundError:
            return []
        return [folder / name for name in names]


def find_registry(explicit: Path | None, cwd: Path | None = None) -> RegistryPaths:
    """-R PATH, else $CADRECTL_REGISTRY, else the nearest folder upward holding cadrectl.yaml."""
    if explicit is None and os.environ.get(ENV_REGISTRY):
        explicit = Path(os.environ[ENV_REGISTRY])
    if explicit is not None:
        root = explicit.expanduser().resolve()
        if not (root / CONFIG_NAME).is_file():
            raise CadrectlError("registry.not-a-registry", path=str(explicit))
        return RegistryPaths(root)
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return RegistryPaths(folder)
    raise RegistryNotFound("registry.not-found")
