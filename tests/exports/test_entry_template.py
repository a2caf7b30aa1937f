"""The blank entry sheets (填报表) of ``cadrectl export template`` (issue 16, 5): headers the
importer recognises, drop-down lists of the registry's codes, text cells where Excel would
spoil a date or an id number, and a 填表说明."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries

from cadrectl.exports.entry_columns import COLUMNS, KINDS
from cadrectl.exports.entry_template import REQUIRED_FILL
from cadrectl.model.codes import ETHNICITY_NAMES, GENDER_NAMES
from cadrectl.rules.sheet_layout import ALIASES, find_table
from cadrectl.store.sheets import read_sheets

FIRST_ROW = {"roster": 5, "assessments": 4, "trainings": 4, "nominations": 4}
DATE_FIELDS = {"birth", "party_joined", "work_start", "post_since", "rank_since", "entered",
               "from", "to", "nominated"}  # fmt: skip
# field → the list its drop-down offers, by the registry-example's cadrectl.yaml
EXAMPLE_LISTS = {
    "gender": list(GENDER_NAMES),
    "ethnicity": list(ETHNICITY_NAMES),
    "party": ["中共党员", "中共预备党员", "共青团员", "民革会员", "民盟盟员", "民建会员",
              "民进会员", "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士",
              "群众"],
    "rank": ["科员", "副科", "正科", "副处", "正处"],
    "target_rank": ["科员", "副科", "正科", "副处", "正处"],
    "direction": ["经济", "政法", "社会事业", "城建交通", "农业农村", "党群综合"],
    "source": ["个人自荐", "群众举荐", "组织推荐", "公开选拔", "公推公选"],
    "nomination_source": ["个人自荐", "群众举荐", "组织推荐", "公开选拔", "公推公选"],
    "grade": ["优秀", "称职", "基本称职", "不称职", "不定等次"],
}  # fmt: skip


def template(cli: Any, root: Path, out: Path, kind: str, *args: str) -> Path:
    result = cli("-R", root, "export", "template", kind, "-o", out, *args)
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each kind's template of registry-example, written once for the module's tests."""
    import shutil

    from cadrectl.cli.app import run
    from tests.conftest import EXAMPLE

    folder = tmp_path_factory.mktemp("templates")
    root = folder / "example"
    shutil.copytree(EXAMPLE, root)
    written = {}
    for kind in KINDS:
        out = folder / f"{kind}.xlsx"
        assert run(["-R", str(root), "export", "template", kind, "-o", str(out)]) == 0
        written[kind] = out
    return written


def header_columns(ws: Any, kind: str) -> dict[str, int]:
    """Each header as the importer spells it (``全日制教育/学历学位``) → its column."""
    upper_row = 3
    two_levels = FIRST_ROW[kind] == 5
    found: dict[str, int] = {}
    upper = ""
    for col in range(1, ws.max_column + 1):
        upper = ws.cell(upper_row, col).value or upper
        lower = ws.cell(upper_row + 1, col).value if two_levels else None
        found[f"{upper}/{lower}" if lower else upper] = col
    return found


def column_of(kind: str, field: str) -> str:
    index = next(i for i, c in enumerate(COLUMNS[kind], start=1) if c.field == field)
    return str(get_column_letter(index))


def code_values(wb: Any, formula: str) -> list[str]:
    """The values a list validation's range (``'代码'!$B$2:$B$59``) holds."""
    sheet, _, cells = formula.rpartition("!")
    ws = wb[sheet.strip("'")]
    min_col, min_row, _, max_row = range_boundaries(cells.replace("$", ""))
    return [ws.cell(r, min_col).value for r in range(min_row, max_row + 1)]


@pytest.mark.parametrize("kind", KINDS)
def test_each_header_is_the_first_alias_of_its_field(sheets: dict[str, Path], kind: str) -> None:
    ws = load_workbook(sheets[kind]).worksheets[0]
    headers = header_columns(ws, kind)
    assert list(headers) == [ALIASES[c.field][0] for c in COLUMNS[kind]]


