"""Ladder placement: every rule kind and the tier windows, pinned on hand-made cadres."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cadrectl.model.cadre import Cadre
from cadrectl.model.config import Config
from cadrectl.rules.qualifications import RuleResult
from cadrectl.rules.tiers import Placement, place
from tests.rules.test_cadre_rules import cadre

RANKS = [
    {"name": "科员"},
    {"name": "副科", "position": "副职", "level": "乡科级"},
    {"name": "正科", "position": "正职", "level": "乡科级"},
    {"name": "副处", "position": "副职", "level": "县处级"},
]


def config(*rules: dict[str, Any], target: str = "正科", **negative: Any) -> Config:
    return Config.model_validate(
        {
            "schema_version": 1,
            "organization": {"name": "组织部"},
            "ids": {"prefix": "QX"},
            "ranks": RANKS,
            "policy": {"targets": {target: {"rules": list(rules)}}, "negative_list": negative},
        }
    )


def placed(data: dict[str, Any], cfg: Config, on: str) -> Placement:
    return place(Cadre.model_validate(data), cfg, dt.date.fromisoformat(on))


def check(placement: Placement, rule: str) -> RuleResult:
    return next(c for c in placement.checks if c.rule == rule)


# ---- time in rank, counted from rank_since (a month means its first day) -----------------


def test_a_month_only_rank_since_counts_from_the_first() -> None:
    result = check(placed(cadre(), config({"rule": "years_in_rank", "years": 2}), "2023-08-31"),
                   "years_in_rank")  # fmt: skip
    assert not result.ok
    assert result.met_on == dt.date(2023, 9, 1)


def test_exactly_two_years_in_rank_on_the_as_of_date_is_enough() -> None:
    data = cadre(current__rank_since="2021-09-15")
    result = check(placed(data, config({"rule": "years_in_rank", "years": 2}), "2023-09-15"),
                   "years_in_rank")  # fmt: skip
    assert result.ok
    assert result.met_on == dt.date(2023, 9, 15)


def test_one_day_short_of_two_years_is_not() -> None:
    data = cadre(current__rank_since="2021-09-15")
    result = check(placed(data, config({"rule": "years_in_rank", "years": 2}), "2023-09-14"),
                   "years_in_rank")  # fmt: skip
    assert not result.ok
    assert "2023-09-15" in result.detail


# ---- discipline periods ---------------------------------------------------------------------

WARNING = {"date": "2025-03-10", "system": "政务", "kind": "警告"}


@pytest.mark.parametrize(("on", "ok"), [("2025-09-09", False), ("2025-09-10", True)])
def test_a_six_month_warning_blocks_through_the_day_before_it_ends(on: str, ok: bool) -> None:
    data = cadre(records={"discipline": [WARNING]})
    result = check(placed(data, config({"rule": "discipline"}), on), "discipline")
    assert result.ok is ok
    assert result.met_on == dt.date(2025, 9, 10)


def test_party_probation_uses_the_records_own_period() -> None:
    record = {"date": "2024-01-15", "system": "党纪", "kind": "留党察看", "months": 24}
    data = cadre(records={"discipline": [record]})
    result = check(placed(data, config({"rule": "discipline"}), "2025-06-01"), "discipline")
    assert result.met_on == dt.date(2026, 1, 15)


def test_expulsion_can_never_be_waited_out() -> None:
    record = {"date": "2020-01-15", "system": "党纪", "kind": "开除党籍"}
    p = placed(
        cadre(records={"discipline": [record]}), config({"rule": "discipline"}), "2026-01-01"
    )
    assert p.tier is None
    assert p.exit_suggested


# ---- age limits: "35周岁以下" includes 35 -----------------------------------------------------


@pytest.mark.parametrize(("on", "ok"), [("2024-03-31", True), ("2024-04-01", False)])
def test_the_age_limit_ends_on_the_birthday_after_it(on: str, ok: bool) -> None:
    data = cadre(birth="1988-04", id_number=None)
    result = check(placed(data, config({"rule": "age_max", "years": 35}), on), "age_max")
    assert result.ok is ok
    assert result.deadline == dt.date(2024, 4, 1)


def test_an_age_limit_before_the_last_condition_means_no_tier_and_exit() -> None:
    rules = ({"rule": "years_in_rank", "years": 3}, {"rule": "age_max", "years": 35})
    data = cadre(birth="1988-04", id_number=None, current__rank_since="2022-06")
    p = placed(
        data, config(*rules), "2023-06-01"
    )  # 3 years in rank on 2025-06-01; 36 on 2024-04-01
    assert p.tier is None
    assert "超过年龄界限" in p.exit_reasons


AGE_WAIVER = {"waives": ["age_max"], "reason": "急需紧缺专业人才", "approved": "2023-01"}


def test_an_approved_age_waiver_keeps_the_reserve_on_the_ladder_past_the_limit() -> None:
    """Once 破格 is approved for the age limit, neither the limit passed nor the limit coming
    drops the reserve or suggests exit (it did both, as if there were no waiver)."""
    rules = ({"rule": "years_in_rank", "years": 3}, {"rule": "age_max", "years": 35})
    data = cadre(birth="1988-04", id_number=None, current__rank_since="2022-06",
                 reserve__exceptions=[AGE_WAIVER])  # fmt: skip
    for on in ("2023-06-01", "2024-06-01"):  # the limit ahead, and the limit passed
        p = placed(data, config(*rules), on)
        age = check(p, "age_max")
        assert age.ok
        assert age.waived == "急需紧缺专业人才"
        assert age.deadline is None
        assert p.tier is not None
        assert p.exit_causes == ()
        assert p.ready_on == dt.date(2025, 6, 1)


def test_an_age_waiver_not_yet_approved_leaves_the_limit_in_force() -> None:
    rules = ({"rule": "years_in_rank", "years": 3}, {"rule": "age_max", "years": 35})
    waiver = AGE_WAIVER | {"approved": "2024-09"}
    data = cadre(birth="1988-04", id_number=None, current__rank_since="2022-06",
                 reserve__exceptions=[waiver])  # fmt: skip
    p = placed(data, config(*rules), "2023-06-01")
    assert p.tier is None
    assert "超过年龄界限" in p.exit_reasons


# ---- the tier windows -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rank_since", "tier"),
    [
        ("2021-01-01", 1),  # met long ago
        ("2022-12-01", 1),  # met exactly 12 months after the as-of date
        ("2022-12-02", 2),  # a day later
        ("2024-12-01", 2),  # 36 months
        ("2024-12-02", 3),
    ],
)
def test_tier_windows(rank_since: str, tier: int) -> None:
    data = cadre(current__rank_since=rank_since, current__post_since=rank_since)
    p = placed(data, config({"rule": "years_in_rank", "years": 2}), "2023-12-01")
    assert p.tier == tier


def test_a_failure_time_cannot_cure_means_no_tier() -> None:
    data = cadre(education=[{"kind": "全日制", "level": "高中"}])
    p = placed(data, config({"rule": "education", "min": "大专"}), "2026-01-01")
    assert p.tier is None
    assert p.exit_suggested
    assert check(p, "education").met_on is None


def test_a_target_without_policy_is_not_placed_and_not_blamed() -> None:
    p = placed(cadre(), config(target="副处"), "2026-01-01")
    assert p.tier is None
    assert not p.exit_suggested
    assert p.checks[0].rule == "policy"


# ---- 破格 -------------------------------------------------------------------------------------

EXCEPTION = {"waives": ["years_in_rank"], "reason": "抢险救灾表现突出", "approved": "2025-03"}


def test_an_approved_exception_waives_the_rule_it_names() -> None:
    data = cadre(current__rank_since="2025-01", reserve__exceptions=[EXCEPTION])
    p = placed(data, config({"rule": "years_in_rank", "years": 2}), "2025-06-01")
    result = check(p, "years_in_rank")
    assert result.ok
    assert result.waived == "抢险救灾表现突出"
    assert "破格" in result.detail
    assert p.tier == 1


def test_an_exception_is_not_in_force_before_it_was_approved() -> None:
    data = cadre(current__rank_since="2025-01", reserve__exceptions=[EXCEPTION])
    p = placed(data, config({"rule": "years_in_rank", "years": 2}), "2025-02-01")
    assert not check(p, "years_in_rank").ok


def test_an_exception_never_waives_a_statutory_rule() -> None:
    waiver = {"waives": ["since_last_promotion"], "reason": "x", "approved": "2025-01"}
    data = cadre(current__rank_since="2025-01", reserve__exceptions=[waiver])
    p = placed(data, config({"rule": "since_last_promotion"}), "2025-06-01")
    assert not check(p, "since_last_promotion").ok


def test_skipping_a_level_is_refused() -> None:
    data = cadre(current__rank="科员", reserve__target_rank="正科")
    p = placed(data, config({"rule": "rank_step"}), "2026-01-01")
    assert not check(p, "rank_step").ok
    assert p.tier is None


def test_no_rule_is_added_to_what_the_policy_writes() -> None:
    """A village's or an enterprise's policy need not follow the civil-service rules: a
    villager elected reserve for a post two steps up is not refused as 越级 by code."""
    data = cadre(current__rank="科员", reserve__target_rank="正科")
    p = placed(data, config({"rule": "age_max", "years": 60}), "2026-01-01")
    assert [c.rule for c in p.checks] == ["age_max"]
    assert p.tier == 1
    assert p.exit_causes == ()


# ---- the other rule kinds -------------------------------------------------------------------


def test_grassroots_years_still_accruing_have_a_date() -> None:
    resume = [{"from": "2025-03", "unit": "湖溪镇", "post": "副镇长", "grassroots": True}]
    data = cadre(resume=resume, current__rank_since="2025-03", current__post_since="2025-03")
    result = check(placed(data, config({"rule": "grassroots_years", "years": 2}), "2026-01-01"),
                   "grassroots_years")  # fmt: skip
    assert not result.ok
    assert result.met_on == dt.date(2027, 3, 1)
    assert [str(item) for item in result.evidence] == ["2025.03--至今 湖溪镇副镇长"]


def test_grassroots_years_short_and_not_serving_there_cannot_be_waited_out() -> None:
    resume = [
        {"from": "2010-08", "to": "2011-08", "unit": "湖溪镇", "post": "科员", "grassroots": True},
        {"from": "2011-08", "unit": "县发改局", "post": "副局长"},
    ]
    result = check(placed(cadre(resume=resume), config({"rule": "grassroots_years", "years": 2}),
                          "2026-01-01"), "grassroots_years")  # fmt: skip
    assert not result.ok
    assert result.met_on is None


def test_posts_below_count_the_whole_lower_level() -> None:
    resume = [
        {"from": "2010-08", "to": "2016-01", "unit": "湖溪镇", "post": "副镇长", "rank": "副科"},
        {"from": "2016-01", "unit": "湖溪镇", "post": "镇长", "rank": "正科"},
    ]
    data = cadre(resume=resume, current__rank="正科", reserve__target_rank="副处")
    cfg = config({"rule": "posts_below", "count": 2}, target="副处")
    assert check(placed(data, cfg, "2026-01-01"), "posts_below").ok


def test_training_short_may_follow_within_a_year() -> None:
    training = {"from": "2025-05-06", "to": "2025-05-08", "name": "班", "organizer": "县委党校",
                "days": 3}  # fmt: skip
    rule = {"rule": "training", "days": 10}
    data = cadre(records={"trainings": [training]})
    result = check(placed(data, config(rule), "2026-01-01"), "training")
    assert result.ok
    assert "补足" in result.detail
    strict = check(placed(data, config(rule | {"allow_after": False}), "2026-01-01"), "training")
    assert not strict.ok


def test_training_elsewhere_does_not_count() -> None:
    training = {"from": "2025-05-06", "to": "2025-05-20", "name": "班", "organizer": "某公司",
                "days": 15}  # fmt: skip
    data = cadre(records={"trainings": [training]})
    rule = {"rule": "training", "days": 10, "allow_after": False}
    assert not check(placed(data, config(rule), "2026-01-01"), "training").ok


@pytest.mark.parametrize(("votes", "ok"), [(43, True), (42, False)])
def test_recommendation_share_threshold(votes: int, ok: bool) -> None:
    record = {"year": 2025, "ballots_valid": 86, "votes_for": votes}
    data = cadre(records={"recommendations": [record]})
    rule = {"rule": "recommendation_share", "min": 0.5}
    assert check(placed(data, config(rule), "2026-01-01"), "recommendation_share").ok is ok


def test_the_latest_assessment_decides_and_the_negative_list_names_it() -> None:
    grades = [{"year": 2024, "grade": "优秀"}, {"year": 2025, "grade": "不称职"}]
    data = cadre(records={"assessments": grades})
    p = placed(data, config({"rule": "latest_assessment", "min": "称职"}), "2026-01-01")
    assert p.tier is None
    assert p.exit_reasons == ("年度考核不称职",)


def test_long_unused_is_suggested_for_exit_but_keeps_its_tier() -> None:
    p = placed(cadre(), config(long_unused_years=2), "2026-01-01")
    assert p.tier == 1
    assert p.exit_reasons == ("入库满2年未使用（长期备而不用）",)


def test_unhealthy_is_not_placed() -> None:
    assert placed(cadre(health="长期病休"), config({"rule": "health"}), "2026-01-01").tier is None


def test_with_basis_is_replace_of_basis_alone() -> None:
    import dataclasses
    import datetime as dt

    from cadrectl.rules.qualifications import RuleResult

    result = RuleResult(
        "age_max", False, dt.date(2027, 1, 1), "ladder.detail.age_max.over", {"max": "35"},
        ("证据",), timed=True, deadline=dt.date(2030, 1, 1), waived="破格", basis="旧",
    )  # fmt: skip
    assert result.with_basis("条例 第八条") == dataclasses.replace(result, basis="条例 第八条")


def test_add_months_clamps_and_is_the_same_when_asked_again() -> None:
    import datetime as dt

    from cadrectl.rules.timespan import add_months

    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)  # from the cache
    assert add_months(dt.date(2024, 3, 31), -13) == dt.date(2023, 2, 28)


def test_evidence_is_shown_in_the_language_it_is_read_in(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 14 (3): made into text at once, evidence froze in the computing process's language
    from cadrectl.core.messages import Msg, stored, t

    evidence = Msg("ladder.evidence.resume", start="2025.03", end=Msg("show.now"), unit="湖溪镇",
                   post="副镇长")  # fmt: skip
    monkeypatch.setenv("CADRECTL_LANG", "en")
    assert str(evidence) == f"2025.03--{t('show.now')} 湖溪镇副镇长"
    assert "至今" not in str(evidence)
    assert "2025.03--至今 湖溪镇副镇长" in stored("ladder.waived", detail=evidence, reason="x")


def test_a_training_without_days_counts_its_dates_both_included() -> None:
    """2025-05-06 to 2025-05-15 is ten days; without `days` it used to count none."""
    training = {"from": "2025-05-06", "to": "2025-05-15", "name": "班", "organizer": "县委党校"}
    data = cadre(records={"trainings": [training]})
    rule = {"rule": "training", "days": 10, "allow_after": False}
    result = check(placed(data, config(rule), "2026-01-01"), "training")
    assert result.ok
    assert result.params["have"] == "10"


def test_hours_still_come_before_the_dates() -> None:
    training = {"from": "2025-05-06", "to": "2025-05-15", "name": "班", "organizer": "县委党校",
                "hours": 40}  # fmt: skip
    data = cadre(records={"trainings": [training]})
    rule = {"rule": "training", "days": 10, "allow_after": False}
    result = check(placed(data, config(rule), "2026-01-01"), "training")
    assert not result.ok
    assert result.params["have"] == "5"


def test_a_rule_whose_date_is_not_recorded_places_no_tier_and_suggests_no_exit() -> None:
    """A villager's file without rank dates: the rule cannot be judged, which is the clerk's
    field to fill in, not a reason to move the reserve out."""
    data = cadre()
    del data["current"]["rank_since"], data["work_start"]
    rules = ({"rule": "years_in_rank", "years": 2}, {"rule": "work_years", "years": 3})
    p = placed(data, config(*rules), "2026-01-01")
    assert p.tier is None
    assert p.exit_causes == ()
    assert check(p, "years_in_rank").unrecorded
    assert "current.rank_since" in check(p, "years_in_rank").detail
    assert "work_start" in check(p, "work_years").detail


def test_an_enterprise_sanction_blocks_for_its_configured_period() -> None:
    cfg = config({"rule": "discipline"})
    cfg = cfg.model_copy(
        update={"policy": cfg.policy.model_copy(update={"sanctions": {"企业": {"通报批评": 3}}})}
    )
    record = {"date": "2025-03-10", "system": "企业", "kind": "通报批评"}
    result = check(placed(cadre(records={"discipline": [record]}), cfg, "2025-05-01"), "discipline")
    assert not result.ok
    assert result.met_on == dt.date(2025, 6, 10)
