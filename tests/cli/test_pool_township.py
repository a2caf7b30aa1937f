"""A township's village reserves, built with commands only from `init --profile township`.

Two villages, four reserves; every figure below is worked out by hand from the facts entered,
as of 2026-12-01 (the last complete month is November 2026, the last complete year 2025):

- 黄志强, born 1996-05 (30), 大专, for 村两委委员: exam 78, 4 talks in November, 2 trainings
  of 3 days in 2025: tier 1, ready now.
- 李秀英, born 1990-02 (36), 高中, for 村两委正职 (limit 40): exam 65, 2 talks in November and
  1 training in 2025 fall short, made good at the earliest on 2027-01-01: tier 1 from then.
- 王建国, born 1989-11 (37), 高中, for 村两委委员: over 35, no tier, exit suggested.
- 陈丽, born 2000-12 (26), 大学, for 村两委委员: no exam recorded, no tier and no exit.

Average age (30 + 36 + 37 + 26) / 4 = 32.25 → 32.3 (half-up); 大专及以上 2 (50.00%); women 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

AS_OF = "2026-12-01"
VILLAGES = (("xz-shixi-cun", "石西村"), ("xz-qianshan-cun", "前山村"))
PEOPLE: dict[str, dict[str, str]] = {
    "黄志强": {"gender": "男", "birth": "1996-05", "level": "大专", "unit": "xz-shixi-cun",
            "target": "村两委委员", "post": "weiyuan", "background": "复员退伍军人"},
    "李秀英": {"gender": "女", "birth": "1990-02", "level": "高中", "unit": "xz-shixi-cun",
            "target": "村两委正职", "post": "shuji", "background": "致富能手"},
    "王建国": {"gender": "男", "birth": "1989-11", "level": "高中", "unit": "xz-qianshan-cun",
            "target": "村两委委员", "post": "weiyuan", "background": "返乡青年"},
    "陈丽": {"gender": "女", "birth": "2000-12", "level": "大学", "unit": "xz-qianshan-cun",
           "target": "村两委委员", "post": "weiyuan", "background": "大学生村官"},
}  # fmt: skip


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.stdout + result.stderr
    return result


def _run(*args: str | Path) -> None:
    """One command, in this process, as the clerk would type it; it must succeed."""
    from cadrectl.cli.app import run

    assert run([str(arg) for arg in args]) == 0, args


def _add(root: Path, name: str, facts: dict[str, str]) -> None:
    _run(
        "-R", root, "add", f"name={name}", f"gender={facts['gender']}", "ethnicity=汉族",
        f"birth={facts['birth']}", "party.status=中共党员", "party.joined=2020-07",
        "education[0].kind=全日制",
        f"education[0].level={facts['level']}", f"current.unit={facts['unit']}",
        "current.post=村民", "current.rank=群众", "reserve.entered=2024-06",
        "reserve.source=公推公选", f"reserve.background={facts['background']}",
        f"reserve.target_rank={facts['target']}", "reserve.direction=村务管理",
        f"reserve.target_posts[0]={facts['unit']}/{facts['post']}", "reserve.mentors[0]=李国平",
    )  # fmt: skip


def _talks(root: Path, cadre: str, *days: str) -> None:
    for day in days:
        _run("-R", root, "record", cadre, "talk", f"date={day}", "by=李国平", "note=谈心谈话")


def _training(root: Path, cadre: str, start: str, end: str) -> None:
    _run("-R", root, "record", cadre, "training", f"from={start}", f"to={end}",
         "name=村级后备力量培训班", "organizer=镇党委")  # fmt: skip


def _exam(root: Path, cadre: str, score: str) -> None:
    _run("-R", root, "record", cadre, "exam", "date=2025-04-12", "name=村级后备力量考试",
         f"score={score}")  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pool, built once for the module with commands only (each test only reads it)."""
    root = tmp_path_factory.mktemp("pool") / "石西镇"
    _run("init", root, "--profile", "township")
    for unit, name in VILLAGES:
        _run("-R", root, "unit", "add", unit, "--name", name, "--kind", "村", "--grassroots")
        _run("-R", root, "unit", "add-post", unit, "shuji", "--title", "村党组织书记",
             "--rank", "村两委正职", "--head")  # fmt: skip
        _run("-R", root, "unit", "add-post", unit, "weiyuan", "--title", "村两委委员",
             "--rank", "村两委委员", "--seats", "3")  # fmt: skip
    for name, facts in PEOPLE.items():
        _add(root, name, facts)
    huang, li, wang = "XZ-2024-001", "XZ-2024-002", "XZ-2024-003"  # in the order entered
    _exam(root, huang, "78")
    _exam(root, li, "65")
    _exam(root, wang, "70")
    _talks(root, huang, "2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24")
    _talks(root, li, "2026-11-05", "2026-11-20")
    _training(root, huang, "2025-03-02", "2025-03-03")
    _training(root, huang, "2025-09-01", "2025-09-01")
    _training(root, huang, "2026-04-08", "2026-04-08")
    _training(root, li, "2025-03-02", "2025-03-03")
    return root


