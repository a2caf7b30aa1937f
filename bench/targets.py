"""The targets of issue 8 (items 3 and 4), judged on one run's figures."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.jobs import (
    BARE_HELP,
    CHECK,
    CHECK_UNCACHED,
    DUMP,
    EXAMPLE_CHECK,
    HELP,
    JSONSCHEMA,
    LADDER,
    READ_FLOOR,
    RECORD,
    ROSTER,
    SET,
    STRUCTURE,
)
from bench.timing import Measurement

GIB_IN_MIB = 1024


@dataclass
class Target:
    """One target with this run's figure, and PASS, FAIL or n/a (a figure is missing)."""

    name: str
    description: str
    value: float | None
    limit: float
    unit: str  # "×", "s" or "MiB"
    comparison: str  # "<=", ">=" or "<"
    note: str = ""
    status: str = "n/a"

    def judged(self) -> Target:
        if self.value is not None:
            passed = {
                "<=": self.value <= self.limit,
                ">=": self.value >= self.limit,
                "<": self.value < self.limit,
            }[self.comparison]
            self.status = "PASS" if passed else "FAIL"
        return self


class Figures:
    """Medians and peak RSS of the measurements that succeeded, by name and size."""

    def __init__(self, measurements: Sequence[Measurement]) -> None:
        self._found = {(m.name, m.size): m for m in measurements if m.status == "ok"}

    def median(self, name: str, size: int | None = None) -> float | None:
        found = self._found.get((name, size))
        return found.median_s if found else None

    def rss(self, name: str, size: int | None = None) -> float | None:
        found = self._found.get((name, size))
        return found.max_rss_mib if found else None

    def largest_size(self, name: str) -> int | None:
        sizes = [size for (key, size) in self._found if key == name and size is not None]
        return max(sizes, default=None)

    def ratio(self, top: str, bottom: str, size: int | None = None) -> float | None:
        """top ÷ bottom at the same size (see :meth:`paired`), or None if either is missing."""
        return self.paired(top, bottom, size, lambda a, b: a / b)

    def difference(self, top: str, bottom: str, size: int | None = None) -> float | None:
        """top − bottom in seconds (see :meth:`paired`), or None if either is missing."""
        return self.paired(top, bottom, size, lambda a, b: a - b)

    def paired(
        self, top: str, bottom: str, size: int | None, combine: Callable[[float, float], float]
    ) -> float | None:
        """The median of the rounds' ``combine(top, bottom)``: both jobs ran once a round
        (bench/timing.py), so each round's pair shares the machine's speed of that moment.
        Where the run counts differ, ``combine`` of the two medians instead.
        """
        upper, lower = self._found.get((top, size)), self._found.get((bottom, size))
        if upper is None or lower is None or not lower.median_s or upper.median_s is None:
            return None
        if len(upper.times_s) == len(lower.times_s) and all(lower.times_s):
            pairs = [combine(a, b) for a, b in zip(upper.times_s, lower.times_s, strict=True)]
            return round(statistics.median(pairs), 3)
        return round(combine(upper.median_s, lower.median_s), 3)


def evaluate(figures: Figures, sizes: Sequence[int]) -> list[Target]:
    """Every target, in the order of the issue."""
    big = max(sizes)
    targets = [
        Target(
            "check-vs-read-floor",
            f"check ÷ read floor, {big:,} cadres",
            figures.ratio(CHECK, READ_FLOOR, big),
            3,
            "×",
            "<=",
        ),
        Target(
            "uncached-check-vs-read-floor",
            f"check with no parse cache ÷ read floor, {big:,} cadres",
            figures.ratio(CHECK_UNCACHED, READ_FLOOR, big),
            3,
            "×",
            "<=",
            note="as on a first run, or with CADRECTL_NO_CACHE=1",
        ),
        jsonschema_target(figures, big),
        help_target(figures),
        Target(
            "example-check-vs-bare-help",
            "check (registry-example) ÷ bare Typer --help",
            figures.ratio(EXAMPLE_CHECK, BARE_HELP),
            3,
            "×",
            "<=",
        ),
        Target(
            "set-vs-check",
            f"set ÷ check, {big:,} cadres",
            figures.ratio(SET, CHECK, big),
            1.5,
            "×",
            "<=",
        ),
        Target(
            "record-vs-check",
            f"record ÷ check, {big:,} cadres",
            figures.ratio(RECORD, CHECK, big),
            1.5,
            "×",
            "<=",
        ),
        *growth_targets(figures, sizes),
        Target(
            "roster-vs-openpyxl",
            f"export roster ÷ openpyxl dump, {big:,} cadres",
            figures.ratio(ROSTER, DUMP, big),
            1.5,
            "×",
            "<=",
        ),
        *(
            Target(
                f"rss-{short}",
                f"peak RSS of {name}, {big:,} cadres",
                figures.rss(name, big),
                GIB_IN_MIB,
                "MiB",
                "<",
            )
            for short, name in (("check", CHECK), ("roster", ROSTER))
        ),
    ]
    return [target.judged() for target in targets]


def jsonschema_target(figures: Figures, big: int) -> Target:
    """check-jsonschema ÷ check on the largest registry check-jsonschema was timed on."""
    size = figures.largest_size(JSONSCHEMA)
    return Target(
        "jsonschema-vs-check",
        f"check-jsonschema ÷ check, {size or big:,} cadres",
        figures.ratio(JSONSCHEMA, CHECK, size) if size else None,
        10,
        "×",
        ">=",
        note="" if size == big else "check-jsonschema is timed on smaller registries only",
    )


def help_target(figures: Figures) -> Target:
    """cadrectl --help − the bare Typer app's --help, in seconds."""
    return Target(
        "help-vs-bare-typer",
        "cadrectl --help − bare Typer --help",
        figures.difference(HELP, BARE_HELP),
        0.05,
        "s",
        "<=",
    )


def growth_targets(figures: Figures, sizes: Sequence[int]) -> list[Target]:
    """Linear growth: time(largest) ÷ time(smallest) ≤ 1.1 × the ratio of their sizes."""
    big, small = max(sizes), min(sizes)
    limit = round(1.1 * big / small, 2)
    named = (("growth-ladder", LADDER), ("growth-structure", STRUCTURE), ("growth-roster", ROSTER))
    targets = []
    for name, measurement in named:
        upper, lower = figures.median(measurement, big), figures.median(measurement, small)
        value = round(upper / lower, 2) if big > small and upper and lower else None
        note = "" if big > small else "needs two sizes"
        description = f"{measurement}: {big:,} ÷ {small:,} cadres"
        targets.append(Target(name, description, value, limit, "×", "<=", note))
    return targets
