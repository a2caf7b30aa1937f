"""Applying a change to registry files: lock, refuse over dirty files, validate, write, commit.

Every command that changes the registry goes through ``apply_changes``: all files or none are
written, the change is validated (schema and the rules across files) before anything is
written, and git records it with a message that says what and why.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, Literal, ParamSpec, TypeVar

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import Problem, format_path
from cadrectl.rules.context import CadreFile, UnitFile
from cadrectl.services.registry import LoadedRegistry, load_registry, require_config
from cadrectl.store import git
from cadrectl.store.lock import registry_lock
from cadrectl.store.reader import parse_text
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.textfile import encode_like


@dataclass(frozen=True)
class CommitMessage:
    """A subject in the clerk's words, optional detail lines, and machine-readable trailers."""

    subject: str
    action: str
    cadre: str | None = None
    details: tuple[str, ...] = ()
    extra_trailers: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """The whole message; an id number in it is masked (git history travels far)."""
        from cadrectl.core.privacy import mask_id_numbers

        trailers = {"Cadre": self.cadre} if self.cadre else {}
        trailers |= {"Action": self.action, **self.extra_trailers}
        parts = [self.subject]
        if self.details:
            parts.append("\n".join(self.details))
        parts.append("\n".join(f"{key}: {value}" for key, value in trailers.items()))
        return mask_id_numbers("\n\n".join(parts) + "\n")


@dataclass(frozen=True)
class ChangeResult:
    subject: str
    files: list[str]
    state: Literal["committed", "staged", "written", "unchanged"]
    commit: str | None


@dataclass
class WriteSession:
    """A writing command's hold on the registry: the lock, and the commit it started from."""

    paths: RegistryPaths
    repository: bool
    head: str | None

    def check_head(self) -> None:
        """Refuse when a commit was made (outside cadrectl) since this command started reading."""
        if self.repository and git.head(self.paths.root) != self.head:
            raise CadrectlError("edit.head-moved")


_sessions: dict[Path, WriteSession] = {}


@contextlib.contextmanager
def write_session(paths: RegistryPaths, action: str) -> Iterator[WriteSession]:
    """Take the registry lock before anything is read, finishing an interrupted change first.

    Why: a command that read a file before taking the lock could write back what it read
    over another command's change (a lost update). Nested sessions share the outer one.
    """
    current = _sessions.get(paths.root)
    if current is not None:
        yield current
        return
    from cadrectl.services.recovery import finish_interrupted

    with registry_lock(paths.root, action):
        finish_interrupted(paths)
        repository = git.is_repository(paths.root)
        session = WriteSession(paths, repository, git.head(paths.root) if repository else None)
        _sessions[paths.root] = session
        try:
            yield session
        finally:
            del _sessions[paths.root]


P = ParamSpec("P")
R = TypeVar("R")


def writes(
    action: str,
) -> Callable[
    [Callable[Concatenate[RegistryPaths, P], R]], Callable[Concatenate[RegistryPaths, P], R]
]:
    """Run a service (its first argument the registry) inside a :func:`write_session`."""

    def decorate(
        service: Callable[Concatenate[RegistryPaths, P], R],
    ) -> Callable[Concatenate[RegistryPaths, P], R]:
        @functools.wraps(service)
        def locked(paths: RegistryPaths, /, *args: P.args, **kwargs: P.kwargs) -> R:
            with write_session(paths, action):
                return service(paths, *args, **kwargs)

        return locked

    return decorate


