"""Rules within one cadre's file, on hand-made cadres (each test changes one fact)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cadrectl.model.cadre import Cadre
from cadrectl.model.config import default_config
from cadrectl.model.unit import Unit
from cadrectl.model.vocab import FieldSettings
from cadrectl.rules.cadre_rules import CADRE_RULES
from cadrectl.rules.context import CadreFile, RuleContext
from cadrectl.rules.registry_rules import REGISTRY_RULES

TODAY = dt.date(2026, 11, 23)
UNIT = Unit.model_validate(
    {
        "schema_version": 1,
        "id": "qx-huxi-zhen",
        "name": "湖溪镇",
        "kind": "乡镇",
        "posts": [{"id": "zhenzhang", "title": "镇长", "rank": "正科"}],
    }
)


def cadre(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "QX-2023-014",
        "name": "王立新",
        "gender": "男",
        "ethnicity": "汉族",
        "birth": "1988-04",
        "id_number": "330781198804120032",
        "party": {"status": "中共党员", "joined": "2009-06"},
        "work_start": "2010-08",
        "current": {
            "unit": "qx-huxi-zhen",
            "post": "副镇长",
            "rank": "副科",
            "post_since": "2021-09",
            "rank_since": "2021-09",
        },
        "resume": [
            {"from": "2010-08", "to": "2021-09", "unit": "湖溪镇", "post": "科员", "rank": "科员"},
            {"from": "2021-09", "unit": "湖溪镇", "post": "副镇长", "rank": "副科"},
        ],
        "reserve": {
            "status": "active",
            "entered": "2023-12",
            "source": "组织推荐",
            "target_rank": "正科",
            "direction": "城建交通",
            "target_posts": ["qx-huxi-zhen/zhenzhang"],
            "mentors": ["李国平"],
        },
    }
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for part in parents:
            target = target[part]
        target[last] = value
    return data


def codes(data: dict[str, Any]) -> list[str]:
    entry = CadreFile("cadres/QX-2023-014.yaml", Cadre.model_validate(data))
    ctx = RuleContext(default_config(), {"qx-huxi-zhen": UNIT}, TODAY)
    found = [p.code for rule in CADRE_RULES for p in rule(entry, ctx)]
    found += [p.code for rule in REGISTRY_RULES for p in rule([entry], ctx)]
    return found


def test_the_design_example_has_no_problem() -> None:
    assert codes(cadre()) == []


def test_joining_the_party_in_the_month_of_the_eighteenth_birthday_is_allowed() -> None:
    # Born 1988-04 (any day of April): joining in 2006-04 may well be at 18.
    assert "party-too-young" not in codes(cadre(party={"status": "中共党员", "joined": "2006-04"}))


def test_joining_the_month_before_turning_eighteen_is_refused() -> None:
    assert "party-too-young" in codes(cadre(party={"status": "中共党员", "joined": "2006-03"}))


def test_a_party_member_needs_a_joining_date() -> None:
    assert "party-joined-missing" in codes(cadre(party={"status": "中国共产党党员"}))


def test_a_non_member_needs_no_joining_date() -> None:
    assert codes(cadre(party={"status": "无党派人士"})) == []


def test_a_record_dated_today_is_not_in_the_future() -> None:
    talk = {"date": TODAY.isoformat(), "by": "李国平", "note": "谈心谈话"}
    assert codes(cadre(records={"talks": [talk]})) == []


def test_a_record_dated_tomorrow_is() -> None:
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    talk = {"date": tomorrow, "by": "李国平", "note": "谈心谈话"}
    assert codes(cadre(records={"talks": [talk]})) == ["date-in-future"]


def test_only_the_last_resume_entry_may_be_open() -> None:
    resume = [
        {"from": "2010-08", "unit": "湖溪镇", "post": "科员"},
        {"from": "2021-09", "unit": "湖溪镇", "post": "副镇长"},
    ]
    assert "resume-open-not-last" in codes(cadre(resume=resume))


def test_an_overlap_in_the_resume_is_a_warning() -> None:
    resume = [
        {"from": "2010-08", "to": "2021-10", "unit": "湖溪镇", "post": "科员"},
        {"from": "2021-09", "unit": "湖溪镇", "post": "副镇长"},
    ]
    assert codes(cadre(resume=resume)) == ["resume-overlap"]


def test_a_target_rank_not_above_the_current_one_is_a_warning() -> None:
    assert codes(cadre(reserve__target_rank="副科")) == ["target-not-above"]


def test_an_exited_cadre_without_a_mentor_is_fine() -> None:
    exited = {"date": "2026-01", "reason": "本人申请"}
    found = codes(cadre(reserve__status="exited", reserve__exited=exited, reserve__mentors=[]))
    assert found == []


@pytest.mark.parametrize("status", ["中国共产党党员", "中共党员"])
def test_long_and_short_party_names_mean_the_same(status: str) -> None:
    model = Cadre.model_validate(cadre(party={"status": status, "joined": "2009-06"}))
    assert model.party_status == "中共党员"


def test_a_training_with_no_way_to_count_its_days_is_a_warning() -> None:
    month_only = {"from": "2025-05", "to": "2025-05", "name": "班", "organizer": "县委党校"}
    dated = {"from": "2025-05-06", "to": "2025-05-08", "name": "班", "organizer": "县委党校"}
    assert "training-days-unknown" in codes(cadre(records={"trainings": [month_only]}))
    assert "training-days-unknown" not in codes(cadre(records={"trainings": [dated]}))
    with_days = month_only | {"days": 3}
    assert "training-days-unknown" not in codes(cadre(records={"trainings": [with_days]}))


def _without(data: dict[str, Any], *paths: str) -> dict[str, Any]:
    for dotted in paths:
        *parents, last = dotted.split(".")
        target = data
        for part in parents:
            target = target[part]
        del target[last]
    return data


VILLAGE_FIELDS = ("work_start", "current.rank", "current.post_since", "current.rank_since")


def test_a_county_registry_requires_the_civil_service_dates() -> None:
    data = _without(cadre(), *VILLAGE_FIELDS)
    entry = CadreFile("cadres/QX-2023-014.yaml", Cadre.model_validate(data))
    ctx = RuleContext(default_config(), {"qx-huxi-zhen": UNIT}, TODAY)
    found = [p for rule in CADRE_RULES for p in rule(entry, ctx)]
    assert sorted(p.field for p in found if p.code == "required-by-config") == sorted(
        tuple(path.split(".")) for path in VILLAGE_FIELDS
    )


def test_a_village_profile_asks_for_none_of_them() -> None:
    """A 21-year-old veteran elected reserve has no rank and no rank dates."""
    data = _without(cadre(), *VILLAGE_FIELDS)
    config = default_config().model_copy(update={"fields": FieldSettings(required=[])})
    entry = CadreFile("cadres/QX-2023-014.yaml", Cadre.model_validate(data))
    ctx = RuleContext(config, {"qx-huxi-zhen": UNIT}, TODAY)
    assert [p.code for rule in CADRE_RULES for p in rule(entry, ctx)] == []


def test_required_lists_and_texts_may_not_be_empty() -> None:
    config = default_config().model_copy(
        update={"fields": FieldSettings(required=["reserve.mentors", "health"])}
    )
    entry = CadreFile("cadres/QX-2023-014.yaml", Cadre.model_validate(cadre(reserve__mentors=[])))
    ctx = RuleContext(config, {"qx-huxi-zhen": UNIT}, TODAY)
    found = {
        p.field for rule in CADRE_RULES for p in rule(entry, ctx) if p.code == "required-by-config"
    }
    assert ("reserve", "mentors") in found


def _codes_with(config: Any, data: dict[str, Any]) -> list[str]:
    entry = CadreFile("cadres/QX-2023-014.yaml", Cadre.model_validate(data))
    ctx = RuleContext(config, {"qx-huxi-zhen": UNIT}, TODAY)
    return [p.code for rule in CADRE_RULES for p in rule(entry, ctx)]


def test_an_enterprises_own_sanctions_are_its_vocabulary() -> None:
    """policy.sanctions accepted an enterprise's own kinds, yet the file refused them."""
    base = default_config()
    policy = base.policy.model_copy(update={"sanctions": {"企业": {"通报批评": 6, "记过": 12}}})
    config = base.model_copy(update={"policy": policy})
    own = cadre(
        records={"discipline": [{"date": "2025-03-10", "system": "企业", "kind": "通报批评"}]}
    )
    assert _codes_with(config, own) == []
    civil = cadre(
        records={"discipline": [{"date": "2025-03-10", "system": "政务", "kind": "警告"}]}
    )
    assert _codes_with(config, civil) == ["unknown-code"]
    wrong_kind = cadre(
        records={"discipline": [{"date": "2025-03-10", "system": "企业", "kind": "降级"}]}
    )
    assert _codes_with(config, wrong_kind) == ["discipline-kind"]


