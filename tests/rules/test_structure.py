"""Structure analysis on plain values: 周岁 and age bands, 最高学历, half-up percentages, counts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from pydantic import ValidationError

from cadrectl.model.cadre import Cadre, Education
from cadrectl.model.codes import EDUCATION_LEVELS
from cadrectl.model.config import DEFAULT_AGE_BANDS, Config, StructureSettings, default_config
from cadrectl.model.dates import PartialDate, age_on
from cadrectl.rules.structure import (
    EDUCATION_AT_LEAST_LEVELS,
    EDUCATION_FAMILIES,
    NOT_RECORDED,
    PROFILE_DIMENSIONS,
    Share,
    Tally,
    age_band,
    age_band_labels,
    age_under_counts,
    average_age,
    cadre_profile,
    education_at_least_counts,
    education_family,
    education_rank,
    ethnicity_group,
    highest_education,
    ordered_shares,
    party_group,
    percent,
    tier_label,
)

LABELS = age_band_labels(DEFAULT_AGE_BANDS)


def band(age: int) -> str:
    return age_band(age, DEFAULT_AGE_BANDS, LABELS)


def education(*entries: tuple[str, str]) -> list[Education]:
    return [Education.model_validate({"kind": kind, "level": level}) for kind, level in entries]


# ---- ages and bands ------------------------------------------------------------------------


def test_the_default_bands_are_those_of_the_design() -> None:
    assert LABELS == ("≤30", "31–35", "36–40", "41–45", "46–50", "51–55", "≥56")


def test_configured_bounds_make_their_own_bands() -> None:
    assert age_band_labels((35, 45)) == ("≤35", "36–45", "≥46")


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (22, "≤30"),
        (30, "≤30"),
        (31, "31–35"),
        (35, "31–35"),
        (36, "36–40"),
        (40, "36–40"),
        (41, "41–45"),
        (55, "51–55"),
        (56, "≥56"),
        (63, "≥56"),
    ],
)
def test_a_band_includes_its_upper_bound(age: int, expected: str) -> None:
    assert band(age) == expected


def test_on_the_30th_birthday_one_is_30_and_still_in_the_band_up_to_30() -> None:
    birth = PartialDate.parse("1996-05-10")
    assert age_on(birth, dt.date(2026, 5, 9)) == 29
    assert age_on(birth, dt.date(2026, 5, 10)) == 30
    assert band(age_on(birth, dt.date(2026, 5, 10))) == "≤30"
    assert band(age_on(birth, dt.date(2027, 5, 10))) == "31–35"


@pytest.mark.parametrize("limit", [30, 35, 40])
def test_n_zhousui_yixia_counts_whoever_turns_n_that_very_day(limit: int) -> None:
    birth = PartialDate.parse(f"{2026 - limit}-03-15")
    ages = Counter([age_on(birth, dt.date(2026, 3, 15))])
    assert ages == Counter({limit: 1})
    assert age_under_counts(ages, [limit]) == Counter({str(limit): 1})
    day_after_turning = Counter([age_on(birth, dt.date(2027, 3, 15))])
    assert age_under_counts(day_after_turning, [limit]) == Counter({str(limit): 0})


def test_a_month_only_birth_counts_from_the_first_of_the_month() -> None:
    birth = PartialDate.parse("1996-05")
    assert age_on(birth, dt.date(2026, 4, 30)) == 29
    assert age_on(birth, dt.date(2026, 5, 1)) == 30
    assert band(age_on(birth, dt.date(2031, 5, 1))) == "31–35"
    assert band(age_on(birth, dt.date(2031, 4, 30))) == "31–35"
    assert band(age_on(birth, dt.date(2027, 4, 30))) == "≤30"


def test_age_under_is_cumulative_and_includes_the_limit() -> None:
    ages = Counter({29: 2, 30: 1, 31: 1, 35: 2, 36: 1, 41: 3})
    assert age_under_counts(ages, (30, 35, 40)) == Counter({"30": 3, "35": 6, "40": 7})


@pytest.mark.parametrize(
    ("ages", "expected"),
    [
        ({32: 35, 33: 65}, 32.7),  # 32.65 exactly: half-up, where float round() gives 32.6
        ({29: 6, 30: 2}, 29.3),  # 29.25, exact in binary too: round() goes to the even 29.2
        ({35: 2, 42: 1}, 37.3),  # 37.33…
        ({40: 1}, 40.0),
        ({30: 1, 31: 1}, 30.5),
    ],
)
def test_the_average_age_rounds_half_up_to_one_decimal(
    ages: dict[int, int], expected: float
) -> None:
    assert average_age(Counter(ages)) == expected


def test_float_round_would_get_the_average_wrong() -> None:
    assert (round(32.65, 1), round(29.25, 1)) == (32.6, 29.2)  # why average_age() uses Decimal


def test_nobody_has_no_average_age() -> None:
    assert average_age(Counter()) is None


# ---- percentages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [
        (1, 32, 3.13),  # 3.125 exactly: half-up, where float round() gives 3.12
        (2, 3, 66.67),
        (1, 3, 33.33),
        (62, 101, 61.39),
        (1, 8, 12.5),
        (7, 7, 100.0),
        (0, 9, 0.0),
    ],
)
def test_percent_rounds_half_up_to_two_decimals(count: int, total: int, expected: float) -> None:
    assert percent(count, total) == expected


def test_float_round_would_get_the_half_wrong() -> None:
    assert round(3.125, 2) == 3.12  # the reason percent() uses Decimal
    assert percent(1, 32) == 3.13


def test_percent_of_nobody_is_zero() -> None:
    assert percent(0, 0) == 0.0


# ---- education -------------------------------------------------------------------------------


def test_the_highest_education_is_taken_across_full_time_and_in_service() -> None:
    entries = education(("全日制", "大学"), ("在职", "研究生"))
    assert highest_education(entries) == "研究生"
    assert education_family(highest_education(entries)) == "研究生"


def test_a_full_time_degree_above_the_in_service_one_counts() -> None:
    entries = education(("全日制", "研究生"), ("在职", "省委党校大学"))
    assert education_family(highest_education(entries)) == "研究生"


@pytest.mark.parametrize(
    ("levels", "family"),
    [
        (["大专", "中央党校大学"], "大学"),
        (["大学", "省委党校研究生"], "研究生"),
        (["中专", "中央党校大专"], "大专"),
        (["高中"], "中专及以下"),
        (["中技", "初中"], "中专及以下"),
    ],
)
def test_party_school_degrees_count_in_their_zb64_family(levels: list[str], family: str) -> None:
    entries = education(*[("在职", level) for level in levels])
    assert education_family(highest_education(entries)) == family


def test_no_education_entry_is_reported_as_not_recorded() -> None:
    assert highest_education([]) is None
    assert education_family(None) == NOT_RECORDED


def test_the_at_least_levels_are_one_per_zb64_rank_from_the_highest_down() -> None:
    ranks = [EDUCATION_LEVELS[level] for level in EDUCATION_AT_LEAST_LEVELS]
    assert ranks == sorted(set(EDUCATION_LEVELS.values()), reverse=True)
    assert EDUCATION_AT_LEAST_LEVELS[:4] == ("研究生", "大学", "大专", "中专")


def test_at_least_counts_each_cadre_at_their_level_and_every_level_below() -> None:
    highest = ["研究生", "大学", "大学", "中央党校大专", "中技", "高中", None]
    ranks = Counter(education_rank(level) for level in highest)
    assert education_at_least_counts(ranks) == Counter(
        {"研究生": 1, "大学": 3, "大专": 4, "中专": 5, "高中": 6, "初中": 6, "小学": 6}
    )  # 中技 is 中专及以上; no education entry is under no level at all
    assert education_rank(None) == 0
    nobody = education_at_least_counts(Counter())
    assert dict(nobody) == dict.fromkeys(EDUCATION_AT_LEAST_LEVELS, 0)  # every level, as zeros


# ---- the other dimensions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ethnicity", "group"),
    [("汉族", "汉族"), ("畲族", "少数民族"), ("基诺族", "少数民族"), ("其他", "其他")],
)
def test_ethnicity_is_han_or_minority(ethnicity: str, group: str) -> None:
    assert ethnicity_group(ethnicity) == group


@pytest.mark.parametrize(
    ("status", "group"),
    [
        ("中共党员", "中共党员"),
        ("中共预备党员", "中共党员"),
        ("民盟盟员", "党外"),
        ("群众", "党外"),
    ],
)
def test_probationary_members_are_party_members_and_everyone_else_is_non_party(
    status: str, group: str
) -> None:
    assert party_group(status) == group


@pytest.mark.parametrize(
    ("tier", "label"), [(1, "第一层次"), (2, "第二层次"), (3, "第三层次"), (None, "未定层次")]
)
def test_tier_labels(tier: int | None, label: str) -> None:
    assert tier_label(tier) == label


def cadre_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "QX-2023-014",
        "name": "王立新",
        "gender": "女",
        "ethnicity": "畲族",
        "birth": "1991-03",
        "party": {"status": "中国共产党预备党员"},
        "work_start": "2013-08",
        "education": [{"kind": "全日制", "level": "大学"}, {"kind": "在职", "level": "研究生"}],
        "current": {
            "unit": "qx-huxi-zhen",
            "post": "副镇长",
            "rank": "副科",
            "post_since": "2021-09",
            "rank_since": "2021-09",
        },
        "resume": [
            {"from": "2013-08", "to": "2018-06", "unit": "县发改局", "post": "科员"},
            {
                "from": "2018-06",
                "unit": "湖溪镇前山村",
                "post": "党支部书记",
                "grassroots": True,
                "grassroots_head": True,
            },
        ],
        "reserve": {
            "status": "active",
            "entered": "2023-12",
            "source": "组织推荐",
            "target_rank": "正科",
            "direction": "城建交通",
        },
    }
    data.update(changes)
    return data


def test_a_cadre_profile_holds_every_dimension() -> None:
    cadre = Cadre.model_validate(cadre_data())
    age = age_on(cadre.birth, dt.date(2026, 12, 31))
    profile = cadre_profile(cadre, age, 2, DEFAULT_AGE_BANDS, LABELS)
    assert profile.age == 35
    assert dict(profile.values) == {
        "education": "研究生",
        "age_band": "31–35",
        "gender": "女",
        "ethnicity": "少数民族",
        "party": "中共党员",
        "grassroots": "有基层经历",
        "grassroots_head": "有基层一把手经历",
        "direction": "城建交通",
        "tier": "第二层次",
        "source": "组织推荐",
        "target_rank": "正科",
        "background": "未填写",
        "title": "未填写",
    }
    assert set(profile.values) == set(PROFILE_DIMENSIONS)
    assert profile.education_rank == 7


def test_background_and_title_are_the_files_own_words_or_not_recorded() -> None:
    reserve = {**cadre_data()["reserve"], "background": "大学生村官"}
    cadre = Cadre.model_validate(cadre_data(reserve=reserve, title="助理农艺师"))
    profile = cadre_profile(cadre, 35, None, DEFAULT_AGE_BANDS, LABELS)
    assert (profile.values["background"], profile.values["title"]) == ("大学生村官", "助理农艺师")
    plain = cadre_profile(Cadre.model_validate(cadre_data()), 35, None, DEFAULT_AGE_BANDS, LABELS)
    assert (plain.values["background"], plain.values["title"]) == (NOT_RECORDED, NOT_RECORDED)


def test_without_a_grassroots_entry_there_is_no_grassroots_experience() -> None:
    resume = [{"from": "2013-08", "unit": "县发改局", "post": "科员"}]
    cadre = Cadre.model_validate(cadre_data(resume=resume))
    profile = cadre_profile(cadre, 35, None, DEFAULT_AGE_BANDS, LABELS)
    assert profile.values["grassroots"] == "无基层经历"
    assert profile.values["grassroots_head"] == "无基层一把手经历"
    assert profile.values["tier"] == "未定层次"


# ---- counting and ordering -------------------------------------------------------------------


def test_fixed_values_come_first_in_their_order_then_the_rest_by_count_then_name() -> None:
    counts = {"大学": 5, "未填写": 1, "研究生": 2}
    shares = ordered_shares(counts, 8, EDUCATION_FAMILIES)
    assert [share.value for share in shares] == ["研究生", "大学", "大专", "中专及以下", "未填写"]
    assert shares[2] == Share("大专", 0, 0.0)
    free = ordered_shares({"政法": 2, "经济": 3, "党群综合": 2}, 7)
    assert [share.value for share in free] == ["经济", "党群综合", "政法"]


def test_last_values_come_after_the_rest_and_only_when_they_occur() -> None:
    counts = {"未填写": 22, "致富能手": 30, "返乡青年": 8}
    shares = ordered_shares(counts, 60, last=(NOT_RECORDED,))
    assert [share.value for share in shares] == ["致富能手", "返乡青年", "未填写"]
    assert [s.value for s in ordered_shares({"选调生": 1}, 1, last=(NOT_RECORDED,))] == ["选调生"]


def test_fixed_values_without_zeros_list_only_what_occurs() -> None:
    ladder = ("正处", "副处", "正科", "副科")
    shares = ordered_shares({"副科": 3, "正科": 1}, 4, ladder, zeros=False)
    assert [(s.value, s.count, s.percent) for s in shares] == [("正科", 1, 25.0), ("副科", 3, 75.0)]


def test_an_empty_pool_counts_zero_everywhere_without_dividing_by_zero() -> None:
    tally = Tally()
    assert tally.total == 0
    for name in PROFILE_DIMENSIONS:
        assert sum(tally.counts[name].values()) == 0
    shares = ordered_shares(tally.counts["gender"], tally.total, ("男", "女"))
    assert [share.as_dict() for share in shares] == [
        {"value": "男", "count": 0, "percent": 0.0},
        {"value": "女", "count": 0, "percent": 0.0},
    ]
    assert age_under_counts(tally.ages, (35,)) == Counter({"35": 0})


def test_a_tally_counts_each_profile_once_per_dimension() -> None:
    cadre = Cadre.model_validate(cadre_data())
    tally = Tally()
    for age in (29, 35):
        tally.add(cadre_profile(cadre, age, 1, DEFAULT_AGE_BANDS, LABELS))
    assert tally.total == 2
    assert tally.ages == Counter({29: 1, 35: 1})
    assert tally.education_ranks == Counter({7: 2})
    assert tally.counts["age_band"] == Counter({"≤30": 1, "31–35": 1})
    assert tally.counts["gender"] == Counter({"女": 2})


# ---- the setting in cadrectl.yaml -----------------------------------------------------------


def test_the_config_has_no_structure_settings_unless_written() -> None:
    assert default_config().structure is None
    assert StructureSettings().age_bands == list(DEFAULT_AGE_BANDS)


def test_age_bands_in_the_config_must_rise() -> None:
    data = default_config().model_dump(mode="json", exclude_none=True)
    config = Config.model_validate({**data, "structure": {"age_bands": [35, 45]}})
    assert config.structure is not None
    assert config.structure.age_bands == [35, 45]
    with pytest.raises(ValidationError, match="age_bands_not_ascending"):
        Config.model_validate({**data, "structure": {"age_bands": [40, 35]}})
