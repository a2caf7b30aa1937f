"""``export notice``: the 公示 notice of a cycle, as the publicize step wrote it."""

from __future__ import annotations

from dataclasses import dataclass

from cadrectl.core.errors import CadrectlError
from cadrectl.core.messages import t
from cadrectl.services.cycle.files import current_cycle
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class PublishedNotice:
    year: int
    text: str  # cycles/<year>/notice.txt as it is (a BOM a clerk's editor added is dropped)


def published_notice(paths: RegistryPaths, year: int | None = None) -> PublishedNotice:
    """The notice of the named year's cycle (else the open one, else the latest).

    Why the file and not the notice made again from the registry: notice.txt is the record of
    what was published, dated by the publicize step; the registry has changed since (apply).
    """
    from cadrectl.store.textfile import TextProblem, read_registry_text

    files = current_cycle(paths, year)
    if files.state().publicity is None:
        raise CadrectlError("notice.not-publicized", year=files.year)
    file = files.rel("notice.txt")
    path = paths.checked(file)  # refuses a link, a folder, a FIFO
    if not path.exists():
        raise CadrectlError("notice.missing", year=files.year, file=file)
    try:
        text = read_registry_text(path)  # capped: notice.txt is a few KB
    except OSError as exc:
        detail = t("problem.unreadable", detail=exc.strerror or str(exc))
        raise CadrectlError("cycle.bad-file", file=file, detail=detail) from None
    if isinstance(text, TextProblem):
        detail = t(f"problem.{text.code}", **text.params)
        raise CadrectlError("cycle.bad-file", file=file, detail=detail)
    return PublishedNotice(files.year, text)
