"""Talking to the system ``git`` binary: the registry's audit trail."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from cadrectl.core.errors import CadrectlError


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


class CommitRefused(GitError):
    """``git commit`` failed, most often because one of the registry's own hooks refused."""


def commit(root: Path, paths: list[str], message: str, *, stage_only: bool = False) -> str | None:
    """Stage ``paths`` and commit exactly them; returns the new commit (None when staged only).

    The registry's own hooks (pre-commit, commit-msg) run as they would for the clerk's own
    commits; when one refuses, :class:`CommitRefused` carries what it printed.
    """
    git(root, "add", "--", *paths)
    if stage_only:
        return None
    result = subprocess.run(
        ["git", "-C", str(root), "-c", "core.quotepath=off", "commit", "--quiet",
         "--file=-", "--", *paths],
        input=message, capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    if result.returncode != 0:
        detail = "\n".join(part.strip() for part in (result.stdout, result.stderr) if part.strip())
        if "Please tell me who you are" in detail or "empty ident" in detail:
            raise GitError("git.no-identity")
        raise CommitRefused("git.commit-refused", detail=detail[-2000:] or "?")
    return head(root)


def head(root: Path) -> str | None:
    """The commit HEAD names, or None in a repository with no commit yet."""
    return git(root, "rev-parse", "--verify", "--quiet", "HEAD", check=False).strip() or None


def has_commits(root: Path) -> bool:
    return head(root) is not None


def identity_problem(cwd: Path) -> str | None:
    """Why git could not name the author of a commit made from ``cwd`` (None: it can)."""
    for variable in ("GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"):
        result = subprocess.run(
            ["git", "-C", str(cwd), "var", variable], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            return (result.stderr or result.stdout).strip()[-300:] or variable
    return None


def stale_locks(root: Path) -> list[Path]:
    """Lock files a killed git left in the repository (only while no git process runs in it).

    A git process holds ``index.lock`` (and ``HEAD.lock`` or a branch's ``.lock``) while it
    works and removes it when it ends; a git killed in between leaves it, and every later
    commit fails until it is removed.
    """
    from cadrectl.store.gitdir import find_git_dir

    folder = find_git_dir(root)
    if folder is None:
        return []
    candidates = [folder / "index.lock", folder / "HEAD.lock"]
    try:
        ref = (folder / "HEAD").read_text(encoding="utf-8").strip()
    except OSError:
        ref = ""
    if ref.startswith("ref: "):
        candidates.append(folder / f"{ref.removeprefix('ref: ')}.lock")
    found = [path for path in candidates if path.is_file()]
    if not found or _git_running_in(folder):
        return []
    return found


def _git_running_in(folder: Path) -> bool:
    """A git process works in the repository of ``folder`` (or, unable to tell, may do)."""
    proc = Path("/proc")
    if not (proc / "self" / "cwd").exists():  # not Linux: trust only an old lock
        newest = max((p.stat().st_mtime for p in folder.glob("*.lock")), default=0.0)
        return time.time() - newest < 60
    work_tree = folder.parent
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if not (entry / "comm").read_text().startswith("git"):
                continue
            cwd = (entry / "cwd").readlink()
        except OSError:
            continue
        if cwd == folder or cwd.is_relative_to(work_tree) or cwd.is_relative_to(folder):
            return True
    return False


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
