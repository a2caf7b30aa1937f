"""Finding the registry on disk and naming its parts (cadrectl.yaml, units/, cadres/, cycles/).

Why links are refused: a registry is the record an inspection relies on. A symlink among its
files would let ``check`` pass over a file kept elsewhere (and echo what it holds), and let a
write land outside the repository git tracks. So no part below the root is followed: each
component is looked at with ``lstat``, and an entry that is a link, or named ``*.yaml`` without
being a regular file (a folder, a FIFO that would block the reader), is a problem, never opened.
The root itself may be reached through a link: it is resolved once, here.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

from cadrectl.core.errors import CadrectlError, RegistryNotFound
from cadrectl.core.problems import Problem, error, warning
from cadrectl.store.relpath import inside, posix_name

CONFIG_NAME = "cadrectl.yaml"
ENV_REGISTRY = "CADRECTL_REGISTRY"
YAML_SUFFIX = ".yaml"

Expect = Literal["file", "folder"]


@dataclass(frozen=True, slots=True)
class FolderScan:
    """What one folder of the registry holds, without following any link."""

    files: list[Path] = field(default_factory=list)  # regular files, name order
    folders: list[Path] = field(default_factory=list)  # real folders, name order
    problems: list[Problem] = field(default_factory=list)  # links, non-regular entries


@dataclass(frozen=True, slots=True)
class RegistryPaths:
    """Where each part of one registry lives (``root`` is resolved when made)."""

    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root).resolve())

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

    @property
    def photos_dir(self) -> Path:
        return self.root / "photos"

    def cadre_file(self, cadre_id: str) -> Path:
        return self.cadres_dir / f"{cadre_id}.yaml"

    def photo_file(self, cadre_id: str) -> Path:
        """The cadre's photo for the 任免审批表 (a JPEG; it may not exist)."""
        return self.photos_dir / f"{cadre_id}.jpg"

    def existing_cadre_file(self, cadre_id: str) -> Path | None:
        """The cadre's file, or None when there is none; refused when it is a link, a folder
        or a FIFO (named, never opened). ``cadre_id`` must be safe (model.cadre.is_safe_id)."""
        path = self.checked(self.cadre_file(cadre_id))
        return path if path.exists() else None

    def relative(self, path: Path) -> str:
        """The registry-relative POSIX path that problems and commits name."""
        return posix_name(path, self.root)

    def folder_entries(self, folder: Path) -> list[Path]:
        """Regular files of a folder in name order (hidden files, links and the rest left out);
        empty if it is missing. :meth:`scan` says what was left out and why."""
        return self.scan(folder).files

    def scan(self, folder: Path) -> FolderScan:
        """The regular files and real sub-folders of ``folder`` (hidden entries left out), and a
        problem for each entry that is a link or is named ``*.yaml`` without being a regular
        file; nothing is opened. A missing folder is empty; a folder that is itself a link (or
        lies under one) is one problem and is not listed."""
        problem = self.path_problem(folder, expect="folder")
        if problem is not None:
            return FolderScan(problems=[problem])
        try:
            with os.scandir(folder) as found:
                entries = sorted(
                    (entry for entry in found if not entry.name.startswith(".")),
                    key=lambda entry: entry.name,
                )
                scan, name = FolderScan(), self.relative(folder)
                for entry in entries:
                    _classify(entry, folder / entry.name, name, scan)
        except FileNotFoundError:
            return FolderScan()
        except OSError as exc:
            detail = exc.strerror or str(exc)
            return FolderScan(problems=[error(self.relative(folder), "unreadable", detail=detail)])
        return scan

    def path_problem(self, path: Path | str, *, expect: Expect = "file") -> Problem | None:
        """Why ``path`` (absolute, or relative to the root) may not be read or written, or None.

        Every component from the root down must exist as a real folder (not a link), and the
        last, if it exists, must be a regular file (``expect="file"``) or a folder. A path that
        leaves the root, or names ``..``, is outside. A missing last part is no problem.
        """
        relative = self._inside(path)
        if relative is None:
            return error(str(path), "outside-registry")
        parts = relative.parts
        current = self.root
        for index, part in enumerate(parts):
            current = current / part
            name = "/".join(parts[: index + 1])
            try:
                mode = os.lstat(current).st_mode
            except (FileNotFoundError, NotADirectoryError):
                return None
            except OSError as exc:
                return error(name, "unreadable", detail=exc.strerror or str(exc))
            if stat.S_ISLNK(mode):
                return error(name, "symlink")
            last = index == len(parts) - 1
            if (not last or expect == "folder") and not stat.S_ISDIR(mode):
                return error(name, "not-a-folder")
            if last and expect == "file" and not stat.S_ISREG(mode):
                return error(name, "not-a-regular-file", kind=_kind(mode))
        return None

    def checked(self, path: Path | str, *, expect: Expect = "file") -> Path:
        """``path`` as an absolute path inside the registry, refused (exit 1) when it leaves the
        root, a component is a link, or it exists and is not a regular file (or folder).

        For the write path: call it on every file before writing it.
        """
        problem = self.path_problem(path, expect=expect)
        if problem is not None:
            params = {"path": problem.file, **problem.params}
            if problem.code == "outside-registry":
                params["root"] = str(self.root)
            raise CadrectlError(f"paths.{problem.code}", **params)
        relative = self._inside(path)
        assert relative is not None
        return self.root.joinpath(*relative.parts)

    def _inside(self, path: Path | str) -> PurePosixPath | None:
        """``path`` relative to the root, or None when it is outside (or says ``..``)."""
        return inside(path, self.root)


def _classify(entry: os.DirEntry[str], path: Path, folder: str, scan: FolderScan) -> None:
    file = f"{folder}/{entry.name}"
    if entry.is_symlink():
        scan.problems.append(error(file, "symlink"))
    elif entry.is_file(follow_symlinks=False):
        scan.files.append(path)
    elif entry.is_dir(follow_symlinks=False):
        if entry.name.endswith(YAML_SUFFIX):
            scan.problems.append(error(file, "not-a-regular-file", kind=_kind(stat.S_IFDIR)))
        else:
            scan.folders.append(path)
    elif entry.name.endswith(YAML_SUFFIX):
        mode = entry.stat(follow_symlinks=False).st_mode
        scan.problems.append(error(file, "not-a-regular-file", kind=_kind(mode)))
    else:  # a FIFO, socket or device under another name: nothing reads it
        scan.problems.append(warning(file, "stray-file", folder=f"{folder}/"))


def _kind(mode: int) -> str:
    """What a non-regular entry is, in the clerk's words."""
    from cadrectl.core.messages import t

    if stat.S_ISDIR(mode):
        return t("paths.kind.folder")
    if stat.S_ISFIFO(mode):
        return t("paths.kind.fifo")
    if stat.S_ISSOCK(mode):
        return t("paths.kind.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return t("paths.kind.device")
    return t("paths.kind.other")


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
