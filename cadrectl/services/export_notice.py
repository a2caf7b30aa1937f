"""``cadrectl export notice``: the cycle's 公示 notice as published, as .txt or .docx."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cadrectl.core.errors import UsageError
from cadrectl.store.atomic import write_atomic
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class NoticeExport:
    path: Path
    year: int


def export_notice(paths: RegistryPaths, output: Path, *, year: int | None) -> NoticeExport:
    """Write the notice of the named year's cycle (else the open one, else the latest) as the
    output's suffix says; refused (exit 2) for a suffix other than .txt or .docx."""
    from cadrectl.exports.notice import SUFFIXES, notice_file
    from cadrectl.services.cycle.notice import published_notice

    if output.suffix.lower() not in SUFFIXES:
        raise UsageError("notice.bad-suffix", path=str(output))
    from cadrectl.services.exports import export_target

    notice = published_notice(paths, year)
    output = export_target(output, paths)
    write_atomic(output, notice_file(notice.text, output.suffix))
    return NoticeExport(output, notice.year)
