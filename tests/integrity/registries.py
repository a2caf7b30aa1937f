"""Registries prepared for the integrity tests, and running cadrectl on them as a clerk would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

Snapshot = dict[str, bytes]

# A new reserve for `add --from-file` (today's way in, until `cadrectl import` lands)
NEW_CADRE = """\
name: 周晓梅
id_number: 33078119920315002X
party: {status: 中共党员, joined: 2014-06}
work_start: 2015-08
current: {unit: qx-huxi-zhen, post: 党政办主任, rank: 科员, post_since: 2020-03,
  rank_since: 2015-08}
education:
  - {kind: 全日制, level: 大学, degree: 学士, school: 浙江师范大学, major: 汉语言文学}
reserve: {source: 组织推荐, target_rank: 副科, direction: 党群综合}
"""


def environment() -> dict[str, str]:
    """A clean environment: a git identity, no developer registry, Chinese messages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CADRECTL_", "GIT_"))}
    for role in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{role}_NAME"] = "测试员"
        env[f"GIT_{role}_EMAIL"] = "clerk@example.org"
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["CADRECTL_STRICT_MESSAGES"] = "1"
    return env


def cadrectl(root: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """``cadrectl -R root ARGS`` in a process of its own."""
    result = subprocess.run(
        [sys.executable, "-m", "cadrectl", "-R", str(root), *args],
        capture_output=True,
        text=True,
        env=environment(),
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"cadrectl {' '.join(args)}: {result.stdout}{result.stderr}")
    return result


def example_registry(root: Path) -> Path:
    """``cadrectl init ROOT --example``: the 青溪县 registry in a new git repository."""
    subprocess.run(
        [sys.executable, "-m", "cadrectl", "init", str(root), "--example"],
        capture_output=True,
        env=environment(),
        check=True,
    )
    return root


def active_ids(root: Path) -> list[str]:
    return [row["id"] for row in json.loads(cadrectl(root, "list", "--format", "json").stdout)]


def records_file(path: Path, ids: list[str]) -> Path:
    """A bulk inspection file: a 2026 assessment and an inspection for each cadre."""
    lines = []
    for cadre in ids:
        lines.append(f"- {{cadre: {cadre}, kind: assessment, year: 2026, grade: 称职}}")
        lines.append(f"- {{cadre: {cadre}, kind: inspection, date: 2026-09-10, "
                     "by: 县委组织部考察组, conclusion: 继续培养}")  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cycle_open_with_records_file(root: Path, records: Path, cadres: int) -> Path:
    """A registry with the 2026 cycle open, and a records file for its first ``cadres``."""
    example_registry(root)
    cadrectl(root, "cycle", "open", "2026", "--date", "2026-09-01", check=True)
    records_file(records, active_ids(root)[:cadres])
    return root


def cycle_ready_to_apply(root: Path) -> Path:
    """A rolling 2026 cycle inspected, proposed, decided and past its 公示."""
    example_registry(root)
    cadrectl(root, "cycle", "open", "2026", "--date", "2026-09-01", check=True)
    records = records_file(root.parent / "all-records.yaml", active_ids(root))
    cadrectl(root, "cycle", "inspect", "--from-file", str(records), check=True)
    cadrectl(root, "cycle", "propose", "--date", "2026-09-22", check=True)
    cadrectl(root, "cycle", "propose", "--accept-rest", "--date", "2026-09-22", check=True)
    cadrectl(root, "cycle", "publicize", "--start", "2026-09-28", check=True)
    return root


def snapshot(root: Path) -> Snapshot:
    """Every file of the registry's work tree (not git's own, nor the parse cache)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not {".git", ".cadrectl-cache"} & set(path.relative_to(root).parts)
    }


def head(root: Path, revision: str = "HEAD") -> str:
    return subprocess.run(
        ["git", "-C", str(root), "rev-parse", revision], capture_output=True, text=True, check=True
    ).stdout.strip()
