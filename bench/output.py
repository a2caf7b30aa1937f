"""What a run leaves: two tables on the terminal and the same figures as JSON."""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from bench.paths import BENCH, PROJECT, cadrectl
from bench.targets import Target
from bench.timing import Measurement, child_env, rss_method

IMPORTED_FROM = "import cadrectl, pathlib; print(pathlib.Path(cadrectl.__file__).parent)"
PARSERS = (("yaml_rs", "yaml-rs"), ("ruamel", "ruamel.yaml (safe)"))


def seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def measurements_table(measurements: Sequence[Measurement]) -> Table:
    """One row per measurement: median and spread of the runs, peak RSS, status."""
    table = Table(title="Medians of whole processes (wall time)", title_justify="left")
    table.add_column("measurement")
    table.add_column("kind")
    for header in ("cadres", "median s", "min–max s", "runs", "peak RSS MiB"):
        table.add_column(header, justify="right")
    table.add_column("status")
    for m in measurements:
        spread = "—" if m.min_s is None else f"{m.min_s:.3f}–{m.max_s:.3f}"
        rss = "—" if m.max_rss_mib is None else f"{m.max_rss_mib:.0f}"
        status = f"{m.status}: {m.note}" if m.note else m.status
        size = "—" if m.size is None else f"{m.size:,}"
        runs = str(len(m.times_s))
        table.add_row(m.name, m.kind, size, seconds(m.median_s), spread, runs, rss, status)
    return table


def targets_table(targets: Sequence[Target]) -> Table:
    """One row per target: this run's figure, the limit, PASS or FAIL."""
    table = Table(title="Targets of issue 8", title_justify="left")
    table.add_column("target")
    for header in ("value", "limit", "result"):
        table.add_column(header, justify="right")
    table.add_column("note")
    colours = {"PASS": "green", "FAIL": "red"}
    for target in targets:
        value = "—" if target.value is None else f"{target.value:g} {target.unit}"
        limit = f"{target.comparison} {target.limit:g} {target.unit}"
        result = f"[{colours.get(target.status, 'yellow')}]{target.status}[/]"
        table.add_row(target.description, value, limit, result, target.note)
    return table


def machine() -> dict[str, Any]:
    """What the figures were measured on, and which cadrectl source the children ran."""
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
        "cadrectl": output_of(*cadrectl("--version")),
        "cadrectl_package": output_of(sys.executable, "-c", IMPORTED_FROM),
        "project_commit": project_commit(),
        "read_floor_parser": read_floor_parser(),
        "peak_rss": rss_method(),
    }


def output_of(*command: str) -> str | None:
    """A child's stdout (in the children's environment, outside the project), or None."""
    done = subprocess.run(
        command, capture_output=True, text=True, env=child_env(), cwd=BENCH, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def project_commit() -> str | None:
    """The project's HEAD, with ``+dirty`` when cadrectl/ has uncommitted changes."""
    head = output_of("git", "-C", str(PROJECT), "rev-parse", "--short", "HEAD")
    changes = output_of("git", "-C", str(PROJECT), "status", "--porcelain", "--", "cadrectl")
    return None if head is None else head + ("+dirty" if changes else "")


def read_floor_parser() -> str:
    """The parser bench/floors/read_floor.py picks (the first of these that is installed)."""
    return next((name for module, name in PARSERS if importlib.util.find_spec(module)), "?")


def write_results(report: dict[str, Any], folder: Path, stamp: str) -> Path:
    """``<stamp>.json`` and ``latest.json`` in ``folder``, the same content."""
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    path = folder / f"{stamp}.json"
    path.write_text(text, encoding="utf-8")
    (folder / "latest.json").write_text(text, encoding="utf-8")
    return path


def compile_bytecode() -> None:
    """Compile the children's cadrectl to bytecode first, as installing a wheel does.

    An editable install leaves that to the first import, which writes nothing where
    PYTHONDONTWRITEBYTECODE is set (it is on some CI machines): every timed start would then
    compile all of cadrectl from source while Typer and rich, installed as wheels, would not.
    """
    package = output_of(sys.executable, "-c", IMPORTED_FROM)
    if package:
        output_of(sys.executable, "-m", "compileall", "-q", package)
