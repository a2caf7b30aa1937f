"""Reserves per unit (村 5–7 人) and reserves per seat of a unit (乡镇机关 1:3), on hand-made
units and cadres."""

from __future__ import annotations

from typing import Any

import pytest

from cadrectl.model.cadre import Cadre
from cadrectl.model.config import Config
from cadrectl.model.coverage import ReserveRatio, UnitReserves
from cadrectl.model.unit import Unit
from cadrectl.rules.config_rules import config_problems
from cadrectl.rules.coverage import RatioCheck, UnitCount, ratio_checks, unit_counts
from tests.rules.test_cadre_rules import cadre


def unit(unit_id: str, kind: str, *posts: tuple[str, int]) -> Unit:
    return Unit.model_validate(
        {
            "schema_version": 1, "id": unit_id, "name": f"名{unit_id}", "kind": kind,
            "posts": [{"id": p, "title": p, "rank": "副科", "seats": n} for p, n in posts],
        }
    )  # fmt: skip


QIANSHAN = unit("qianshan", "村", ("shuji", 1))
HOUSHAN = unit("houshan", "村", ("shuji", 1))
HUXI = unit("huxi", "乡镇", ("shuji", 1), ("zhenzhang", 1), ("fuzhenzhang", 3))


def person(serial: int, works_at: str, *targets: str, **changes: Any) -> Cadre:
    data = cadre(id=f"QX-2023-{serial:03d}", id_number=None, current__unit=works_at,
                 reserve__target_posts=list(targets), **changes)  # fmt: skip
    return Cadre.model_validate(data)


def people(count: int, works_at: str, *targets: str, start: int = 1) -> list[Cadre]:
    return [person(start + i, works_at, *targets) for i in range(count)]


def exited(serial: int, works_at: str, *targets: str) -> Cadre:
    return person(serial, works_at, *targets, reserve__status="exited",
                  reserve__exited={"date": "2025-01", "reason": "调离"})  # fmt: skip


def villages(low: int | None = 5, high: int | None = 7) -> list[UnitReserves]:
    return [UnitReserves(kind="村", min=low, max=high)]


# ---- reserves per unit: those whose current unit is the unit --------------------------------


def test_a_village_counts_the_active_reserves_working_there() -> None:
    cadres = people(6, "qianshan") + people(2, "houshan", start=7)
    counts = unit_counts([QIANSHAN, HOUSHAN, HUXI], cadres, villages())
    assert [(c.unit_id, c.kind, c.reserves, c.ok) for c in counts] == [
        ("qianshan", "村", 6, True),
        ("houshan", "村", 2, False),
    ]  # the township is no village: no line for it


@pytest.mark.parametrize(("reserves", "ok"), [(4, False), (5, True), (7, True), (8, False)])
def test_both_bounds_include_the_number_itself(reserves: int, ok: bool) -> None:
    [count] = unit_counts([QIANSHAN], people(reserves, "qianshan"), villages())
    assert count.reserves == reserves
    assert count.ok is ok


def test_either_bound_alone_is_enough() -> None:
    cadres = people(9, "qianshan")
    assert unit_counts([QIANSHAN], cadres, villages(5, None))[0].ok
    assert not unit_counts([QIANSHAN], cadres, villages(None, 7))[0].ok


def test_a_unit_without_reserves_is_listed_with_none() -> None:
    [count] = unit_counts([QIANSHAN], [], villages())
    assert (count.unit_name, count.reserves, count.ok) == ("名qianshan", 0, False)
    assert UnitCount("x", "某村", "村", 0, None, 3).ok  # no minimum: none is within bounds


def test_inactive_reserves_are_not_counted() -> None:
    cadres = [*people(5, "qianshan"), exited(9, "qianshan")]
    [count] = unit_counts([QIANSHAN], cadres, villages(None, 5))
    assert count.reserves == 5
    assert count.ok


def test_targeting_a_post_of_another_unit_does_not_move_a_reserve() -> None:
    """A villager targeting the township's post stays the village's reserve; the township does
    not count them among its own people."""
    cadres = people(5, "qianshan", "huxi/fuzhenzhang")
    rules = [*villages(), UnitReserves(kind="乡镇", min=1)]
    counts = {c.unit_id: c.reserves for c in unit_counts([QIANSHAN, HUXI], cadres, rules)}
    assert counts == {"qianshan": 5, "huxi": 0}


def test_a_rule_for_one_unit_overrides_the_rule_for_its_kind() -> None:
    cadres = people(9, "qianshan")
    rules = [*villages(), UnitReserves(unit="qianshan", min=8, max=10)]
    counts = unit_counts([QIANSHAN, HOUSHAN], cadres, rules)
    assert [(c.unit_id, c.min, c.max, c.ok) for c in counts] == [
        ("qianshan", 8, 10, True),
        ("houshan", 5, 7, False),
    ]


def test_a_rule_naming_a_unit_that_does_not_exist_fails() -> None:
    [count] = unit_counts([QIANSHAN], [], [UnitReserves(unit="nowhere", min=1)])
    assert (count.unit_id, count.unit_name, count.kind, count.ok) == ("nowhere", None, None, False)


# ---- reserves per seat: those targeting the unit's posts ------------------------------------


def one_to_three(**selector: str) -> list[ReserveRatio]:
    return [ReserveRatio(**selector or {"kind": "乡镇"}, reserves=3, posts=1)]


