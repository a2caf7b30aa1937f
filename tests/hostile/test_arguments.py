"""What one hostile command-line argument can do: each is refused with its exit code (or done
and shown as typed), never an exit 3, a traceback, a raw control character on the terminal, a
whole id number in the output or the commit, unbounded work, or a half-made change.

Runs on a git copy of the fixture registry; commands that could block or grow without limit
(a FIFO, /dev/zero) run in a child process under a timeout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import git
from tests.hostile.builders import BASE_ID, BASE_ID_NUMBER, FIXTURE, id_number
from tests.hostile.sweep import (
    NO_EXIT_CODE,
    Invoke,
    crash_problems,
    in_child,
    output_problems,
    run_commands,
    summary,
)

NEW_NUMBER = id_number("33078119880412051")  # the base cadre's birth and gender, another serial
BAD_NUMBER = NEW_NUMBER[:17] + ("1" if NEW_NUMBER[17] != "1" else "2")  # a wrong check digit
CHILD_TIMEOUT = 10.0  # seconds: a command that reads a FIFO or /dev/zero has hung by then


@dataclass(frozen=True)
class Argument:
    name: str
    args: tuple[str, ...]  # after `-R REGISTRY`; "{fifo}" is a FIFO beside the registry
    exit: int
    says: str | None = None  # text stderr (or stdout, on success) must hold, as typed
    secret: str | None = None  # text no output, and no commit message, may hold
    changes: bool = False  # the command may change the registry (else: nothing changes)
    isolated: bool = False
    then: tuple[str, ...] = ()  # a reading command after it that must show `says` on stdout


ARGUMENTS = [
    # ---- reading commands ----
    Argument("show-an-id-that-climbs-out", ("show", "../units/qx-huxi-zhen"), 1),
    Argument("show-an-absolute-path", ("show", "/etc/passwd"), 1),
    Argument("show-an-id-holding-an-escape-sequence", ("show", "QX\x1b[2J"), 1),
    Argument("show-an-id-holding-markup", ("show", "[bold]QX[/]"), 1, says="[bold]QX[/]"),
    Argument("show-an-id-number-for-an-id", ("show", BASE_ID_NUMBER), 1, secret=BASE_ID_NUMBER),
    Argument("ladder-as-of-the-last-day-of-9999", ("ladder", "--as-of", "9999-12-31"), 0),
    Argument("ladder-as-of-9999-as-json", ("ladder", "--as-of", "9999-12", "--format", "json"), 0),
    Argument("report-structure-as-of-year-one",
             ("report", "structure", "--as-of", "0001-01-01"), 0),
    Argument("report-warnings-as-of-9999", ("report", "warnings", "--as-of", "9999-12-31"), 0),
    Argument("report-coverage-as-of-9999", ("report", "coverage", "--as-of", "9999-12-31"), 0),
    Argument("export-roster-as-of-9999",
             ("export", "roster", "-o", "roster.xlsx", "--as-of", "9999-12-31"), 0),
    Argument("ladder-as-of-year-zero", ("ladder", "--as-of", "0000-01-01"), 2),
    Argument("ladder-as-of-february-30", ("ladder", "--as-of", "2026-02-30"), 2),
    Argument("ladder-as-of-a-dotted-month", ("ladder", "--as-of", "2026.06"), 0),
    Argument("ladder-explains-a-path", ("ladder", "--explain", "../../etc/passwd"), 1),
    Argument("check-a-file-outside-the-registry", ("check", "/etc/passwd"), 1),
    Argument("check-a-path-that-climbs-out", ("check", "cadres/../../outside.yaml"), 1),
    Argument("list-in-an-unknown-format", ("list", "--format", "xml"), 2),
    # ---- writing commands ----
    Argument("set-an-index-a-hundred-million-past-the-end",
             ("set", BASE_ID, "education[100000000].kind=全日制"), 2),
    Argument("set-an-index-of-5000-digits",
             ("set", BASE_ID, "education[" + "9" * 5000 + "].kind=x"), 2),
    Argument("set-an-index-two-past-the-end", ("set", BASE_ID, "education[3].kind=全日制"), 1),
    Argument("set-a-negative-index", ("set", BASE_ID, "education[-1].kind=全日制"), 2),
    Argument("set-an-empty-path", ("set", BASE_ID, "=王立新"), 2),
    Argument("set-a-path-of-only-dots", ("set", BASE_ID, "...=x"), 2),
    Argument("set-a-bel-in-a-name", ("set", BASE_ID, "name=王\x07立新"), 2),
    Argument("set-an-escape-sequence-in-a-name", ("set", BASE_ID, "name=\x1b[31m王立新"), 2),
    Argument("set-a-bidi-override-in-health", ("set", BASE_ID, "health=\u202e健康"), 2),
    Argument("set-a-del-in-native-place", ("set", BASE_ID, "native_place=浙江\x7f兰溪"), 2),
    Argument("set-a-c1-control-in-a-post", ("set", BASE_ID, "current.post=副\x85镇长"), 2),
    Argument("set-a-nul-in-a-name", ("set", BASE_ID, "name=王\x00立新"), 2),
    Argument("set-a-name-of-a-million-characters", ("set", BASE_ID, "name=" + "王" * 1_000_000), 1),
    Argument("set-a-bad-id-number-and-not-echo-it", ("set", BASE_ID, f"id_number={BAD_NUMBER}"), 1,
             secret=BAD_NUMBER),
    Argument("record-an-escape-in-a-talk",
             ("record", BASE_ID, "talk", "date=2026-03-15", "by=李\x1b[8m国平"), 2),
    Argument("add-an-index-a-hundred-million-past-the-end",
             ("add", "name=张三", "education[100000000].kind=全日制"), 2),
    Argument("add-from-dev-zero", ("add", "--from-file", "/dev/zero"), 1, isolated=True),
    Argument("add-from-a-fifo", ("add", "--from-file", "{fifo}"), 1, isolated=True),
    Argument("set-an-id-number-and-keep-it-out-of-the-commit",
             ("set", BASE_ID, f"id_number={NEW_NUMBER}"), 0, secret=NEW_NUMBER, changes=True),
    Argument("set-markup-as-a-name", ("set", BASE_ID, "name=[/]王立新"), 0, says="[/]王立新",
             changes=True, then=("list",)),
    Argument("set-an-emoji-code-as-a-name", ("set", BASE_ID, "name=:smile:"), 0, says=":smile:",
             changes=True, then=("list",)),
]  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The fixture registry in a git repository, everything committed."""
    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "登记")
    return root


