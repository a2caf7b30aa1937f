"""Registry names of paths: forward slashes (``cadres/QX-2019-001.yaml``) whatever the platform.

A path the clerk types is read by the rules of the platform: on Windows ``C:\\registry``,
``cadres\\QX-2019-001.yaml`` and ``cadres/QX-2019-001.yaml`` alike, without regard to case, as
its file system does; elsewhere a backslash is a character of a file name. What the registry
calls a file (in problems, commits and JSON) is always the POSIX name below its root.
"""

from __future__ import annotations

import sys
from pathlib import PurePath, PurePosixPath, PureWindowsPath


def path_type() -> type[PurePath]:
    """How this platform reads a path: :class:`PureWindowsPath` on Windows, else POSIX."""
    return PureWindowsPath if sys.platform == "win32" else PurePosixPath


def _read(path: str | PurePath, kind: type[PurePath]) -> PurePath:
    return path if isinstance(path, kind) else kind(path)


def posix_name(path: str | PurePath, root: str | PurePath) -> str:
    """The registry name of ``path`` (absolute, below ``root``): ``cadres/X.yaml``, never with
    a backslash. Raises ValueError when ``path`` is not below ``root``."""
    kind = path_type()
    return _read(path, kind).relative_to(_read(root, kind)).as_posix()


def inside(path: str | PurePath, root: str | PurePath) -> PurePosixPath | None:
    """``path`` (absolute, or relative to ``root``) as the POSIX path below ``root``; None when
    it leaves the root or says ``..``.

    Why the anchor, not ``is_absolute``: on Windows ``\\x`` (the drive's root) and ``C:x`` (the
    current folder of drive C:) are not absolute, yet joined to the root they replace it.
    """
    kind = path_type()
    candidate = _read(path, kind)
    if candidate.anchor:
        try:
            candidate = candidate.relative_to(_read(root, kind))
        except ValueError:
            return None
    parts = [part for part in candidate.parts if part != "."]
    if ".." in parts:
        return None
    return PurePosixPath(*parts)


def same_or_under(file: str, selector: str) -> bool:
    """Whether the registry name ``file`` is ``selector`` or lies below it (``""`` selects
    everything); on Windows without regard to case (``Cadres/qx-2019-001.yaml`` is the file)."""
    if path_type() is PureWindowsPath:
        file, selector = file.casefold(), selector.casefold()
    return selector == "" or file == selector or file.startswith(selector.rstrip("/") + "/")
