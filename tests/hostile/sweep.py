"""Running every reading command over a hostile registry, and what none of them may do.

Commands run in this process through the ``cli`` fixture (fast), or, for a case marked
``isolated``, in a child process under a timeout (tests/hostile/driver.py), so that a FIFO or a
device that blocks a read fails the case instead of hanging the suite.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tests.conftest import Result

DRIVER = Path(__file__).with_name("driver.py")
CHILD_TIMEOUT = 60.0  # seconds for all the commands of one case in a child process
OUT = "{out}"  # replaced by the path of the export's output file

# Every reading command over the whole registry, by the name a failure is reported under.
READING: dict[str, tuple[str, ...]] = {
    "list": ("list",),
    "list --format csv": ("list", "--format", "csv"),
    "list --format json": ("list", "--format", "json"),
    "ladder": ("ladder",),
    "ladder --format json": ("ladder", "--format", "json"),
    "report structure": ("report", "structure"),
    "report coverage": ("report", "coverage"),
    "report warnings": ("report", "warnings"),
    "export roster": ("export", "roster", "-o", OUT),
}
# With --skip-broken, each command family once (list and ladder as JSON, to count who is shown).
SKIPPING = (
    "list --format json", "ladder --format json", "report structure", "report coverage",
    "report warnings", "export roster",
)  # fmt: skip
JSON_OUTPUT = {"list --format json", "ladder --format json", "check --format json"}

# C0 controls but tab, newline and carriage return; DEL; C1; the bidi embeddings, overrides and
# isolates. None may reach a terminal as it is (the "control characters").
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMULA_START = ("=", "+", "-", "@")  # OWASP: a spreadsheet reads these as a formula

Invoke = Callable[..., Result]


def run_commands(
    cli: Invoke,
    root: Path,
    commands: Mapping[str, Sequence[str]],
    *,
    isolated: bool,
    timeout: float = CHILD_TIMEOUT,
) -> dict[str, Result]:
    """``cadrectl -R root ARGS`` for each command, by name."""
    argv = {name: ["-R", str(root), *args] for name, args in commands.items()}
    if not isolated:
        return {name: _in_process(cli, args) for name, args in argv.items()}
    return in_child(argv, timeout)


# Exit codes recorded for a command that never returned one of its own.
HUNG = -1000  # still running when its child process was timed out
RAISED = -1001  # an exception escaped cadrectl.cli.app.run (a real process: a traceback)
DIED = -1002  # its child process died (a signal such as SIGSEGV, or an uncaught exception)
NO_EXIT_CODE = (HUNG, RAISED, DIED)


def _in_process(cli: Invoke, args: Sequence[str]) -> Result:
    try:
        return cli(*args)
    except Exception as exc:
        return Result(RAISED, "", f"Traceback: {type(exc).__name__}: {exc}")


def in_child(
    argv: Mapping[str, Sequence[str]], timeout: float = CHILD_TIMEOUT
) -> dict[str, Result]:
    """The command lines run in a child process, one after another. A command that hangs (the
    child runs over ``timeout``) or takes the child down is recorded as HUNG or DIED, and the
    commands after it run in a new child."""
    results: dict[str, Result] = {}
    pending = dict(argv)
    while pending:
        lines, failure = _child(list(pending.values()), timeout)
        names = list(pending)
        for name, line in zip(names, lines, strict=False):
            results[name] = Result(line["code"], line["stdout"], line["stderr"])
            del pending[name]
        if pending:  # the next command did not finish
            results[names[len(lines)]] = failure
            del pending[names[len(lines)]]
    return results


def _child(argv: list[Sequence[str]], timeout: float) -> tuple[list[dict[str, Any]], Result]:
    """What the driver printed for each command it finished, and the outcome of the first it
    did not finish (if any)."""
    env = {**os.environ, "CADRECTL_NO_CACHE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, str(DRIVER), json.dumps([list(args) for args in argv])],
            capture_output=True, text=True, timeout=timeout, env=env, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        partial = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return _lines(partial), Result(HUNG, "", f"timed out after {timeout:.0f} s")
    how = f"signal {-done.returncode}" if done.returncode < 0 else f"status {done.returncode}"
    return _lines(done.stdout), Result(DIED, "", f"died with {how}: {done.stderr[-1500:]}")


def _lines(stdout: str) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for line in stdout.splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:  # a line the dying child left half-written
            break
    return lines


def summary(result: Result) -> str:
    """What a failure message shows of a run: the exit code and the ends of its output."""
    return (
        f"exit {result.exit_code}; stdout: {_clip(result.stdout)!r}; "
        f"stderr: {_clip(result.stderr)!r}"
    )


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit // 2] + " … " + text[-limit // 2 :]


def crash_problems(name: str, result: Result) -> list[str]:
    """An internal error, a traceback or a hang: never acceptable, whatever the input."""
    if result.exit_code == HUNG:
        return [f"{name}: hung ({result.stderr[:300]})"]
    if result.exit_code == RAISED:
        return [f"{name}: an exception escaped cadrectl.cli.app.run ({result.stderr[:300]})"]
    if result.exit_code == DIED:
        return [f"{name}: the process {result.stderr[:300]}"]
    found = []
    if result.exit_code == 3:
        found.append(f"{name}: exit 3 (internal error); {summary(result)}")
    if "Traceback" in result.stdout + result.stderr:
        found.append(f"{name}: printed a traceback; {summary(result)}")
    return found


def output_problems(name: str, result: Result, secret: str | None) -> list[str]:
    """Raw control characters on a terminal, and text that must never be shown."""
    found = []
    streams = {"stderr": result.stderr}
    if name not in JSON_OUTPUT:
        streams["stdout"] = result.stdout
    for stream, text in streams.items():
        raw = UNSAFE.search(text)
        if raw is not None:
            around = text[max(0, raw.start() - 30) : raw.end() + 30]
            found.append(f"{name}: prints {raw.group()!r} raw on {stream}: {around!r}")
    if secret is not None and secret in result.stdout + result.stderr:
        found.append(f"{name}: shows {secret!r}; {summary(result)}")
    return found


def listed_ids(name: str, result: Result) -> list[str] | None:
    """The cadre ids a JSON listing shows (None for other commands)."""
    if name == "list --format json":
        return [row["id"] for row in result.json()]
    if name == "ladder --format json":
        return [row["id"] for row in result.json()["cadres"]]
    return None


def formula_cells_in_csv(text: str) -> list[str]:
    """The CSV cells a spreadsheet would run as a formula."""
    rows = csv.reader(io.StringIO(text))
    return [cell for row in rows for cell in row if cell.startswith(FORMULA_START)]


def formula_cells_in_workbook(path: Path) -> list[str]:
    """The cells of a workbook that hold a formula (the roster has none of its own)."""
    from openpyxl import load_workbook

    found = []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    found.append(f"{sheet.title}!{cell.coordinate}: {cell.value!r}")
    return found
