"""A university's pool, built with commands only from `init --profile university`.

One college and one office; four reserves, every figure worked out by hand as of 2026-12-01:

- 张明远, 副教授 with no administrative rank, 研究生, working since 2010-07, for 副处级 (副院长):
  title 副高级 ≥ 中级, 2025 优秀, votes 70 %, 6 days' 党校 training in 2025: tier 1 now. A
  civil-service pool would have refused him as 越级; this policy has no such rule.
- 李文静, 讲师, 正科级 since 2020-01, 大学, working since 2012-09, for 副处级: tier 1 now.
- 王建, 讲师, 副处级, for 正处级 (院长): the policy asks 副高级 — no tier, exit suggested.
- 赵一鸣, 助理研究员 (中级), working since 2023-07, for 副处级: 5 years of work on 2028-07-01,
  within 36 months: tier 2, ready 2028-07-01.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_pool_township import _ok, _run

AS_OF = "2026-12-01"
COLLEGE, OFFICE = "dx-jisuanji", "dx-jiaowu"


def _add(root: Path, *fields: str) -> None:
    _run("-R", root, "add", "ethnicity=汉族", "party.status=中共党员",
         "reserve.entered=2024-09", "reserve.source=组织推荐", "reserve.direction=院系管理",
         "reserve.mentors[0]=党委组织部", *fields)  # fmt: skip


def _records(root: Path, cadre: str, grade: str, votes: str, year: int = 2025) -> None:
    _run("-R", root, "record", cadre, "assessment", f"year={year}", f"grade={grade}")
    _run("-R", root, "record", cadre, "recommendation", "year=2025", "ballots_valid=100",
         f"votes_for={votes}")  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pool") / "大学"
    _run("init", root, "--profile", "university")
    _run("-R", root, "unit", "add", COLLEGE, "--name", "计算机学院", "--kind", "学院")
    _run("-R", root, "unit", "add-post", COLLEGE, "yuanzhang", "--title", "院长", "--rank",
         "正处级", "--head")  # fmt: skip
    _run("-R", root, "unit", "add-post", COLLEGE, "fuyuanzhang", "--title", "副院长", "--rank",
         "副处级", "--seats", "2")  # fmt: skip
    _run("-R", root, "unit", "add", OFFICE, "--name", "教务处", "--kind", "机关部处")
    _add(root, "name=张明远", "party.joined=2005-06",
         "gender=男", "birth=1982-03", "title=副教授", "work_start=2010-07",
         "education[0].kind=全日制", "education[0].level=研究生", "education[0].degree=博士",
         f"current.unit={COLLEGE}", "current.post=教授委员会委员", "reserve.target_rank=副处级",
         f"reserve.target_posts[0]={COLLEGE}/fuyuanzhang")  # fmt: skip
    _add(root, "name=李文静", "party.joined=2008-06",
         "gender=女", "birth=1986-10", "title=讲师", "work_start=2012-09",
         "education[0].kind=全日制", "education[0].level=大学", f"current.unit={OFFICE}",
         "current.post=教务处综合科科长", "current.rank=正科级", "current.post_since=2020-01",
         "current.rank_since=2020-01", "reserve.target_rank=副处级",
         f"reserve.target_posts[0]={COLLEGE}/fuyuanzhang")  # fmt: skip
    _add(root, "name=王建", "party.joined=2001-06",
         "gender=男", "birth=1979-05", "title=讲师", "work_start=2003-07",
         "education[0].kind=全日制", "education[0].level=研究生", f"current.unit={COLLEGE}",
         "current.post=副院长", "current.rank=副处级", "current.post_since=2019-09",
         "current.rank_since=2019-09", "reserve.target_rank=正处级",
         f"reserve.target_posts[0]={COLLEGE}/yuanzhang")  # fmt: skip
    _add(root, "name=赵一鸣", "party.joined=2017-06",
         "gender=男", "birth=1995-08", "title=助理研究员",
         "work_start=2023-07", "education[0].kind=全日制", "education[0].level=研究生",
         f"current.unit={COLLEGE}", "current.post=科研秘书", "reserve.target_rank=副处级",
         f"reserve.target_posts[0]={COLLEGE}/fuyuanzhang")  # fmt: skip
    zhang, li, wang, zhao = (f"DX-2024-00{n}" for n in range(1, 5))
    _records(root, zhang, "优秀", "70")
    _records(root, li, "合格", "55")
    _records(root, wang, "优秀", "80")
    _records(root, zhao, "合格", "60", year=2024)  # the 2025 assessment not recorded yet
    for cadre, start, end in ((zhang, "2025-05-05", "2025-05-10"), (li, "2024-10-08",
                              "2024-10-12"), (zhang, "2026-06-01", "2026-06-02")):  # fmt: skip
        _run("-R", root, "record", cadre, "training", f"from={start}", f"to={end}",
             "name=中青年干部培训班", "organizer=省委党校")  # fmt: skip
    return root


def test_the_pool_is_clean_in_check(built: Path, cli: Any) -> None:
    report = _ok(cli("-R", built, "check", "--format", "json")).json()
    assert report["problems"] == []


def test_the_ladder_as_computed_by_hand(built: Path, cli: Any) -> None:
    ladder = _ok(cli("-R", built, "ladder", "--as-of", AS_OF, "--format", "json")).json()
    placed = {c["name"]: c for c in ladder["cadres"]}
    assert (placed["张明远"]["tier"], placed["张明远"]["ready_on"]) == (1, AS_OF)
    assert (placed["李文静"]["tier"], placed["李文静"]["ready_on"]) == (1, AS_OF)
    assert placed["王建"]["tier"] is None
    assert placed["王建"]["exit_suggested"] is True
    assert placed["王建"]["exit_reasons"] == [
        "不符合任职资格：专业技术职务 讲师，低于要求的 副高级"
    ]
    title = next(c for c in placed["王建"]["checks"] if c["rule"] == "title_min")
    assert (title["ok"], title["detail"]) == (False, "专业技术职务 讲师，低于要求的 副高级")
    assert (placed["赵一鸣"]["tier"], placed["赵一鸣"]["ready_on"]) == (2, "2028-07-01")
    assert all(c["rule"] != "rank_step" for p in placed.values() for c in p["checks"])


def test_the_structure_by_title_as_computed_by_hand(built: Path, cli: Any) -> None:
    data = _ok(cli("-R", built, "report", "structure", "--as-of", AS_OF, "--group-by", "title",
                   "--format", "json")).json()  # fmt: skip
    assert data["total"] == 4
    assert data["average_age"] == 40.5  # (44 + 40 + 47 + 31) / 4
    titles = {s["value"]: s["count"] for s in data["dimensions"]["title"] if s["count"]}
    assert titles == {"讲师": 2, "副教授": 1, "助理研究员": 1}
    assert set(data["groups"]) == {"讲师", "副教授", "助理研究员"}
    assert data["groups"]["讲师"]["total"] == 2


def test_coverage_as_computed_by_hand(built: Path, cli: Any) -> None:
    data = _ok(cli("-R", built, "report", "coverage", "--as-of", AS_OF, "--format", "json")).json()
    posts = {p["post"]: (len(p["reserves"]), p["needed"], p["covered"]) for p in data["posts"]}
    assert posts == {"yuanzhang": (1, 2, False), "fuyuanzhang": (3, 4, False)}


def test_the_warnings_as_computed_by_hand(built: Path, cli: Any) -> None:
    data = _ok(cli("-R", built, "report", "warnings", "--as-of", AS_OF, "--format", "json")).json()
    kinds: dict[str, set[str]] = {}
    for warning in data["warnings"]:
        kinds.setdefault(warning["name"], set()).add(warning["kind"])
    assert "no-assessment" in kinds["赵一鸣"]
    assert "no-assessment" not in kinds.get("张明远", set())
    assert "no-training" not in kinds.get("张明远", set())  # trained in 2026
    assert "no-training" in kinds["李文静"]
