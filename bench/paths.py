"""Where the benchmark's pieces are, and the command lines that start them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
FLOORS = BENCH / "floors"
BIN = Path(sys.executable).parent  # the venv's scripts: cadrectl, check-jsonschema


def cadrectl(*args: str | Path) -> tuple[str, ...]:
    """``cadrectl ARGS…`` through the installed console script, as a clerk runs it."""
    return (str(BIN / "cadrectl"), *(str(arg) for arg in args))


def floor_script(script: str, *args: str | Path) -> tuple[str, ...]:
    """``python bench/floors/SCRIPT ARGS…`` with the same interpreter as cadrectl's."""
    return (sys.executable, str(FLOORS / script), *(str(arg) for arg in args))


def shorten(word: str) -> str:
    """A path without the venv's or the project's folder, for tables a person reads."""
    for base in (str(BIN) + os.sep, str(PROJECT) + os.sep):
        if word.startswith(base):
            return word[len(base) :]
    return word
