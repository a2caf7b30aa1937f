"""``cadrectl import roster``: hand-made rosters in the layouts lower units send, read into the
registry all together or not at all (issue 16)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest

from cadrectl.store import fastyaml
from tests.conftest import git
from tests.sheetfiles import id_number, write_csv, write_xls, write_xlsx

HEADER: list[object] = ["序号", "姓名", "性别", "民族", "出生年月", "籍贯", "入党时间",
                        "参加工作时间", "学历学位", "工作单位及职务", "培养方向", "拟培养层级",
                        "来源"]  # fmt: skip
WANG = id_number("330781", dt.date(1988, 4, 2), 21, True)


def person(seq: int, name: str, born: object, unit_post: str, **more: object) -> list[object]:
    row = {"gender": "男", "ethnicity": "汉", "native": "浙江兰溪", "joined": "2010.06",
           "work": "2010.08", "degree": "大学学士", "direction": "经济", "target": "副科",
           "source": "组织推荐"} | more  # fmt: skip
    return [seq, name, row["gender"], row["ethnicity"], born, row["native"], row["joined"],
            row["work"], row["degree"], unit_post, row["direction"], row["target"],
            row["source"]]  # fmt: skip


@pytest.fixture
def pool(example_repo: Path) -> Path:
    return example_repo


def imported(cli: Any, pool: Path, file: Path, *args: str) -> Any:
    result = cli("-R", pool, "import", "roster", file, *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return result.json()


def errors(report: Any) -> list[Any]:
    return [p for p in report["problems"] if p["severity"] == "error"]


def check_errors(cli: Any, pool: Path) -> set[str]:
    """The codes of check's errors: the fields the county profile requires and a roster may
    lack (rank dates) are the only ones an import may leave."""
    report = cli("-R", pool, "check", "--format", "json").json()
    return {p["code"] for p in report["problems"] if p["severity"] == "error"}


def head(pool: Path) -> str:
    return git(pool, "rev-parse", "HEAD").strip()


def cadre_named(pool: Path, name: str) -> dict[str, Any]:
    for path in sorted((pool / "cadres").glob("*.yaml")):
        data = fastyaml.parse(path.read_text(encoding="utf-8"))
        if data["name"] == name:
            data["_file"] = path
            return dict(data)
    raise AssertionError(f"{name} not in cadres/")


# ---- the layouts -------------------------------------------------------------------------------


def test_a_roster_with_a_title_block_is_read_and_committed(pool: Path, cli: Any,
                                                           tmp_path: Path) -> None:  # fmt: skip
    rows: list[list[object]] = [
        ["青溪县科级后备干部名册"],
        ["填报单位：湖溪镇党委（盖章）", None, None, "填报日期：2026年11月"],
        ["说明：出生年月格式如 1985.03"], HEADER,
        person(1, "王建新", "1988.04", "湖溪镇党委委员、副镇长", id=WANG),
        person(2, "李  晓", "1990.3", "县财政局副局长", gender="女", ethnicity="畲",
               degree="研究生硕士", direction="党群综合"),
        person(3, "赵\u00a0明", "85.11(41岁)", "城东街道党工委委员"),
    ]  # fmt: skip
    file = write_xlsx(tmp_path / "湖溪镇.xlsx", rows, ["A1:M1"])
    before = head(pool)
    report = imported(cli, pool, file)
    assert report["ok"] is True, report["problems"]
    assert (report["rows"], report["new"], report["changed"], report["unchanged"]) == (3, 3, 0, 0)
    assert report["written"] is True
    li = cadre_named(pool, "李晓")
    assert li["gender"] == "女"
    assert li["ethnicity"] == "畲族"
    assert str(li["birth"]) == "1990-03"
    assert li["education"] == [{"kind": "全日制", "level": "研究生", "degree": "硕士"}]
    assert li["current"] == {"unit": "qx-caizhengju", "post": "副局长"}
    assert li["reserve"]["direction"] == "党群综合"
    zhao = cadre_named(pool, "赵明")
    assert str(zhao["birth"]) == "1985-11"
    assert zhao["current"]["unit"] == "qx-chengdong-jiedao"
    message = git(pool, "log", "-1", "--format=%B")
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    assert "湖溪镇.xlsx" in message.splitlines()[0]
    assert digest in message
    assert git(pool, "rev-list", "--count", f"{before}..HEAD").strip() == "1"
    assert check_errors(cli, pool) <= {"required-by-config"}


def test_a_two_level_merged_header_is_read(pool: Path, cli: Any, tmp_path: Path) -> None:
    upper = ["序号", "姓名", "性别", "民族", "出生年月", "政治面貌", "入党时间", "全日制教育",
             None, "在职教育", None, "工作单位", "现任职务", "培养方向", "拟培养层级",
             "来源"]  # fmt: skip
    lower = [None, None, None, None, None, None, None, "学历学位", "毕业院校系及专业", "学历学位",
             "毕业院校系及专业"]  # fmt: skip
    row = [1, "孙丽华", "女", "汉族", dt.datetime(1987, 6, 1), "中共党员", 2011.1, "大学学士",
           "浙江大学经济学", "研究生", "中央党校经济管理", "湖溪镇", "党委委员、组织委员", "经济",
           "正科", "公开选拔"]  # fmt: skip
    merged = [f"{c}4:{c}5" for c in "ABCDEFGLMNOP"] + ["H4:I4", "J4:K4"]
    file = write_xlsx(tmp_path / "two.xlsx", [["名册"], [], [], upper, lower, row],
                      merged, formats={"G6": "0.00"})  # fmt: skip
    report = imported(cli, pool, file)
    assert report["ok"] is True, report["problems"]
    sun = cadre_named(pool, "孙丽华")
    assert sun["party"] == {"status": "中共党员", "joined": fastyaml.parse("x: 2011-10")["x"]}
    assert sun["education"] == [
        {"kind": "全日制", "level": "大学", "degree": "学士", "school": "浙江大学经济学"},
        {"kind": "在职", "level": "研究生", "school": "中央党校经济管理"},
    ]
    assert sun["current"] == {"unit": "qx-huxi-zhen", "post": "党委委员、组织委员"}


def test_a_roster_grouped_by_unit_takes_each_unit_from_its_row(pool: Path, cli: Any,
                                                               tmp_path: Path) -> None:  # fmt: skip
    header: list[object] = ["序号", "姓名", "性别", "民族", "出生年月", "入党时间", "现任职务",
                            "培养方向", "拟培养层级", "来源"]  # fmt: skip
    rows: list[list[object]] = [["各乡镇推荐人选名册"], ["一、湖溪镇"], header,
            [1, "钱文博", "男", "汉族", "1991.02", "2013.05", "党委委员", "经济", "副科",
             "组织推荐"],
            [2, "周敏", "女", "汉族", "1993.07", "2015.06", "副镇长", "社会事业", "副科",
             "组织推荐"],
            ["二、龙潭镇"], header,
            [1, "吴强", "男", "汉族", "1989.12", "2012.07", "纪委书记", "政法", "正科",
             "组织推荐"],
            ]  # fmt: skip
    file = write_xlsx(tmp_path / "grouped.xlsx", rows, ["A1:J1", "A2:J2", "A6:J6"])
    report = imported(cli, pool, file)
    assert report["ok"] is True, report["problems"]
    assert report["new"] == 3
    assert cadre_named(pool, "周敏")["current"] == {"unit": "qx-huxi-zhen", "post": "副镇长"}
    assert cadre_named(pool, "吴强")["current"] == {"unit": "qx-longtan-zhen", "post": "纪委书记"}


def test_an_xls_from_wps_is_read(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["后备干部名册"],
        HEADER,
        person(1, "郑雨", dt.date(1992, 5, 1), "县公安局副局长", joined="九三学社"),
    ]
    file = write_xls(tmp_path / "wps.xls", rows, [(0, 0, 0, 12)])
    report = imported(cli, pool, file)
    assert report["ok"] is True, report["problems"]
    zheng = cadre_named(pool, "郑雨")
    assert str(zheng["birth"]) == "1992-05"
    assert zheng["party"] == {"status": "九三学社社员"}
    assert zheng["current"] == {"unit": "qx-gonganju", "post": "副局长"}


def test_a_csv_in_gbk_is_read(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADER,
        person(1, "冯佳", "1986年9月", "县教育局党委委员、副局长", joined="2009.12"),
    ]
    file = write_csv(tmp_path / "gbk.csv", rows, encoding="gbk")
    report = imported(cli, pool, file)
    assert report["ok"] is True, report["problems"]
    assert cadre_named(pool, "冯佳")["current"]["unit"] == "qx-jiaoyuju"


# ---- matching ------------------------------------------------------------------------------------


def test_a_changed_row_updates_the_file_and_keeps_its_comments(pool: Path, cli: Any,
                                                               tmp_path: Path) -> None:  # fmt: skip
    hu = cadre_named(pool, "胡坚永")
    before = hu["_file"].read_text(encoding="utf-8")
    rows: list[list[object]] = [
        ["姓名", "身份证号", "出生年月", "工作单位", "现任职务", "籍贯"],
        ["胡坚永", "330726199501230277", "1995.01", "云峰镇", "党委副书记、镇长", "浙江浦江"],
    ]
    file = write_xlsx(tmp_path / "changed.xlsx", rows)
    dry = imported(cli, pool, file, "--dry-run")
    assert (dry["changed"], dry["written"]) == (1, False)
    assert dry["people"][0]["changes"] == ["current.post: 党委副书记 → 党委副书记、镇长"]
    assert hu["_file"].read_text(encoding="utf-8") == before
    report = imported(cli, pool, file)
    assert report["written"] is True
    after = hu["_file"].read_text(encoding="utf-8")
    assert "post: 党委副书记、镇长" in after
    assert "# 按时间顺序；当前经历不填截止时间" in after  # the clerk's comment survives
    assert len(after.splitlines()) == len(before.splitlines())
    again = imported(cli, pool, file)
    assert (again["changed"], again["unchanged"], again["written"]) == (0, 1, False)


def test_an_ambiguous_or_repeated_person_is_refused(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, person(1, "王建新", "1988.04", "湖溪镇副镇长"),
            person(2, "王建新", "1988.04", "湖溪镇副镇长")]  # fmt: skip
    report = imported(cli, pool, write_xlsx(tmp_path / "twice.xlsx", rows))
    assert report["ok"] is False
    assert [(p["row"], p["code"]) for p in errors(report)] == [(3, "duplicate-row")]
    # a namesake already in the pool, and a row with neither id number nor birth month
    name = cadre_named(pool, "胡坚永")["name"]
    rows = [["姓名", "工作单位", "现任职务"], [name, "湖溪镇", "副镇长"]]
    report = imported(cli, pool, write_xlsx(tmp_path / "namesake.xlsx", rows))
    assert [p["code"] for p in errors(report)] == ["name-only"]


def test_create_units_derives_ids_from_pinyin(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, person(1, "陈新", "1990.01", "金华山镇党委委员、副镇长"),
            person(2, "林安", "1991.01", "县档案馆副馆长")]  # fmt: skip
    file = write_xlsx(tmp_path / "units.xlsx", rows)
    refused = imported(cli, pool, file)
    assert [p["code"] for p in errors(refused)] == ["unit-unknown", "unit-unknown"]
    report = imported(cli, pool, file, "--create-units", "--unit-kind", "县直部门")
    # 县档案馆 has no ending the guess knows: still refused, and nothing is written
    assert [p["code"] for p in errors(report)] == ["unit-unguessable"]
    assert not (pool / "units" / "jinhuashan-zhen.yaml").exists()
    rows[2] = person(2, "林安", "1991.01", "县档案局副局长")
    report = imported(cli, pool, write_xlsx(tmp_path / "units.xlsx", rows), "--create-units",
                      "--unit-kind", "县直部门")  # fmt: skip
    assert report["ok"] is True, report["problems"]
    assert report["units_created"] == ["jinhuashan-zhen", "xiandangan-ju"]
    unit = fastyaml.parse((pool / "units" / "jinhuashan-zhen.yaml").read_text(encoding="utf-8"))
    assert (unit["name"], unit["kind"], unit["grassroots"]) == ("金华山镇", "乡镇", True)
    assert cadre_named(pool, "陈新")["current"] == {"unit": "jinhuashan-zhen",
                                                   "post": "党委委员、副镇长"}  # fmt: skip
    assert check_errors(cli, pool) <= {"required-by-config"}


def test_a_field_the_profile_requires_is_a_warning_never_invented(
    pool: Path, cli: Any, tmp_path: Path
) -> None:
    config = pool / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "fields: {required: [id_number]}\n",
                      encoding="utf-8")  # fmt: skip
    git(pool, "commit", "--quiet", "-am", "要求身份证号")
    rows: list[list[object]] = [HEADER, person(1, "何平", "1990.02", "湖溪镇副镇长")]
    report = imported(cli, pool, write_xlsx(tmp_path / "noid.xlsx", rows))
    assert report["ok"] is True
    assert report["written"] is True
    warned = [p for p in report["problems"] if p["column"] is None]
    assert {(p["code"], p["severity"]) for p in warned} == {("profile-field-missing", "warning")}
    assert any("公民身份号码" in p["message"] and "何平" in p["message"] for p in warned)
    assert "id_number" not in cadre_named(pool, "何平")
    checked = cli("-R", pool, "check")  # until the clerk fills it in
    assert checked.exit_code == 1
    assert "required-by-config" in checked.stdout


def test_a_default_is_for_new_people_only(pool: Path, cli: Any, tmp_path: Path) -> None:
    hu = cadre_named(pool, "胡坚永")
    rows = [["姓名", "身份证号", "工作单位", "现任职务"],
            ["胡坚永", "330726199501230277", "云峰镇", "党委副书记"]]  # fmt: skip
    file = write_xlsx(tmp_path / "one.xlsx", rows)
    report = imported(cli, pool, file, "--default", "reserve.source=组织推荐")
    assert (report["unchanged"], report["written"]) == (1, False)
    assert cadre_named(pool, "胡坚永")["reserve"]["source"] == hu["reserve"]["source"] == "群众举荐"


def test_a_column_the_model_requires_is_said_once(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER[:-1], person(1, "何平", "1990.02", "湖溪镇副镇长")[:-1],
            person(2, "许可", "1991.02", "湖溪镇副镇长")[:-1]]  # fmt: skip
    file = write_xlsx(tmp_path / "nosource.xlsx", rows)
    report = imported(cli, pool, file)
    assert [(p["row"], p["column"], p["code"]) for p in errors(report)] == [
        (1, None, "column-missing")
    ]
    report = imported(cli, pool, file, "--default", "reserve.source=组织推荐", "--dry-run")
    assert report["ok"] is True
    assert report["new"] == 2


# ---- refused, and nothing written ----------------------------------------------------------------


BAD_ROWS: list[tuple[list[object], str, str]] = [
    (person(1, "甲一", "1988.13", "湖溪镇副镇长"), "出生年月", "date-invalid"),
    (person(2, "甲二", "去年", "湖溪镇副镇长"), "出生年月", "date-unreadable"),
    (person(3, "甲三", "1988.04", "湖溪镇副镇长", gender="M"), "性别", "gender-unknown"),
    (person(4, "甲四", "1988.04", "湖溪镇副镇长", ethnicity="火星"), "民族", "ethnicity-unknown"),
    (person(5, "甲五", "1988.04", "无名镇副镇长"), "工作单位及职务", "unit-unknown"),
    (person(6, "甲六", "1988.04", "湖溪镇"), "工作单位及职务", "post-empty"),
    (person(7, "甲七", "1988.04", "湖溪镇副镇长", degree="很高"), "学历学位",
     "education-unreadable"),
    (person(8, "甲八", "1988.04", "湖溪镇副镇长", joined="入党了"), "入党时间", "date-unreadable"),
    (person(9, "甲九", "1988.04", "湖溪镇副镇长", work="1988.02.30"), "参加工作时间",
     "date-invalid"),
    (person(10, "", "1988.04", "湖溪镇副镇长"), "姓名", "name-missing"),
    (person(11, "甲十一", "1988.04", "湖溪镇副镇长", direction="航天"), "培养方向",
     "unknown-code"),
    (person(12, "甲十二", "1988.04", "湖溪镇副镇长", target="大将"), "拟培养层级",
     "unknown-rank"),
    (person(13, "甲十三", "1988.04", "湖溪镇副镇长", source="自封"), "来源", "unknown-code"),
    (person(14, "甲十四", "2030.04", "湖溪镇副镇长"), "出生年月", "date-future"),
    (person(15, "甲十五", "1988.04", "湖溪镇副镇长", work="1980.01"), "参加工作时间",
     "work-before-birth"),
]  # fmt: skip


def test_fifteen_bad_rows_are_each_reported_and_nothing_is_written(
    pool: Path, cli: Any, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["名册"], HEADER, *(row for row, _, _ in BAD_ROWS)]
    file = write_xlsx(tmp_path / "bad.xlsx", rows)
    before = head(pool)
    report = imported(cli, pool, file)
    assert report["ok"] is False
    assert report["written"] is False
    found = [(p["row"], p["column"], p["code"]) for p in report["problems"]
             if p["severity"] == "error"]  # fmt: skip
    expected = [(row, column, code) for row, (_, column, code) in enumerate(BAD_ROWS, start=3)]
    assert found == expected
    assert head(pool) == before
    assert git(pool, "status", "--porcelain") == ""
    text = cli("-R", pool, "import", "roster", file)
    assert text.exit_code == 1
    assert "名册:3 [出生年月]" in text.stdout
    assert "未写入任何文件" in text.stdout


# ---- export → import -------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["科级", "县级", None])
def test_an_exported_roster_imports_with_no_change(pool: Path, cli: Any, tmp_path: Path,
                                                   template: str | None) -> None:  # fmt: skip
    file = tmp_path / "roster.xlsx"
    chosen = ["--template", template] if template else []
    assert cli("-R", pool, "export", "roster", *chosen, "-o", file).exit_code == 0
    before = head(pool)
    for args in ([], chosen):
        report = imported(cli, pool, file, *args)
        assert report["ok"] is True, report["problems"]
        assert report["rows"] > 20
        assert (report["new"], report["changed"]) == (0, 0), report["people"]
        assert report["unchanged"] == report["rows"]
    assert head(pool) == before
    assert git(pool, "status", "--porcelain") == ""


def test_the_json_report_has_the_contract_keys(pool: Path, cli: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, person(1, "何平", "1990.02", "湖溪镇副镇长")]
    report = imported(cli, pool, write_xlsx(tmp_path / "one.xlsx", rows), "--dry-run")
    assert {"ok", "file", "rows", "new", "changed", "unchanged", "problems"} <= set(report)
    assert report["file"].endswith("one.xlsx")
    assert report["written"] is False


def test_a_file_that_is_no_spreadsheet_is_refused(pool: Path, cli: Any, tmp_path: Path) -> None:
    fake = tmp_path / "roster.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    result = cli("-R", pool, "import", "roster", fake)
    assert result.exit_code == 1
    assert "不是有效的 .xlsx" in result.stderr
    odd = tmp_path / "roster.txt"
    odd.write_text("x", encoding="utf-8")
    assert "只能导入" in cli("-R", pool, "import", "roster", odd).stderr
    latin = write_csv(tmp_path / "bad.csv", [["姓名"]], encoding="utf-8")
    latin.write_bytes(b"\xff\xfe\x00\x81\xff")
    assert "GBK" in cli("-R", pool, "import", "roster", latin).stderr
    nohead = write_xlsx(tmp_path / "nohead.xlsx", [["随便"], ["什么"]])
    assert "找不到表头" in cli("-R", pool, "import", "roster", nohead).stderr
    missing = cli("-R", pool, "import", "roster", nohead, "--sheet", "第二页")
    assert missing.exit_code == 2
    assert "名册" in missing.stderr
