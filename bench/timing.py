"""Timing whole processes: wall time by perf_counter; peak RSS by GNU time, else by wait4.

Why GNU time: Linux carries a process's peak RSS across exec, so a child forked from this
harness reports at least the harness's own RSS (~40 MiB) through wait4; forked from
/usr/bin/time (~2 MiB) it reports its own.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.paths import shorten

STDERR_TAIL = 600  # characters of a failed command's stderr kept for the report
GNU_TIME = Path("/usr/bin/time")


@dataclass(frozen=True)
class Run:
    """One timed run: wall seconds, the child's peak RSS (None where unknown), its exit code."""

    seconds: float
    max_rss_kib: int | None
    exit_code: int
    stderr: str


@dataclass(frozen=True)
class Job:
    """A measurement to take: the command(s) of one run and what surrounds each run."""

    name: str
    kind: str  # "cadrectl" | "floor" | "peer"
    size: int | None  # cadres; None when the figure does not depend on a registry
    commands: tuple[tuple[str, ...], ...]  # run one after another; their times add up
    cwd: Path
    repeat: int
    ok_codes: frozenset[int] = frozenset({0})
    before: Callable[[], None] | None = None  # untimed, before every run
    after: Callable[[], None] | None = None  # untimed, after every run
    note: str = ""
    env: tuple[tuple[str, str], ...] = ()  # set in the child's environment


@dataclass
class Measurement:
    """What a job gave: every run's time, the median, and the peak RSS over the runs."""

    name: str
    kind: str
    size: int | None
    command: str
    status: str  # "ok" | "failed" | "missing" | "skipped"
    note: str = ""
    times_s: list[float] = field(default_factory=list)
    median_s: float | None = None
    min_s: float | None = None
    max_s: float | None = None
    max_rss_mib: float | None = None
    exit_codes: list[int] = field(default_factory=list)


def child_env() -> dict[str, str]:
    """The environment of every child: no registry inherited from the caller, no colour."""
    env = {key: value for key, value in os.environ.items() if key != "CADRECTL_REGISTRY"}
    env["NO_COLOR"] = "1"
    return env


def rss_method() -> str:
    """How peak RSS is measured on this machine."""
    return "GNU time (%M)" if GNU_TIME.is_file() else "wait4 (at least the harness's RSS)"


def run_process(command: Sequence[str], cwd: Path, env: Sequence[tuple[str, str]] = ()) -> Run:
    """Run one process to its end, its output discarded (stderr kept for a failure's note)."""
    with tempfile.TemporaryDirectory() as scratch:
        rss_file = Path(scratch) / "rss"
        stderr_file = Path(scratch) / "stderr"
        if GNU_TIME.is_file():
            command = [str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *command]
        with stderr_file.open("wb") as stderr:
            start = time.perf_counter()
            process = subprocess.Popen(
                list(command),
                cwd=cwd,
                env=child_env() | dict(env),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            seconds, rss = _wait(process, start)
        tail = stderr_file.read_bytes().decode("utf-8", "replace")[-STDERR_TAIL:]
        if rss_file.is_file():
            rss = _last_number(rss_file.read_text()) or rss
    return Run(seconds, rss, int(process.returncode), tail)


def _wait(process: subprocess.Popen[bytes], start: float) -> tuple[float, int | None]:
    """Wait for the child: the seconds since ``start``, and its peak RSS in KiB from wait4."""
    if not hasattr(os, "wait4"):  # pragma: no cover - Windows: time only
        process.wait()
        return time.perf_counter() - start, None
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    # Why: ru_maxrss is in KiB on Linux and in bytes on macOS.
    return seconds, usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss


def _last_number(text: str) -> int | None:
    """GNU time's figure: the last line (a line before it says when the exit code was not 0)."""
    lines = text.split()
    return int(lines[-1]) if lines and lines[-1].isdigit() else None


def run_all(
    commands: Sequence[Sequence[str]], cwd: Path, env: Sequence[tuple[str, str]] = ()
) -> Run:
    """Several processes one after another (chunks of a long file list) as one run."""
    runs = [run_process(command, cwd, env) for command in commands]
    rss = [run.max_rss_kib for run in runs if run.max_rss_kib is not None]
    worst = max(runs, key=lambda run: run.exit_code)
    return Run(
        seconds=sum(run.seconds for run in runs),
        max_rss_kib=max(rss) if rss else None,
        exit_code=worst.exit_code,
        stderr=worst.stderr,
    )


def measure(job: Job) -> Measurement:
    """Run the job ``repeat`` times; stop at the first run that exits with an unexpected code."""
    return measure_in_rounds([job])[0]


def measure_in_rounds(jobs: Sequence[Job]) -> list[Measurement]:
    """Run the jobs in rounds, each once a round (A B C, A B C, …), up to its ``repeat``.

    Why rounds: on a shared virtual machine the speed drifts by 20–40 % over a minute. Timing
    one job's runs back to back and then the next job's puts the drift between the two figures
    of a ratio; in rounds, a slow minute slows both alike.
    """
    runs = [_Runs(job) for job in jobs]
    for round_number in range(max((job.repeat for job in jobs), default=0)):
        for job_runs in runs:
            if round_number < job_runs.job.repeat and job_runs.result.status == "ok":
                job_runs.run_once()
    return [job_runs.finish() for job_runs in runs]


class _Runs:
    """The runs of one job so far."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.result = Measurement(
            job.name, job.kind, job.size, display(job.commands), "ok", job.note
        )
        self.rss: list[int] = []

    def run_once(self) -> None:
        job, result = self.job, self.result
        if job.before is not None:
            job.before()
        run = run_all(job.commands, job.cwd, job.env)
        if job.after is not None:
            job.after()
        result.exit_codes.append(run.exit_code)
        if run.exit_code not in job.ok_codes:
            result.status = "failed"
            result.note = f"exit {run.exit_code}: {' '.join(run.stderr.split())}"
            return
        result.times_s.append(round(run.seconds, 4))
        if run.max_rss_kib is not None:
            self.rss.append(run.max_rss_kib)

    def finish(self) -> Measurement:
        result = self.result
        if result.status == "ok" and result.times_s:
            result.median_s = round(statistics.median(result.times_s), 4)
            result.min_s, result.max_s = min(result.times_s), max(result.times_s)
            result.max_rss_mib = round(max(self.rss) / 1024, 1) if self.rss else None
        return result


def not_measured(job: Job, status: str, note: str) -> Measurement:
    """A measurement that could not be taken (a command not written yet, a peer skipped)."""
    return Measurement(job.name, job.kind, job.size, display(job.commands), status, note)


def display(commands: Sequence[Sequence[str]]) -> str:
    """The first command as a person would type it (paths shortened), with a chunk count."""
    words = [shorten(word) for word in commands[0]]
    if len(words) > 12:  # a long file list
        words = [*words[:6], f"… ({len(words) - 7} more)", words[-1]]
    chunks = f"  (in {len(commands)} processes)" if len(commands) > 1 else ""
    return " ".join(words) + chunks
