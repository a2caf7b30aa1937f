"""``cadrectl init --profile county --from ROSTER.xlsx``: a county's 120 reserves, kept until now
in the clerk's own spreadsheet, become a registry in one step (issue 16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cadrectl.devtools.generate import generate_registry
from cadrectl.store import fastyaml
from tests.sheetfiles import write_xlsx

HEADER: list[object] = [
    "序号", "姓名", "性别", "民族", "出生年月\n（岁）", "籍贯", "政治面貌", "入党时间",
    "参加工作\n时间", "公民身份号码", "健康状况", "全日制学历学位", "全日制毕业院校系及专业",
    "工作单位", "现任职务", "职级", "任现职时间", "任现职级时间", "培养方向", "拟培养层级", "来源",
    "入库时间",
]  # fmt: skip
# The rules of the ladder that read only what a roster holds: they must judge the imported
# reserves as they judge the originals.
ROSTER_RULES = ("rank_step", "since_last_promotion", "work_years", "years_in_rank", "education",
                "age_max", "health")  # fmt: skip
# … and those that read the records the assessment office and the party school send after.
RECORD_RULES = ("latest_assessment", "training")


def clerk_month(value: object, style: int) -> object:
    """A month as clerks type it, in one of four forms (1985.03, 1985.3, 1985年3月, 198503)."""
    text = str(value)[:7]
    year, month = int(text[:4]), int(text[5:7])
    return (f"{year}.{month:02d}", f"{year}.{month}", f"{year}年{month}月", f"{year}{month:02d}")[
        style % 4
    ]


def roster_of(source: Path, as_of: dt.date) -> list[list[object]]:
    """The active reserves of ``source`` as the clerk's roster lists them."""
    units = {}
    for path in (source / "units").glob("*.yaml"):
        unit = fastyaml.parse(path.read_text(encoding="utf-8"))
        units[unit["id"]] = unit["name"]
    people = []
    for path in sorted((source / "cadres").glob("*.yaml")):
        data = fastyaml.parse(path.read_text(encoding="utf-8"))
        if data["reserve"]["status"] == "active":
            people.append(data)
    rows: list[list[object]] = []
    for index, p in enumerate(people, start=1):
        full = next((e for e in p.get("education", []) if e["kind"] == "全日制"), None)
        current, reserve = p["current"], p["reserve"]
        born = clerk_month(p["birth"], index)
        age = as_of.year - int(str(p["birth"])[:4])
        rows.append([
            index, p["name"], p["gender"], p["ethnicity"].removesuffix("族"),
            f"{born}({age}岁)" if index % 3 == 0 else born, p.get("native_place"),
            p["party"]["status"], clerk_month(p["party"]["joined"], index + 1)
            if p["party"].get("joined") else None,
            clerk_month(p["work_start"], index + 2), p.get("id_number"), p.get("health"),
            f"{full['level']}{full.get('degree') or ''}" if full else None,
            f"{full.get('school', '')}{full.get('major', '')}" if full else None,
            units[current["unit"]], current["post"], current.get("rank"),
            clerk_month(current["post_since"], index), clerk_month(current["rank_since"], index),
            reserve["direction"], reserve["target_rank"], reserve["source"],
            clerk_month(reserve["entered"], index),
        ])  # fmt: skip
    return rows


def record_sheets(source: Path, names: set[str]) -> tuple[list[list[object]], list[list[object]]]:
    """The grades in the wide layout (a column per year) and the trainings, one a row."""
    years = list(range(2016, 2027))
    grades: list[list[object]] = [["姓名", "身份证号", *(f"{year}年" for year in years)]]
    trainings: list[list[object]] = [["姓名", "身份证号", "培训名称", "主办单位", "开始时间",
                                      "结束时间", "学时", "天数"]]  # fmt: skip
    for path in sorted((source / "cadres").glob("*.yaml")):
        data = fastyaml.parse(path.read_text(encoding="utf-8"))
        if data["name"] not in names:
            continue
        records = data.get("records", {})
        held = {item["year"]: item["grade"] for item in records.get("assessments", [])}
        grades.append([data["name"], data.get("id_number"), *(held.get(y) for y in years)])
        for item in records.get("trainings", []):
            trainings.append([data["name"], data.get("id_number"), item["name"],
                              item["organizer"], str(item["from"]).replace("-", "."),
                              str(item["to"]).replace("-", "."), item.get("hours"),
                              item.get("days")])  # fmt: skip
    return grades, trainings


def ladder_checks(cli: Any, root: Path, as_of: str) -> dict[str, dict[str, bool]]:
    report = cli("-R", root, "ladder", "--as-of", as_of, "--format", "json").json()
    return {
        # a rule waived (破格) in the original rests on a decision no roster carries
        entry["name"]: {
            check["rule"]: check["ok"] for check in entry["checks"] if not check["waived"]
        }
        for entry in report["cadres"]
    }


def test_a_county_roster_of_120_becomes_a_registry(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "source"
    generate_registry(source, 150, seed=16)
    as_of = dt.date(2026, 11, 30)
    rows = roster_of(source, as_of)[:120]
    assert len(rows) == 120
    title: list[list[object]] = [
        ["青溪县科级后备干部名册"],
        ["填报单位：中共青溪县委组织部", None, "填报日期：2026年11月"],
    ]
    file = write_xlsx(tmp_path / "名册.xlsx", [*title, HEADER, *rows], ["A1:V1"])
    registry = tmp_path / "registry"
    made = cli("init", registry, "--profile", "county", "--from", file, "--unit-kind", "县直部门",
               "--format", "json")  # fmt: skip
    report = made.json()
    assert made.exit_code == 0, report["problems"]
    assert (report["rows"], report["new"]) == (120, 120)
    assert [p for p in report["problems"] if p["severity"] == "error"] == []
    checked = cli("-R", registry, "check", "--format", "json").json()
    assert [p for p in checked["problems"] if p["severity"] == "error"] == []
    names = [str(row[1]) for row in rows]
    unique = [name for name in names if names.count(name) == 1]
    assert len(unique) > 100
    grades, trainings = record_sheets(source, set(unique))
    for kind, sheet in (("assessments", grades), ("trainings", trainings)):
        sent = write_xlsx(tmp_path / f"{kind}.xlsx", sheet)
        result = cli("-R", registry, "import", kind, sent, "--format", "json")
        assert result.exit_code == 0, result.json()["problems"]
    imported = ladder_checks(cli, registry, as_of.isoformat())
    original = ladder_checks(cli, source, as_of.isoformat())
    assert len(imported) == 120
    for name in unique:
        for rule in (*ROSTER_RULES, *RECORD_RULES):
            if rule in original[name]:
                assert imported[name].get(rule) == original[name][rule], (name, rule)
