"""A .docx (the 任免审批表) as PDF, converted by LibreOffice running headless."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

TIMEOUT = 120.0  # seconds: a start with a fresh profile and one form take five or so
PER_FORM = 10.0  # seconds more for each further form of one run
DETAIL_CHARS = 300  # of LibreOffice's own words kept in a PdfFailed
# Where the installers put it when it is not on PATH (Windows, macOS, the tarball, the snap).
INSTALL_PATHS: tuple[Path, ...] = (
    Path("C:/Program Files/LibreOffice/program/soffice.exe"),
    Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    Path("/opt/libreoffice/program/soffice"),
    Path("/snap/bin/libreoffice"),
)
SYSTEM_FONT_CONFIG = Path("/etc/fonts/fonts.conf")
FONT_CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">{system}</include>
  <alias binding="same">
    <family>宋体</family>
    <prefer><family>SimSun</family><family>Noto Serif CJK SC</family><family>serif</family></prefer>
  </alias>
</fontconfig>
"""


class PdfUnavailable(Exception):
    """No LibreOffice to convert with."""


class PdfFailed(Exception):
    """LibreOffice ran but gave no PDF; ``detail`` says what it said (or that it timed out)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def find_soffice() -> Path | None:
    """LibreOffice's ``soffice`` on PATH (or as ``libreoffice``), else at an install path."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((path for path in INSTALL_PATHS if path.is_file()), None)


def docx_to_pdf(docx_path: Path, pdf_path: Path, *, timeout: float = TIMEOUT) -> None:
    """Write ``pdf_path`` from ``docx_path``: whole or not at all, an older file left as it was.

    Raises :class:`PdfUnavailable` without LibreOffice, :class:`PdfFailed` when it fails.
    """
    docx_to_pdfs([(docx_path, pdf_path)], timeout=timeout)


def docx_to_pdfs(pairs: Sequence[tuple[Path, Path]], *, timeout: float = TIMEOUT) -> None:
    """Each (.docx, .pdf) pair converted in one run of LibreOffice (it takes seconds to start:
    a hundred forms one by one would take minutes); every PDF written, or none."""
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable
    for docx_path, _ in pairs:
        if not docx_path.is_file():
            raise PdfFailed(f"{docx_path}: no such file")
    with tempfile.TemporaryDirectory(prefix="cadrectl-pdf-") as work:
        sources = [docx_path.resolve() for docx_path, _ in pairs]
        budget = timeout + PER_FORM * (len(sources) - 1)
        converted = convert(soffice, sources, Path(work), budget)
        for made, (_, pdf_path) in zip(converted, pairs, strict=True):
            _move_into_place(made, pdf_path)


def convert(soffice: Path, sources: Sequence[Path], work: Path, timeout: float) -> list[Path]:
    """Run one conversion of ``sources`` into ``work``/out and return the PDFs it made.

    Why a profile of its own in ``work``: LibreOffice hands a conversion to an instance already
    running on the same profile (the clerk's open window) and returns at once, with no PDF.
    """
    out = work / "out"
    command = [str(soffice), f"-env:UserInstallation={(work / 'profile').as_uri()}",
               "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf",
               "--outdir", str(out), *(str(source) for source in sources)]  # fmt: skip
    try:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=_environment(work), start_new_session=sys.platform != "win32",
        )  # fmt: skip
    except FileNotFoundError as error:
        raise PdfUnavailable from error
    except OSError as error:
        raise PdfFailed(str(error)) from error
    try:
        said, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise PdfFailed(f"LibreOffice gave no PDF within {timeout:g} s") from None
    pdfs = [out / f"{source.stem}.pdf" for source in sources]
    if process.returncode != 0 or not all(pdf.is_file() and pdf.stat().st_size for pdf in pdfs):
        text = said.decode("utf-8", "replace").strip()
        raise PdfFailed(text[-DETAIL_CHARS:] or f"LibreOffice exited with {process.returncode}")
    return pdfs


def _environment(work: Path) -> dict[str, str]:
    """The environment for LibreOffice: on Linux, fontconfig told that 宋体 is a Song face.

    Why: without SimSun installed, fontconfig matches 宋体 to a sans-serif face (and its CJK
    fallback to the Japanese one), so the form would print in 黑体-like strokes.
    """
    environment = dict(os.environ)
    if sys.platform.startswith("linux") and SYSTEM_FONT_CONFIG.is_file():
        config = work / "fonts.conf"
        config.write_text(FONT_CONFIG.format(system=SYSTEM_FONT_CONFIG), encoding="utf-8")
        environment["FONTCONFIG_FILE"] = str(config)
    return environment


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the conversion and what it started (soffice is a launcher for soffice.bin)."""
    if sys.platform == "win32":
        process.kill()
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _move_into_place(made: Path, target: Path) -> None:
    """Copy beside ``target`` under a temporary name, then rename over it in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle, made.open("rb") as source:
            shutil.copyfileobj(source, handle)
        # mkstemp makes the file 0600: a PDF to hand on is readable like any other
        temp.chmod(target.stat().st_mode & 0o777 if target.exists() else 0o644)
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
