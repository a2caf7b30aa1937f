"""Issue 13 (8): procedures beyond the county's — an enterprise's nine steps (个人自荐 → 组织推荐
→ 资格审查 → 民主推荐 → 单位推荐 → 综合考试 → 党委研究 → 组织考察与公示 → 党委研究确定) and a
village's 三荐两考, each run end to end through real processes and real git.

The pool is the example's; what an enterprise's own pool looks like is another issue. What is
tested here is the procedure: each step recorded per nominee, in order, and what it decides.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cycle import NOMINEE, UNQUALIFIED
from tests.cli.test_cycle_year import data, run
from tests.integrity.registries import environment, records_file

pytestmark = pytest.mark.slow  # whole years through real processes and git

NINE_STEPS = "[qualification, vote, unit-vote, exam, committee, inspection]"
SECOND = [  # a second qualified nominee, by 组织推荐
    "name=吴建华", "id_number=330781199006150012", "party.status=中共党员", "party.joined=2012.06",
    "work_start=2013.08", "current.unit=qx-huxi-zhen", "current.post=经济发展办主任",
    "current.rank=科员", "current.post_since=2019.03", "current.rank_since=2013.08",
    "education[0].kind=全日制", "education[0].level=大学", "records.assessments[0].year=2025",
    "records.assessments[0].grade=优秀",
]  # fmt: skip


def registry_with(root: Path, procedure: str) -> Path:
    """The example registry with its cycle procedure set (committed, as a clerk would)."""
    subprocess.run([sys.executable, "-m", "cadrectl", "init", str(root), "--example"],
                   capture_output=True, env=environment(), check=True)  # fmt: skip
    config = root / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"cycle:\n  procedure: {procedure}\n"
                      "  exam_pass_mark: 60\n", encoding="utf-8")  # fmt: skip
    for args in (["add", "cadrectl.yaml"], ["commit", "-q", "-m", "选拔程序"]):
        subprocess.run(["git", "-C", str(root), *args], env=environment(), check=True)
    run(root, "check")
    run(root, "cycle", "open", "2026", "--date", "2026-03-02")
    ids = [row["id"] for row in json.loads(run(root, "list", "--format", "json").stdout)]
    records = records_file(root.parent / "records.yaml", ids)
    run(root, "cycle", "inspect", "--from-file", str(records))
    return root


def nominate(root: Path, source: str, *fields: str) -> None:
    run(root, "cycle", "nominate", "--source", source, "--by", "本人" if source == "个人自荐"
        else "湖溪镇党委", "--target-rank", "副科", "--direction", "经济", "--date",
        "2026-03-10", *fields)  # fmt: skip


def steps_of(root: Path, nominee: str) -> dict[str, bool | None]:
    status = json.loads(run(root, "cycle", "status", "--date", "2026-04-01", "--format",
                            "json").stdout)  # fmt: skip
    found = next(n for n in status["nominations"] if n["id"] == nominee)
    return {step["step"]: step["passed"] for step in found["steps"]}


def next_step(root: Path) -> str:
    status = run(root, "cycle", "status", "--date", "2026-04-01", "--format", "json").stdout
    return str(json.loads(status)["next_step"])


@pytest.fixture(scope="module")
def enterprise(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of the nine steps: 周晓梅 through all of them, 吴建华 out at the exam, 钱小二 out
    at the 资格审查 (a 高中 education)."""
    root = registry_with(tmp_path_factory.mktemp("enterprise") / "registry", NINE_STEPS)
    nominate(root, "个人自荐", *NOMINEE)  # 1 个人自荐
    nominate(root, "组织推荐", *SECOND)  # 2 组织推荐
    nominate(root, "个人自荐", *UNQUALIFIED)
    assert next_step(root) == "step"  # 3 资格审查 comes first
    refused = run(root, "cycle", "tally", "--meeting", "公司中层干部大会", "--date", "2026-03-20",
                  "--places", "2", "--issued", "60", "--returned", "58", "--valid", "56",
                  "N2026-001=40", ok=False)  # fmt: skip
    assert refused.returncode == 1
    assert "资格审查" in refused.stderr
    run(root, "cycle", "step", "qualification", "N2026-001=通过", "N2026-002=通过",
        "N2026-003=不通过", "--note", "学历不符合要求", "--date", "2026-03-15")  # fmt: skip
    assert next_step(root) == "tally"
    run(root, "cycle", "tally", "--meeting", "公司中层干部大会", "--date", "2026-03-20",
        "--places", "2", "--issued", "60", "--returned", "58", "--valid", "56",
        "N2026-001=40", "N2026-002=38")  # 4 民主推荐  # fmt: skip
    run(root, "cycle", "tally", "--stage", "unit-vote", "--meeting", "湖溪镇党委会",
        "--date", "2026-03-22", "--places", "2", "--issued", "9", "--returned", "9",
        "--valid", "9", "N2026-001=9", "N2026-002=7")  # 5 单位推荐  # fmt: skip
    run(root, "cycle", "step", "exam", "N2026-001=86.5", "N2026-002=55", "--date",
        "2026-03-28")  # 6 综合考试  # fmt: skip
    run(root, "cycle", "step", "committee", "N2026-001=同意", "--body", "公司党委",
        "--note", "确定为考察对象", "--date", "2026-04-02")  # 7 党委研究  # fmt: skip
    run(root, "cycle", "step", "inspection", "N2026-001=合格", "--note", "考察合格，群众公认",
        "--body", "公司党委组织部考察组", "--date", "2026-04-10")  # 8 组织考察  # fmt: skip
    run(root, "cycle", "propose", "--date", "2026-04-15")
    run(root, "cycle", "propose", "--accept-rest", "--date", "2026-04-16")  # 9 党委研究确定
    run(root, "cycle", "publicize", "--start", "2026-04-20", "--date", "2026-04-17")  # 8 公示
    run(root, "cycle", "apply", "--date", "2026-04-28")
    run(root, "cycle", "close", "--date", "2026-04-30")
    return root


