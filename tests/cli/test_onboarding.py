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
    imported = ladder_checks(cli, registry, as_of.isoformat())
    original = ladder_checks(cli, source, as_of.isoformat())
    names = [str(row[1]) for row in rows]
    unique = [name for name in names if names.count(name) == 1]
    assert len(imported) == 120
    assert len(unique) > 100
    for name in unique:
        for rule in ROSTER_RULES:
            if rule in original[name]:
                assert imported[name].get(rule) == original[name][rule], (name, rule)
