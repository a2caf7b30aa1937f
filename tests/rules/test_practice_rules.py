"""The rule kinds of pools other than a county's: title_min, record_count, exam_score."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cadrectl.model.config import Config
from cadrectl.rules.config_rules import config_problems
from tests.rules.test_cadre_rules import cadre
from tests.rules.test_tiers import check, config, placed


def _talks(*days: str) -> list[dict[str, Any]]:
    return [{"date": day, "by": "李国平", "note": "谈心谈话"} for day in days]


# ---- title_min ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "ok"), [("副教授", True), ("教授", True), ("讲师", False), (None, False)]
)
def test_a_title_at_least_the_level_named(title: str | None, ok: bool) -> None:
    data = cadre(title=title)
    result = check(placed(data, config({"rule": "title_min", "min": "副高级"}), "2026-01-01"),
                   "title_min")  # fmt: skip
    assert result.ok is ok
    assert result.met_on is None


def test_a_title_named_as_the_minimum_stands_for_its_level() -> None:
    """`min: 副教授` means the 副高级 level: a 高级工程师 meets it too."""
    data = cadre(title="高级工程师")
    result = check(placed(data, config({"rule": "title_min", "min": "副教授"}), "2026-01-01"),
                   "title_min")  # fmt: skip
    assert result.ok


def test_a_university_can_place_a_professor_with_no_administrative_rank_step() -> None:
    """A 副教授 with no administrative post is a reserve for 副院长 under a policy without
    rank_step (it was refused by a rule the code added)."""
    data = cadre(title="副教授", current__rank="科员", reserve__target_rank="正科")
    p = placed(data, config({"rule": "title_min", "min": "副高级"}), "2026-01-01")
    assert p.tier == 1


def test_an_unknown_title_level_in_the_policy_is_a_config_problem() -> None:
    cfg = config({"rule": "title_min", "min": "特级"})
    problems = list(config_problems("cadrectl.yaml", cfg))
    assert [p.code for p in problems] == ["not-allowed-value"]
    assert problems[0].field == ("policy", "targets", "正科", "rules", 0, "min")


# ---- record_count ---------------------------------------------------------------------------

FOUR_A_MONTH = {"rule": "record_count", "record": "talks", "min": 4, "per": "month"}


def test_four_talks_in_the_last_complete_month_pass() -> None:
    data = cadre(records={"talks": _talks("2026-10-30", "2026-11-03", "2026-11-10",
                                          "2026-11-17", "2026-11-30", "2026-12-01")})  # fmt: skip
    result = check(placed(data, config(FOUR_A_MONTH), "2026-12-05"), "record_count")
    assert result.ok
    assert result.detail == "上月谈心谈话 4 次（要求不少于 4 次）"  # November's only


def test_three_talks_fall_short_and_the_next_month_could_make_it_good() -> None:
    data = cadre(records={"talks": _talks("2026-11-03", "2026-11-10", "2026-11-17")})
    p = placed(data, config(FOUR_A_MONTH), "2026-12-05")
    result = check(p, "record_count")
    assert not result.ok
    assert result.met_on == dt.date(2027, 1, 1)  # December complete, checked from January
    assert result.detail == "上月谈心谈话只有 3 次，要求不少于 4 次"
    assert p.tier == 1  # a shortfall this month is not a reason to leave the ladder
    assert p.exit_causes == ()


def test_a_reserve_who_entered_during_the_period_is_not_measured_by_it() -> None:
    data = cadre(reserve__entered="2026-11-15")
    result = check(placed(data, config(FOUR_A_MONTH), "2026-12-05"), "record_count")
    assert result.ok
    assert result.key.endswith("not-due")


def test_two_trainings_and_three_days_a_year() -> None:
    rule = {"rule": "record_count", "record": "trainings", "min": 2, "min_days": 3,
            "per": "year"}  # fmt: skip

    def training(start: str, end: str) -> dict[str, Any]:
        return {"from": start, "to": end, "name": "村干部培训班", "organizer": "镇党委"}

    one_long = cadre(reserve__entered="2024-01", records={"trainings": [
        training("2025-03-02", "2025-03-05")]})  # fmt: skip
    two_short = cadre(reserve__entered="2024-01", records={"trainings": [
        training("2025-03-02", "2025-03-02"), training("2025-09-01", "2025-09-01")]})  # fmt: skip
    enough = cadre(reserve__entered="2024-01", records={"trainings": [
        training("2025-03-02", "2025-03-03"), training("2025-09-01", "2025-09-01")]})  # fmt: skip
    on = "2026-02-01"
    assert not check(placed(one_long, config(rule), on), "record_count").ok  # 4 days, once
    assert not check(placed(two_short, config(rule), on), "record_count").ok  # twice, 2 days
    assert check(placed(enough, config(rule), on), "record_count").ok  # twice, 3 days


def test_within_years_counts_the_last_n_years() -> None:
    rule = {"rule": "record_count", "record": "talks", "min": 2, "within_years": 1}
    data = cadre(records={"talks": _talks("2024-12-01", "2025-06-01", "2025-12-01")})
    assert check(placed(data, config(rule), "2025-12-31"), "record_count").detail == (
        "近1年谈心谈话 2 次（要求不少于 2 次）"
    )
    assert not check(placed(data, config(rule), "2026-07-01"), "record_count").ok


@pytest.mark.parametrize(
    ("rule", "code"),
    [
        ({"rule": "record_count", "record": "talks", "per": "month"}, "record-count-no-minimum"),
        ({"rule": "record_count", "record": "talks", "min": 1, "per": "month", "within_years": 1},
         "record-count-two-windows"),
    ],
)  # fmt: skip
def test_a_record_count_rule_that_cannot_be_judged_is_a_config_problem(
    rule: dict[str, Any], code: str
) -> None:
    assert [p.code for p in config_problems("cadrectl.yaml", config(rule))] == [code]


def test_a_record_kind_that_does_not_exist_is_refused_by_the_schema() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        config({"rule": "record_count", "record": "meetings", "min": 1})


# ---- exam_score -----------------------------------------------------------------------------


def test_the_latest_exam_scores_at_least_the_minimum() -> None:
    exams = [{"date": "2025-05-10", "name": "综合考试", "score": 58},
             {"date": "2026-05-10", "name": "综合考试", "score": 76.5}]  # fmt: skip
    rule = {"rule": "exam_score", "min": 60}
    result = check(placed(cadre(records={"exams": exams}), config(rule), "2026-06-01"),
                   "exam_score")  # fmt: skip
    assert result.ok
    assert result.params["score"] == "76.5"
    earlier = check(placed(cadre(records={"exams": exams}), config(rule), "2025-06-01"),
                    "exam_score")  # fmt: skip
    assert not earlier.ok  # as of 2025-06-01 the latest exam is 2025's
    assert earlier.params["score"] == "58"


def test_a_low_score_fails_and_no_exam_is_a_field_to_fill_in() -> None:
    rule = {"rule": "exam_score", "min": 60, "name": "综合"}
    low = cadre(records={"exams": [{"date": "2026-05-10", "name": "综合考试", "score": 55}]})
    p = placed(low, config(rule), "2026-06-01")
    assert not check(p, "exam_score").ok
    assert p.tier is None
    other = cadre(records={"exams": [{"date": "2026-05-10", "name": "笔试", "score": 90}]})
    q = placed(other, config(rule), "2026-06-01")
    assert check(q, "exam_score").unrecorded
    assert q.exit_causes == ()


def test_every_rule_kind_has_a_function_and_a_name() -> None:
    from cadrectl.core.messages import CATALOG
    from cadrectl.model.policy import RULE_KINDS
    from cadrectl.rules import tiers

    assert set(tiers._RULES) == set(RULE_KINDS)
    assert all(f"ladder.rule.{kind}" in CATALOG for kind in RULE_KINDS)
    assert isinstance(Config.model_json_schema(), dict)