def test_each_step_is_recorded_and_only_in_order(enterprise: Path, tmp_path: Path) -> None:
    assert steps_of(enterprise, "N2026-001") == {
        "qualification": True, "vote": True, "unit-vote": True, "exam": True,
        "committee": True, "inspection": True}  # fmt: skip
    assert steps_of(enterprise, "N2026-002") == {
        "qualification": True, "vote": True, "unit-vote": True, "exam": False,
        "committee": None, "inspection": None}  # fmt: skip
    nominations = data(enterprise, "cycles/2026/nominations.yaml")["nominations"]
    committee = next(s for s in nominations[0]["steps"] if s["step"] == "committee")
    assert (committee["body"], committee["result"], str(committee["date"])) == (
        "公司党委", "同意", "2026-04-02")  # fmt: skip
    exam = next(s for s in nominations[1]["steps"] if s["step"] == "exam")
    assert (exam["score"], exam["passed"]) == (55.0, False)


def test_only_the_nominee_through_every_step_enters(enterprise: Path) -> None:
    state = data(enterprise, "cycles/2026/cycle.yaml")
    assert list(state["admitted"]) == ["N2026-001"]
    admitted = data(enterprise, f"cadres/{state['admitted']['N2026-001']}.yaml")
    assert admitted["reserve"]["source"] == "个人自荐"
    # a second vote adds to the first: both are the cadre's 民主推荐 records
    meetings = [r.get("meeting") for r in admitted["records"]["recommendations"]]
    assert meetings[-2:] == ["公司中层干部大会", "湖溪镇党委会"]
    inspection = admitted["records"]["inspections"][-1]
    assert inspection["by"] == "公司党委组织部考察组"
    assert inspection["conclusion"] == "考察合格，群众公认"
    # the 综合考试 is the cadre's first exam record: an exam_score rule reads it
    exams = [(str(e["date"]), e["name"], e["score"]) for e in admitted["records"]["exams"]]
    assert exams == [("2026-03-28", "综合考试", 86.5)]
    lines = data(enterprise, "cycles/2026/adjustment.yaml")["lines"]
    assert [line["subject"] for line in lines if line["action"] == "admit"] == ["N2026-001"]
    assert run(enterprise, "check").returncode == 0


