"""export roster: golden values and layout, text never a formula, reproducible bytes, order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cadrectl.exports.name_order import name_key, strokes
from tests.exports.golden import assert_golden, no_formulas, print_settings

AS_OF = "2026-11-01"


def describe(path: Path, data_rows: int = 5) -> dict[str, Any]:
    """What a clerk sees and prints, as data: values, merges, fonts, print settings."""
    ws = load_workbook(path)["后备干部名册"]
    header_end = 4 if ws.cell(4, 1).value is None else 3
    body = ws.cell(header_end + 1, 2)
    return {
        "title": ws["A1"].value,
        "filing": [ws["A2"].value, *[c.value for c in ws[2] if c.value][1:]],
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "header": [[c.value for c in row] for row in ws.iter_rows(min_row=3, max_row=header_end)],
        "rows": [[c.value for c in row] for row in ws.iter_rows(min_row=header_end + 1,
                                                                 max_row=header_end + data_rows)],
        "row_count": ws.max_row - header_end,
        "fonts": {"title": [ws["A1"].font.name, ws["A1"].font.sz, ws["A1"].font.b],
                  "header": [ws["A3"].font.name, ws["A3"].font.b],
                  "body": [body.font.name, body.font.sz]},
        "border": ws.cell(header_end + 1, 2).border.left.style,
        "wrap": ws.cell(header_end + 1, 2).alignment.wrap_text,
        "print": {**print_settings(ws), "freeze": ws.freeze_panes},
        "widths": [ws.column_dimensions[c].width for c in "ABCDE"],
    }  # fmt: skip


@pytest.mark.parametrize("template", ["科级", "县级"])
def test_roster_golden(example: Path, cli: Any, tmp_path: Path, template: str,
                       request: pytest.FixtureRequest) -> None:  # fmt: skip
    out = tmp_path / "roster.xlsx"
    result = cli("-R", example, "export", "roster", "-t", template, "-o", out, "--as-of", AS_OF,
                 "--mask-id")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert_golden(f"roster-{template}", describe(out), request)
    no_formulas(out)


def test_the_default_template_without_rosters_in_config(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "r.xlsx"
    assert cli("-R", registry, "export", "roster", "-o", out, "--as-of", AS_OF).exit_code == 0
    got = describe(out)
    assert got["title"] == "青溪县后备干部名册"
    assert got["header"][0][8] == "全日制教育"
    assert got["header"][1][8] == "学历学位"
    assert "I3:J3" in got["merged"]
    assert "A3:A4" in got["merged"]
    assert got["rows"][0][:5] == [1, "王立新", "男", "汉族", "1988.04(38岁)"]


def test_text_that_looks_like_a_formula_stays_text(
    registry: Path, cli: Any, tmp_path: Path
) -> None:
    path = registry / "cadres" / "QX-2023-014.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("name: 王立新", 'name: "=HYPERLINK(\\"x\\")"')
    text = text.replace("post: 党委委员、副镇长, rank", 'post: "+1+2", rank')
    text = text.replace("native_place: 浙江兰溪", 'native_place: "@SUM(A1)"')
    text = text.replace("health: 健康", 'health: "-3"')
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert cli("-R", registry, "export", "roster", "-o", out, "--as-of", AS_OF).exit_code == 0
    no_formulas(out)
    row = [c.value for c in load_workbook(out).active[5]]
    assert row[1] == '=HYPERLINK("x")'
    assert row[5] == "@SUM(A1)"
    assert str(row[12]).endswith("+1+2")


def test_mask_id_keeps_six_and_four(example: Path, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    cli("-R", example, "export", "roster", "-t", "县级", "-o", out, "--as-of", AS_OF, "--mask-id")
    numbers = [c.value for c in load_workbook(out).active["G"][3:]]
    assert numbers
    assert all(len(n) == 18 and n[6:14] == "********" for n in numbers)


def test_the_same_commit_and_options_give_the_same_bytes(
    example: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    cli("-R", example, "export", "roster", "-o", first, "--as-of", AS_OF)
    cli("-R", example, "export", "roster", "-o", second, "--as-of", AS_OF)
    assert first.read_bytes() == second.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    cli("-R", example, "export", "roster", "-o", second, "--as-of", AS_OF)
    assert first.read_bytes() != second.read_bytes()
    props = load_workbook(second).properties
    assert props.created.year == 2023


def test_refusals(example: Path, cli: Any, tmp_path: Path) -> None:
    assert cli("-R", example, "export", "roster", "-o", tmp_path / "r.csv").exit_code == 2
    result = cli("-R", example, "export", "roster", "-t", "省级", "-o", tmp_path / "r.xlsx")
    assert result.exit_code == 2
    assert "科级" in result.stderr


def test_order_is_tier_then_rank_then_strokes(example: Path, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    cli("-R", example, "export", "roster", "-o", out, "--as-of", AS_OF)
    ws = load_workbook(out).active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    tiers = ["第一层次", "第二层次", "第三层次", "未定层次"]
    order = [tiers.index(row[16]) for row in rows]
    assert order == sorted(order)
    first_tier = [row[1] for row in rows if row[16] == "第一层次"]
    assert len(first_tier) > 10


def test_stroke_counts_and_name_keys() -> None:
    assert [strokes(ch) for ch in "王李黄丁"] == [4, 7, 11, 2]
    names = ["黄磊", "丁一", "王芳", "王一"]
    assert sorted(names, key=lambda n: name_key(n, "stroke")) == ["丁一", "王一", "王芳", "黄磊"]
    assert sorted(names, key=lambda n: name_key(n, "pinyin")) == ["丁一", "黄磊", "王芳", "王一"]


def test_the_config_check_knows_every_field_a_roster_can_show() -> None:
    from cadrectl.exports.columns import FIELDS
    from cadrectl.rules.roster_rules import ROSTER_FIELDS

    assert tuple(FIELDS) == ROSTER_FIELDS


def test_the_filing_date_is_apart_from_the_as_of_date(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    """Ages 截至 12-31, the roster filed on 12-01: two dates, each where it belongs."""
    out = tmp_path / "r.xlsx"
    args = ("-R", example, "export", "roster", "-o", out, "--as-of", "2026-12-31")
    assert cli(*args, "--filed-on", "2026-12-01").exit_code == 0
    line = [c.value for c in load_workbook(out).active[2] if c.value]
    assert line[-1] == "填报日期：2026年12月1日"
    assert cli(*args).exit_code == 0  # by default the as-of date, as before
    line = [c.value for c in load_workbook(out).active[2] if c.value]
    assert line[-1] == "填报日期：2026年12月31日"
    assert cli(*args, "--filed-on", "2026-13-01").exit_code == 2
