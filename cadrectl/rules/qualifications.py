"""One function per kind of qualification rule (干部选拔任用工作条例 第八条 and local policy).

Each returns a ``RuleResult``: pass or fail on the as-of date and, for a rule that time can
change, ``met_on`` — the day it was or will be met (None when time cannot change it). A rule
that time cannot cure and that fails keeps a cadre off the ladder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cadrectl.core.messages import Msg, t
from cadrectl.model.codes import EDUCATION_LEVELS
from cadrectl.model.dates import age_on
from cadrectl.rules.timespan import Span, add_months, add_years, months_between

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre, ResumeEntry
    from cadrectl.model.config import Config


@dataclass(frozen=True)
class RuleResult:
    rule: str
    ok: bool
    met_on: dt.date | None
    key: str  # catalog key of the detail: ladder.detail.<rule>.<case>
    params: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[str | Msg, ...] = ()  # a Msg renders in the language it is shown in
    timed: bool = False  # a rule time can change (met_on is meaningful, even if None now)
    deadline: dt.date | None = None  # the day the rule stops being met (the age limit)
    waived: str | None = None  # the 破格 reason when an exception waives this rule
    basis: str | None = None
    # The file lacks what the rule reads (a date the profile does not require): no tier, but
    # no exit suggested either; the clerk has a field to fill in, the cadre did nothing wrong.
    unrecorded: bool = False

    @property
    def detail(self) -> str:
        text = t(self.key, **self.params)
        if self.waived is not None:
            text = t("ladder.waived", detail=text, reason=self.waived)
        return text

    def with_basis(self, basis: str) -> RuleResult:
        """The same result citing ``basis`` (cheaper than ``dataclasses.replace``, per rule run)."""
        return RuleResult(
            rule=self.rule, ok=self.ok, met_on=self.met_on, key=self.key, params=self.params,
            evidence=self.evidence, timed=self.timed, deadline=self.deadline,
            waived=self.waived, basis=basis, unrecorded=self.unrecorded,
        )  # fmt: skip

    @property
    def curable(self) -> bool:
        """Passes now, or will pass on a known day."""
        return self.ok or self.met_on is not None


@dataclass(frozen=True)
class Subject:
    """What every rule sees: the cadre, the registry's settings and the date."""

    cadre: Cadre
    config: Config
    as_of: dt.date

    @property
    def target_index(self) -> int | None:
        return self.config.rank_order(self.cadre.reserve.target_rank)


RuleFunction = Callable[[Subject, Any], RuleResult]


def rule_result(rule: str, case: str, ok: bool, **kwargs: Any) -> RuleResult:
    params = kwargs.pop("params", {})
    return RuleResult(rule, ok, key=f"ladder.detail.{rule}.{case}", params=params, **kwargs)


def unrecorded_result(rule: str, key: str) -> RuleResult:
    """The rule cannot be judged: the file lacks the field it reads (``key`` says which)."""
    return RuleResult(rule, False, None, key, unrecorded=True)


def work_years(s: Subject, spec: Any) -> RuleResult:
    """工龄: N years since 参加工作 (条例 第八条(一): 5 years for 县处级)."""
    if s.cadre.work_start is None:
        return unrecorded_result("work_years", "ladder.unrecorded.work_start")
    start = s.cadre.work_start.as_date()
    met = add_years(start, spec.years)
    ok = met <= s.as_of
    params = {"years": format_number(spec.years), "start": s.cadre.work_start, "met": met}
    return rule_result(
        "work_years", "ok" if ok else "wait", ok, met_on=met, timed=True, params=params
    )


def grassroots_years(s: Subject, spec: Any) -> RuleResult:
    """基层工作经历: resume entries marked grassroots; the open one counts to the as-of date."""
    need = round(spec.years * 12)
    counted = [entry for entry in s.cadre.resume if entry.grassroots]
    evidence = tuple(_resume_line(entry) for entry in counted)
    total, met = 0, None
    for entry in sorted(counted, key=lambda e: e.from_.as_date()):
        start = entry.from_.as_date()
        end = entry.to.as_date() if entry.to is not None else s.as_of
        span = months_between(start, end)
        if met is None and total + span >= need:
            met = add_months(start, need - total)
        total += span
    current = s.cadre.resume[-1] if s.cadre.resume else None
    if met is None and current is not None and current.to is None and current.grassroots:
        met = add_months(s.as_of, need - total)  # still serving at the grassroots
    ok = met is not None and met <= s.as_of
    params = {"years": format_number(spec.years), "have": _years_months(total), "met": met}
    case = "ok" if ok else ("wait" if met is not None else "short")
    return rule_result("grassroots_years", case, ok, met_on=met, timed=True, evidence=evidence,
                       params=params)  # fmt: skip


