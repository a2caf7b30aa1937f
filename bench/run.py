"""The benchmark of issue 8: cadrectl against the machine's floors and the peer tools, in one run.

    python bench/run.py [--sizes 1000,10000] [--repeat N] [--quick]

It generates registries of each size under bench/work/ (git repositories with one commit, reused
while the generator is unchanged), times whole processes (the median wall time of several runs,
the peak RSS of each child), prints a table of medians and one of the targets with PASS or FAIL,
and writes the same as JSON to bench/results/<UTC time>.json and bench/results/latest.json.
bench/README.md says what is measured; docs/performance.md holds the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python bench/run.py`: import `bench` from this tree
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console

from bench import jobs
from bench.output import compile_bytecode, machine, measurements_table, targets_table, write_results
from bench.paths import BENCH, cadrectl, floor_script, shorten
from bench.registries import SEED, Registry, copy_example, prepare_registry, roster_shape
from bench.targets import Figures, Target, evaluate
from bench.timing import Job, Measurement, measure_in_rounds, not_measured, run_process

progress = Console(stderr=True, highlight=False)


@dataclass(frozen=True)
class Settings:
    """What to measure and where, from the command line."""

    sizes: tuple[int, ...]
    repeat: int | None  # None: 5 rounds
    jsonschema_max: int  # check-jsonschema is timed only up to this size (~19 ms a file)
    work: Path
    results: Path
    warm_up: bool
    fresh: bool

    def repeats(self, size: int | None) -> int:
        """Runs per measurement: --repeat, else 5 (rounds, so ratios stay fair on a busy VM)."""
        if self.repeat is not None:
            return self.repeat
        return 5


def parse_settings(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(
        prog="python bench/run.py",
        description="Time cadrectl against its floors and peers; print the tables; write JSON.",
    )
    parser.add_argument("--sizes", help="registry sizes in cadres (default 1000,10000)")
    parser.add_argument("--repeat", type=int, help="runs per measurement, in rounds (default 5)")
    parser.add_argument(
        "--quick", action="store_true", help="sizes 200,1000, one run each, no warm-up"
    )
    parser.add_argument(
        "--jsonschema-max",
        type=int,
        help="largest registry check-jsonschema is timed on (default 1000; --quick: smallest)",
    )
    parser.add_argument("--work", type=Path, default=BENCH / "work", help="scratch folder")
    parser.add_argument("--results", type=Path, default=BENCH / "results", help="JSON folder")
    parser.add_argument("--fresh", action="store_true", help="regenerate the registries")
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(part) for part in (args.sizes or "").split(",") if part.strip()})
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, such as 1000,10000")
    sizes = sizes or ([200, 1000] if args.quick else [1000, 10000])
    repeat = args.repeat if args.repeat is not None else (1 if args.quick else None)
    if min(sizes) < 1 or (repeat is not None and repeat < 1):
        parser.error("--sizes and --repeat take positive numbers")
    jsonschema_max = args.jsonschema_max
    if jsonschema_max is None:
        jsonschema_max = min(sizes) if args.quick else 1000
    return Settings(
        sizes=tuple(sizes),
        repeat=repeat,
        jsonschema_max=jsonschema_max,
        work=args.work.resolve(),
        results=args.results.resolve(),
        warm_up=not args.quick,
        fresh=args.fresh,
    )


def take(job: Job) -> Measurement:
    """Measure one job on its own (a peer timed once), and say so on stderr."""
    return take_in_rounds([job])[0]


def take_in_rounds(jobs: Sequence[Job]) -> list[Measurement]:
    """Measure jobs in rounds (see ``measure_in_rounds``) and print each figure at the end."""
    sizes = {job.size for job in jobs}
    where = "" if sizes == {None} else " @ " + ", ".join(f"{size:,}" for size in sizes if size)
    names = ", ".join(job.name for job in jobs)
    rounds = max(job.repeat for job in jobs)
    with progress.status(f"{names}{where} ({rounds} rounds)…"):
        results = measure_in_rounds(jobs)
    for result in results:
        label = result.name if result.size is None else f"{result.name} @ {result.size:,}"
        shown = f"{result.median_s:.3f} s" if result.median_s is not None else result.status
        progress.print(f"  {label}: {shown}")
    return results


def warm_up(example: Path, work: Path) -> None:
    """Run each command once, untimed, so the files are in the page cache."""
    for args in (
        ("--help",),
        ("-R", example, "check"),
        ("-R", example, "ladder", "--format", "json"),
        ("-R", example, "report", "structure", "--format", "json"),
        ("-R", example, "export", "roster", "-o", work / "warm-up.xlsx"),
    ):
        run_process(cadrectl(*args), work)
    run_process(floor_script("bare_typer.py", "--help"), work)


def measure_registry(registry: Registry, settings: Settings, has_roster: bool) -> list[Measurement]:
    """Every job on one registry, in rounds; the roster's shape is kept for the openpyxl peer.

    One untimed roster export comes first: it gives the shape the peer must match, and it fills
    the registry's parse cache as any first command would (the uncached check is timed apart).
    """
    work, repeat = settings.work, settings.repeats(registry.size)
    roster = work / f"roster-{registry.size}.xlsx"
    timed = jobs.registry_jobs(registry, work, repeat, roster)
    skipped: list[Measurement] = []
    if has_roster:
        run_process(cadrectl("-R", registry.root, "export", "roster", "-o", roster), work)
        shape = roster_shape(roster)
        if shape is not None:
            registry.roster_rows, registry.roster_columns = shape
    else:
        missing = next(job for job in timed if job.name == jobs.ROSTER)
        skipped.append(not_measured(missing, "missing", "`cadrectl export roster` not written yet"))
        timed.remove(missing)
    timed.append(jobs.dump_job(registry, work, repeat))
    if registry.size == max(settings.sizes):
        timed += jobs.edit_jobs(registry, work, repeat)
    results = take_in_rounds(timed) + skipped
    schema = jobs.jsonschema_job(registry)
    if registry.size <= settings.jsonschema_max:
        results.append(take(schema))
    else:
        note = f"timed up to {settings.jsonschema_max:,} cadres only (--jsonschema-max)"
        results.append(not_measured(schema, "skipped", note))
    return results


@dataclass
class Report:
    """Everything one run found."""

    started: dt.datetime
    finished: dt.datetime
    machine: dict[str, Any]  # taken at the start, with the load average before the run
    settings: Settings
    typer_commands: int
    registries: list[Registry]
    measurements: list[Measurement]
    targets: list[Target]

    def as_json(self) -> dict[str, Any]:
        return {
            "started_utc": self.started.isoformat(timespec="seconds"),
            "duration_s": round((self.finished - self.started).total_seconds(), 1),
            "machine": self.machine,
            "settings": {
                "sizes": list(self.settings.sizes),
                "repeat": {str(size): self.settings.repeats(size) for size in self.settings.sizes},
                "repeat_startup": self.settings.repeats(None),
                "jsonschema_max": self.settings.jsonschema_max,
                "warm_up": self.settings.warm_up,
                "seed": SEED,
                "typer_commands": self.typer_commands,
            },
            "registries": [
                asdict(registry) | {"root": shorten(str(registry.root))}
                for registry in self.registries
            ],
            "measurements": [asdict(measurement) for measurement in self.measurements],
            "targets": [asdict(target) for target in self.targets],
        }


def run(settings: Settings) -> Report:
    """Generate the registries, take every measurement, judge the targets."""
    started = dt.datetime.now(dt.UTC)
    before = machine()
    settings.work.mkdir(parents=True, exist_ok=True)
    example = copy_example(settings.work)
    compile_bytecode()
    typer_commands = jobs.typer_command_count()
    os.environ["BENCH_TYPER_COMMANDS"] = str(typer_commands)  # read by floors/bare_typer.py
    registries = []
    for size in settings.sizes:
        progress.print(f"registry of {size:,} cadres…")
        registries.append(prepare_registry(settings.work, size, fresh=settings.fresh))
    has_roster = jobs.roster_exists(settings.work)
    if settings.warm_up:
        warm_up(example, settings.work)
    startup = jobs.startup_jobs(settings.work, settings.repeats(None), example)
    measurements = take_in_rounds(startup)
    for registry in registries:
        measurements += measure_registry(registry, settings, has_roster)
    targets = evaluate(Figures(measurements), settings.sizes)
    finished = dt.datetime.now(dt.UTC)
    return Report(
        started, finished, before, settings, typer_commands, registries, measurements, targets
    )


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_settings(argv)
    report = run(settings)
    data = report.as_json()
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    out.print(measurements_table(report.measurements))
    out.print(targets_table(report.targets))
    path = write_results(data, settings.results, report.started.strftime("%Y%m%dT%H%M%SZ"))
    out.print(f"results: {shorten(str(path))} and latest.json ({data['duration_s']} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