@pytest.mark.parametrize("kind", KINDS)
def test_the_importer_finds_every_column_of_the_blank_sheet(
    sheets: dict[str, Path], kind: str
) -> None:
    first = read_sheets(sheets[kind])[0]
    table = find_table(first.rows, first.merged)
    assert table is not None
    assert sorted(table.header.columns.values()) == sorted(c.field for c in COLUMNS[kind])
    assert table.header.unknown == {}
    assert table.rows == []  # blank bordered rows are no data, and no group titles either


def test_the_roster_has_two_header_levels_for_the_education_columns(
    sheets: dict[str, Path],
) -> None:
    ws = load_workbook(sheets["roster"]).worksheets[0]
    merged = {str(r) for r in ws.merged_cells.ranges}
    full, school = column_of("roster", "fulltime_degree"), column_of("roster", "fulltime_school")
    part, other = column_of("roster", "parttime_degree"), column_of("roster", "parttime_school")
    assert {f"{full}3:{school}3", f"{part}3:{other}3", "A3:A4", "B3:B4"} <= merged
    assert ws[f"{full}3"].value == "全日制教育"
    assert ws[f"{full}4"].value == "学历学位"
    assert ws[f"{school}4"].value == "毕业院校系及专业"
    assert ws["A1"].value == "青溪县后备干部名册（填报表）"
    assert ws["A2"].value.startswith("填报单位")
    assert any(str(c.value or "").startswith("填报日期") for c in ws[2])


@pytest.mark.parametrize("kind", KINDS)
def test_the_coded_columns_offer_the_registrys_lists(sheets: dict[str, Path], kind: str) -> None:
    wb = load_workbook(sheets[kind])
    ws = wb.worksheets[0]
    first, last = FIRST_ROW[kind], FIRST_ROW[kind] + 199
    offered: dict[str, list[str]] = {}
    for rule in ws.data_validations.dataValidation:
        assert rule.type == "list"
        assert rule.formula1.startswith("'代码'!")
        for cells in str(rule.sqref).split():
            offered[cells] = code_values(wb, rule.formula1)
    for column in COLUMNS[kind]:
        letter = column_of(kind, column.field)
        cells = f"{letter}{first}:{letter}{last}"
        if column.field in EXAMPLE_LISTS:
            assert offered.pop(cells) == EXAMPLE_LISTS[column.field], column.field
        elif column.choices is not None:  # 学历学位 and 工作单位: lists a unit may go beyond
            assert offered.pop(cells), column.field
    assert offered == {}  # no other column has a list


def test_the_open_lists_warn_but_let_a_value_stand(sheets: dict[str, Path]) -> None:
    wb = load_workbook(sheets["roster"])
    ws = wb.worksheets[0]
    styles = {str(rule.sqref).split()[0][0]: rule for rule in ws.data_validations.dataValidation}
    unit, degree = column_of("roster", "unit"), column_of("roster", "fulltime_degree")
    assert styles[unit].errorStyle == "warning"
    assert "湖溪镇" in code_values(wb, styles[unit].formula1)  # the registry's units
    assert styles[degree].errorStyle == "warning"
    assert {"大学学士", "研究生硕士", "大专"} <= set(code_values(wb, styles[degree].formula1))
    assert styles[column_of("roster", "ethnicity")].errorStyle == "stop"


@pytest.mark.parametrize("kind", KINDS)
def test_dates_and_id_numbers_are_text_cells_in_every_blank_row(
    sheets: dict[str, Path], kind: str
) -> None:
    ws = load_workbook(sheets[kind]).worksheets[0]
    first, last = FIRST_ROW[kind], FIRST_ROW[kind] + 199
    assert ws.max_row == last
    for column in COLUMNS[kind]:
        letter = column_of(kind, column.field)
        for row in (first, first + 100, last):
            cell = ws[f"{letter}{row}"]
            assert cell.value is None
            assert cell.border.left.style == "thin"
            if column.field in DATE_FIELDS | {"id_number", "name"}:
                assert cell.number_format == "@", (column.field, row)
            if column.field in {"seq", "year", "hours", "days"}:
                assert cell.number_format == "General", column.field


