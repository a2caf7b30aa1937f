"""The benchmark runs end to end on a tiny registry and writes its JSON (never checks times)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROJECT

pytestmark = pytest.mark.slow  # runs the benchmark's own machinery

RUN = PROJECT / "bench" / "run.py"
MEASUREMENT_KEYS = {
    "name", "kind", "size", "command", "status", "note", "times_s",
    "median_s", "min_s", "max_s", "max_rss_mib", "exit_codes",
}  # fmt: skip
TARGETS = {
    "check-vs-read-floor", "uncached-check-vs-read-floor", "jsonschema-vs-check",
    "help-vs-bare-typer", "example-check-vs-bare-help", "set-vs-check", "record-vs-check",
    "growth-ladder", "growth-structure", "growth-roster", "roster-vs-openpyxl", "rss-check",
    "rss-roster",
}  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One quick run on a registry of 50 cadres, its results in a temporary folder."""
    work = tmp_path_factory.mktemp("bench")
    command = [sys.executable, str(RUN), "--quick", "--sizes", "50", "--repeat", "1"]
    command += ["--work", str(work / "work"), "--results", str(work / "results")]
    # Module-scoped, so conftest's per-test isolation does not apply yet: isolate here.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CADRECTL_", "GIT_"))}
    env |= {"GIT_CONFIG_GLOBAL": str(work / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, env=env, cwd=work
    )
    assert done.returncode == 0, done.stderr
    assert "Targets of issue 8" in done.stdout
    latest = work / "results" / "latest.json"
    stamped = [path for path in (work / "results").glob("*.json") if path != latest]
    assert len(stamped) == 1
    assert stamped[0].read_text(encoding="utf-8") == latest.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(latest.read_text(encoding="utf-8"))
    return data


def test_the_report_has_every_section(report: dict[str, Any]) -> None:
    assert set(report) == {
        "started_utc", "duration_s", "machine", "settings", "registries", "measurements",
        "targets",
    }  # fmt: skip
    assert report["settings"]["sizes"] == [50]
    assert report["registries"][0]["size"] == 50


def test_every_measurement_is_taken_or_says_why_not(report: dict[str, Any]) -> None:
    names = {m["name"] for m in report["measurements"]}
    assert {"cadrectl --help", "bare Typer --help", "check", "read floor (yaml-rs)"} <= names
    assert "check, no parse cache" in names
    assert any(name.startswith("set ") for name in names)
    assert any(name.startswith("record ") for name in names)
    for measurement in report["measurements"]:
        assert set(measurement) == MEASUREMENT_KEYS
        assert measurement["status"] in {"ok", "missing", "skipped"}, measurement
        if measurement["status"] == "ok":
            assert len(measurement["times_s"]) == 1
            assert measurement["median_s"] is not None


def test_every_target_is_judged(report: dict[str, Any]) -> None:
    targets = {target["name"]: target for target in report["targets"]}
    assert set(targets) == TARGETS
    assert all(target["status"] in {"PASS", "FAIL", "n/a"} for target in targets.values())
    assert targets["check-vs-read-floor"]["status"] != "n/a"
    assert targets["growth-ladder"]["status"] == "n/a"  # one size: no growth to judge


def test_the_set_is_undone(report: dict[str, Any]) -> None:
    root = Path(report["registries"][0]["root"])
    status = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == ""


def test_a_ratio_is_the_median_of_the_rounds_ratios() -> None:
    sys.path.insert(0, str(PROJECT))
    from bench.targets import Figures
    from bench.timing import Measurement

    def taken(name: str, times: list[float]) -> Measurement:
        median = sorted(times)[len(times) // 2]
        return Measurement(name, "cadrectl", 10, name, "ok", times_s=times, median_s=median)

    # the machine slowed in round 2: both sides doubled, and the ratio of that round is still 2
    paired = Figures([taken("a", [2.0, 4.0, 2.2]), taken("b", [1.0, 2.0, 1.0])])
    assert paired.ratio("a", "b", 10) == 2.0
    assert paired.difference("a", "b", 10) == 1.2  # of 1.0, 2.0 and 1.2 s
    uneven = Figures([taken("a", [2.0, 4.0, 2.2]), taken("b", [1.0])])
    assert uneven.ratio("a", "b", 10) == 2.2  # run counts differ: the medians' ratio
    assert paired.ratio("a", "missing", 10) is None
