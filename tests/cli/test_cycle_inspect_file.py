"""``cycle inspect --template`` and ``--from-file``: the bulk file, its schema, its refusals."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cadrectl.store import fastyaml
from tests.conftest import PROJECT, git
from tests.integrity.registries import cadrectl, example_registry, head, records_file
from tests.test_schemas import check_jsonschema

SCHEMA = PROJECT / "schemas" / "inspections.schema.json"
EXITED = "QX-2019-004"  # an exited (or used) reserve of registry-example


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """registry-example with the 2026 cycle open (built once; each test takes a copy)."""
    root = example_registry(tmp_path_factory.mktemp("opened") / "registry")
    cadrectl(root, "cycle", "open", "2026", "--date", "2026-09-01", check=True)
    return root


@pytest.fixture
def root(opened: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "registry"
    shutil.copytree(opened, copy, symlinks=True)
    return copy


def run(cli: Any, root: Path, *args: str | Path) -> Any:
    result = cli("-R", root, *args)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result


def missing(cli: Any, root: Path) -> set[tuple[str, str]]:
    """(id, kind) of every record ``cycle status`` says the year still misses."""
    found = run(cli, root, "cycle", "inspect", "--format", "json").json()["missing"]
    return {
        (m["id"], kind)
        for m in found
        for kind in ("assessment", "inspection")
        if m[kind]
    }  # fmt: skip


def yaml_items(path: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = fastyaml.parse(path.read_text(encoding="utf-8"))
    return items


def sheet_rows(path: Path) -> list[dict[str, Any]]:
    """The data rows of a template workbook, by header."""
    ws = load_workbook(path, read_only=True)["待录入"]
    rows = list(ws.iter_rows(values_only=True))
    header = rows[2]
    return [dict(zip(header, row, strict=False)) for row in rows[3:]]


def fill_yaml(template: Path, out: Path, *, only: int | None = None) -> Path:
    """The template with each item's grade or inspection fields filled (the first ``only``)."""
    items = yaml_items(template)
    lines = []
    for index, item in enumerate(items):
        if only is not None and index >= only:
            break
        if item["kind"] == "assessment":
            lines.append(f"- {{cadre: {item['cadre']}, kind: assessment, year: 2026, grade: 称职}}")
        else:
            lines.append(f"- {{cadre: {item['cadre']}, kind: inspection, date: 2026-09-10, "
                         "by: 县委组织部考察组, conclusion: 继续培养}")  # fmt: skip
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def unchanged(root: Path, before: str) -> None:
    assert head(root) == before
    assert git(root, "status", "--porcelain") == ""


# ---- the template -------------------------------------------------------------------------------


