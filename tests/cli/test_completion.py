"""Shell completion (issue 18, point 1): bash, zsh, fish and PowerShell complete the registry's
own words — cadre and unit ids, posts, template names, record kinds, profiles, years, fields —
through the protocol each shell's script speaks to the program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE


def complete(shell: str, line: str, cwd: Path = EXAMPLE) -> list[str]:
    """What the shell's completion script would offer after ``line`` (the word being typed is
    its last word; a trailing space starts a new one)."""
    words = line.split(" ")
    env = {**os.environ, "_CADRECTL_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line}
    env.pop("CADRECTL_REGISTRY", None)
    if shell == "bash":
        env |= {"COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    elif shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    elif shell == "powershell":
        env["_TYPER_COMPLETE_WORD_TO_COMPLETE"] = words[-1]
    done = subprocess.run([sys.executable, "-m", "cadrectl"], cwd=cwd, env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    out = done.stdout
    if shell == "zsh":  # _arguments '*: :(("a":"help" "b"))'
        return [part.split('"')[1] for part in out.split("((", 1)[-1].split("\n") if '"' in part]
    if shell == "powershell":
        return [line.split(":::")[0] for line in out.splitlines() if line]
    return [line.split("\t")[0] for line in out.splitlines() if line]


# bash in the fast loop; the other shells' protocols in the slow tier (a process each)
SHELLS = ["bash", *(pytest.param(s, marks=pytest.mark.slow) for s in ("zsh", "fish", "powershell"))]


@pytest.mark.parametrize("shell", SHELLS)
def test_cadre_ids_complete_in_every_shell(shell: str) -> None:
    offered = complete(shell, "cadrectl show QX-2019-00")
    assert offered[:3] == ["QX-2019-001", "QX-2019-002", "QX-2019-003"]
    assert all(item.startswith("QX-2019-00") for item in offered)


def test_the_registry_s_words_complete() -> None:
    assert complete("bash", "cadrectl unit show qx-hu") == ["qx-huxi-zhen"]
    assert "zhenzhang" in complete("bash", "cadrectl use QX-2019-001 --unit qx-huxi-zhen --post ")
    assert complete("bash", "cadrectl export roster --template ") == ["县级", "科级"]
    assert complete("bash", "cadrectl record QX-2019-001 tr") == ["training"]
    assert complete("bash", "cadrectl init x --profile t") == ["township"]
    assert complete("bash", "cadrectl set QX-2019-001 current.p") == [
        "current.post=", "current.post_since="
    ]  # fmt: skip


def test_the_registry_named_by_r_is_the_one_completed(tmp_path: Path) -> None:
    assert complete("bash", "cadrectl show QX", cwd=tmp_path) == []  # none found from here
    offered = complete("bash", f"cadrectl -R {EXAMPLE} show QX-2023-01", cwd=tmp_path)
    assert "QX-2023-014" in offered


def test_the_years_with_a_cycle_complete(example_repo: Path) -> None:
    (example_repo / "cycles" / "2025").mkdir(parents=True)
    (example_repo / "cycles" / "2026").mkdir()
    assert complete("bash", "cadrectl cycle status --year 20", cwd=example_repo) == ["2025", "2026"]
