"""Post coverage (一职双备) and the reminders of report warnings, on hand-made cadres."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cadrectl.model.cadre import Cadre
from cadrectl.model.config import WarningSettings
from cadrectl.model.unit import Unit
from cadrectl.rules.coverage import TargetCheck, post_coverage
from cadrectl.rules.tiers import place
from cadrectl.rules.warnings import CHECKS, Reminder
from tests.rules.test_cadre_rules import cadre
from tests.rules.test_tiers import config

UNIT = Unit.model_validate(
    {
        "schema_version": 1,
        "id": "qx-huxi-zhen",
        "name": "湖溪镇",
        "kind": "乡镇",
        "posts": [
            {"id": "zhenzhang", "title": "镇长", "rank": "正科"},
            {"id": "fuzhenzhang", "title": "副镇长", "rank": "副科", "seats": 3},
            {"id": "renwu", "title": "人武部长", "rank": "副科", "key": False},
        ],
    }
)


def reserves(*targets: list[str]) -> list[Cadre]:
    return [
        Cadre.model_validate(
            cadre(id=f"QX-2023-{i:03d}", id_number=None, reserve__target_posts=posts)
        )
        for i, posts in enumerate(targets, start=1)
    ]


def test_two_reserves_per_seat_covers_a_post() -> None:
    cadres = reserves(["qx-huxi-zhen/zhenzhang"], ["qx-huxi-zhen/zhenzhang"])
    tiers = {"QX-2023-001": 1, "QX-2023-002": 3}
    posts = post_coverage([UNIT], cadres, tiers.get, 2)
    zhenzhang = next(p for p in posts if p.post_id == "zhenzhang")
    assert zhenzhang.covered
    assert zhenzhang.ready == 1
    assert [c.id for c in zhenzhang.reserves] == ["QX-2023-001", "QX-2023-002"]


def test_seats_multiply_the_need_and_non_key_posts_are_left_out() -> None:
    posts = post_coverage([UNIT], reserves(["qx-huxi-zhen/fuzhenzhang"]), lambda _: None, 2)
    assert [p.post_id for p in posts] == ["zhenzhang", "fuzhenzhang"]
    deputy = posts[1]
    assert deputy.needed == 6
    assert not deputy.covered
    assert deputy.ready == 0


def test_a_configurable_ratio() -> None:
    posts = post_coverage([UNIT], reserves(["qx-huxi-zhen/zhenzhang"]), lambda _: 1, 1)
    assert posts[0].covered


def test_exited_reserves_do_not_count() -> None:
    gone = cadre(
        id="QX-2023-009", id_number=None, reserve__target_posts=["qx-huxi-zhen/zhenzhang"],
        reserve__status="exited", reserve__exited={"date": "2025-01", "reason": "调离"},
    )  # fmt: skip
    posts = post_coverage([UNIT], [Cadre.model_validate(gone)], lambda _: 1, 2)
    assert posts[0].reserves == ()


def test_structure_targets_within_bounds() -> None:
    assert TargetCheck("gender", "女", 30.0, 30, None).ok
    assert not TargetCheck("gender", "女", 29.99, 30, None).ok
    assert not TargetCheck("age_under", "35", 71.0, None, 70).ok


def reminders(data: dict[str, Any], on: str, **settings: Any) -> list[Reminder]:
    as_of = dt.date.fromisoformat(on)
    rules = ({"rule": "age_max", "years": 40}, {"rule": "discipline"})
    placement = place(Cadre.model_validate(data), config(*rules), as_of)
    warnings = WarningSettings(**settings)
    return [r for check in CHECKS.values() for r in check(placement, warnings, as_of)]


def kinds(found: list[Reminder]) -> set[str]:
    return {r.kind for r in found}


COMPLETE: dict[str, Any] = {
    "assessments": [{"year": 2025, "grade": "称职"}],
    "evaluations": [{"quarter": "2026Q3", "potential": "较大"}],
    "trainings": [
        {"from": "2026-05-06", "to": "2026-05-10", "name": "班", "organizer": "县委党校"}
    ],
}


def test_a_complete_file_has_no_reminders() -> None:
    assert reminders(cadre(records=COMPLETE), "2026-11-23") == []


def test_missing_records_are_named() -> None:
    found = kinds(reminders(cadre(), "2026-11-23"))
    assert found == {"no-assessment", "no-evaluation", "no-training"}


def test_the_last_quarter_is_the_one_before_the_as_of_quarter() -> None:
    january = reminders(cadre(records=COMPLETE), "2027-01-15")
    evaluation = next(r for r in january if r.kind == "no-evaluation")
    assert evaluation.params == {"quarter": "2026Q4"}


def test_the_age_limit_within_the_horizon() -> None:
    # born 1988-04: 41 on 2029-04-01, the day past a 40-year limit
    assert "age-limit" not in kinds(reminders(cadre(records=COMPLETE), "2028-03-31"))
    found = reminders(cadre(records=COMPLETE), "2028-04-01")
    age = next(r for r in found if r.kind == "age-limit")
    assert age.date == dt.date(2029, 4, 1)


def test_long_in_the_pool() -> None:
    found = reminders(cadre(records=COMPLETE), "2028-12-01", unused_years=5)
    pool = next(r for r in found if r.kind == "long-in-pool")
    assert pool.date == dt.date(2028, 12, 1)  # entered 2023-12
    assert "long-in-pool" not in kinds(reminders(cadre(records=COMPLETE), "2028-11-30"))


def test_discipline_in_effect_and_a_condition_due_this_month() -> None:
    records = COMPLETE | {"discipline": [{"date": "2026-06-10", "system": "诫勉", "kind": "诫勉"}]}
    found = reminders(cadre(records=records), "2026-11-23")
    assert any(r.kind == "discipline" and r.date == dt.date(2026, 12, 10) for r in found)
    december = reminders(cadre(records=records), "2026-12-01")
    assert any(r.kind == "met-this-month" and r.date == dt.date(2026, 12, 10) for r in december)


def test_no_mentor() -> None:
    assert "no-mentor" in kinds(
        reminders(cadre(records=COMPLETE, reserve__mentors=[]), "2026-11-23")
    )


def test_no_age_limit_reminder_once_the_limit_is_waived() -> None:
    """With 破格 approved for the age limit, ``report warnings`` no longer counts down to it
    (and never gives a date already past)."""
    waiver = {"waives": ["age_max"], "reason": "急需紧缺专业人才", "approved": "2026-01"}
    near = cadre(birth="1986-06", id_number=None, records=COMPLETE)  # 40 until 2027-06
    assert "age-limit" in kinds(reminders(near, "2026-11-23"))
    waived = cadre(birth="1986-06", id_number=None, records=COMPLETE,
                   reserve__exceptions=[waiver])  # fmt: skip
    assert "age-limit" not in kinds(reminders(waived, "2026-11-23"))
    past = cadre(birth="1984-06", id_number=None, records=COMPLETE, reserve__exceptions=[waiver])
    assert all(
        r.date is None or r.date >= dt.date(2026, 11, 23) for r in reminders(past, "2026-11-23")
    )


def test_a_record_count_short_is_a_reminder_with_its_detail() -> None:
    from cadrectl.rules.warnings import records_short

    talks = [{"date": "2026-10-05", "by": "李国平", "note": "谈心"}]
    data = cadre(reserve__entered="2024-01", records=COMPLETE | {"talks": talks})
    rule = {"rule": "record_count", "record": "talks", "min": 4, "per": "month"}
    placement = place(Cadre.model_validate(data), config(rule), dt.date(2026, 11, 23))
    found = list(records_short(placement, WarningSettings(), dt.date(2026, 11, 23)))
    assert [r.kind for r in found] == ["records-short"]
    assert found[0].message == "上月谈心谈话只有 1 次，要求不少于 4 次"


def test_every_warning_kind_has_its_check_in_order() -> None:
    from cadrectl.model.codes import WARNING_KINDS

    assert tuple(CHECKS) == WARNING_KINDS