def years_in_rank(s: Subject, spec: Any) -> RuleResult:
    """Time at the current level, from 任现职级时间.

    条例 第八条(二): 副职→正职 2 years, 下级正职→上级副职 3 years.
    """
    since = s.cadre.current.rank_since
    if since is None:
        return unrecorded_result("years_in_rank", "ladder.unrecorded.rank_since")
    met = add_years(since.as_date(), spec.years)
    ok = met <= s.as_of
    params = {
        "rank": s.cadre.current.rank,
        "years": format_number(spec.years),
        "since": since,
        "met": met,
    }
    return rule_result("years_in_rank", "ok" if ok else "wait", ok, met_on=met, timed=True,
                       params=params)  # fmt: skip


def posts_below(s: Subject, spec: Any) -> RuleResult:
    """下级两个以上职位任职经历 (条例 第八条(二)): distinct posts one 层次 below the target."""
    below = s.config.lower_level_ranks(s.cadre.reserve.target_rank)
    entries = [entry for entry in s.cadre.resume if entry.rank in below]
    posts = {(entry.unit, entry.post) for entry in entries}
    ok = len(posts) >= spec.count
    level = "、".join(sorted(below, key=lambda r: s.config.rank_order(r) or 0)) or "?"
    params = {"rank": level, "count": spec.count, "have": len(posts)}
    return rule_result("posts_below", "ok" if ok else "short", ok, met_on=None,
                       evidence=tuple(_resume_line(e) for e in entries), params=params)  # fmt: skip


def education(s: Subject, spec: Any) -> RuleResult:
    """最高学历 not below the minimum (条例 第八条(三): 大学专科以上)."""
    levels = [item.level for item in s.cadre.education]
    highest = max(levels, key=lambda level: EDUCATION_LEVELS.get(level, 0), default=None)
    have = EDUCATION_LEVELS.get(highest, 0) if highest else 0
    ok = have >= EDUCATION_LEVELS.get(spec.min, 99)
    params = {"min": spec.min, "have": highest or "—"}
    return rule_result("education", "ok" if ok else "short", ok, met_on=None, params=params)


def age_max(s: Subject, spec: Any) -> RuleResult:
    """年龄 ≤ N 周岁 on the as-of date ("以下包括本数"); the day of turning N+1 is the deadline."""
    age = age_on(s.cadre.birth, s.as_of)
    deadline = add_years(s.cadre.birth.as_date(), spec.years + 1)
    ok = age <= spec.years
    params = {"years": spec.years, "age": age, "deadline": deadline}
    return rule_result("age_max", "ok" if ok else "over", ok, met_on=None, deadline=deadline,
                       params=params)  # fmt: skip


def latest_assessment(s: Subject, spec: Any) -> RuleResult:
    """The latest 年度考核 grade is at least the minimum (the scale runs best first)."""
    scale = s.config.assessment_scale
    assessments = sorted(s.cadre.records.assessments, key=lambda a: a.year)
    if not assessments:
        return rule_result(
            "latest_assessment", "none", False, met_on=None, params={"min": spec.min}
        )
    latest = assessments[-1]
    rank = scale.index(latest.grade) if latest.grade in scale else len(scale)
    ok = spec.min in scale and rank <= scale.index(spec.min)
    params = {"min": spec.min, "year": latest.year, "grade": latest.grade}
    return rule_result("latest_assessment", "ok" if ok else "short", ok, met_on=None, params=params)


def training(s: Subject, spec: Any) -> RuleResult:
    """党校（行政学院）、干部学院 training in the last N years (条例 第八条(四)).

    It may also be completed within a year after the promotion (``allow_after``).
    """
    since = add_years(s.as_of, -spec.within_years)
    counted = [
        item
        for item in s.cadre.records.trainings
        if item.to.as_date() >= since
        and item.from_.as_date() <= s.as_of
        and any(word in item.organizer for word in spec.organizers)
    ]
    days = sum(item.counted_days or 0 for item in counted)
    evidence = tuple(
        Msg("ladder.evidence.training", start=item.from_.dotted(), name=item.name,
            organizer=item.organizer, days=format_number(_days(item)))
        for item in counted
    )  # fmt: skip
    params = {
        "days": format_number(spec.days),
        "have": format_number(days),
        "within": spec.within_years,
        "organizers": "、".join(spec.organizers),
    }
    if days >= spec.days:
        return rule_result("training", "ok", True, met_on=None, evidence=evidence, params=params)
    if spec.allow_after:
        return rule_result("training", "after", True, met_on=None, evidence=evidence, params=params)
    return rule_result("training", "short", False, met_on=None, evidence=evidence, params=params)