@pytest.mark.parametrize("kind", KINDS)
def test_the_sheet_prints_on_a4_landscape_with_the_header_on_every_page(
    sheets: dict[str, Path], kind: str
) -> None:
    ws = load_workbook(sheets[kind]).worksheets[0]
    first = FIRST_ROW[kind]
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"$3:${first - 1}"
    after_name = get_column_letter(column_index_from_string(column_of(kind, "name")) + 1)
    assert ws.freeze_panes == f"{after_name}{first}"  # the header and the names stay in view
    for index, column in enumerate(COLUMNS[kind], start=1):
        assert ws.column_dimensions[get_column_letter(index)].width >= column.width


def test_the_required_columns_are_yellow_and_marked_in_the_guide(sheets: dict[str, Path]) -> None:
    wb = load_workbook(sheets["roster"])
    ws = wb.worksheets[0]
    headers = header_columns(ws, "roster")
    yellow = {
        text for text, col in headers.items()
        if ws.cell(4 if "/" in text else 3, col).fill.fgColor.rgb.endswith(REQUIRED_FILL)
    }  # fmt: skip
    # the model's own required fields, and the county profile's (rank and its dates)
    assert yellow == {"姓名", "性别", "民族", "出生年月", "政治面貌", "参加工作时间", "工作单位",
                      "现任职务", "职级", "任现职时间", "任现职级时间", "培养方向", "拟培养层级",
                      "来源"}  # fmt: skip
    guide = wb["填表说明"]
    marked = {row[1] for row in guide.iter_rows(values_only=True) if row[3:4] == ("是",)}
    assert marked == yellow


def test_the_guide_says_how_to_fill_in_and_where_to_send_it(sheets: dict[str, Path]) -> None:
    wb = load_workbook(sheets["roster"])
    assert wb.sheetnames == ["填报表", "填表说明", "代码"]
    assert wb["代码"].sheet_state == "hidden"
    text = "\n".join(str(v) for row in wb["填表说明"].iter_rows(values_only=True) for v in row if v)
    for words in ("1985.03", "身份证号", "每行填写一人", "大学学士", "湖溪镇", "党委委员、副镇长",
                  "中共青溪县委组织部", "必填"):  # fmt: skip
        assert words in text, words
    assert "全日制教育—学历学位" in text


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_its_guide(sheets: dict[str, Path], kind: str) -> None:
    wb = load_workbook(sheets[kind])
    labels = [row[1] for row in wb["填表说明"].iter_rows(values_only=True) if len(row) > 1]
    for column in COLUMNS[kind]:
        assert ALIASES[column.field][0].replace("/", "—") in labels


def test_the_profiles_required_fields_are_marked(example: Path, cli: Any, tmp_path: Path) -> None:
    config = example / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + "fields:\n  required: [id_number, native_place]\n", encoding="utf-8")
    ws = load_workbook(template(cli, example, tmp_path / "t.xlsx", "roster")).worksheets[0]
    headers = header_columns(ws, "roster")

    def yellow(text: str) -> bool:
        return bool(ws.cell(3, headers[text]).fill.fgColor.rgb.endswith(REQUIRED_FILL))

    assert yellow("身份证号")
    assert yellow("籍贯")
    assert not yellow("职级")  # no longer asked for by this profile


def test_rows_sets_the_blank_rows(example: Path, cli: Any, tmp_path: Path) -> None:
    ws = load_workbook(template(cli, example, tmp_path / "t.xlsx", "trainings", "--rows", "30"))
    sheet = ws.worksheets[0]
    assert sheet.max_row == 3 + 30
    assert {str(r.sqref) for r in sheet.data_validations.dataValidation} == set()


def test_the_sheet_is_chinese_and_the_same_bytes_whatever_the_language(
    example: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zh = template(cli, example, tmp_path / "zh.xlsx", "assessments").read_bytes()
    monkeypatch.setenv("CADRECTL_LANG", "en")
    result = cli("-R", example, "export", "template", "assessments", "-o", tmp_path / "en.xlsx")
    assert result.exit_code == 0, result.stderr
    assert "assessments" in result.stdout
    assert (tmp_path / "en.xlsx").read_bytes() == zh
