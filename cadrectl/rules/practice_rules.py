"""The rule kinds that pools other than a county's civil service keep: a 专业技术职务 level
(universities, enterprises), a count of records per period (village practice: talks with the
mentor every month, trainings every year) and an exam score (三荐两考, enterprises' 综合考试).

Like those of :mod:`cadrectl.rules.qualifications`, each returns a ``RuleResult``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from cadrectl.core.messages import Msg
from cadrectl.model.inspections import RECORD_LISTS
from cadrectl.rules.qualifications import (
    RuleFunction,
    RuleResult,
    Subject,
    format_number,
    rule_result,
    unrecorded_result,
)
from cadrectl.rules.timespan import add_months, add_years


def title_min(s: Subject, spec: Any) -> RuleResult:
    """专业技术职务 at least the level ``min`` names (a level's name, or a title of that level)."""
    need = s.config.title_level(spec.min)
    have = s.config.title_level(s.cadre.title)
    params = {"min": spec.min, "have": s.cadre.title or "—"}
    if need is None:
        return rule_result("title_min", "unknown", False, met_on=None, params=params)
    ok = have is not None and have >= need
    return rule_result("title_min", "ok" if ok else "short", ok, met_on=None, params=params)


def _quarter_start(quarter: str) -> dt.date:
    return dt.date(int(quarter[:4]), 3 * (int(quarter[-1]) - 1) + 1, 1)


# records.<kind> → the day each record counts on.
RECORD_DAY: dict[str, Callable[[Any], dt.date]] = {
    "talks": lambda item: item.date.as_date(),
    "trainings": lambda item: item.from_.as_date(),
    "evaluations": lambda item: _quarter_start(item.quarter),
    "inspections": lambda item: item.date.as_date(),
    "practice": lambda item: item.from_.as_date(),
    "rewards": lambda item: item.date.as_date(),
    "exams": lambda item: item.date.as_date(),
    "milestones": lambda item: item.date.as_date(),
    "secondments": lambda item: item.from_.as_date(),
}
_PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}
_SINGULAR = {plural: kind for kind, plural in RECORD_LISTS.items()}


def _period_start(day: dt.date, per: str) -> dt.date:
    """The first day of the month, quarter or year holding ``day``."""
    if per == "year":
        return dt.date(day.year, 1, 1)
    if per == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, day.month, 1)


def _window(s: Subject, spec: Any) -> tuple[dt.date | None, dt.date, dt.date | None]:
    """The days counted, [start, end), and the first day a failure could be made good on (the
    day after the period now running ends); a start of None counts every record."""
    if spec.per is not None:
        months = _PERIOD_MONTHS[spec.per]
        current = _period_start(s.as_of, spec.per)
        return add_months(current, -months), current, add_months(current, months)
    end = s.as_of + dt.timedelta(days=1)
    if spec.within_years is not None:
        return add_years(s.as_of, -spec.within_years), end, None
    return None, end, None


def record_count(s: Subject, spec: Any) -> RuleResult:
    """At least ``min`` records (and ``min_days`` days) of a kind in the last complete month,
    quarter or year (``per``), the last N years (``within_years``) or ever.

    A reserve who entered after that period began is not measured by it yet. A shortfall in a
    period is made good in the next one: the rule is met, at the earliest, the day after the
    period now running ends.
    """
    start, end, next_chance = _window(s, spec)
    params: dict[str, Any] = {
        "record": Msg(f"record.kind.{_SINGULAR[spec.record]}"),
        "per": _period_words(spec),
        "need": _amount(spec, spec.min or 0, spec.min_days or 0),
    }
    if start is not None and s.cadre.reserve.entered.as_date() > start:
        return rule_result("record_count", "not-due", True, met_on=None, timed=True,
                           params=params)  # fmt: skip
    day = RECORD_DAY[spec.record]
    items: Sequence[Any] = getattr(s.cadre.records, spec.record)
    counted = [item for item in items if (start is None or day(item) >= start) and day(item) < end]
    days = sum(getattr(item, "counted_days", None) or 0 for item in counted)
    params["have"] = _amount(spec, len(counted), days)
    ok = len(counted) >= (spec.min or 0) and days >= (spec.min_days or 0)
    case = "ok" if ok else "short"
    return rule_result("record_count", case, ok, met_on=None if ok else next_chance, timed=True,
                   params=params)  # fmt: skip


def _period_words(spec: Any) -> Msg:
    if spec.per is not None:
        return Msg(f"ladder.per.{spec.per}")
    if spec.within_years is not None:
        return Msg("ladder.per.within", years=spec.within_years)
    return Msg("ladder.per.all")


def _amount(spec: Any, count: int, days: float) -> Msg:
    """``4 次``, ``3 天`` or ``2 次、3 天``: what the rule counts, and nothing it does not."""
    times = Msg("ladder.count.times", n=count)
    length = Msg("ladder.count.days", n=format_number(days))
    if spec.min_days is None:
        return times
    if spec.min is None:
        return length
    return Msg("ladder.count.both", times=times, days=length)


def exam_score(s: Subject, spec: Any) -> RuleResult:
    """The latest exam by the as-of date (named like ``name``, if given) scored at least
    ``min``."""
    exams = [
        exam
        for exam in s.cadre.records.exams
        if (spec.name is None or spec.name in exam.name) and exam.date.as_date() <= s.as_of
    ]
    if not exams:
        return unrecorded_result("exam_score", "ladder.unrecorded.exam")
    latest = max(exams, key=lambda exam: exam.date.as_date())
    ok = latest.score >= spec.min
    params = {"min": format_number(spec.min), "score": format_number(latest.score),
              "name": latest.name, "date": latest.date}  # fmt: skip
    return rule_result("exam_score", "ok" if ok else "short", ok, met_on=None, params=params)


PRACTICE_RULES: dict[str, RuleFunction] = {
    "title_min": title_min,
    "record_count": record_count,
    "exam_score": exam_score,
}
