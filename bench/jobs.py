"""What is timed: cadrectl's commands, and beside them the floors and the peer tools."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.paths import BIN, cadrectl, floor_script
from bench.registries import Registry, restorer
from bench.timing import Job, run_process

CHECK_CODES = frozenset({0, 1})  # 1: problems found, which is still a whole check
ARG_BUDGET = 1_000_000  # bytes of file names per check-jsonschema process (ARG_MAX is 2 MiB)
TYPER_COMMANDS = 15  # cadrectl's visible top-level commands when this was written

# Measurement names: the JSON and the targets refer to them.
PYTHON = "python -c pass"
BARE_HELP = "bare Typer --help"
HELP = "cadrectl --help"
EXAMPLE_CHECK = "check (registry-example)"
READ_FLOOR = "read floor (yaml-rs)"
CHECK = "check"
CHECK_UNCACHED = "check, no parse cache"
LADDER = "ladder --format json"
STRUCTURE = "report structure --format json"
ROSTER = "export roster"
SET = "set ID health=良好 --no-commit"
RECORD = "record ID inspection … --no-commit"
DUMP = "openpyxl write-only dump"
JSONSCHEMA = "check-jsonschema (cadres/)"


def startup_jobs(work: Path, repeat: int, example: Path) -> list[Job]:
    """Figures that need no generated registry: start-up, and checking registry-example."""
    return [
        Job(PYTHON, "floor", None, ((sys.executable, "-c", "pass"),), work, repeat),
        Job(BARE_HELP, "floor", None, (floor_script("bare_typer.py", "--help"),), work, repeat),
        Job(HELP, "cadrectl", None, (cadrectl("--help"),), work, repeat),
        Job(
            EXAMPLE_CHECK,
            "cadrectl",
            None,
            (cadrectl("-R", example, "check"),),
            work,
            repeat,
            ok_codes=CHECK_CODES,
        ),
    ]


def registry_jobs(registry: Registry, work: Path, repeat: int, roster: Path) -> list[Job]:
    """cadrectl's reading commands on one registry, and the read floor beside them."""
    root, size = registry.root, registry.size

    def job(
        name: str,
        kind: str,
        command: tuple[str, ...],
        ok_codes: frozenset[int] = frozenset({0}),
        before: Callable[[], None] | None = None,
        env: tuple[tuple[str, str], ...] = (),
    ) -> Job:
        return Job(
            name, kind, size, (command,), work, repeat, ok_codes=ok_codes, before=before, env=env
        )

    return [
        job(READ_FLOOR, "floor", floor_script("read_floor.py", root)),
        job(CHECK, "cadrectl", cadrectl("-R", root, "check"), ok_codes=CHECK_CODES),
        job(
            CHECK_UNCACHED,
            "cadrectl",
            cadrectl("-R", root, "check"),
            ok_codes=CHECK_CODES,
            env=(("CADRECTL_NO_CACHE", "1"),),
        ),
        job(LADDER, "cadrectl", cadrectl("-R", root, "ladder", "--format", "json")),
        job(STRUCTURE, "cadrectl", cadrectl("-R", root, "report", "structure", "--format", "json")),
        job(
            ROSTER,
            "cadrectl",
            cadrectl("-R", root, "export", "roster", "-o", roster),
            before=lambda: roster.unlink(missing_ok=True),
        ),
    ]


def edit_jobs(registry: Registry, work: Path, repeat: int) -> list[Job]:
    """A single `set` and a single `record` (all registry-wide rules apply), each undone."""
    root, cadre = registry.root, registry.set_id
    inspection = ("date=2026-11-20", "by=县委组织部考察组", "conclusion=考察合格")
    commands = (
        (SET, cadrectl("-R", root, "set", cadre, "health=良好", "--no-commit")),
        (RECORD, cadrectl("-R", root, "record", cadre, "inspection", *inspection, "--no-commit")),
    )
    return [
        Job(name, "cadrectl", registry.size, (command,), work, repeat, after=restorer(root))
        for name, command in commands
    ]


def dump_job(registry: Registry, work: Path, repeat: int) -> Job:
    """The openpyxl peer, as many rows and columns as cadrectl's roster (else N × 20)."""
    rows = registry.roster_rows or registry.size
    columns = registry.roster_columns or 20
    out = work / f"dump-{registry.size}.xlsx"
    command = floor_script("openpyxl_dump.py", out, "--rows", str(rows), "--columns", str(columns))
    shape = f"{rows:,} rows × {columns} columns"
    note = shape if registry.roster_rows else f"{shape} (no roster to match)"
    return Job(DUMP, "peer", registry.size, (command,), work, repeat, note=note)


def jsonschema_job(registry: Registry) -> Job:
    """check-jsonschema over every cadre file, in as many processes as ARG_MAX needs.

    One run only: at about 19 ms a file it is far from cadrectl, so its noise does not matter.
    """
    names = sorted(f"cadres/{path.name}" for path in (registry.root / "cadres").glob("*.yaml"))
    head = (str(BIN / "check-jsonschema"), "--schemafile", "schemas/cadre.schema.json")
    commands = tuple((*head, *chunk) for chunk in chunked(names, ARG_BUDGET))
    return Job(JSONSCHEMA, "peer", registry.size, commands, registry.root, 1, ok_codes=CHECK_CODES)


def chunked(names: Sequence[str], budget: int) -> list[list[str]]:
    """Split file names into lists whose total length stays under ``budget`` bytes."""
    chunks: list[list[str]] = [[]]
    used = 0
    for name in names:
        if chunks[-1] and used + len(name) + 1 > budget:
            chunks.append([])
            used = 0
        chunks[-1].append(name)
        used += len(name) + 1
    return chunks


def typer_command_count() -> int:
    """cadrectl's visible top-level commands and groups, for the bare Typer app to match."""
    try:
        from cadrectl.cli.commands import COMMANDS
    except Exception:  # the source may be mid-edit; the count of when this was written then
        return TYPER_COMMANDS
    return sum(1 for entry in COMMANDS if not entry.hidden)


def roster_exists(cwd: Path) -> bool:
    """`cadrectl export roster --help` exits 0 once the command is written."""
    return run_process(cadrectl("export", "roster", "--help"), cwd).exit_code == 0
