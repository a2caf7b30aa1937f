"""Roster columns that print as rosters are read: 工作单位及职务 without the unit twice, and a
民主党派 member's joining date never taken for a CPC one (issue 16, 7)."""

from __future__ import annotations

from typing import Any

import pytest

from cadrectl.exports.columns import party_joined, unit_and_post
from cadrectl.model.cadre import Cadre
from tests.rules.test_cadre_rules import cadre


@pytest.mark.parametrize(
    ("unit", "post", "shown"),
    [
        ("青溪县人大常委会", "县人大常委会副主任", "青溪县人大常委会副主任"),
        ("县财政局", "财政局副局长", "县财政局副局长"),
        ("县财政局", "局长", "县财政局局长"),  # one character is no repetition
        ("湖溪镇", "党委委员、副镇长", "湖溪镇党委委员、副镇长"),
        ("湖溪镇", "镇长", "湖溪镇镇长"),
        ("湖溪镇", "湖溪镇党委书记", "湖溪镇党委书记"),
    ],
)
def test_the_unit_is_not_repeated_where_the_post_names_it(unit: str, post: str, shown: str) -> None:
    assert unit_and_post(unit, post) == shown


def _joined(**party: Any) -> str:
    return party_joined(Cadre.model_validate(cadre(party=party)))


def test_the_joining_column_says_which_party() -> None:
    assert _joined(status="中共党员", joined="2010-06") == "2010.06"
    assert _joined(status="民建会员", joined="2015-06") == "2015.06；民建"
    assert _joined(status="九三学社社员") == "九三学社"
    assert _joined(status="群众") == ""
    assert _joined(status="共青团员") == ""


def test_the_family_column_prints_a_member_a_line_and_the_deceased_as_such() -> None:
    import datetime as dt

    from cadrectl.exports.columns import FIELDS, RowContext

    family = [{"relation": "妻子", "name": "陈静怡", "birth": "1985-06", "party": "中共党员",
               "work": "青溪县第一中学教师"},
              {"relation": "母亲", "name": "王秀英", "deceased": True}]  # fmt: skip
    person = Cadre.model_validate(cadre(family=family, form={"rewards": "2019年 县优秀党员"}))
    ctx = RowContext(as_of=dt.date(2026, 12, 1), unit_names={}, placements={}, mask_id=False)
    assert (
        FIELDS["family"].get(person, ctx)
        == "妻子 陈静怡 1985.06 中共党员 青溪县第一中学教师\n母亲 王秀英 已去世"
    )
    assert FIELDS["rewards"].get(person, ctx) == "2019年 县优秀党员"
