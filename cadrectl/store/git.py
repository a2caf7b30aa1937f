"""Talking to the system ``git`` binary: the registry's audit trail."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cadrectl.errors import CadrectlError


class GitError(CadrectlError):
    """git refused; the message says what git said and what to do."""


def git_available() -> bool:
    return shutil.which("git") is not None


def git(root: Path, *args: str, check: bool = True) -> str:
    """Run ``git -C root args…`` and return its standard output."""
    result = subprocess.run(
        ["git", "-C", str(root), "-c", "core.quotepath=off", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if check and result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        if "Please tell me who you are" in detail or "empty ident" in detail:
            raise GitError("git.no-identity")
        raise GitError("git.failed", command=" ".join(args[:2]), detail=detail[-500:])
    return result.stdout


def is_repository(root: Path) -> bool:
    if not git_available():
        return False
    return git(root, "rev-parse", "--is-inside-work-tree", check=False).strip() == "true"


def init_repository(root: Path) -> None:
    git(root, "init", "--quiet")


def dirty_paths(root: Path, paths: list[str]) -> list[str]:
    """Which of ``paths`` have changes git has not committed (modified, staged or untracked)."""
    out = git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *paths)
    entries = [entry for entry in out.split("\0") if entry]
    return sorted({entry[3:] for entry in entries if len(entry) > 3})


def commit(root: Path, paths: list[str], message: str, *, stage_only: bool = False) -> str | None:
    """Stage ``paths`` and commit exactly them; returns the new commit (None when staged only)."""
    git(root, "add", "--", *paths)
    if stage_only:
        return None
    git(root, "commit", "--quiet", "--no-verify", "-m", message, "--", *paths)
    return git(root, "rev-parse", "HEAD").strip()


def has_commits(root: Path) -> bool:
    return git(root, "rev-parse", "--verify", "--quiet", "HEAD", check=False).strip() != ""


@dataclass(frozen=True)
class LogEntry:
    commit: str
    author: str
    date: str  # ISO 8601, the author date
    subject: str
    body: str
    trailers: dict[str, str]


_FIELD, _RECORD = "\x1f", "\x1e"


def log(root: Path, *paths: str, revisions: str | None = None) -> list[LogEntry]:
    """Commits touching ``paths``, newest first (renames followed for a single file)."""
    fmt = _FIELD.join(["%H", "%an", "%aI", "%s", "%b", "%(trailers:only,unfold)"]) + _RECORD
    args = ["log", f"--format={fmt}"]
    if len(paths) == 1:
        args.append("--follow")
    if revisions:
        args.append(revisions)
    out = git(root, *args, "--", *paths, check=False)
    entries = []
    for record in out.split(_RECORD):
        record = record.strip("\n")
        if not record:
            continue
        commit_id, author, date, subject, body, trailer_text = record.split(_FIELD)
        trailers = {}
        for line in trailer_text.splitlines():
            key, sep, value = line.partition(":")
            if sep:
                trailers[key.strip()] = value.strip()
        entries.append(LogEntry(commit_id, author, date, subject, body.strip(), trailers))
    return entries


def show_file(root: Path, revision: str, path: str) -> bytes | None:
    """The bytes of ``path`` at ``revision``, or None when it did not exist there."""
    result = subprocess.run(
        ["git", "-C", str(root), "show", f"{revision}:{path}"], capture_output=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def changed_files(root: Path, old: str, new: str | None, folder: str) -> list[tuple[str, str]]:
    """(status letter, path) of files under ``folder`` that differ between two revisions."""
    args = ["diff", "--name-status", "--no-renames", old] + ([new] if new else [])
    out = git(root, *args, "--", folder)
    pairs = []
    for line in out.splitlines():
        status, _, path = line.partition("\t")
        if path:
            pairs.append((status[:1], path))
    return pairs


def resolve(root: Path, revision: str) -> str:
    out = git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", check=False)
    if not out.strip():
        raise GitError("git.bad-revision", revision=revision)
    return out.strip()


def export_tree(root: Path, revision: str, target: Path) -> None:
    """Write the registry folder as it was at ``revision`` into ``target``."""
    import io
    import tarfile

    prefix = git(root, "rev-parse", "--show-prefix").strip()
    result = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", f"{revision}:{prefix}"],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise GitError("git.failed", command="archive", detail=result.stderr.decode()[-500:])
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(target, filter="data")
