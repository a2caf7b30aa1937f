"""Concurrent writers: each waits for the other; no change is ever written over (no lost update)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.integrity.registries import environment, example_registry, head

pytestmark = pytest.mark.slow

PAIRS = 20


def pair(index: int) -> tuple[tuple[str, ...], tuple[str, ...], list[tuple[str, str]]]:
    """Two commands to run at once, and (cadre, text) that must both be in the files after."""
    cadre, other = "QX-2019-001", "QX-2019-003"
    post, plan, talk = f"职务{index}号", f"培养计划{index}号", f"谈话{index}号"
    if index % 4 == 3:  # two cadres, two files: both commits, neither waits long
        return (("set", cadre, f"current.post={post}"), ("set", other, f"reserve.plan={plan}"),
                [(cadre, post), (other, plan)])  # fmt: skip
    if index % 4 == 2:  # a record and a set on one file
        return (("record", cadre, "talk", "date=2026-11-20", "by=李国平", f"note={talk}"),
                ("set", cadre, f"reserve.plan={plan}"), [(cadre, talk), (cadre, plan)])  # fmt: skip
    return (("set", cadre, f"current.post={post}"), ("set", cadre, f"reserve.plan={plan}"),
            [(cadre, post), (cadre, plan)])  # fmt: skip


def test_twenty_pairs_of_concurrent_writers_lose_no_update(tmp_path: Path) -> None:
    root = example_registry(tmp_path / "registry")
    commits = count_commits(root)
    for index in range(PAIRS):
        first, second, expected = pair(index)
        processes = [start(root, args) for args in (first, second)]
        results = [process.communicate(timeout=120) for process in processes]
        for process, (out, err) in zip(processes, results, strict=True):
            assert process.returncode == 0, f"pair {index}: {out}{err}"
        for cadre, text in expected:
            assert text in (root / "cadres" / f"{cadre}.yaml").read_text(encoding="utf-8"), (
                f"pair {index}: the change {text!r} to {cadre} was lost"
            )
        commits += 2
        assert count_commits(root) == commits, f"pair {index}"
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain"],
                                capture_output=True, text=True, check=True).stdout  # fmt: skip
        assert status == "", f"pair {index}: {status}"
    assert head(root)


def start(root: Path, args: tuple[str, ...]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cadrectl", "-R", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
    )


def count_commits(root: Path) -> int:
    out = subprocess.run(["git", "-C", str(root), "rev-list", "--count", "HEAD"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return int(out)
