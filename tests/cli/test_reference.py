"""docs/commands.md is the command line's own account of itself: regenerated, it is the same
file (issue 18, point 6). Run ``cadrectl dev commands-doc`` after changing a command."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.cli.test_command_tree import LEAVES
from tests.conftest import PROJECT

REFERENCE = PROJECT / "docs" / "commands.md"


def test_the_command_reference_is_current() -> None:
    # Why a process of its own: help texts are rendered when a command's module is imported,
    # and a test of English output may have imported one in English in this process.
    env = {k: v for k, v in os.environ.items() if k != "CADRECTL_LANG"}
    done = subprocess.run([sys.executable, "-m", "cadrectl", "dev", "commands-doc", "--check"],
                          cwd=PROJECT, env=env, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_every_visible_command_has_a_section() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    sections = {line[len("## cadrectl ") :] for line in text.splitlines()
                if line.startswith("## cadrectl ")}  # fmt: skip
    visible = {" ".join(path) for path in LEAVES if path[0] != "dev"}
    assert visible <= sections
