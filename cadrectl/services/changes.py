"""Applying a change to registry files: lock, refuse over dirty files, validate, write, commit.

Every command that changes the registry goes through ``apply_changes``: all files or none are
written, the change is validated (schema and the rules across files) before anything is
written, and git records it with a message that says what and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cadrectl.errors import CadrectlError
from cadrectl.rules.context import CadreFile
from cadrectl.rules.problems import Problem, format_path
from cadrectl.services.registry import LoadedRegistry, load_registry
from cadrectl.store import git
from cadrectl.store.atomic import write_all_or_none
from cadrectl.store.lock import registry_lock
from cadrectl.store.reader import parse_text
from cadrectl.store.registry import RegistryPaths


@dataclass(frozen=True)
class CommitMessage:
    """A subject in the clerk's words, optional detail lines, and machine-readable trailers."""

    subject: str
    action: str
    cadre: str | None = None
    details: tuple[str, ...] = ()
    extra_trailers: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        trailers = {"Cadre": self.cadre} if self.cadre else {}
        trailers |= {"Action": self.action, **self.extra_trailers}
        parts = [self.subject]
        if self.details:
            parts.append("\n".join(self.details))
        parts.append("\n".join(f"{key}: {value}" for key, value in trailers.items()))
        return "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class ChangeResult:
    subject: str
    files: list[str]
    state: Literal["committed", "staged", "written", "unchanged"]
    commit: str | None


def apply_changes(
    paths: RegistryPaths,
    texts: dict[str, str],
    message: CommitMessage,
    *,
    no_commit: bool = False,
    today: dt.date | None = None,
    resume: bool = False,
) -> ChangeResult:
    """Validate and write ``texts`` (registry-relative path → new text), then commit them.

    With ``resume``, a file with uncommitted changes is accepted when it already holds exactly
    the new text: what an interrupted run of the same step left behind.
    """
    texts = {rel: text for rel, text in texts.items() if not _holds_committed(paths, rel, text)}
    if not texts:
        return ChangeResult(message.subject, [], "unchanged", None)
    files = sorted(texts)
    with registry_lock(paths.root, message.action):
        repository = git.is_repository(paths.root)
        if repository:
            dirty = git.dirty_paths(paths.root, files)
            if resume:
                dirty = [rel for rel in dirty if not _holds(paths.root / rel, texts[rel])]
            if dirty:
                raise CadrectlError("edit.dirty", files="、".join(dirty))
        validate_changes(paths, texts, today)
        targets = {paths.root / rel: text.encode("utf-8") for rel, text in texts.items()}
        write_all_or_none(targets)
        if not repository:
            return ChangeResult(message.subject, files, "written", None)
        try:
            commit = git.commit(paths.root, files, message.text(), stage_only=no_commit)
        except BaseException:
            _undo(paths, files, targets)
            raise
    return ChangeResult(message.subject, files, "staged" if no_commit else "committed", commit)


def _holds_committed(paths: RegistryPaths, rel: str, text: str) -> bool:
    """The file already holds ``text`` and git has nothing uncommitted for it."""
    if not _holds(paths.root / rel, text):
        return False
    return not git.is_repository(paths.root) or not git.dirty_paths(paths.root, [rel])


def _holds(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


def _undo(paths: RegistryPaths, files: list[str], written: dict[Path, bytes]) -> None:
    """Put the files back as git has them (a failed commit leaves nothing behind)."""
    git.git(paths.root, "reset", "--quiet", "--", *files, check=False)
    restore: dict[Path, bytes | None] = {}
    for rel in files:
        restore[paths.root / rel] = git.show_file(paths.root, "HEAD", rel)
    write_all_or_none(restore)


def validate_changes(paths: RegistryPaths, texts: dict[str, str], today: dt.date | None) -> None:
    """Refuse (listing the problems) when a changed file fails its schema or adds rule errors."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.services.check import problems_of_files
    from cadrectl.services.registry import validate_model

    registry = load_registry(paths)
    before = _error_keys(problems_of_files(registry, set(texts), today), texts)
    problems: list[tuple[str, Problem]] = []
    replaced: dict[str, CadreFile] = {}
    for rel, text in texts.items():
        if not rel.startswith("cadres/"):
            continue  # other files are validated by the step that writes them
        document = parse_text(text, rel)
        if document.data is None:
            problems += [(text, problem) for problem in document.problems]
            continue
        model, found = validate_model(document.data, Cadre, rel)
        problems += [(text, problem) for problem in found]
        if model is not None:
            replaced[rel] = CadreFile(rel, model)
    if not problems:
        after_registry = _with_cadres(registry, replaced)
        for problem in problems_of_files(after_registry, set(texts), today):
            key = (problem.file, problem.code, problem.field)
            if problem.file in texts and problem.severity == "error" and key not in before:
                problems.append((texts[problem.file], problem))
    if problems:
        raise CadrectlError("edit.invalid", problems=_render(problems))


def _with_cadres(registry: LoadedRegistry, replaced: dict[str, CadreFile]) -> LoadedRegistry:
    cadres = [replaced.pop(entry.file, entry) for entry in registry.cadres]
    cadres += list(replaced.values())
    return LoadedRegistry(
        paths=registry.paths,
        config=registry.config,
        config_ok=registry.config_ok,
        cadres=cadres,
        units=registry.units,
        files=registry.files,
    )


def _error_keys(problems: list[Problem], texts: dict[str, str]) -> set[tuple[str, str, object]]:
    return {
        (p.file, p.code, p.field) for p in problems if p.file in texts and p.severity == "error"
    }


def _render(problems: list[tuple[str, Problem]]) -> str:
    from cadrectl.model.titles import describe_field
    from cadrectl.store.yamlfile import Diagnosis, diagnose, locate

    lines = []
    for text, problem in problems:
        line = problem.line
        if line is None:
            root = diagnose(text)
            if not isinstance(root, Diagnosis):
                line = locate(root, problem.field)[0]
        where = f"{problem.file}:{line}" if line else problem.file
        label = describe_field(problem.file, problem.field) or format_path(problem.field)
        lines.append(f"  {where}: {label + '：' if label else ''}{problem.message}")
    return "\n".join(lines)
