"""A state-owned enterprise's pool from `init --profile enterprise`, its nine-step year run
through `cycle`, with commands only.

Two sitting reserves for 中层副职 and one nominee; figures worked out by hand:

- 孙立 (正科级 since 2021-03, 大学, born 1988-04): 2025 称职, 60 % of the votes, 综合考试 75,
  5 days' training at the group's 党校: tier 1, stays.
- 周敏 (正科级 since 2022-01, born 1991-09): 2025 称职 but 30 % of the votes, under the
  profile's 50 %: the negative list proposes her exit (群众公认度不高).
- 吴建华, nominated by 组织推荐: 资格审查 passed, 民主推荐 40 of 56 (71 %), 单位推荐 9 of 9,
  综合考试 86.5, 党委研究 同意, 组织考察 合格: admitted, his exam his first exam record, and
  placed on the ladder (the profile's exam_score rule reads it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_pool_township import _ok, _run

pytestmark = pytest.mark.slow  # a whole year through the cycle

UNIT = "qy-shengchan"
NOMINEE = [
    "name=吴建华", "id_number=330781199006150012", "party.status=中共党员", "party.joined=2012-06",
    "work_start=2013-08", f"current.unit={UNIT}", "current.post=生产技术科科长",
    "current.rank=正科级", "current.post_since=2019-03", "current.rank_since=2019-03",
    "education[0].kind=全日制", "education[0].level=大学", "records.assessments[0].year=2025",
    "records.assessments[0].grade=优秀",
]  # fmt: skip


def _sitting(root: Path, name: str, birth: str, since: str, votes: str) -> str:
    _run("-R", root, "add", f"name={name}", "gender=男" if name == "孙立" else "gender=女",
         "ethnicity=汉族", f"birth={birth}", "party.status=中共党员", "party.joined=2012-06",
         "work_start=2010-07", "education[0].kind=全日制", "education[0].level=大学",
         f"current.unit={UNIT}", "current.post=科长", "current.rank=正科级",
         f"current.post_since={since}", f"current.rank_since={since}",
         "reserve.entered=2024-06", "reserve.source=组织推荐", "reserve.target_rank=中层副职",
         "reserve.direction=生产管理", f"reserve.target_posts[0]={UNIT}/fujingli",
         "reserve.mentors[0]=集团党委组织部")  # fmt: skip
    cadre = "QY-2024-001" if name == "孙立" else "QY-2024-002"
    for kind, *fields in (
        ("assessment", "year=2025", "grade=称职"),
        ("assessment", "year=2026", "grade=称职"),
        ("recommendation", "year=2025", "ballots_valid=100", f"votes_for={votes}"),
        ("exam", "date=2025-05-20", "name=综合考试", "score=75"),
        ("training", "from=2025-04-07", "to=2025-04-11", "name=中层后备培训班",
         "organizer=集团党校"),
        ("inspection", "date=2026-03-05", "by=集团党委组织部", "conclusion=表现良好"),
    ):  # fmt: skip
        _run("-R", root, "record", cadre, kind, *fields)
    return cadre


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pool") / "集团"
    _run("init", root, "--profile", "enterprise")
    _run("-R", root, "unit", "add", UNIT, "--name", "生产分公司", "--kind", "二级单位")
    _run("-R", root, "unit", "add-post", UNIT, "jingli", "--title", "总经理", "--rank",
         "中层正职", "--head")  # fmt: skip
    _run("-R", root, "unit", "add-post", UNIT, "fujingli", "--title", "副总经理", "--rank",
         "中层副职", "--seats", "2")  # fmt: skip
    _sitting(root, "孙立", "1988-04", "2021-03", "60")
    _sitting(root, "周敏", "1991-09", "2022-01", "30")
    _run("-R", root, "cycle", "open", "2026", "--date", "2026-03-02")
    _run("-R", root, "cycle", "nominate", "--source", "组织推荐", "--by", "生产分公司党委",
         "--target-rank", "中层副职", "--direction", "生产管理", "--date", "2026-03-10",
         *NOMINEE)  # 1–2 个人自荐、组织推荐  # fmt: skip
    _run("-R", root, "cycle", "step", "qualification", "N2026-001=通过",
         "--date", "2026-03-15")  # 3 资格审查  # fmt: skip
    _run("-R", root, "cycle", "tally", "--meeting", "集团中层干部大会", "--date", "2026-03-20",
         "--places", "1", "--issued", "60", "--returned", "58", "--valid", "56",
         "N2026-001=40")  # 4 民主推荐  # fmt: skip
    _run("-R", root, "cycle", "tally", "--stage", "unit-vote", "--meeting", "生产分公司党委会",
         "--date", "2026-03-22", "--places", "1", "--issued", "9", "--returned", "9",
         "--valid", "9", "N2026-001=9")  # 5 单位推荐  # fmt: skip
    _run("-R", root, "cycle", "step", "exam", "N2026-001=86.5", "--date", "2026-03-28")  # 6
    _run("-R", root, "cycle", "step", "committee", "N2026-001=同意", "--body", "集团党委",
         "--date", "2026-04-02")  # 7 党委研究  # fmt: skip
    _run("-R", root, "cycle", "step", "inspection", "N2026-001=合格", "--body",  # 8 组织考察
         "集团党委组织部考察组", "--note", "考察合格", "--date", "2026-04-10")  # fmt: skip
    _run("-R", root, "cycle", "propose", "--date", "2026-04-15")
    _run("-R", root, "cycle", "propose", "--accept-rest", "--date", "2026-04-16")  # 9 党委研究确定
    _run("-R", root, "cycle", "publicize", "--start", "2026-04-20", "--date", "2026-04-17")
    _run("-R", root, "cycle", "apply", "--date", "2026-04-28")
    _run("-R", root, "cycle", "close", "--date", "2026-04-30")
    return root


def test_the_year_admits_the_nominee_and_moves_out_the_low_votes(year: Path, cli: Any) -> None:
    listed = _ok(cli("-R", year, "list", "--status", "all", "--format", "json")).json()
    status = {row["name"]: row["status"] for row in listed}
    assert status == {"孙立": "active", "周敏": "exited", "吴建华": "active"}
    shown = _ok(cli("-R", year, "show", "QY-2024-002", "--format", "json")).json()
    assert shown["reserve"]["exited"]["reason"] == "群众公认度不高"


def test_the_admitted_reserve_carries_his_exam_and_is_placed(year: Path, cli: Any) -> None:
    listed = _ok(cli("-R", year, "list", "--format", "json")).json()
    new = next(row["id"] for row in listed if row["name"] == "吴建华")
    shown = _ok(cli("-R", year, "show", new, "--format", "json")).json()
    assert [(e["name"], e["score"]) for e in shown["records"]["exams"]] == [("综合考试", 86.5)]
    ladder = _ok(cli("-R", year, "ladder", "--as-of", "2026-05-01", "--format", "json")).json()
    placed = {c["name"]: c for c in ladder["cadres"]}
    assert placed["吴建华"]["tier"] == 1
    exam = next(c for c in placed["吴建华"]["checks"] if c["rule"] == "exam_score")
    assert exam["ok"]
    assert placed["孙立"]["tier"] == 1


def test_the_year_is_clean_in_check(year: Path, cli: Any) -> None:
    report = _ok(cli("-R", year, "check", "--format", "json")).json()
    assert [p for p in report["problems"] if p["severity"] == "error"] == []