def test_practice_kinds_come_from_the_config() -> None:
    practice = [{"from": "2024-03", "to": "2025-03", "kind": "驻企", "unit": "县经开区"}]
    data = cadre(records={"practice": practice})
    assert "unknown-code" in _codes_with(default_config(), data)
    config = default_config().model_copy(update={"practice_kinds": ["驻企", "挂职"]})
    assert _codes_with(config, data) == []


def test_backgrounds_are_checked_once_the_config_lists_them() -> None:
    data = cadre(reserve__background="网红主播")
    assert _codes_with(default_config(), data) == []  # no list: free text
    config = default_config().model_copy(update={"backgrounds": ["致富能手", "复员退伍军人"]})
    assert _codes_with(config, data) == ["unknown-code"]
    assert _codes_with(config, cadre(reserve__background="致富能手")) == []


# ---- status inspecting (已列为考察对象): its block, exactly when the status says so ----------

INSPECTING = {"date": "2026-11", "unit": "qx-huxi-zhen", "post": "zhenzhang"}


def test_an_inspecting_reserve_with_its_block_has_no_problem() -> None:
    data = cadre(reserve__status="inspecting", reserve__inspecting=dict(INSPECTING, note="拟任"))
    assert codes(data) == []


def test_status_inspecting_needs_the_inspecting_block() -> None:
    assert codes(cadre(reserve__status="inspecting")) == ["inspecting-missing"]


