"""The reserves' photos (``photos/<id>.jpg``): checked with the registry, read for the forms."""

from __future__ import annotations

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import Problem, error, warning
from cadrectl.rules.photo import check_photo, photo_params
from cadrectl.store.registry import RegistryPaths

SUFFIX = ".jpg"


def photo_problems(paths: RegistryPaths) -> list[Problem]:
    """Each photo that is no whole JPEG of a sensible size (an error), or names no file of
    cadres/ (a warning); links and other entries in photos/ as every folder's."""
    folder = paths.photos_dir
    if not folder.is_dir():
        return []
    cadre_ids = {path.stem for path in paths.cadres_dir.glob("*.yaml")}
    scan = paths.scan(folder)
    problems = list(scan.problems)
    for path in scan.files:
        rel = paths.relative(path)
        if path.suffix != SUFFIX or path.stem not in cadre_ids:
            problems.append(warning(rel, "photo-orphan", name=path.name))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(error(rel, "photo-unreadable", detail=exc.strerror or str(exc)))
            continue
        found = check_photo(data)
        if found.code is not None:
            problems.append(error(rel, found.code, (), **photo_params(data, found)))
    return problems


def read_photo(paths: RegistryPaths, cadre_id: str) -> bytes | None:
    """The cadre's photo, None when there is none; refused when it is broken (``check`` says
    how)."""
    path = paths.checked(paths.photo_file(cadre_id))
    if not path.exists():
        return None
    data = path.read_bytes()
    if check_photo(data).code is not None:
        raise CadrectlError("photo.invalid", file=paths.relative(path))
    return data
