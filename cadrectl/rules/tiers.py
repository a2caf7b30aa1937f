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

from cadrectl.model.codes import TIER_NAMES
from cadrectl.model.policy import (
    STATUTORY_RULES,
)
from cadrectl.rules.practice_rules import PRACTICE_RULES
from cadrectl.rules.qualifications import RULES, RuleResult, Subject, format_number
from cadrectl.rules.timespan import Span, add_months, add_years

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config


@dataclass(frozen=True)
class ExitCause:
    """Why a reserve should leave the pool, as data: a stable code and its parameters.

    Codes: ``grade`` (the grade), ``age``, ``votes``, ``unused`` (the years), ``discipline`` and
    ``expelled`` (the kind), ``unqualified`` (the rule kind that failed, and its detail), and
    ``low-votes`` from a 换届 year's vote (the share). The text is made only to be shown; what
    goes into a cadre file comes from the config (:func:`exit_reason_for`).
    """

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> ExitCause:
        """A cause with its parameters as text (a span of time as its ISO duration)."""
        return cls(code, tuple((key, value.iso() if isinstance(value, Span) else str(value))
                               for key, value in params.items()))  # fmt: skip

    def param(self, name: str) -> str | None:
        return dict(self.params).get(name)

    def text(self, *, stored: bool = False) -> str:
        """The cause in the display language (in Chinese when ``stored``: for a file)."""
        from cadrectl.core import messages

        render = messages.stored if stored else messages.t
        params: dict[str, object] = {k: Span.parse(v) or v for k, v in self.params}
        if self.code == "unqualified" and "key" in params:  # the failed rule's own detail
            rule_key = str(params.pop("key"))
            params.pop("rule", None)
            return render("ladder.exit.unqualified", detail=render(rule_key, **params))
        return render(f"ladder.exit.{self.code}", **params)


@dataclass(frozen=True)
class Placement:
    cadre: Cadre
    tier: int | None
    checks: tuple[RuleResult, ...]
    ready_on: dt.date | None  # the day the last condition is (or was) met
    exit_causes: tuple[ExitCause, ...]

    @property
    def tier_label(self) -> str:
        return TIER_NAMES[self.tier]

    @property
    def exit_reasons(self) -> tuple[str, ...]:
        """The exit causes in the display language."""
        return tuple(dict.fromkeys(cause.text() for cause in self.exit_causes))

    @property
    def exit_suggested(self) -> bool:
        return bool(self.exit_causes)

    def as_data(self) -> dict[str, Any]:
        """The placement as ``ladder --format json`` gives it, each check with its evidence."""
        cadre = self.cadre
        return {
            "id": cadre.id,
            "name": cadre.name,
            "target_rank": cadre.reserve.target_rank,
            "direction": cadre.reserve.direction,
            "tier": self.tier,
            "tier_label": self.tier_label,
            "ready_on": self.ready_on.isoformat() if self.ready_on else None,
            "exit_suggested": self.exit_suggested,
            "exit_reasons": list(self.exit_reasons),
            "checks": [
                {
                    "rule": check.rule,
                    "ok": check.ok,
                    "detail": check.detail,
                    "met_on": check.met_on.isoformat() if check.met_on else None,
                    "waived": check.waived is not None,
                    "evidence": [str(item) for item in check.evidence],
                }
                for check in self.checks
            ],
        }


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
    causes = _exit_causes(subject, checks, tier, ready_on) if has_policy else ()
    return Placement(cadre, tier, checks, ready_on, causes)


def _specs(cadre: Cadre, config: Config) -> list[Any]:
    """The target's rules, as the policy writes them: none is added here.

    Why: the statutory rules (no 越级, a year since the last promotion, health, the sanction
    periods) are a county's; a village's or an enterprise's pool follows others. The county
    profile writes them into its policy with their basis, and ``check`` refuses an exception
    that tries to waive them (:data:`cadrectl.model.policy.STATUTORY_RULES`).
    """
    target = config.policy.targets.get(cadre.reserve.target_rank)
    return list(target.rules) if target is not None else []


_RULES = RULES | PRACTICE_RULES  # each rule kind of model.policy.RULE_KINDS → its function


def _run(subject: Subject, spec: Any) -> RuleResult:
    result = _RULES[spec.rule](subject, spec)
    return result.with_basis(spec.basis) if spec.basis else result