def test_the_year_exports_and_diffs_what_it_did(enterprise: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "调整名单.xlsx"
    run(enterprise, "export", "adjustment", "-o", str(out), "--as-of", "2026-04-30")
    wb = load_workbook(out)
    admits = [[c.value for c in row] for row in wb["拟新进"].iter_rows(min_row=3)]
    assert [row[1] for row in admits] == ["周晓梅"]
    lines = data(enterprise, "cycles/2026/adjustment.yaml")["lines"]
    exits = sum(1 for line in lines if line["action"] == "exit" and line["decision"] == "accept")
    before, after = wb["结构对比"]["C3"].value, wb["结构对比"]["E3"].value
    assert after == before + 1 - exits
    opened = subprocess.run(["git", "-C", str(enterprise), "log", "--diff-filter=A",
                             "--format=%H", "--", "cycles/2026/cycle.yaml"], capture_output=True,
                            text=True, check=True).stdout.split()[-1]  # fmt: skip
    diff = json.loads(run(enterprise, "diff", opened, "cycle-2026", "--format", "json").stdout)
    assert [who["name"] for who in diff["entered"]] == ["周晓梅"]
    assert len(diff["exited"]) == exits


def test_steps_out_of_order_and_bad_values_are_refused(tmp_path: Path) -> None:
    root = registry_with(tmp_path / "registry", NINE_STEPS)
    nominate(root, "个人自荐", *NOMINEE)

    def head() -> str:
        return subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip

    before = head()
    cases = [
        (["exam", "N2026-001=80"], "资格审查"),  # before the 资格审查 and the votes
        (["qualification", "N2026-001=好"], "通过/不通过"),
        (["qualification", "N2026-009=通过"], "N2026-009"),
        (["committee", "N2026-001=同意"], "--body"),
        (["qualification", "N2026-001"], "N2026-001=通过"),
        (["vote", "N2026-001=通过"], "qualification"),
    ]
    for args, said in cases:
        result = run(root, "cycle", "step", *args, ok=False)
        assert result.returncode in (1, 2), args
        assert said in result.stderr, (args, result.stderr)
    assert head() == before  # nothing refused was written
    run(root, "cycle", "step", "qualification", "N2026-001=通过")
    again = run(root, "cycle", "step", "qualification", "N2026-001=不通过", ok=False)
    assert "--replace" in again.stderr
    run(root, "cycle", "tally", "--meeting", "大会", "--places", "1", "--issued", "10",
        "--returned", "10", "--valid", "10", "N2026-001=8")  # fmt: skip
    exam_early = run(root, "cycle", "step", "exam", "N2026-001=80", ok=False)
    assert "单位推荐" in exam_early.stderr  # the unit vote comes before the exam


def test_a_step_outside_the_procedure_is_refused(tmp_path: Path) -> None:
    root = registry_with(tmp_path / "registry", "[vote]")  # a county's
    nominate(root, "个人自荐", *NOMINEE)
    result = run(root, "cycle", "step", "exam", "N2026-001=80", ok=False)
    assert result.returncode == 1
    assert "cycle.procedure" in result.stderr
    unit = run(root, "cycle", "tally", "--stage", "unit-vote", "--meeting", "党委会",
               "--places", "1", "--issued", "9", "--returned", "9", "--valid", "9",
               "N2026-001=9", ok=False)  # fmt: skip
    assert unit.returncode == 1
    assert "单位推荐" in unit.stderr


def test_a_village_three_recommendations_two_exams_year(tmp_path: Path) -> None:
    # 三荐两考: 个人自荐、群众推荐、组织推荐, then 考试 and 考察; no vote
    root = registry_with(tmp_path / "registry", "[qualification, exam, inspection]")
    nominate(root, "群众举荐", *NOMINEE)
    nominate(root, "组织推荐", *SECOND)
    run(root, "cycle", "step", "qualification", "N2026-001=通过", "N2026-002=通过")
    run(root, "cycle", "step", "exam", "N2026-001=78", "N2026-002=81")
    run(root, "cycle", "step", "inspection", "N2026-001=合格", "N2026-002=不合格",
        "--note", "群众反映较多")  # fmt: skip
    assert next_step(root) == "propose"
    run(root, "cycle", "propose", "--date", "2026-04-15")
    lines = data(root, "cycles/2026/adjustment.yaml")["lines"]
    admits = [line for line in lines if line["action"] == "admit"]
    assert [line["subject"] for line in admits] == ["N2026-001"]
    assert "选拔程序" in admits[0]["reason"]