def test_the_yaml_template_lists_exactly_the_missing_records(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    before = head(root)
    out = tmp_path / "待录入.yaml"
    result = run(cli, root, "cycle", "inspect", "--template", "-o", out)
    items = yaml_items(out)
    assert {(item["cadre"], item["kind"]) for item in items} == missing(cli, root)
    assert len(items) == len(missing(cli, root))  # one item a missing record
    assessment = next(item for item in items if item["kind"] == "assessment")
    assert assessment["year"] == 2026
    assert assessment["grade"] is None
    inspection = next(item for item in items if item["kind"] == "inspection")
    assert inspection["date"] is None
    assert inspection["conclusion"] is None
    assert f"{len(items)} 条" in result.stdout
    unchanged(root, before)  # a template is no change: no commit, nothing written inside


def test_a_template_names_its_schema_relative_inside_the_registry_absolute_outside(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    inside = root / "考察" / "t.yaml"
    inside.parent.mkdir()
    run(cli, root, "cycle", "inspect", "--template", "-o", inside)
    first = inside.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/inspections.schema.json"
    outside = tmp_path / "t.yaml"
    run(cli, root, "cycle", "inspect", "--template", "-o", outside)
    first = outside.read_text(encoding="utf-8").splitlines()[0]
    uri = first.removeprefix("# yaml-language-server: $schema=")
    assert uri == (root / "schemas" / "inspections.schema.json").resolve().as_uri()


def test_the_xlsx_template_lists_the_same_records_ready_to_print(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "待录入.xlsx"
    run(cli, root, "cycle", "inspect", "--template", "-o", out)
    rows = sheet_rows(out)
    kinds = {"年度考核": "assessment", "考察": "inspection"}
    assert {(row["编号"], kinds[row["记录种类"]]) for row in rows} == missing(cli, root)
    assert len(rows) == len(missing(cli, root))
    assert all(row["姓名"] and row["单位及职务"] for row in rows)
    assert all(row["考核年度"] == (2026 if row["记录种类"] == "年度考核" else None) for row in rows)
    assert all(row["考核等次"] is None and row["考察结论"] is None for row in rows)
    ws = load_workbook(out)["待录入"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$3:$3"
    lists = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    last = 3 + len(rows)
    assert lists == {
        f"E4:E{last}": '"年度考核,考察"',
        f"G4:G{last}": '"优秀,称职,基本称职,不称职,不定等次"',
    }
    assert ws["G4"].border.left.style == "thin"
    assert ws["I4"].number_format == "@"


def test_the_template_shrinks_as_records_come_in_and_leaves_out_the_waived(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    active = sorted({cadre for cadre, _ in missing(cli, root)})
    run(cli, root, "cycle", "inspect", "--from-file",
        records_file(tmp_path / "some.yaml", active[:3]))  # fmt: skip
    run(cli, root, "cycle", "inspect", "--waive", active[3], "--reason", "病休")
    run(cli, root, "cycle", "inspect", "--template", "-o", tmp_path / "t.yaml")
    run(cli, root, "cycle", "inspect", "--template", "-o", tmp_path / "t.xlsx")
    listed = {item["cadre"] for item in yaml_items(tmp_path / "t.yaml")}
    assert listed.isdisjoint(active[:4])
    assert {(i["cadre"], i["kind"]) for i in yaml_items(tmp_path / "t.yaml")} == missing(cli, root)
    assert {row["编号"] for row in sheet_rows(tmp_path / "t.xlsx")} == listed


def test_a_complete_year_writes_no_template(cli: Any, root: Path, tmp_path: Path) -> None:
    active = sorted({cadre for cadre, _ in missing(cli, root)})
    run(cli, root, "cycle", "inspect", "--from-file", records_file(tmp_path / "all.yaml", active))
    result = run(cli, root, "cycle", "inspect", "--template", "-o", tmp_path / "t.yaml")
    assert "已全部完成" in result.stdout
    assert not (tmp_path / "t.yaml").exists()


def test_an_existing_output_is_never_overwritten(cli: Any, root: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    out.write_bytes(b"the clerk's half-filled sheet")
    result = cli("-R", root, "cycle", "inspect", "--template", "-o", out)
    assert result.exit_code == 1
    assert "已存在" in result.stderr
    assert out.read_bytes() == b"the clerk's half-filled sheet"


@pytest.mark.parametrize(
    "args",
    [
        ("--template",),
        ("-o", "t.yaml"),
        ("--template", "-o", "t.yaml", "--from-file", "x.yaml"),
        ("--template", "-o", "t.yaml", "--waive", "QX-2019-001"),
        ("--template", "-o", "t.csv"),
    ],
)
def test_template_options_that_do_not_go_together_are_usage_errors(
    cli: Any, root: Path, args: tuple[str, ...]
) -> None:
    result = cli("-R", root, "cycle", "inspect", *args)
    assert result.exit_code == 2, result.stdout + result.stderr


# ---- entering a filled template -----------------------------------------------------------------


def test_a_filled_yaml_template_enters_in_one_commit_and_check_passes(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    before = head(root)
    template = tmp_path / "t.yaml"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    wanted = len(yaml_items(template))
    result = run(cli, root, "cycle", "inspect", "--from-file", fill_yaml(template, template))
    assert f"批量录入 {wanted} 条记录" in result.stdout
    assert head(root, "HEAD~1") == before
    assert missing(cli, root) == set()
    assert cli("-R", root, "check").exit_code == 0
    assert git(root, "status", "--porcelain") == ""


def test_a_partly_filled_yaml_template_enters_the_filled_and_again_only_the_new(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    template = tmp_path / "t.yaml"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    text = template.read_text(encoding="utf-8")
    first = text.replace("  grade:\n", "  grade: 优秀\n", 2)
    template.write_text(first, encoding="utf-8")
    result = run(cli, root, "cycle", "inspect", "--from-file", template)
    assert "批量录入 2 条记录" in result.stdout
    total = len(yaml_items(template))
    assert f"{total - 2} 条的考核等次或考察结论还空着" in result.stdout
    # filled some more: the two entered before are skipped, not refused
    template.write_text(first.replace("  grade:\n", "  grade: 称职\n", 1), encoding="utf-8")
    result = run(cli, root, "cycle", "inspect", "--from-file", template)
    assert "批量录入 1 条记录" in result.stdout
    assert "2 条与档案中已有的记录完全相同" in result.stdout
    before = head(root)
    result = run(cli, root, "cycle", "inspect", "--from-file", template)  # once more: no change
    assert "没有变化" in result.stdout
    assert head(root) == before


def test_a_template_with_nothing_filled_in_is_refused(cli: Any, root: Path, tmp_path: Path) -> None:
    before = head(root)
    template = tmp_path / "t.yaml"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    result = cli("-R", root, "cycle", "inspect", "--from-file", template)
    assert result.exit_code == 1
    assert "没有填写好的记录" in result.stderr
    unchanged(root, before)


def fill_sheet(template: Path, out: Path, count: int) -> list[tuple[str, str]]:
    """Fill the first ``count`` rows the way a clerk would: a grade from the list, a date as a
    date cell or as 2026.09.12 text; returns (id, kind) of the rows filled."""
    wb = load_workbook(template)
    ws = wb["待录入"]
    filled = []
    for row in ws.iter_rows(min_row=4, max_row=3 + count):
        cells = {ws.cell(3, cell.column).value: cell for cell in row}
        if cells["记录种类"].value == "年度考核":
            cells["考核等次"].value = "优秀"
            filled.append((cells["编号"].value, "assessment"))
        else:
            odd = len(filled) % 2
            cells["考察时间"].value = dt.datetime(2026, 9, 12) if odd else "2026.09.12"
            cells["考察组"].value = "县委组织部考察组"
            cells["考察结论"].value = "继续培养"
            filled.append((cells["编号"].value, "inspection"))
    ws.append([])  # an empty row at the end
    wb.save(out)
    return filled


def test_a_filled_xlsx_template_enters_in_one_commit_and_check_passes(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    before = head(root)
    template = tmp_path / "t.xlsx"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    filled = fill_sheet(template, tmp_path / "filled.xlsx", 6)
    result = run(cli, root, "cycle", "inspect", "--from-file", tmp_path / "filled.xlsx")
    assert "批量录入 6 条记录" in result.stdout
    assert head(root, "HEAD~1") == before
    assert missing(cli, root).isdisjoint(filled)
    assert cli("-R", root, "check").exit_code == 0
    cadre, _ = next(item for item in filled if item[1] == "inspection")
    data = fastyaml.parse((root / "cadres" / f"{cadre}.yaml").read_text(encoding="utf-8"))
    assert {"date": dt.date(2026, 9, 12), "by": "县委组织部考察组", "conclusion": "继续培养"} in (
        data["records"]["inspections"]
    )


def test_a_filled_template_refused_in_one_cell_names_its_row_and_column(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    before = head(root)
    template = tmp_path / "t.xlsx"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    fill_sheet(template, template, 4)
    wb = load_workbook(template)
    wb["待录入"]["G4"] = "良好"  # not on the scale
    wb["待录入"]["I5"] = "2026-13-01"
    wb.save(template)
    result = cli("-R", root, "cycle", "inspect", "--from-file", template)
    assert result.exit_code == 1
    assert f"{template}:待录入:4: 考核等次（grade）：“良好”" in result.stderr
    assert f"{template}:待录入:5: 考察时间（date）" in result.stderr
    assert "2 处问题" in result.stderr
    unchanged(root, before)


def test_a_workbook_without_the_id_column_is_refused(cli: Any, root: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["姓名", "考核等次"])
    wb.save(tmp_path / "x.xlsx")
    result = cli("-R", root, "cycle", "inspect", "--from-file", tmp_path / "x.xlsx")
    assert result.exit_code == 1
    assert "编号" in result.stderr


def test_a_file_that_is_no_workbook_is_refused(cli: Any, root: Path, tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_text("- {cadre: QX-2019-001}\n", encoding="utf-8")
    result = cli("-R", root, "cycle", "inspect", "--from-file", tmp_path / "x.xlsx")
    assert result.exit_code == 1
    assert "x.xlsx" in result.stderr


# ---- refusals: every problem, with its line and field; nothing written --------------------------

A = "- {cadre: QX-2019-001, kind: assessment, year: 2026, grade: 称职}"
INSPECTED = (
    "- {cadre: QX-2019-001, kind: inspection, date: 2026-09-10, by: 考察组, conclusion: 继续培养}"
)
B = "- {cadre: QX-2019-002, kind: assessment, year: 2026, grade: 称职}"


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        pytest.param(
            f"{A}\n- {{cadre: QX-2019-002, kind: assessment, year: 2026, grade: 良好}}\n",
            ":2:",
            ["grade", "良好", "优秀、称职"],
            id="wrong-grade",
        ),
        pytest.param(
            f"{A}\n{B}\n- {{cadre: QX-2019-002, kind: inspection, date: 2026-02-30, "
            "by: 考察组, conclusion: 好}\n",
            ":3:",
            ["date", "2026-02-30"],
            id="bad-date",
        ),
        pytest.param(
            f"{A}\n- cadre: QX-2019-002\n  kind: inspection\n  date: 2026.09\n"
            "  by: 考察组\n  conclusion: 好\n",
            ":4:",
            ["date", "2026.09"],
            id="dotted-date",
        ),
        pytest.param(
            f"{A}\n- {{cadre: QX-9999-999, kind: assessment, year: 2026, grade: 称职}}\n",
            ":2:",
            ["cadre", "QX-9999-999"],
            id="unknown-id",
        ),
        pytest.param(f"{A}\n{INSPECTED}\n{B}\n{A}\n", ":4:", ["year", "第 1 行"], id="duplicate"),
        pytest.param(
            f"{INSPECTED}\n{INSPECTED.replace('2026-09-10', '2026-10-08')}\n",
            ":2:",
            ["date", "第 1 行"],
            id="two-inspections-a-year",
        ),
        pytest.param(
            f"{A.replace('2026', '2025')}\n", ":1:", ["year", "2025", "2026"], id="other-year"
        ),
        pytest.param(
            f"- {{cadre: {EXITED}, kind: assessment, year: 2026, grade: 称职}}\n",
            ":1:",
            ["cadre", EXITED],
            id="not-active",
        ),
        pytest.param(
            f"{A}\n- {{cadre: QX-2019-002, kind: assesment, year: 2026}}\n",
            ":2:",
            ["kind", "assesment"],
            id="unknown-kind",
        ),
        pytest.param(
            f"{A}\n- {{cadre: QX-2019-002, kind: assessment, year: 2026, grade: 称职, "
            "grdae: 优秀}\n",
            ":2:",
            ["grdae"],
            id="unknown-key",
        ),
        pytest.param("cadre: QX-2019-001\nkind: assessment\n", ":1:", ["列表"], id="not-a-list"),
        pytest.param(
            f"{A}\n- {{cadre: QX-2019-002, kind: assessment\n", ":3:", ["YAML"], id="malformed"
        ),
        pytest.param(f"{A}\n- [QX-2019-002, assessment]\n", ":2:", ["映射"], id="item-not-mapping"),
        pytest.param(
            f"{A}\n- {{cadre: QX-2019-002, kind: assessment, year: 2026, grade: 称职, "
            "grade: 优秀}\n",
            ":2:",
            ["grade"],
            id="duplicate-key",
        ),
        pytest.param("", ":1:", ["空"], id="empty"),
    ],
)
def test_a_bad_bulk_file_is_refused_with_line_and_field_and_nothing_written(
    cli: Any, root: Path, tmp_path: Path, text: str, where: str, says: list[str]
) -> None:
    before = head(root)
    source = tmp_path / "records.yaml"
    source.write_text(text, encoding="utf-8")
    result = cli("-R", root, "cycle", "inspect", "--from-file", source)
    assert result.exit_code == 1, result.stdout
    assert f"{source}{where}" in result.stderr
    for word in says:
        assert word in result.stderr
    unchanged(root, before)


def test_a_gbk_file_is_refused_with_its_line(cli: Any, root: Path, tmp_path: Path) -> None:
    before = head(root)
    source = tmp_path / "records.yaml"
    source.write_bytes(f"{A}\n{B}\n".replace("称职", "优秀", 1).encode("gbk"))
    result = cli("-R", root, "cycle", "inspect", "--from-file", source)
    assert result.exit_code == 1
    assert f"{source}:1:1" in result.stderr
    assert "GBK" in result.stderr
    unchanged(root, before)


def test_every_problem_of_the_file_is_listed_at_once(cli: Any, root: Path, tmp_path: Path) -> None:
    source = tmp_path / "records.yaml"
    source.write_text(
        "- {cadre: QX-9999-999, kind: assessment, year: 2026, grade: 称职}\n"
        "- {cadre: QX-2019-001, kind: assessment, year: 2026, grade: 良好}\n"
        "- {cadre: QX-2019-002, kind: inspection, date: 2026-13-01, by: 组, conclusion: 好}\n"
        f"- {{cadre: {EXITED}, kind: assessment, year: 2026, grade: 称职}}\n",
        encoding="utf-8",
    )
    result = cli("-R", root, "cycle", "inspect", "--from-file", source)
    assert result.exit_code == 1
    assert "4 处问题" in result.stderr
    assert [f"{source}:{n}:" in result.stderr for n in (1, 2, 3, 4)] == [True] * 4


def test_a_record_differing_from_the_one_already_recorded_is_refused(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    source = tmp_path / "records.yaml"
    source.write_text(f"{A}\n", encoding="utf-8")
    run(cli, root, "cycle", "inspect", "--from-file", source)
    before = head(root)
    source.write_text(f"{A.replace('称职', '优秀')}\n", encoding="utf-8")
    result = cli("-R", root, "cycle", "inspect", "--from-file", source)
    assert result.exit_code == 1
    assert f"{source}:1:" in result.stderr
    assert "已有 2026 年的年度考核" in result.stderr
    unchanged(root, before)


def test_english_messages_name_the_field_by_its_key(
    cli: Any, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    source = tmp_path / "records.yaml"
    source.write_text(f"{A.replace('称职', '良好')}\n", encoding="utf-8")
    result = cli("-R", root, "cycle", "inspect", "--from-file", source)
    assert result.exit_code == 1
    assert f"{source}:1:" in result.stderr
    assert ": grade: '良好' is not in the assessment scale" in result.stderr


# ---- today's format -----------------------------------------------------------------------------


def test_the_format_of_before_keeps_working(cli: Any, root: Path, tmp_path: Path) -> None:
    active = sorted({cadre for cadre, _ in missing(cli, root)})[:5]
    before = head(root)
    result = run(cli, root, "cycle", "inspect", "--from-file",
                 records_file(tmp_path / "records.yaml", active))  # fmt: skip
    assert "批量录入 10 条记录" in result.stdout
    assert head(root, "HEAD~1") == before
    assert missing(cli, root).isdisjoint((cadre, kind) for cadre in active
                                         for kind in ("assessment", "inspection"))  # fmt: skip


def test_other_kinds_of_record_still_go_in_through_the_bulk_file(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    source = tmp_path / "records.yaml"
    source.write_text(
        "- {cadre: QX-2019-001, kind: training, from: 2026-03-01, to: 2026-03-05,"
        " name: 中青年干部培训班, organizer: 县委党校, days: 5}\n"
        "- {cadre: QX-2019-001, kind: talk, date: 2026-04-02, by: 李明, note: 谈工作思路}\n",
        encoding="utf-8",
    )
    run(cli, root, "cycle", "inspect", "--from-file", source)
    data = fastyaml.parse((root / "cadres" / "QX-2019-001.yaml").read_text(encoding="utf-8"))
    assert data["records"]["trainings"][-1]["name"] == "中青年干部培训班"
    assert data["records"]["talks"][-1]["note"] == "谈工作思路"
    assert cli("-R", root, "check").exit_code == 0


# ---- the schema ---------------------------------------------------------------------------------


def validate(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [check_jsonschema(), "--schemafile", str(SCHEMA), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_schema_accepts_a_template_filled_or_not(cli: Any, root: Path, tmp_path: Path) -> None:
    template = tmp_path / "t.yaml"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    filled = fill_yaml(template, tmp_path / "filled.yaml", only=10)
    today = records_file(tmp_path / "records.yaml", ["QX-2019-001"])
    result = validate(template, filled, today)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "cadre: QX-2019-001\n",
        "- {cadre: QX-2019-001, kind: assessment, year: 2026}\n",
        "- {cadre: QX-2019-001, kind: inspection, date: 2026-09-10, by: 组, conclusion: 好,"
        " grade: 称职}\n",
        "- {cadre: QX-2019-001, kind: assesment, year: 2026, grade: 称职}\n",
    ],
)
def test_the_schema_refuses_what_cadrectl_refuses(tmp_path: Path, text: str) -> None:
    source = tmp_path / "records.yaml"
    source.write_text(text, encoding="utf-8")
    assert validate(source).returncode == 1


def test_the_schema_is_a_list_of_records_each_with_cadre_and_kind() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["type"] == "array"
    for name, definition in schema["$defs"].items():
        if name.endswith(("Item", "ToFill")):
            assert {"cadre", "kind"} <= set(definition["required"]), name


def test_the_model_reads_a_template_as_items_to_fill_and_a_filled_one_as_records(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    from cadrectl.model.cadre import Assessment, Inspection
    from cadrectl.model.inspections import AssessmentToFill, InspectionRecords, InspectionToFill

    template = tmp_path / "t.yaml"
    run(cli, root, "cycle", "inspect", "--template", "-o", template)
    items = InspectionRecords.model_validate(yaml_items(template)).root
    assert all(isinstance(item, AssessmentToFill | InspectionToFill) for item in items)
    filled = InspectionRecords.model_validate(
        yaml_items(fill_yaml(template, tmp_path / "f.yaml", only=4))
    ).root
    assert all(isinstance(item, Assessment | Inspection) for item in filled)
