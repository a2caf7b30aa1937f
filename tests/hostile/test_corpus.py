"""Every hostile input of the corpus (tests/hostile/corpus.py), through check and every reading
command: the exit code and problem codes of check, no exit 3, no traceback, no raw control
character on a terminal, no silent omission, and --skip-broken naming what it skipped.

Each test collects every way its case goes wrong before failing, so one failure names the case,
each command that misbehaved, its exit code and its output.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import Result
from tests.hostile.builders import CONFIG, FIXTURE
from tests.hostile.corpus import CASES, Case
from tests.hostile.sweep import (
    NO_EXIT_CODE,
    OUT,
    READING,
    SKIPPING,
    Invoke,
    crash_problems,
    formula_cells_in_csv,
    formula_cells_in_workbook,
    listed_ids,
    output_problems,
    run_commands,
    summary,
)

pytestmark = pytest.mark.slow  # every hostile case through every reading command: a property

IDS = [case.id for case in CASES]
BROKEN = [case for case in CASES if case.broken or case.config_broken]


def build(case: Case, tmp_path: Path) -> Path:
    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    case.build(root)
    return root


def reading_commands(case: Case, root: Path, out: Path, *extra: str) -> dict[str, list[str]]:
    """Every reading command; without ``extra`` options, ``show`` of each cadre (listed or
    broken) that has a file named for its id."""
    commands = {
        name: [str(out) if arg == OUT else arg for arg in args] + list(extra)
        for name, args in READING.items()
        if not extra or name in SKIPPING
    }
    if not extra:
        for cadre in sorted({*case.listed, *_broken_cadres(case)}):
            if os.path.lexists(root / f"cadres/{cadre}.yaml"):
                commands[f"show {cadre}"] = ["show", cadre]
    return commands


def _broken_cadres(case: Case) -> list[str]:
    """The ids of broken cadre files named after them (``show`` of each must refuse)."""
    return [
        Path(entry).stem
        for entry in case.broken
        if entry.startswith("cadres/") and entry.endswith(".yaml")
    ]


def fail(failures: list[str]) -> None:
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)


def test_the_corpus_has_at_least_120_cases_in_every_group() -> None:
    groups = {case.group for case in CASES}
    assert len(CASES) >= 120
    assert {"links", "special", "nesting", "size", "control", "markup", "id-number", "dates",
            "yaml", "encodings", "types", "unknown-keys", "config", "units", "cycles",
            "file-names", "csv"} <= groups  # fmt: skip


# ---- check ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_check_exits_with_the_case_s_code_and_reports_its_problems(
    case: Case, tmp_path: Path, cli: Invoke
) -> None:
    root = build(case, tmp_path)
    runs = run_commands(
        cli, root, {"check": ["check"], "check --format json": ["check", "--format", "json"]},
        isolated=case.isolated,
    )  # fmt: skip
    failures: list[str] = []
    for name, result in runs.items():
        failures += crash_problems(name, result)
        failures += output_problems(name, result, case.secret)
        if result.exit_code != case.exit:
            failures.append(f"{name}: expected exit {case.exit}; {summary(result)}")
    if not case.no_registry:
        failures += _report_problems(case, runs["check --format json"])
    fail(failures)


def _report_problems(case: Case, result: Result) -> list[str]:
    try:
        report = json.loads(result.stdout)
    except ValueError:
        return [f"check --format json: not JSON; {summary(result)}"]
    found = [(p["file"], p["code"]) for p in report["problems"]]
    failures = []
    if report["ok"] is not (case.exit == 0):
        failures.append(f"check --format json: ok is {report['ok']}; problems: {found}")
    for code in case.codes:
        matching = [
            p for p in report["problems"]
            if p["code"] == code and (case.file is None or p["file"] == case.file)
        ]  # fmt: skip
        if not matching:
            failures.append(f"check: no {code!r} in {case.file or 'any file'}; found: {found}")
        elif case.located and all(p["line"] is None for p in matching):
            failures.append(f"check: {code!r} has no line number: {matching}")
        if any(not p["message"] for p in matching):
            failures.append(f"check: {code!r} has no message: {matching}")
    if case.exit == 0:
        unexpected = [(file, code) for file, code in found if code not in case.codes]
        if unexpected:
            failures.append(f"check: problems beyond {case.codes}: {unexpected}")
    elif case.file is not None:
        elsewhere = [(file, code) for file, code in found if file != case.file]
        if elsewhere:
            failures.append(f"check: problems outside {case.file}: {elsewhere}")
    return failures


# ---- reading commands ----------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_reading_command_crashes_or_leaves_anything_out_silently(
    case: Case, tmp_path: Path, cli: Invoke
) -> None:
    root = build(case, tmp_path)
    out = tmp_path / "roster.xlsx"
    runs = run_commands(cli, root, reading_commands(case, root, out), isolated=case.isolated)
    failures: list[str] = []
    for name, result in runs.items():
        failures += crash_problems(name, result)
        failures += output_problems(name, result, case.secret)
        if result.exit_code not in NO_EXIT_CODE:
            failures += _outcome_problems(case, name, result, out)
    fail(failures)


def _outcome_problems(case: Case, name: str, result: Result, out: Path) -> list[str]:
    """A reading command over the case either refuses, naming what it cannot read, or shows
    everything; never anything in between."""
    if case.no_registry:
        return _refusal_problems(name, result, [], out, skip_hint=False)
    if name.startswith("show "):
        return _show_problems(case, name, result, out)
    if case.config_broken:
        return _refusal_problems(name, result, [CONFIG], out, skip_hint=False)
    if case.broken:
        return _refusal_problems(name, result, list(case.broken), out, skip_hint=True)
    return _shown_problems(case, name, result, out)


def _show_problems(case: Case, name: str, result: Result, out: Path) -> list[str]:
    """``show ID`` needs the cadre's own file; it may go on without what it does not need (a
    broken cadrectl.yaml, a unit), or refuse naming it, never anything else."""
    file = f"cadres/{name.removeprefix('show ')}.yaml"
    own = [entry for entry in case.broken if file == entry or file.startswith(f"{entry}/")]
    if own:
        return _refusal_problems(name, result, own, out, skip_hint=False)
    others = [*case.broken, *([CONFIG] if case.config_broken else [])]
    if others and result.exit_code == 1:
        return _refusal_problems(name, result, others[:1], out, skip_hint=False)
    return _shown_problems(case, name, result, out)


def _refusal_problems(
    name: str, result: Result, files: list[str], out: Path, *, skip_hint: bool
) -> list[str]:
    naming = f" naming {', '.join(files)}" if files else ""
    if result.exit_code != 1:
        return [f"{name}: expected exit 1 (refused{naming}); {summary(result)}"]
    failures = []
    unnamed = [file for file in files if file not in result.stderr]
    if unnamed:
        failures.append(f"{name}: refuses without naming {', '.join(unnamed)}; {summary(result)}")
    if skip_hint and "--skip-broken" not in result.stderr:
        failures.append(f"{name}: refuses without mentioning --skip-broken; {summary(result)}")
    if result.stdout.strip():
        failures.append(f"{name}: refused, yet printed a result; {summary(result)}")
    if name == "export roster" and out.exists():
        failures.append(f"{name}: refused, yet wrote {out.name}")
    return failures


def _shown_problems(
    case: Case, name: str, result: Result, out: Path, listed: tuple[str, ...] | None = None
) -> list[str]:
    expected = case.listed if listed is None else listed
    if result.exit_code != 0:
        return [f"{name}: expected exit 0; {summary(result)}"]
    failures = []
    ids = listed_ids(name, result)
    if ids is not None:
        missing = sorted(set(expected) - set(ids))
        if missing:
            failures.append(f"{name}: leaves out {missing} with exit 0 (shows {ids})")
    if (
        case.literal is not None
        and case.literal[0] == name
        and case.literal[1] not in result.stdout
    ):
        failures.append(f"{name}: does not show {case.literal[1]!r} as written; {summary(result)}")
    if name == "list --format csv" and (cells := formula_cells_in_csv(result.stdout)):
        failures.append(f"{name}: cells a spreadsheet runs as formulas: {cells}")
    if name == "export roster":
        if not out.exists():
            failures.append(f"{name}: exit 0 without writing {out.name}; {summary(result)}")
        elif cells := formula_cells_in_workbook(out):
            failures.append(f"{name}: formula cells in the roster: {cells}")
    return failures


# ---- --skip-broken -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", BROKEN, ids=[case.id for case in BROKEN])
def test_skip_broken_goes_on_and_names_each_skipped_file(
    case: Case, tmp_path: Path, cli: Invoke
) -> None:
    root = build(case, tmp_path)
    out = tmp_path / "roster.xlsx"
    commands = reading_commands(case, root, out, "--skip-broken")
    runs = run_commands(cli, root, commands, isolated=case.isolated)
    failures: list[str] = []
    for name, result in runs.items():
        failures += crash_problems(name, result)
        failures += output_problems(name, result, case.secret)
        if result.exit_code in NO_EXIT_CODE:
            continue
        if case.config_broken:  # skipping never goes on without the configuration
            failures += _refusal_problems(name, result, [CONFIG], out, skip_hint=False)
            continue
        failures += _shown_problems(case, name, result, out, listed=case.survivors())
        for file in case.broken:
            if file not in result.stderr:
                failures.append(f"{name}: skips {file} without naming it; {summary(result)}")
    fail(failures)
