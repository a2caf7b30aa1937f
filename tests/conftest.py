"""Shared fixtures: registries copied into tmp_path, and the CLI run in-process."""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import locale
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cadrectl.cli.app import run

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT = Path(__file__).parent.parent
EXAMPLE = PROJECT / "registry-example"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``pytest --update-golden`` rewrites the golden files under tests/golden/ from this run."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files in tests/golden/ instead of comparing with them",
    )


def git(root: Path, *args: str) -> str:
    """Run git in a test registry and return what it printed."""
    import subprocess

    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    ).stdout


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's registry, language or git identity."""
    monkeypatch.delenv("CADRECTL_REGISTRY", raising=False)
    monkeypatch.delenv("CADRECTL_LANG", raising=False)
    monkeypatch.setenv("NO_COLOR", "")  # --no-color sets it in the process: undone after each test
    monkeypatch.setenv("CADRECTL_STRICT_MESSAGES", "1")  # a message missing a parameter fails
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "测试员")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "clerk@example.org")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run ``cadrectl ARGS…`` in this process and capture what it printed.

    Under an output encoding that is not UTF (CI runs the CLI tests with PYTHONIOENCODING=gbk),
    stdout and stderr are streams of that encoding, strict as Python makes them: what the
    command printed is what a GBK console received, decoded back (it fails if it cannot be).
    """
    encoding = stdio_encoding()

    def invoke(*args: str | Path) -> Result:
        capsys.readouterr()
        if codecs.lookup(encoding).name.startswith("utf"):
            code = run([str(arg) for arg in args])
            out, err = capsys.readouterr()
            return Result(code, out, err)
        with streams_encoded(encoding) as printed:
            code = run([str(arg) for arg in args])
        return Result(code, *printed())

    return invoke


def stdio_encoding() -> str:
    """The encoding Python gives a process's stdout here: PYTHONIOENCODING's, else UTF-8 in
    UTF-8 mode (the C locale turns it on), else the locale's."""
    configured = os.environ.get("PYTHONIOENCODING", "").partition(":")[0].strip()
    if configured:
        return configured
    return "utf-8" if sys.flags.utf8_mode else locale.getpreferredencoding(False)


def on_console(text: str) -> str:
    """``text`` as this run's console shows it: under PYTHONIOENCODING=gbk, ✓ is √, 𠮷 is ？."""
    from cadrectl.cli.streams import as_written

    return as_written(text, stdio_encoding())


@contextlib.contextmanager
def streams_encoded(encoding: str) -> Iterator[Callable[[], tuple[str, str]]]:
    """sys.stdout and sys.stderr as streams of ``encoding``, with the errors Python gives them
    (stdout strict); yields the function that gives what was printed to each, decoded."""
    buffers = io.BytesIO(), io.BytesIO()
    out, err = (
        io.TextIOWrapper(buffer, encoding=encoding, errors=errors, newline="", write_through=True)
        for buffer, errors in zip(buffers, ("strict", "backslashreplace"), strict=True)
    )

    captured: list[str] = []

    def printed() -> tuple[str, str]:
        return captured[0], captured[1]

    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        yield printed
    finally:
        sys.stdout, sys.stderr = saved
        captured += [buffer.getvalue().decode(encoding) for buffer in buffers]


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    """A copy of the small fixture registry (one unit, one cadre) to change freely."""
    root = tmp_path / "registry"
    shutil.copytree(FIXTURES / "registry", root)
    return root


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of registry-example."""
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root)
    return root


@pytest.fixture
def example_repo(example: Path) -> Path:
    """registry-example in a git repository with one commit."""
    git(example, "init", "--quiet")
    git(example, "add", "--all")
    git(example, "commit", "--quiet", "-m", "起始")
    return example


HOLD = """
import sys, time
from pathlib import Path
from cadrectl.store.lock import registry_lock
with registry_lock(Path(sys.argv[1]), "record"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@contextlib.contextmanager
def lock_held_elsewhere(root: Path, seconds: float = 30) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the registry lock of ``root`` (killed at the end)."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(root), str(seconds)], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        try:
            yield holder
        finally:
            holder.kill()


def kill_a_lock_holder(root: Path) -> None:
    """Let another process take the registry lock of ``root``, then SIGKILL it while it holds
    the lock (it has no chance to clean up)."""
    with lock_held_elsewhere(root) as holder:
        assert holder.poll() is None  # alive, holding the lock, until the block ends


_EXPECT = re.compile(rb"^# expect: (\S+) line=(\d+) severity=(\w+) as=(\S+)")


def expectation(path: Path) -> tuple[str, int, str, str]:
    """A bad fixture's first line, ``# expect: CODE line=N severity=S as=FILE``, as data."""
    match = _EXPECT.match(path.read_bytes().split(b"\n", 1)[0])
    assert match, f"{path.name} has no expectation line"
    code, line, severity, target = (group.decode() for group in match.groups())
    return code, int(line), severity, target


LONGEST_FIRST = ("tests/integrity/test_kill.py", "tests/integrity/test_race.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first: on every core (pytest -n auto) the rest then runs beside them,
    instead of the kill test starting half-way and running alone at the end."""
    items.sort(key=lambda item: not item.nodeid.startswith(LONGEST_FIRST))