def _commands(case: Argument, root: Path) -> dict[str, list[str]]:
    fifo = root.parent / "input.fifo"
    if "{fifo}" in case.args:
        os.mkfifo(fifo)
    args = [str(fifo) if arg == "{fifo}" else arg for arg in case.args]
    commands = {case.name: args}
    if case.then:
        commands[" ".join(case.then)] = list(case.then)
    return commands


def _history(root: Path) -> tuple[str, str]:
    return git(root, "rev-parse", "HEAD"), git(root, "status", "--porcelain", "--untracked=all")


@pytest.mark.parametrize("case", ARGUMENTS, ids=[case.name for case in ARGUMENTS])
def test_a_hostile_argument_is_refused_or_done_never_half_done(
    case: Argument, repo: Path, cli: Invoke
) -> None:
    before = _history(repo)
    commands = _commands(case, repo)
    if case.isolated:
        argv = {name: ["-R", str(repo), *args] for name, args in commands.items()}
        runs = in_child(argv, CHILD_TIMEOUT)
    else:
        runs = run_commands(cli, repo, commands, isolated=False)
    result = runs[case.name]
    failures: list[str] = []
    for name, run in runs.items():
        failures += crash_problems(name, run)
        failures += output_problems(name, run, case.secret)
    if result.exit_code not in (*NO_EXIT_CODE, case.exit):
        failures.append(f"expected exit {case.exit}; {summary(result)}")
    if case.says is not None:
        shown = runs[" ".join(case.then)].stdout if case.then else result.stderr + result.stdout
        if case.says not in shown:
            failures.append(f"does not show {case.says!r} as typed; {summary(result)}")
    after = _history(repo)
    if not case.changes and after != before:
        failures.append(
            f"the registry changed: HEAD {before[0]} -> {after[0]}, status {after[1]!r}"
        )
    if case.changes and after[1]:
        failures.append(f"left uncommitted changes: {after[1]!r}")
    if case.secret is not None:
        messages = git(repo, "log", "--format=%B%n%N")
        if case.secret in messages:
            failures.append(f"a commit message holds {case.secret!r}: {messages!r}")
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)
