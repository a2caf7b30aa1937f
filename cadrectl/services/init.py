"""``cadrectl init``: a new registry folder with config, folders, schemas and a git repository."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from cadrectl.core.errors import CadrectlError
from cadrectl.model.policy import DEFAULT_SETTINGS_TEXT
from cadrectl.services.schemas import write_schemas
from cadrectl.store import git
from cadrectl.store.registry import CONFIG_NAME, RegistryPaths

CONFIG_TEMPLATE = (
    """\
# yaml-language-server: $schema=schemas/config.schema.json
# 后备干部库配置。改动后运行 cadrectl check。
schema_version: 1
organization:
  name: 中共××县委组织部      # 改为本组织部门的名称
  region: ××县                # 用于名册标题的地区或单位简称
ids:
  prefix: XX                  # 后备干部编号前缀：XX-2026-001
  serial_digits: 3
ranks:                        # 由低到高；相邻即为上下级
  - {name: 科员}
  - {name: 副科, position: 副职, level: 乡科级}
  - {name: 正科, position: 正职, level: 乡科级}
  - {name: 副处, position: 副职, level: 县处级}
  - {name: 正处, position: 正职, level: 县处级}
directions: [经济, 政法, 社会事业, 城建交通, 农业农村, 党群综合]
assessment_scale: [优秀, 称职, 基本称职, 不称职, 不定等次]
sources: [个人自荐, 群众举荐, 组织推荐, 公开选拔, 公推公选]
exit_reasons: [年度考核不称职, 年度考核基本称职, 违纪违法, 受到处分, 群众公认度不高, 政治立场问题,
  严重失职, 超过年龄界限, 长期备而不用, 不再符合资格条件, 本人申请, 调离, 去世]
unit_kinds: [乡镇, 街道, 县直部门, 村, 社区, 企业部门]
"""
    + DEFAULT_SETTINGS_TEXT
)


REGISTRY_GITIGNORE = """\
# cadrectl's own working files: the parse cache, and the lock and journal of a registry kept
# outside git (in git they live in .git/); all safe to delete when no cadrectl runs
.cadrectl.lock
.cadrectl-journal-*.json
.cadrectl-cache/
"""


@dataclass(frozen=True)
class InitResult:
    root: Path
    git: bool


def example_source() -> Path | None:
    """The example registry shipped in the wheel, or the source tree's registry-example/."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_example", package.parent / "registry-example"):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    return None


def init_registry(root: Path, *, example: bool, commit_message: str) -> InitResult:
    """Create the registry at ``root`` (new or empty folder); commit it when git is there.

    Whatever stops it half-way (no git identity, a full disk, Ctrl-C), nothing it made is
    left behind, so the same ``init`` can simply be run again.
    """
    if (root / CONFIG_NAME).exists():
        raise CadrectlError("init.exists", path=str(root))
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise CadrectlError("init.not-empty", path=str(root))
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
        _populate(root, source)
        if use_git:
            if not git.is_repository(root):
                git.init_repository(root)
            git.git(root, "add", "--all")
            git.git(root, "commit", "--quiet", "-m", f"{commit_message}\n\nAction: init\n")
    except BaseException:
        _remove_what_was_made(root, existed)
        raise
    return InitResult(root, git=use_git)


def _populate(root: Path, source: Path | None) -> None:
    root.mkdir(parents=True, exist_ok=True)
    if source is not None:
        shutil.copytree(source, root, dirs_exist_ok=True)
    else:
        (root / CONFIG_NAME).write_text(CONFIG_TEMPLATE, encoding="utf-8", newline="\n")
    for folder in ("units", "cadres", "cycles"):
        (root / folder).mkdir(exist_ok=True)
        if not any((root / folder).iterdir()):
            (root / folder / ".gitkeep").touch()
    write_schemas(RegistryPaths(root).schemas_dir)
    ignore = root / ".gitignore"
    if not ignore.exists():
        ignore.write_text(REGISTRY_GITIGNORE, encoding="utf-8", newline="\n")


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