def apply_changes(
    paths: RegistryPaths,
    texts: dict[str, str],
    message: CommitMessage,
    *,
    no_commit: bool = False,
    today: dt.date | None = None,
    tolerated: frozenset[str] = frozenset(),
    blobs: Mapping[str, bytes] | None = None,
) -> ChangeResult:
    """Validate and write ``texts`` (registry-relative path → new text) and ``blobs`` (path →
    bytes: a photo, checked by its writer), then commit them all.

    A file with changes git has not committed is refused. What an interrupted change left
    behind never gets here: the session's recovery has completed or undone it first.
    ``tolerated`` names rule errors the change may bring (an import reports a field the
    profile requires and the roster lacks as a warning, to be filled in later).
    """
    from cadrectl.store import transaction

    with write_session(paths, message.action) as session:
        root = paths.root
        for rel in [*texts, *(blobs or {})]:
            paths.checked(root / rel)  # before a file is opened: never a link or a FIFO
        contents = {rel: encode_like(text, root / rel) for rel, text in texts.items()}
        contents |= dict(blobs or {})
        dirty = set(git.dirty_paths(root, sorted(contents))) if session.repository else set()
        contents = {
            rel: data for rel, data in contents.items()
            if rel in dirty or not _holds(root / rel, data)
        }  # fmt: skip
        if not contents:
            return ChangeResult(message.subject, [], "unchanged", None)
        files = sorted(contents)
        refused = [rel for rel in files if rel in dirty]
        if refused:
            raise CadrectlError("edit.dirty", files="、".join(refused))
        validate_changes(paths, {rel: t for rel, t in texts.items() if rel in contents}, today,
                         tolerated)  # fmt: skip
        session.check_head()  # last, so that nothing the validation took time over slips by
        commit = transaction.commit_change(
            root,
            contents,
            message.text(),
            message.action,
            repository=session.repository,
            head=session.head,
            stage_only=no_commit,
        )
        if commit is not None:
            session.head = commit
    if not session.repository:
        return ChangeResult(message.subject, files, "written", None)
    return ChangeResult(message.subject, files, "staged" if no_commit else "committed", commit)


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def validate_changes(
    paths: RegistryPaths,
    texts: dict[str, str],
    today: dt.date | None,
    tolerated: frozenset[str] = frozenset(),
) -> None:
    """Refuse (listing the problems) when a changed file fails its schema or adds rule errors."""
    problems = change_problems(paths, texts, today, tolerated)
    if problems:
        raise CadrectlError("edit.invalid", problems=_render(problems))


def change_problems(
    paths: RegistryPaths,
    texts: dict[str, str],
    today: dt.date | None,
    tolerated: frozenset[str] = frozenset(),
) -> list[tuple[str, Problem]]:
    """What the change would break: each changed file's schema problems, and the rule errors
    it adds (but those ``tolerated``), each with the text it was found in."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.unit import Unit
    from cadrectl.services.check import problems_of_files
    from cadrectl.services.registry import validate_model

    registry = load_registry(paths)
    require_config(registry)
    before = _error_keys(problems_of_files(registry, set(texts), today), texts)
    problems: list[tuple[str, Problem]] = []
    replaced: dict[str, CadreFile] = {}
    added_units: list[UnitFile] = []
    for rel, text in texts.items():
        new_unit = rel.startswith("units/") and rel not in {u.file for u in registry.units}
        if not rel.startswith("cadres/") and not new_unit:
            continue  # other files are validated by the step that writes them
        document = parse_text(text, rel)
        problems += [(text, problem) for problem in document.problems]  # control characters…
        if document.data is None:
            continue
        model, found = validate_model(document.data, Unit if new_unit else Cadre, rel)
        problems += [(text, problem) for problem in found]
        if isinstance(model, Unit):
            added_units.append(UnitFile(rel, model))  # a unit an import creates with its people
        elif isinstance(model, Cadre):
            replaced[rel] = CadreFile(rel, model)
    if not problems:
        after_registry = _with_cadres(registry, replaced, added_units)
        for problem in problems_of_files(after_registry, set(texts), today):
            key = (problem.file, problem.code, problem.field)
            if (
                problem.file in texts
                and problem.severity == "error"
                and key not in before
                and problem.code not in tolerated
            ):
                problems.append((texts[problem.file], problem))
    return problems


def _with_cadres(
    registry: LoadedRegistry, replaced: dict[str, CadreFile], units: list[UnitFile]
) -> LoadedRegistry:
    cadres = [replaced.pop(entry.file, entry) for entry in registry.cadres]
    cadres += list(replaced.values())
    return LoadedRegistry(
        paths=registry.paths,
        config=registry.config,
        config_ok=registry.config_ok,
        config_salvaged=registry.config_salvaged,
        cadres=cadres,
        units=[*registry.units, *units],
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
