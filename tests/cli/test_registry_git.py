"""A registry that behaves in git: line endings fixed by .gitattributes, exports and the cache
ignored, and a pre-commit hook that runs ``cadrectl check`` on every commit (issue 18)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import git

BAD_CADRE = """\
schema_version: 1
id: XZ-2026-001
name: 张三
gender: 男男
"""


def test_init_writes_the_git_settings_and_commits_them(cli: Any, tmp_path: Path) -> None:
    root = tmp_path / "registry"
    assert cli("init", root, "--profile", "township").exit_code == 0
    tracked = git(root, "ls-files").split()
    assert {".gitattributes", ".gitignore", ".pre-commit-config.yaml"} <= set(tracked)
    assert "*.yaml text eol=lf" in (root / ".gitattributes").read_text(encoding="utf-8")
    assert "exports/" in (root / ".gitignore").read_text(encoding="utf-8").splitlines()
    (root / "exports").mkdir()
    (root / "exports" / "名册.xlsx").write_bytes(b"x")
    (root / "units" / "crlf.yaml").write_bytes(b"a: 1\r\nb: 2\r\n")
    git(root, "add", "--all")
    assert "exports" not in git(root, "status", "--porcelain")
    assert (
        b"\r\n"
        not in subprocess.run(
            ["git", "-C", str(root), "show", ":units/crlf.yaml"], capture_output=True, check=True
        ).stdout
    )  # stored with LF; the clerk's working copy keeps what the editor wrote


@pytest.mark.slow  # pre-commit sets up its environment once
def test_the_pre_commit_hook_refuses_a_bad_file(cli: Any, tmp_path: Path) -> None:
    root = tmp_path / "registry"
    assert cli("init", root, "--profile", "township").exit_code == 0
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "PRE_COMMIT_HOME": str(tmp_path / "pre-commit")}  # fmt: skip
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=root, env=env,
                   check=True, capture_output=True)  # fmt: skip
    (root / "cadres" / "XZ-2026-001.yaml").write_text(BAD_CADRE, encoding="utf-8")
    subprocess.run(["git", "add", "--all"], cwd=root, env=env, check=True)
    refused = subprocess.run(["git", "commit", "-m", "手工录入"], cwd=root, env=env,
                             capture_output=True, text=True)  # fmt: skip
    assert refused.returncode != 0
    said = refused.stdout + refused.stderr  # pre-commit prints to one or the other by version
    assert "cadrectl check" in said
    assert "XZ-2026-001.yaml" in said
    assert git(root, "rev-list", "--count", "HEAD").strip() == "1"
    (root / "cadres" / "XZ-2026-001.yaml").unlink()
    subprocess.run(["git", "add", "--all"], cwd=root, env=env, check=True)
    (root / "NOTE.md").write_text("说明\n", encoding="utf-8")
    subprocess.run(["git", "add", "NOTE.md"], cwd=root, env=env, check=True)
    passed = subprocess.run(["git", "commit", "-m", "说明"], cwd=root, env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_an_export_by_bare_name_lands_in_exports_and_stays_out_of_git(
    cli: Any, example_repo: Path, tmp_path: Path
) -> None:
    result = cli("-R", example_repo, "export", "roster", "-o", "名册.xlsx")
    assert result.exit_code == 0
    assert (example_repo / "exports" / "名册.xlsx").is_file()
    assert str(example_repo / "exports" / "名册.xlsx") in result.stdout + result.stderr
    assert git(example_repo, "status", "--porcelain") == ""  # exports/ ignores itself
    elsewhere = tmp_path / "上报" / "名册.xlsx"
    elsewhere.parent.mkdir()
    assert cli("-R", example_repo, "export", "roster", "-o", elsewhere).exit_code == 0
    assert elsewhere.is_file()  # a path with a folder is taken as given
