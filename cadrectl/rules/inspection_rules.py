"""Rules over the records of a ``cycle inspect --from-file`` file, before any is written.

Each record names a reserve in the pool (一年一考察: the cycle is for active reserves), is for
the cycle's year, is in the file once (one assessment and one inspection a year), is not a
second assessment of a year, has a grade from cadrectl.yaml's scale, and no inspection is in
the future. A record breaking one is refused with its line in the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cadrectl.core.problems import Problem, error

if TYPE_CHECKING:
    from cadrectl.core.messages import Msg
    from cadrectl.model.cadre import Cadre


@dataclass(frozen=True, slots=True)
class BulkItem:
    """One filled-in record of the file: its position, whose it is, its kind, the record."""

    index: int
    cadre: str
    kind: str
    record: Any  # the validated item (an Assessment, an Inspection… with cadre and kind)


@dataclass(frozen=True)
class BulkContext:
    """What the rules compare the records with."""

    file: str
    year: int  # the cycle's year: the records are for it
    cadres: Mapping[str, Cadre]  # the named cadres whose files load
    unreadable: frozenset[str]  # named cadres whose files exist but do not load
    scale: Sequence[str]  # cadrectl.yaml's assessment_scale
    today: dt.date
    lines: Sequence[int | None]  # the line (or sheet row) of each item, for "same as line N"


BulkRule = Callable[[Sequence[BulkItem], BulkContext], Iterable[Problem]]


def record_year(item: BulkItem) -> tuple[int, str] | None:
    """The year an assessment or an inspection is for, and the field that says it."""
    if item.kind == "assessment":
        return item.record.year, "year"
    if item.kind == "inspection":
        return item.record.date.year, "date"
    return None


def cadres_known(items: Sequence[BulkItem], ctx: BulkContext) -> Iterator[Problem]:
    """Every record names a cadre of the registry whose file can be read."""
    for item in items:
        if item.cadre in ctx.unreadable:
            yield error(ctx.file, "bulk-cadre-unreadable", (item.index, "cadre"), id=item.cadre)
        elif item.cadre not in ctx.cadres:
            yield error(ctx.file, "bulk-unknown-cadre", (item.index, "cadre"), id=item.cadre)


def cadres_active(items: Sequence[BulkItem], ctx: BulkContext) -> Iterator[Problem]:
    """The cycle inspects the reserves in the pool; a used or exited cadre's file is history."""
    from cadrectl.core.messages import Msg

    for item in items:
        cadre = ctx.cadres.get(item.cadre)
        if cadre is not None and not cadre.reserve.in_pool:
            status = Msg(f"status.{cadre.reserve.status}")
            yield error(
                ctx.file, "bulk-not-active", (item.index, "cadre"), id=item.cadre, status=status
            )


def for_the_cycle_year(items: Sequence[BulkItem], ctx: BulkContext) -> Iterator[Problem]:
    """An assessment or inspection of another year would not count for this cycle."""
    for item in items:
        found = record_year(item)
        if found is not None and found[0] != ctx.year:
            year, name = found
            yield error(
                ctx.file, "bulk-other-year", (item.index, name),
                year=year, cycle=ctx.year, kind=_kind_label(item.kind),
            )  # fmt: skip


def entered_before(item: BulkItem, cadre: Cadre | None) -> bool:
    """The cadre's file holds this very record already: the same file is entered again (after
    more of its items were filled in), and what was entered stays as it is."""
    from cadrectl.model.inspections import RECORD_LISTS

    if cadre is None:
        return False
    plural = RECORD_LISTS[item.kind]
    return any(_same(old, item.record) for old in getattr(cadre.records, plural))


def _same(old: Any, record: Any) -> bool:
    return all(getattr(old, name) == getattr(record, name) for name in type(old).model_fields)


def once_a_year(items: Sequence[BulkItem], ctx: BulkContext) -> Iterator[Problem]:
    """One assessment and one inspection a year for each cadre in the file; and no second
    assessment of a year the cadre's file has one of (as ``cadrectl record`` refuses it, and
    ``check``: one grade a year).

    A record the cadre's file holds already, exactly so, is no problem (it is skipped). A
    further inspection in a year the file has one of is entered, as ``cadrectl record`` does:
    a reserve admitted this year was inspected on admission, and may be inspected again.
    """
    first: dict[tuple[str, str, int], int] = {}
    for item in items:
        found = record_year(item)
        if found is None:
            continue
        year, name = found
        key = (item.cadre, item.kind, year)
        if key in first:
            line = ctx.lines[first[key]]
            yield error(
                ctx.file, "bulk-duplicate", (item.index, name),
                id=item.cadre, kind=_kind_label(item.kind), year=year,
                line=line if line is not None else first[key] + 1,
            )  # fmt: skip
            continue
        first[key] = item.index
        cadre = ctx.cadres.get(item.cadre)
        if (
            item.kind == "assessment"
            and cadre is not None
            and any(a.year == year for a in cadre.records.assessments)
            and not entered_before(item, cadre)
        ):
            yield error(
                ctx.file, "bulk-already-recorded", (item.index, name),
                id=item.cadre, kind=_kind_label(item.kind), year=year,
            )  # fmt: skip


def grades_on_the_scale(items: Sequence[BulkItem], ctx: BulkContext) -> Iterator[Problem]:
    """A grade is one of cadrectl.yaml's assessment_scale (优秀、称职…)."""
    from cadrectl.core.messages import Msg

    for item in items:
        if item.kind == "assessment" and item.record.grade not in ctx.scale:
            yield error(
                ctx.file, "unknown-code", (item.index, "grade"), value=item.record.grade,
                list=Msg("label.list.assessment_scale"), allowed="、".join(ctx.scale),
            )  # fmt: skip


def not_in_the_future(items: Sequence[BulkItem], ctx: BulkContext) -> Iterator[Problem]:
    """Nobody records an inspection that has not happened yet."""
    for item in items:
        if item.kind == "inspection" and item.record.date.as_date() > ctx.today:
            yield error(
                ctx.file, "date-in-future", (item.index, "date"),
                date=item.record.date, today=ctx.today.isoformat(),
            )  # fmt: skip


def _kind_label(kind: str) -> Msg:
    from cadrectl.core.messages import Msg

    return Msg(f"record.kind.{kind}")


BULK_RULES: list[BulkRule] = [
    cadres_known,
    cadres_active,
    for_the_cycle_year,
    once_a_year,
    grades_on_the_scale,
    not_in_the_future,
]


def bulk_problems(items: Sequence[BulkItem], ctx: BulkContext) -> list[Problem]:
    """Every problem of every rule."""
    return [problem for rule in BULK_RULES for problem in rule(items, ctx)]