def test_the_pool_is_clean_in_check(built: Path, cli: Any) -> None:
    root = built
    report = _ok(cli("-R", root, "check", "--format", "json")).json()
    assert [p for p in report["problems"] if p["severity"] == "error"] == []


def test_the_ladder_as_computed_by_hand(built: Path, cli: Any) -> None:
    root = built
    ladder = _ok(cli("-R", root, "ladder", "--as-of", AS_OF, "--format", "json")).json()
    placed = {c["name"]: c for c in ladder["cadres"]}
    assert placed["黄志强"]["tier"] == 1
    assert placed["黄志强"]["ready_on"] == AS_OF
    assert placed["李秀英"]["tier"] == 1
    assert placed["李秀英"]["ready_on"] == "2027-01-01"  # December's talks, 2026's trainings
    assert placed["王建国"]["tier"] is None
    assert placed["王建国"]["exit_reasons"] == ["超过年龄界限"]
    assert placed["陈丽"]["tier"] is None
    assert placed["陈丽"]["exit_suggested"] is False
    rules = {c["rule"] for c in placed["黄志强"]["checks"]}
    assert "rank_step" not in rules  # no civil-service rule added by code
    assert all("条例" not in check["detail"] for c in placed.values() for check in c["checks"])


def test_the_structure_as_computed_by_hand(built: Path, cli: Any) -> None:
    root = built
    report = _ok(cli("-R", root, "report", "structure", "--as-of", AS_OF, "--format", "json"))
    data = report.json()
    assert data["total"] == 4
    assert data["average_age"] == 32.3
    at_least = {share["value"]: share for share in data["dimensions"]["education_at_least"]}
    assert (at_least["大专"]["count"], at_least["大专"]["percent"]) == (2, 50.0)
    genders = {share["value"]: share["count"] for share in data["dimensions"]["gender"]}
    assert genders == {"男": 2, "女": 2}
    backgrounds = {share["value"]: share["count"] for share in data["dimensions"]["background"]}
    assert {value: n for value, n in backgrounds.items() if n} == {
        "复员退伍军人": 1, "致富能手": 1, "返乡青年": 1, "大学生村官": 1,
    }  # fmt: skip


def test_coverage_as_computed_by_hand(built: Path, cli: Any) -> None:
    """一职双备: 石西村 shuji (1 seat) has 李秀英 (1 of 2); weiyuan (3 seats) 黄志强 (1 of 6);
    前山村 weiyuan 王建国 and 陈丽 (2 of 6); shuji nobody."""
    root = built
    data = _ok(cli("-R", root, "report", "coverage", "--as-of", AS_OF, "--format", "json")).json()
    posts = {(p["unit"], p["post"]): p for p in data["posts"]}
    assert {key: len(p["reserves"]) for key, p in posts.items()} == {
        ("xz-shixi-cun", "shuji"): 1, ("xz-shixi-cun", "weiyuan"): 1,
        ("xz-qianshan-cun", "shuji"): 0, ("xz-qianshan-cun", "weiyuan"): 2,
    }  # fmt: skip
    assert {key: p["needed"] for key, p in posts.items()} == {
        ("xz-shixi-cun", "shuji"): 2, ("xz-shixi-cun", "weiyuan"): 6,
        ("xz-qianshan-cun", "shuji"): 2, ("xz-qianshan-cun", "weiyuan"): 6,
    }  # fmt: skip
    assert not any(p["covered"] for p in data["posts"])
    villages = {row["unit"]: (row["reserves"], row["min"], row["max"], row["ok"])
                for row in data["units"]}  # fmt: skip
    assert villages == {"xz-shixi-cun": (2, 5, 7, False), "xz-qianshan-cun": (2, 5, 7, False)}
    assert data["ratios"] == []  # no 镇机关 unit in this pool
    women = next(t for t in data["targets"] if t["dimension"] == "gender")
    assert (women["actual"], women["ok"]) == (50.0, True)  # at least 30 %


def test_the_warnings_as_computed_by_hand(built: Path, cli: Any) -> None:
    root = built
    data = _ok(cli("-R", root, "report", "warnings", "--as-of", AS_OF, "--format", "json")).json()
    kinds: dict[str, list[str]] = {}
    for warning in data["warnings"]:
        kinds.setdefault(warning["name"], []).append(warning["kind"])
    assert sorted(kinds["李秀英"]) == ["no-training", "records-short", "records-short"]
    assert "no-training" not in kinds.get("黄志强", [])  # trained in 2026
    assert all("no-assessment" not in found for found in kinds.values())  # no yearly 年度考核
    assert all("no-evaluation" not in found for found in kinds.values())
    short = [w["message"] for w in data["warnings"] if w["kind"] == "records-short"]
    assert "上月谈心谈话只有 2 次，要求不少于 4 次" in short
    assert "上年度培训只有 1 次、2 天，要求不少于 2 次、3 天" in short
