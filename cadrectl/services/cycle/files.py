"""The cycle's files under cycles/<year>/: read against their schemas, written in one change."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cadrectl.core.errors import CadrectlError
from cadrectl.core.messages import t
from cadrectl.core.problems import Problem, format_path
from cadrectl.services.changes import ChangeResult, CommitMessage, apply_changes
from cadrectl.store import git
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.yamlwrite import dump_yaml

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cadrectl.model.cycle import CycleState, Meeting, Nomination, Proposal

M = TypeVar("M", bound="BaseModel")
HEADER = "# 由 cadrectl cycle 维护；adjustment.yaml 的 decision/note 可手工填写\n"

# Files with a schema of their own, so an editor completes and checks them (decisions by hand).
SCHEMAS = {"CycleState": "cycle", "Nominations": "nominations", "Tallies": "tallies",
           "Proposal": "adjustment"}  # fmt: skip


@dataclass(frozen=True)
class CycleFiles:
    paths: RegistryPaths
    year: int

    def rel(self, name: str) -> str:
        return f"cycles/{self.year}/{name}"

    def read(self, name: str, model: type[M]) -> M | None:
        """The file as ``model`` (None when it does not exist), refused clearly when invalid."""
        from cadrectl.services.registry import validate_model
        from cadrectl.store.reader import read_document

        path = self.paths.checked(self.rel(name))  # refuses a link, a folder, a FIFO
        if not path.exists():
            return None
        document = read_document(path, self.rel(name))
        problems = document.problems
        found = None
        if document.data is not None:
            found, problems = validate_model(document.data, model, self.rel(name))
        if found is None:
            raise CadrectlError("cycle.bad-file", file=self.rel(name), detail=summary(problems))
        return found

    def state(self) -> CycleState:
        from cadrectl.model.cycle import CycleState

        state = self.read("cycle.yaml", CycleState)
        if state is None:
            raise CadrectlError("cycle.not-open", year=self.year)
        return state

    def open_state(self) -> CycleState:
        """The state of a cycle that is still open (a closed year is refused)."""
        state = self.state()
        if state.status == "closed":
            raise CadrectlError("cycle.closed", year=self.year)
        return state

    def nominations(self) -> list[Nomination]:
        from cadrectl.model.cycle import Nominations

        found = self.read("nominations.yaml", Nominations)
        return list(found.nominations) if found else []

    def meetings(self) -> list[Meeting]:
        from cadrectl.model.cycle import Tallies

        found = self.read("tallies.yaml", Tallies)
        return list(found.meetings) if found else []

    def proposal(self) -> Proposal | None:
        from cadrectl.model.cycle import Proposal

        return self.read("adjustment.yaml", Proposal)

    def commit(
        self,
        texts: dict[str, str],
        key: str,
        action: str,
        details: Sequence[str] = (),
        **params: Any,
    ) -> ChangeResult:
        """Write ``texts`` in one change, its subject the message ``key`` (trailer Cycle: year)."""
        subject = t(key, year=self.year, **params)
        message = CommitMessage(
            subject, f"cycle-{action}", details=tuple(details),
            extra_trailers={"Cycle": str(self.year)},
        )  # fmt: skip
        return apply_changes(self.paths, texts, message)


def summary(problems: Sequence[Problem]) -> str:
    """The first few problems on one line: ``field: message；…``."""
    return "；".join(f"{format_path(p.field)}: {p.message}" for p in problems[:5])


def text_of(model: BaseModel) -> str:
    """A cycle file's text: its schema line, the header, the model's fields."""
    header = HEADER
    schema = SCHEMAS.get(type(model).__name__)
    if schema is not None:
        header = f"# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n" + header
    return dump_yaml(model.model_dump(mode="python", by_alias=True, exclude_none=True), header)


def current_cycle(paths: RegistryPaths, year: int | None = None) -> CycleFiles:
    """The named year's cycle, or the one open cycle, or the latest one."""
    if year is not None:
        return CycleFiles(paths, year)
    years = cycle_years(paths)
    if not years:
        raise CadrectlError("cycle.none")
    for candidate in years:
        if CycleFiles(paths, candidate).state().status == "open":
            return CycleFiles(paths, candidate)
    return CycleFiles(paths, years[-1])


def cycle_years(paths: RegistryPaths) -> list[int]:
    """The years with a cycle.yaml, read without following links (check reports those)."""
    return sorted(
        int(folder.name)
        for folder in paths.scan(paths.cycles_dir).folders
        if folder.name.isascii() and folder.name.isdigit() and (folder / "cycle.yaml").is_file()
    )


@contextlib.contextmanager
def at_revision(paths: RegistryPaths, revision: str = "HEAD") -> Iterator[RegistryPaths]:
    """The registry as of a commit (the working tree when it is not a repository)."""
    if not git.is_repository(paths.root) or not git.has_commits(paths.root):
        yield paths
        return
    with tempfile.TemporaryDirectory(prefix="cadrectl-cycle-") as folder:
        git.export_tree(paths.root, revision, Path(folder))
        yield RegistryPaths(Path(folder))