def test_an_inspecting_block_on_an_active_reserve_is_a_mismatch() -> None:
    assert codes(cadre(reserve__inspecting=INSPECTING)) == ["status-block-mismatch"]


def test_a_used_reserve_keeps_no_inspecting_block() -> None:
    used = {"date": "2026-11", "unit": "qx-huxi-zhen", "post": "zhenzhang"}
    data = cadre(reserve__status="used", reserve__used=used, reserve__inspecting=INSPECTING)
    assert codes(data) == ["status-block-mismatch"]


def test_an_inspecting_reserve_keeps_no_used_block() -> None:
    data = cadre(reserve__status="inspecting", reserve__inspecting=INSPECTING,
                 reserve__used=INSPECTING)  # fmt: skip
    assert codes(data) == ["status-block-mismatch"]


def test_the_inspecting_post_must_be_a_post_of_a_known_unit() -> None:
    for block in ({**INSPECTING, "post": "shuji"}, {**INSPECTING, "unit": "qx-nowhere"}):
        data = cadre(reserve__status="inspecting", reserve__inspecting=block)
        assert codes(data) == ["unknown-post" if block["post"] == "shuji" else "unknown-unit"]


def test_the_inspecting_date_may_not_lie_in_the_future() -> None:
    block = {**INSPECTING, "date": "2026-12-01"}
    assert codes(cadre(reserve__status="inspecting", reserve__inspecting=block)) == [
        "date-in-future"
    ]


def test_an_inspecting_reserve_is_still_in_the_pool_and_needs_a_mentor() -> None:
    data = cadre(reserve__status="inspecting", reserve__inspecting=INSPECTING, reserve__mentors=[])
    assert Cadre.model_validate(data).reserve.in_pool
    assert codes(data) == ["no-mentor"]


def test_an_inspecting_reserve_gets_the_target_rank_warning_like_an_active_one() -> None:
    data = cadre(reserve__status="inspecting", reserve__inspecting=INSPECTING,
                 reserve__target_rank="副科")  # fmt: skip
    assert codes(data) == ["target-not-above"]


@pytest.mark.parametrize(("status", "in_pool"), [("active", True), ("inspecting", True),
                                                 ("used", False), ("exited", False)])  # fmt: skip
def test_in_pool_means_active_or_inspecting(status: str, in_pool: bool) -> None:
    from cadrectl.model.cadre import Reserve

    reserve = Reserve.model_validate({**cadre()["reserve"], "status": status})
    assert reserve.in_pool is in_pool


def test_evaluation_grades_are_checked_once_the_config_lists_them() -> None:
    data = cadre(records={"evaluations": [{"quarter": "2026Q1", "potential": "很大"}]})
    assert "unknown-code" not in _codes_with(default_config(), data)
    config = default_config().model_copy(update={"evaluation_scale": ["较大", "一般", "较小"]})
    assert "unknown-code" in _codes_with(config, data)
