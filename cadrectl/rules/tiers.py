"""Ladder placement (梯队): apply the target rank's rules on a date, then the tier windows.

Tier 1 if every rule passes by as-of + 12 months, tier 2 by + 36 months, tier 3 otherwise;
no tier when a rule fails that time cannot cure, or when the age limit arrives before the
last condition is met (DOMAIN.md, "Ladder placement"). The negative list suggests exits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cadrectl.model.policy import (
    STATUTORY_RULES,
    DisciplineRule,
    Health,
    RankStep,
    SinceLastPromotion,
)
from cadrectl.rules.qualifications import RULES, RuleResult, Subject, format_number
from cadrectl.rules.timespan import add_months, add_years

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config

TIER_NAMES = {1: "第一层次", 2: "第二层次", 3: "第三层次", None: "未定层次"}


@dataclass(frozen=True)
class Placement:
    cadre: Cadre
    tier: int | None
    checks: tuple[RuleResult, ...]
    ready_on: dt.date | None  # the day the last condition is (or was) met
    exit_reasons: tuple[str, ...]

    @property
    def tier_label(self) -> str:
        return TIER_NAMES[self.tier]

    @property
    def exit_suggested(self) -> bool:
        return bool(self.exit_reasons)


def place(cadre: Cadre, config: Config, as_of: dt.date) -> Placement:
    """The cadre's tier on ``as_of`` under the policy of its target rank, with every check."""
    subject = Subject(cadre, config, as_of)
    results = [_run(subject, spec) for spec in _specs(cadre, config)]
    has_policy = cadre.reserve.target_rank in config.policy.targets
    if not has_policy:  # not the cadre's fault: no tier, and no exit suggested
        target = cadre.reserve.target_rank
        results.insert(0, RuleResult("policy", False, None, "ladder.detail.policy.missing",
                                     {"target": target}))  # fmt: skip
    checks = tuple(_apply_exceptions(cadre, as_of, results))
    tier, ready_on = _tier(checks, config, as_of)
    reasons = _exit_reasons(subject, checks, tier, ready_on) if has_policy else ()
    return Placement(cadre, tier, checks, ready_on, reasons)


def _specs(cadre: Cadre, config: Config) -> list[Any]:
    """The target's rules, plus the statutory ones a policy may not leave out."""
    target = config.policy.targets.get(cadre.reserve.target_rank)
    specs = list(target.rules) if target is not None else []
    present = {spec.rule for spec in specs}
    implied: list[Any] = [
        RankStep(rule="rank_step"),
        SinceLastPromotion(rule="since_last_promotion"),
        Health(rule="health"),
    ]
    specs += [spec for spec in implied if spec.rule not in present]
    if "discipline" not in present:
        specs.append(DisciplineRule(rule="discipline"))
    return specs


def _run(subject: Subject, spec: Any) -> RuleResult:
    result = RULES[spec.rule](subject, spec)
    return result.with_basis(spec.basis) if spec.basis else result


def _apply_exceptions(cadre: Cadre, as_of: dt.date, checks: list[RuleResult]) -> list[RuleResult]:
    """破格 (条例 第九条): an approved exception passes the rules it names, never statutory ones."""
    from dataclasses import replace

    waivers: dict[str, str] = {}
    for exception in cadre.reserve.exceptions:
        if exception.approved.as_date() <= as_of:
            for rule in exception.waives:
                waivers.setdefault(rule, exception.reason)
    return [
        replace(check, ok=True, waived=waivers[check.rule])
        if not check.ok and check.rule in waivers and check.rule not in STATUTORY_RULES
        else check
        for check in checks
    ]


def _tier(
    checks: tuple[RuleResult, ...], config: Config, as_of: dt.date
) -> tuple[int | None, dt.date | None]:
    if any(not check.curable for check in checks):
        return None, None
    dates = [check.met_on for check in checks if check.met_on is not None and not check.waived]
    ready = max([as_of, *dates])
    deadlines = [check.deadline for check in checks if check.deadline is not None]
    if deadlines and min(deadlines) <= ready:
        return None, ready
    windows = config.policy.tiers
    if ready <= add_months(as_of, windows.first_months):
        return 1, ready
    if ready <= add_months(as_of, windows.second_months):
        return 2, ready
    return 3, ready


def _exit_reasons(
    subject: Subject, checks: tuple[RuleResult, ...], tier: int | None, ready: dt.date | None
) -> tuple[str, ...]:
    """Why the negative list suggests moving the cadre out (empty: no suggestion)."""
    from cadrectl.messages import t

    reasons: list[str] = []
    if tier is None:
        reasons += [_reason_for(check) for check in checks if not check.curable]
        if ready is not None:  # the age limit comes before the last condition
            reasons.append(t("ladder.exit.age"))
    for condition in NEGATIVE_LIST:
        reasons += condition(subject)
    return tuple(dict.fromkeys(reasons))


def _failing_grade(s: Subject) -> list[str]:
    from cadrectl.messages import t

    grades = sorted(s.cadre.records.assessments, key=lambda a: a.year)
    if grades and grades[-1].grade in s.config.policy.negative_list.assessment_grades:
        return [t("ladder.exit.grade", grade=grades[-1].grade)]
    return []


def _low_votes(s: Subject) -> list[str]:
    from cadrectl.messages import t

    floor = s.config.policy.negative_list.low_vote_share
    votes = sorted(s.cadre.records.recommendations, key=lambda r: r.year)
    if floor is None or not votes or not votes[-1].ballots_valid:
        return []
    return [t("ladder.exit.votes")] if votes[-1].votes_for / votes[-1].ballots_valid < floor else []


def _long_unused(s: Subject) -> list[str]:
    from cadrectl.messages import t

    years = s.config.policy.negative_list.long_unused_years
    if years is None or add_years(s.cadre.reserve.entered.as_date(), years) > s.as_of:
        return []
    return [t("ladder.exit.unused", years=format_number(years))]


def _serious_discipline(s: Subject) -> list[str]:
    from cadrectl.messages import t

    policy = s.config.policy
    found = []
    for record in s.cadre.records.discipline:
        if record.kind not in policy.negative_list.discipline_kinds:
            continue
        months = policy.sanctions.get(record.system, {}).get(record.kind) or record.months or 0
        if record.kind.startswith("开除") or add_months(record.date.as_date(), months) > s.as_of:
            found.append(t("ladder.exit.discipline", kind=f"{record.system}{record.kind}"))
    return found


NEGATIVE_LIST: list[Callable[[Subject], list[str]]] = [
    _failing_grade,
    _low_votes,
    _long_unused,
    _serious_discipline,
]


def _reason_for(check: RuleResult) -> str:
    from cadrectl.messages import t

    # The negative list's own words for a failure it names; anything else is "not qualified".
    special = {
        "ladder.detail.latest_assessment.short": "ladder.exit.grade",
        "ladder.detail.age_max.over": "ladder.exit.age",
        "ladder.detail.recommendation_share.short": "ladder.exit.votes",
        "ladder.detail.discipline.expelled": "ladder.exit.expelled",
    }
    key = special.get(check.key)
    if key is not None:
        return t(key, **check.params)
    return t("ladder.exit.unqualified", detail=check.detail)