def test_a_one_to_three_ratio_needs_three_reserves_per_seat() -> None:
    cadres = people(15, "qianshan", "huxi/fuzhenzhang")
    [ratio] = ratio_checks([QIANSHAN, HUXI], cadres, one_to_three())
    assert (ratio.unit_id, ratio.posts, ratio.seats, ratio.required) == ("huxi", 3, 5, 15)
    assert ratio.reserves == 15
    assert ratio.ok


def test_one_reserve_short_of_the_ratio_fails() -> None:
    cadres = people(14, "huxi", "huxi/shuji")
    [ratio] = ratio_checks([HUXI], cadres, one_to_three())
    assert (ratio.reserves, ratio.required, ratio.ok) == (14, 15, False)


@pytest.mark.parametrize(
    ("reserves", "posts", "seats", "required"),
    [(3, 1, 5, 15), (2, 3, 5, 4), (3, 2, 3, 5), (1, 3, 3, 1), (1, 3, 4, 2), (3, 1, 0, 0)],
)
def test_required_is_the_ratio_times_the_seats_rounded_up(
    reserves: int, posts: int, seats: int, required: int
) -> None:
    """required = ceil(reserves / posts × seats), in whole numbers: 2:3 of 5 seats is 10/3 →
    4; 1:3 of 3 seats is exactly 1 (no float drift to 2)."""
    check = RatioCheck("u", "某单位", "乡镇", 1, seats, 0, posts, reserves)
    assert check.required == required


def test_a_reserve_targeting_two_posts_of_the_unit_counts_once() -> None:
    cadres = [person(1, "huxi", "huxi/shuji", "huxi/zhenzhang")]
    [ratio] = ratio_checks([HUXI], cadres, one_to_three())
    assert ratio.reserves == 1


def test_where_a_reserve_works_does_not_matter_to_the_ratio() -> None:
    """Only the target posts count: the township's own people targeting nothing there are not
    its reserves; an exited reserve and a post of another unit are not either."""
    cadres = [
        *people(2, "huxi"), person(3, "qianshan", "huxi/zhenzhang"),
        person(4, "huxi", "qianshan/shuji"), exited(5, "huxi", "huxi/shuji"),
    ]  # fmt: skip
    [ratio] = ratio_checks([QIANSHAN, HUXI], cadres, one_to_three())
    assert ratio.reserves == 1


def test_a_unit_with_no_reserves_for_its_posts() -> None:
    [ratio] = ratio_checks([HUXI], [], one_to_three(unit="huxi"))
    assert (ratio.reserves, ratio.required, ratio.ok) == (0, 15, False)


def test_a_ratio_naming_a_unit_that_does_not_exist_fails() -> None:
    [ratio] = ratio_checks([HUXI], [], one_to_three(unit="nowhere"))
    assert (ratio.unit_name, ratio.required, ratio.ok) == (None, 0, False)


# ---- check refuses rules it cannot apply ----------------------------------------------------


def coverage_config(**coverage: Any) -> Config:
    return Config.model_validate(
        {
            "schema_version": 1, "organization": {"name": "组织部"}, "ids": {"prefix": "QX"},
            "ranks": [{"name": "副科"}, {"name": "正科"}], "coverage": coverage,
        }
    )  # fmt: skip


def codes(settings: Config) -> list[tuple[str, str]]:
    from cadrectl.core.problems import format_path

    return [(p.code, format_path(p.field)) for p in config_problems("cadrectl.yaml", settings)]


def test_good_rules_pass_check() -> None:
    settings = coverage_config(
        units=[{"kind": "村", "min": 5, "max": 7}, {"unit": "qianshan", "min": 8}],
        ratios=[{"kind": "乡镇", "reserves": 3}],
    )
    assert codes(settings) == []
    assert settings.coverage.ratios[0].posts == 1  # 1:3 needs only reserves: 3


def test_a_rule_without_bounds_is_refused() -> None:
    assert codes(coverage_config(units=[{"kind": "村"}])) == [
        ("coverage-rule-no-bound", "coverage.units[0]")
    ]


def test_a_rule_with_min_above_max_is_refused() -> None:
    assert codes(coverage_config(units=[{"kind": "村", "min": 7, "max": 5}])) == [
        ("coverage-rule-reversed", "coverage.units[0]")
    ]


def test_a_kind_not_in_unit_kinds_is_refused() -> None:
    settings = coverage_config(units=[{"kind": "行政村", "min": 5}],
                               ratios=[{"kind": "乡镇机关", "reserves": 3}])  # fmt: skip
    assert codes(settings) == [
        ("unknown-code", "coverage.units[0].kind"),
        ("unknown-code", "coverage.ratios[0].kind"),
    ]


@pytest.mark.parametrize(
    "rule", [{"min": 5}, {"kind": "村", "unit": "qianshan", "min": 5}], ids=["neither", "both"]
)
def test_a_rule_names_a_kind_or_a_unit(rule: dict[str, Any]) -> None:
    assert codes(coverage_config(units=[rule])) == [("coverage-rule-selector", "coverage.units[0]")]


def test_two_rules_for_one_kind_are_refused() -> None:
    settings = coverage_config(ratios=[{"kind": "乡镇", "reserves": 3},
                                       {"kind": "乡镇", "reserves": 2}])  # fmt: skip
    assert codes(settings) == [("coverage-rule-duplicate", "coverage.ratios[1]")]
