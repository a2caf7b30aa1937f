"""What the clerk should act on soon: one small function per kind of reminder.

Each takes the cadre's placement and the settings and returns reminders with the date they
concern: an age limit ahead, a missing record, discipline in effect, a condition met this month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cadrectl.model.codes import WARNING_KINDS
from cadrectl.rules.qualifications import format_number
from cadrectl.rules.timespan import add_months, add_years

if TYPE_CHECKING:
    from cadrectl.model.config import WarningSettings
    from cadrectl.rules.tiers import Placement


@dataclass(frozen=True)
class Reminder:
    cadre_id: str
    name: str
    kind: str
    date: dt.date | None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        from cadrectl.core.messages import t

        return t(f"warnings.{self.kind}", date=self.date, **self.params)


Check = Callable[["Placement", "WarningSettings", dt.date], Iterator[Reminder]]


def _reminder(p: Placement, kind: str, date: dt.date | None, **params: Any) -> Reminder:
    return Reminder(p.cadre.id, p.cadre.name, kind, date, params)


def age_limit_ahead(p: Placement, settings: WarningSettings, as_of: dt.date) -> Iterator[Reminder]:
    """The target rank's age limit is reached within the configured months."""
    horizon = add_months(as_of, settings.age_within_months)
    for check in p.checks:
        if check.rule == "age_max" and check.ok and check.deadline and check.deadline <= horizon:
            yield _reminder(p, "age-limit", check.deadline, years=check.params.get("years"))


def no_training_this_year(
    p: Placement, settings: WarningSettings, as_of: dt.date
) -> Iterator[Reminder]:
    trainings = p.cadre.records.trainings
    if not any(item.from_.year == as_of.year for item in trainings):
        yield _reminder(p, "no-training", None, year=as_of.year)


def no_mentor(p: Placement, settings: WarningSettings, as_of: dt.date) -> Iterator[Reminder]:
    if not p.cadre.reserve.mentors:
        yield _reminder(p, "no-mentor", None)


def no_evaluation_last_quarter(
    p: Placement, settings: WarningSettings, as_of: dt.date
) -> Iterator[Reminder]:
    """The quarter before the as-of date's quarter has no 季度评议."""
    quarter = (as_of.month - 1) // 3  # 0-based quarter of as_of
    year, last = (as_of.year, quarter) if quarter else (as_of.year - 1, 4)
    wanted = f"{year}Q{last}"
    if p.cadre.reserve.entered.as_date() > dt.date(year, 3 * last, 1):
        return  # entered after that quarter
    if not any(item.quarter == wanted for item in p.cadre.records.evaluations):
        yield _reminder(p, "no-evaluation", None, quarter=wanted)


def no_assessment_last_year(
    p: Placement, settings: WarningSettings, as_of: dt.date
) -> Iterator[Reminder]:
    year = as_of.year - 1
    if p.cadre.work_start is not None and p.cadre.work_start.year > year:
        return  # not yet working that year
    if not any(item.year == year for item in p.cadre.records.assessments):
        yield _reminder(p, "no-assessment", None, year=year)


def long_in_pool(p: Placement, settings: WarningSettings, as_of: dt.date) -> Iterator[Reminder]:
    since = add_years(p.cadre.reserve.entered.as_date(), settings.unused_years)
    if since <= as_of:
        yield _reminder(p, "long-in-pool", since, years=format_number(settings.unused_years),
                        entered=p.cadre.reserve.entered)  # fmt: skip


def discipline_in_effect(
    p: Placement, settings: WarningSettings, as_of: dt.date
) -> Iterator[Reminder]:
    for check in p.checks:
        if check.rule == "discipline" and not check.ok and check.met_on is not None:
            yield _reminder(p, "discipline", check.met_on)


def records_short(p: Placement, settings: WarningSettings, as_of: dt.date) -> Iterator[Reminder]:
    """A record_count rule of the policy falls short: talks, trainings not kept up."""
    for check in p.checks:
        if check.rule == "record_count" and not check.ok:
            yield _reminder(p, "records-short", None, detail=check.detail)


def condition_met_this_month(
    p: Placement, settings: WarningSettings, as_of: dt.date
) -> Iterator[Reminder]:
    """A time-based condition falls due in the as-of month: time to look at moving up."""
    start = as_of.replace(day=1)
    end = add_months(start, 1)
    for check in p.checks:
        if check.timed and check.met_on is not None and start <= check.met_on < end:
            yield _reminder(p, "met-this-month", check.met_on, detail=check.detail)


# kind → its check, most pressing first (model.codes.WARNING_KINDS, the order of the list).
CHECKS: dict[str, Check] = {
    "age-limit": age_limit_ahead,
    "discipline": discipline_in_effect,
    "met-this-month": condition_met_this_month,
    "records-short": records_short,
    "long-in-pool": long_in_pool,
    "no-assessment": no_assessment_last_year,
    "no-evaluation": no_evaluation_last_quarter,
    "no-training": no_training_this_year,
    "no-mentor": no_mentor,
}
KINDS: tuple[str, ...] = WARNING_KINDS
