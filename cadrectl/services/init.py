"""``cadrectl init``: a new registry folder with config, folders, schemas and a git repository."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cadrectl.core.errors import CadrectlError
from cadrectl.services.editor import write_editor_files
from cadrectl.services.profiles import DEFAULT_PROFILE, ToFill, profile_text, to_fill
from cadrectl.services.registry import load_config
from cadrectl.services.schemas import write_registry_schemas
from cadrectl.store import git
from cadrectl.store.registry import CONFIG_NAME, RegistryPaths

if TYPE_CHECKING:
    from cadrectl.services.import_roster import RosterOptions
    from cadrectl.services.import_sheet import ImportResult

REGISTRY_GITIGNORE = """\
# cadrectl's own working files: the parse cache, and the lock and journal of a registry kept
# outside git (in git they live in .git/); all safe to delete when no cadrectl runs
.cadrectl.lock
.cadrectl-journal-*.json
.cadrectl-cache/
# exported rosters and tables: made again from the registry at any time, and they carry
# personal data to wherever the repository is copied
exports/
"""
# Why: a Windows editor saving CRLF would make every line of a file a change in git history;
# the registry's text is LF in the repository whatever the editor writes.
REGISTRY_GITATTRIBUTES = """\
*.yaml text eol=lf
*.yml text eol=lf
*.json text eol=lf
*.md text eol=lf
*.xlsx binary
*.xls binary
*.docx binary
*.pdf binary
*.jpg binary
*.lrmx text eol=crlf
*.lrm binary
*.pic binary
"""
# pre-commit (https://pre-commit.com): `pre-commit install` once, and every commit made outside
# cadrectl (a file edited by hand) is checked first.
REGISTRY_PRE_COMMIT = """\
# pre-commit install 之后，每次 git commit 前先运行 cadrectl check（手工修改的文件也要通过校验）
repos:
  - repo: local
    hooks:
      - id: cadrectl-check
        name: cadrectl check
        entry: cadrectl check
        language: system
        pass_filenames: false
        files: \\.ya?ml$
"""


@dataclass(frozen=True)
class InitResult:
    root: Path
    git: bool
    profile: str | None  # None: the example registry was copied
    to_fill: tuple[ToFill, ...] = ()  # cadrectl.yaml's lines the clerk must still change


def example_source() -> Path | None:
    """The example registry shipped in the wheel, or the source tree's registry-example/."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_example", package.parent / "registry-example"):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    return None


def init_registry(
    root: Path, *, example: bool, commit_message: str, profile: str = DEFAULT_PROFILE
) -> InitResult:
    """Create the registry at ``root`` (new or empty folder) from ``profile`` (or as a copy of
    the example registry); commit it when git is there.

    Whatever stops it half-way (no git identity, a full disk, Ctrl-C), nothing it made is
    left behind, so the same ``init`` can simply be run again.
    """
    if (root / CONFIG_NAME).exists():
        raise CadrectlError("init.exists", path=str(root))
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise CadrectlError("init.not-empty", path=str(root))
    config_text = profile_text(profile)  # an unknown profile is refused before anything
    source = example_source() if example else None
    if example and source is None:
        raise CadrectlError("init.example-missing")
    use_git = git.git_available()
    if use_git:
        problem = git.identity_problem(_existing_ancestor(root))
        if problem is not None:
            raise git.GitError("git.no-identity")
    existed = root.exists()
    try:
        _populate(root, source, config_text)
        if use_git:
            if not git.is_repository(root):
                git.init_repository(root)
            git.git(root, "add", "--all")
            git.git(root, "commit", "--quiet", "-m", f"{commit_message}\n\nAction: init\n")
    except BaseException:
        _remove_what_was_made(root, existed)
        raise
    if source is not None:
        return InitResult(root, git=use_git, profile=None)
    return InitResult(root, git=use_git, profile=profile, to_fill=tuple(to_fill(config_text)))


def init_from_roster(
    root: Path,
    source: Path,
    options: RosterOptions,
    *,
    commit_message: str,
    profile: str = DEFAULT_PROFILE,
    today: dt.date,
) -> tuple[InitResult, ImportResult]:
    """A registry made from the clerk's roster in one step: the profile's registry, then the
    roster imported into it with its units created. All or nothing: when the roster has an
    error (or with ``options.dry_run``) the registry is taken away again, and the report says
    what the roster would have given."""
    import dataclasses

    from cadrectl.services.import_roster import import_roster

    if not source.is_file():
        raise CadrectlError("import.unreadable", path=str(source), detail="—")
    existed = root.exists()
    made = init_registry(root, example=False, commit_message=commit_message, profile=profile)
    try:
        creating = dataclasses.replace(options, create_units=True)
        report = import_roster(RegistryPaths(root), source, creating, today=today)
    except BaseException:
        _remove_what_was_made(root, existed)
        raise
    if not report.ok or options.dry_run:
        _remove_what_was_made(root, existed)
    return made, report


def _populate(root: Path, source: Path | None, config_text: str) -> None:
    root.mkdir(parents=True, exist_ok=True)
    if source is not None:
        shutil.copytree(source, root, dirs_exist_ok=True)
    else:
        (root / CONFIG_NAME).write_text(config_text, encoding="utf-8", newline="\n")
    for folder in ("units", "cadres", "cycles"):
        (root / folder).mkdir(exist_ok=True)
        if not any((root / folder).iterdir()):
            (root / folder / ".gitkeep").touch()
    paths = RegistryPaths(root)
    write_registry_schemas(paths, load_config(paths))  # with this registry's vocabularies
    write_editor_files(root)
    for name, text in ((".gitignore", REGISTRY_GITIGNORE),
                       (".gitattributes", REGISTRY_GITATTRIBUTES),
                       (".pre-commit-config.yaml", REGISTRY_PRE_COMMIT)):  # fmt: skip
        if not (root / name).exists():
            (root / name).write_text(text, encoding="utf-8", newline="\n")


def _existing_ancestor(root: Path) -> Path:
    for folder in (root, *root.parents):
        if folder.is_dir():
            return folder
    return Path.cwd()


def _remove_what_was_made(root: Path, existed: bool) -> None:
    """Undo a half-made registry: the folder if init made it, else everything put in it."""
    if not existed:
        shutil.rmtree(root, ignore_errors=True)
        return
    for child in list(root.iterdir()) if root.is_dir() else []:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