def _apply_exceptions(cadre: Cadre, as_of: dt.date, checks: list[RuleResult]) -> list[RuleResult]:
    """破格 (条例 第九条): an approved exception passes the rules it names, never statutory ones.

    A waived rule has no deadline either: an approved exception to the age limit keeps the
    reserve on the ladder past it, and no reminder counts down to it.
    """
    from dataclasses import replace

    waivers: dict[str, str] = {}
    for exception in cadre.reserve.exceptions:
        if exception.approved.as_date() <= as_of:
            for rule in exception.waives:
                waivers.setdefault(rule, exception.reason)
    return [
        replace(check, ok=True, waived=waivers[check.rule], deadline=None)
        if (not check.ok or check.deadline is not None)
        and check.rule in waivers
        and check.rule not in STATUTORY_RULES
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


def _exit_causes(
    subject: Subject, checks: tuple[RuleResult, ...], tier: int | None, ready: dt.date | None
) -> tuple[ExitCause, ...]:
    """Why the negative list suggests moving the cadre out (empty: no suggestion)."""
    causes: list[ExitCause] = []
    if tier is None:
        causes += [
            _cause_for(check) for check in checks if not check.curable and not check.unrecorded
        ]
        if ready is not None:  # the age limit comes before the last condition
            causes.append(ExitCause.of("age"))
    for condition in NEGATIVE_LIST:
        causes += condition(subject)
    return tuple(dict.fromkeys(causes))


def _failing_grade(s: Subject) -> list[ExitCause]:
    grades = sorted(s.cadre.records.assessments, key=lambda a: a.year)
    if grades and grades[-1].grade in s.config.policy.negative_list.assessment_grades:
        return [ExitCause.of("grade", grade=grades[-1].grade)]
    return []


def _low_votes(s: Subject) -> list[ExitCause]:
    floor = s.config.policy.negative_list.low_vote_share
    votes = sorted(s.cadre.records.recommendations, key=lambda r: r.year)
    if floor is None or not votes or not votes[-1].ballots_valid:
        return []
    low = votes[-1].votes_for / votes[-1].ballots_valid < floor
    return [ExitCause.of("votes")] if low else []


def _long_unused(s: Subject) -> list[ExitCause]:
    years = s.config.policy.negative_list.long_unused_years
    if years is None or add_years(s.cadre.reserve.entered.as_date(), years) > s.as_of:
        return []
    return [ExitCause.of("unused", years=format_number(years))]


def _serious_discipline(s: Subject) -> list[ExitCause]:
    policy = s.config.policy
    found = []
    for record in s.cadre.records.discipline:
        if record.kind not in policy.negative_list.discipline_kinds:
            continue
        months = policy.sanctions.get(record.system, {}).get(record.kind) or record.months or 0
        if record.kind.startswith("开除") or add_months(record.date.as_date(), months) > s.as_of:
            found.append(ExitCause.of("discipline", kind=f"{record.system}{record.kind}"))
    return found


NEGATIVE_LIST: list[Callable[[Subject], list[ExitCause]]] = [
    _failing_grade,
    _low_votes,
    _long_unused,
    _serious_discipline,
]

# A failed rule that the negative list names in its own words (the cause, and the parameters
# of the rule's detail it keeps); any other failure is "unqualified".
_NAMED_FAILURES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ladder.detail.latest_assessment.short": ("grade", ("grade",)),
    "ladder.detail.age_max.over": ("age", ()),
    "ladder.detail.recommendation_share.short": ("votes", ()),
    "ladder.detail.discipline.expelled": ("expelled", ("kind",)),
}


def _cause_for(check: RuleResult) -> ExitCause:
    named = _NAMED_FAILURES.get(check.key)
    if named is not None:
        code, keep = named
        return ExitCause.of(code, **{name: check.params.get(name, "") for name in keep})
    return ExitCause.of("unqualified", rule=check.rule, key=check.key, **check.params)


EXIT_CAUSES = (
    "grade",
    "age",
    "votes",
    "low-votes",
    "unused",
    "discipline",
    "expelled",
    "unqualified",
)

# Which configured exit reason each cause is written as, unless cadrectl.yaml says otherwise
# (policy.negative_list.reasons). A key is a code, or code:parameter for a grade; a grade of
# the negative list is by default 年度考核<grade> (年度考核不称职, 年度考核不合格).
CAUSE_REASONS: dict[str, str] = {
    "age": "超过年龄界限",
    "votes": "群众公认度不高",
    "low-votes": "群众公认度不高",
    "unused": "长期备而不用",
    "discipline": "受到处分",
    "expelled": "违纪违法",
    "unqualified": "不再符合资格条件",
}


def exit_reason_for(cause: ExitCause, config: Config) -> str | None:
    """The exit reason of ``config.exit_reasons`` a cause is recorded as, or None when the
    mapping names none of them (the caller refuses rather than guess)."""
    reason = cause_reason(cause.code, cause.param("grade"), config)
    return reason if reason in config.exit_reasons else None


def cause_reason(code: str, detail: str | None, config: Config) -> str | None:
    """The exit reason a cause is written as, listed or not: cadrectl.yaml's mapping first
    (``grade:不合格``, then ``grade``), then the default."""
    given = config.policy.negative_list.reasons
    if detail and f"{code}:{detail}" in given:
        return given[f"{code}:{detail}"]
    if code in given:
        return given[code]
    if code == "grade":
        return f"年度考核{detail}" if detail else None
    return CAUSE_REASONS.get(code)