def recommendation_share(s: Subject, spec: Any) -> RuleResult:
    """The latest 民主推荐: votes for / valid ballots at least the minimum share."""
    records = sorted(s.cadre.records.recommendations, key=lambda r: r.year)
    if not records:
        ok = not spec.required
        return rule_result("recommendation_share", "none", ok, met_on=None,
                           params={"min": _percent(spec.min)})  # fmt: skip
    latest = records[-1]
    share = latest.votes_for / latest.ballots_valid if latest.ballots_valid else 0.0
    ok = share >= spec.min
    params = {"min": _percent(spec.min), "share": _percent(share), "year": latest.year,
              "votes": latest.votes_for, "valid": latest.ballots_valid}  # fmt: skip
    return rule_result("recommendation_share", "ok" if ok else "short", ok, met_on=None,
                       params=params)  # fmt: skip


def discipline(s: Subject, spec: Any) -> RuleResult:
    """处分 and 组织处理 block promotion until their period ends; that day is free again."""
    ends: list[dt.date] = []
    evidence = []
    for record in s.cadre.records.discipline:
        months = s.config.policy.sanctions.get(record.system, {}).get(record.kind)
        if record.kind.startswith("开除"):
            return rule_result("discipline", "expelled", False, met_on=None,
                               params={"kind": record.kind, "date": record.date})  # fmt: skip
        if months == 0:
            months = record.months
        if not months:
            continue
        end = add_months(record.date.as_date(), months)
        ends.append(end)
        evidence.append(
            Msg(
                "ladder.evidence.discipline",
                date=record.date,
                kind=f"{record.system}{record.kind}",
                months=months,
                end=end,
            )
        )
    if not ends:
        return rule_result("discipline", "none", True, met_on=None, timed=True)
    met = max(ends)
    ok = met <= s.as_of
    return rule_result("discipline", "ok" if ok else "wait", ok, met_on=met, timed=True,
                       evidence=tuple(evidence), params={"met": met})  # fmt: skip


def rank_step(s: Subject, spec: Any) -> RuleResult:
    """The target is exactly one rank above the current one: no 越级 (条例 第九条)."""
    if s.cadre.current.rank is None:
        return unrecorded_result("rank_step", "ladder.unrecorded.rank")
    current = s.config.rank_order(s.cadre.current.rank)
    target = s.target_index
    params = {"rank": s.cadre.current.rank, "target": s.cadre.reserve.target_rank}
    if current is None or target is None:
        return rule_result("rank_step", "unknown", False, met_on=None, params=params)
    if target <= current:
        return rule_result("rank_step", "reached", False, met_on=None, params=params)
    if target > current + 1:
        return rule_result("rank_step", "skip", False, met_on=None, params=params)
    return rule_result("rank_step", "ok", True, met_on=None, params=params)


def since_last_promotion(s: Subject, spec: Any) -> RuleResult:
    """Not promoted again within a year of the last promotion (条例 第九条), never waived."""
    since = s.cadre.current.rank_since
    if since is None:
        return unrecorded_result("since_last_promotion", "ladder.unrecorded.rank_since")
    met = add_months(since.as_date(), spec.months)
    ok = met <= s.as_of
    params = {"since": since, "months": spec.months, "met": met}
    return rule_result("since_last_promotion", "ok" if ok else "wait", ok, met_on=met, timed=True,
                       params=params)  # fmt: skip


def health(s: Subject, spec: Any) -> RuleResult:
    """身体健康 (条例 第八条(六)); an empty field is taken as healthy."""
    value = s.cadre.health
    ok = value is None or value in spec.healthy
    return rule_result("health", "ok" if ok else "short", ok, met_on=None,
                       params={"health": value or "—"})  # fmt: skip


RULES: dict[str, RuleFunction] = {
    "work_years": work_years,
    "grassroots_years": grassroots_years,
    "years_in_rank": years_in_rank,
    "posts_below": posts_below,
    "education": education,
    "age_max": age_max,
    "latest_assessment": latest_assessment,
    "training": training,
    "recommendation_share": recommendation_share,
    "discipline": discipline,
    "rank_step": rank_step,
    "since_last_promotion": since_last_promotion,
    "health": health,
}


def _resume_line(entry: ResumeEntry) -> Msg:
    end = entry.to.dotted() if entry.to is not None else Msg("show.now")
    return Msg("ladder.evidence.resume", start=entry.from_.dotted(), end=end,
               unit=entry.unit, post=entry.post)  # fmt: skip


def _days(item: Any) -> float:
    return float(item.counted_days or 0)


def format_number(value: float) -> str:
    """``5`` rather than ``5.0``; one decimal otherwise (years, days in messages)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def _years_months(months: int) -> Span:
    return Span(months)
