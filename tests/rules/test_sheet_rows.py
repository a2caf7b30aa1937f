"""One roster row read into a cadre's data, each unreadable cell reported at its column."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cadrectl.model.dates import PartialDate
from cadrectl.rules.sheet_layout import ALIASES
from cadrectl.rules.sheet_records import read_assessments, read_training
from cadrectl.rules.sheet_rows import read_row

TODAY = dt.date(2026, 12, 1)
UNITS = {"湖溪镇": "qx-huxi-zhen", "县财政局": "qx-caizhengju"}


def _read(**values: Any) -> Any:
    return read_row(values, units=UNITS, today=TODAY)


def test_a_full_row_reads_into_the_cadre_file_shape() -> None:
    row = _read(
        name="王立新", gender="男", ethnicity="汉", birth="1988.04(38岁)", native_place="浙江兰溪",
        party="中共党员", party_joined="2010.06", work_start="2010.08",
        fulltime_degree="大学学士", fulltime_school="浙江大学经济学",
        parttime_degree="研究生硕士", unit_post="湖溪镇党委委员、副镇长", rank="副科",
        post_since="2021.09", rank_since=2021.09, id_number="330781198804120032 ",
        direction="经济", target_rank="正科",
    )  # fmt: skip
    assert row.problems == []
    data = row.data
    assert (data["name"], data["gender"], data["ethnicity"]) == ("王立新", "男", "汉族")
    assert data["birth"] == PartialDate(1988, 4)
    assert data["party"] == {"status": "中共党员", "joined": PartialDate(2010, 6)}
    assert data["education"] == [
        {"kind": "全日制", "level": "大学", "degree": "学士", "school": "浙江大学经济学"},
        {"kind": "在职", "level": "研究生", "degree": "硕士"},
    ]
    assert data["current"] == {"unit": "qx-huxi-zhen", "post": "党委委员、副镇长", "rank": "副科",
                               "post_since": PartialDate(2021, 9),
                               "rank_since": PartialDate(2021, 9)}  # fmt: skip
    assert data["id_number"] == "330781198804120032"
    assert data["reserve"] == {"direction": "经济", "target_rank": "正科"}


def test_a_field_the_roster_lacks_stays_out() -> None:
    """No 身份证号 column: no id number is invented (the import warns per person)."""
    row = _read(name="王立新", gender="男", birth="1988.04")
    assert "id_number" not in row.data
    assert "party" not in row.data


def test_a_democratic_party_in_the_joining_column_is_no_cpc_date() -> None:
    """Rosters write 九三学社 or 2015.06；民建 in 入党时间: that is the party, not a CPC date."""
    plain = _read(name="李", party_joined="九三学社")
    assert plain.data["party"] == {"status": "九三学社社员"}
    dated = _read(name="李", party_joined="2015.06；民建")
    assert dated.data["party"] == {"status": "民建会员"}
    cpc = _read(name="李", party_joined="2015.06")
    assert cpc.data["party"] == {"status": "中共党员", "joined": PartialDate(2015, 6)}


def test_a_grouped_rosters_unit_stands_for_the_row() -> None:
    row = read_row({"name": "王立新", "post": "副镇长"}, units=UNITS, group="一、湖溪镇",
                   today=TODAY)  # fmt: skip
    assert row.data["current"] == {"unit": "qx-huxi-zhen", "post": "副镇长"}


def test_each_unreadable_cell_is_reported_at_its_column() -> None:
    row = _read(name="王立新", gender="M", ethnicity="火星族", birth="八八年", party="党外",
                fulltime_degree="本科毕业", unit_post="某某局副局长",
                id_number=3.30781198804120e17, work_start="2010.13")  # fmt: skip
    found = {(p.field, p.code) for p in row.problems}
    assert found == {
        ("gender", "gender-unknown"), ("ethnicity", "ethnicity-unknown"),
        ("birth", "date-unreadable"), ("party", "party-unknown"),
        ("fulltime_degree", "education-unreadable"), ("unit_post", "unit-unknown"),
        ("id_number", "id-number-as-number"), ("work_start", "date-invalid"),
    }  # fmt: skip
    assert row.data == {"name": "王立新"}  # nothing guessed for the cells at fault


# ---- any cell, any field: read or refused, never a crash ---------------------------------------


CELLS = st.one_of(
    st.none(), st.text(max_size=30), st.integers(-10**20, 10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(), st.datetimes(), st.sampled_from(["1985.03", "85.13", "198502", "２０１１．１０"]),
)  # fmt: skip
FIELDS = sorted(set(ALIASES) | {"grade:2025"})


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), CELLS, max_size=12), st.sampled_from(FIELDS))
def test_any_cells_are_read_or_reported_never_a_crash(
    values: dict[str, object], shown: str
) -> None:
    row = read_row(values, units=UNITS, group="湖溪镇", formats={shown: "0.00"}, today=TODAY)
    for problem in row.problems:
        assert problem.field in values or problem.field in ("unit", "unit_post")
    read_assessments(values)
    read_training(values, {shown: "yyyy.mm.dd"}, TODAY)
