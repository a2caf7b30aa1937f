"""Issue 13 (2), (4) and (5): objections decide their line, a meeting is tallied once (or
replaced on purpose), apply works from what is committed, and the year closes only when whole.

Most tests start from a rolling 2026 cycle past its 公示 (tests/integrity/registries.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from cadrectl.store import fastyaml
from tests.cli.test_cycle import NOMINEE as CYCLE_NOMINEE
from tests.conftest import git
from tests.integrity.registries import cycle_ready_to_apply

pytestmark = pytest.mark.slow  # each test starts from a year run to its 公示 in real processes


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cycle_ready_to_apply(tmp_path_factory.mktemp("objections") / "registry")


@pytest.fixture
def pool(ready: Path, tmp_path: Path) -> Path:
    root = tmp_path / "registry"
    shutil.copytree(ready, root)
    return root


def run(cli: Any, root: Path, *args: str) -> Any:
    result = cli("-R", root, *args)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result


def first_exit(root: Path) -> tuple[int, str]:
    """The line number and subject of the adjustment's first exit."""
    proposal = fastyaml.parse((root / "cycles/2026/adjustment.yaml").read_text(encoding="utf-8"))
    line = next(item for item in proposal["lines"] if item["action"] == "exit")
    return int(line["line"]), str(line["subject"])


def status_of(root: Path, cadre_id: str) -> str:
    data = fastyaml.parse((root / "cadres" / f"{cadre_id}.yaml").read_text(encoding="utf-8"))
    return str(data["reserve"]["status"])


def next_step(cli: Any, root: Path, date: str) -> str:
    result = run(cli, root, "cycle", "status", "--date", date, "--format", "json")
    return str(result.json()["next_step"])


def object_to(cli: Any, root: Path, line: int) -> None:
    run(cli, root, "cycle", "publicize", "--object", str(line), "--text", "反映考核结果有误",
        "--date", "2026-10-08")  # fmt: skip


def test_a_line_cleared_after_the_apply_is_executed_by_the_next_one(pool: Path, cli: Any) -> None:
    line, subject = first_exit(pool)
    object_to(cli, pool, line)
    run(cli, pool, "cycle", "apply", "--date", "2026-10-12")
    assert status_of(pool, subject) == "active"  # blocked by the open objection
    assert next_step(cli, pool, "2026-10-12") == "resolve"
    refused = cli("-R", pool, "cycle", "close", "--date", "2026-10-13")
    assert refused.exit_code == 1
    assert str(line) in refused.stderr
    run(cli, pool, "cycle", "publicize", "--resolve", str(line), "--finding", "不属实",
        "--note", "经核查，反映不属实", "--date", "2026-10-13")  # fmt: skip
    assert next_step(cli, pool, "2026-10-13") == "apply"
    refused = cli("-R", pool, "cycle", "close", "--date", "2026-10-13")
    assert refused.exit_code == 1
    assert "cycle apply" in refused.stderr
    run(cli, pool, "cycle", "apply", "--date", "2026-10-14")
    assert status_of(pool, subject) == "exited"
    run(cli, pool, "cycle", "close", "--date", "2026-10-15")
    assert git(pool, "status", "--porcelain") == ""
    story = run(cli, pool, "history", subject).stdout
    assert "执行年度调整" in story  # issue 13 (6): history.action.cycle-apply was missing
    assert "缺少消息" not in story


def test_every_action_of_a_commit_has_a_label() -> None:
    """Each writing service (its @writes name is its commits' Action) is named in history."""
    import re

    from cadrectl.cli.history import ACTION_LABELS
    from cadrectl.core.messages import CATALOG

    services = Path(__file__).parents[2] / "cadrectl" / "services"
    actions = {
        name
        for path in services.rglob("*.py")
        for name in re.findall(r'@writes\("([a-z-]+)"\)', path.read_text(encoding="utf-8"))
    }
    assert len(actions) >= 15
    assert actions <= set(ACTION_LABELS)
    assert all(key in CATALOG for key in ACTION_LABELS.values())


def test_an_objection_found_true_drops_its_line_and_leaves_the_person_alone(
    pool: Path, cli: Any
) -> None:
    line, subject = first_exit(pool)
    before = (pool / "cadres" / f"{subject}.yaml").read_bytes()
    object_to(cli, pool, line)
    run(cli, pool, "cycle", "publicize", "--resolve", str(line), "--finding", "属实",
        "--note", "考核结果确有错误", "--date", "2026-10-09")  # fmt: skip
    proposal = (pool / "cycles/2026/adjustment.yaml").read_text(encoding="utf-8")
    assert "公示期间反映属实，不予执行：考核结果确有错误" in proposal
    run(cli, pool, "cycle", "apply", "--date", "2026-10-12")
    assert (pool / "cadres" / f"{subject}.yaml").read_bytes() == before
    run(cli, pool, "cycle", "close", "--date", "2026-10-15")


def test_a_finding_is_one_of_two_words(pool: Path, cli: Any) -> None:
    line, _ = first_exit(pool)
    object_to(cli, pool, line)
    bad = cli("-R", pool, "cycle", "publicize", "--resolve", str(line), "--finding", "部分属实",
              "--note", "x")  # fmt: skip
    assert bad.exit_code == 2


def test_apply_refuses_an_uncommitted_edit_of_the_cycles_files(pool: Path, cli: Any) -> None:
    adjustment = pool / "cycles/2026/adjustment.yaml"
    adjustment.write_text(adjustment.read_text(encoding="utf-8").replace(
        "decision: accept", "decision: reject", 1), encoding="utf-8")  # fmt: skip
    refused = cli("-R", pool, "cycle", "apply", "--date", "2026-10-12")
    assert refused.exit_code == 1
    assert "cycles/2026/adjustment.yaml" in refused.stderr
    assert "applied" not in (pool / "cycles/2026/cycle.yaml").read_text(encoding="utf-8")


def test_a_meeting_is_tallied_once_unless_replaced(tmp_path: Path, cli: Any) -> None:
    root = tmp_path / "registry"
    assert cli("init", root, "--example").exit_code == 0
    run(cli, root, "cycle", "open", "2026", "--date", "2026-09-01")
    meeting = ["cycle", "tally", "--meeting", "湖溪镇干部大会", "--date", "2026-09-20",
               "--places", "2", "--issued", "60", "--returned", "58", "--valid", "56"]  # fmt: skip
    run(cli, root, *meeting, "QX-2019-001=40", "QX-2019-002=30")
    again = cli("-R", root, *meeting, "QX-2019-001=10", "QX-2019-002=30")
    assert again.exit_code == 1
    assert "--replace" in again.stderr
    tallies = root / "cycles/2026/tallies.yaml"
    assert "QX-2019-001: 40" in tallies.read_text(encoding="utf-8")
    run(cli, root, *meeting, "--replace", "QX-2019-001=10", "QX-2019-002=30")
    assert "QX-2019-001: 10" in tallies.read_text(encoding="utf-8")
    too_many = cli("-R", root, *meeting, "--replace", "QX-2019-001=50", "QX-2019-002=50",
                   "QX-2019-003=50")  # fmt: skip
    assert too_many.exit_code == 1
    assert "112" in too_many.stderr


# the major-year test's qualified nominee, with the id number left for each test to give
NOMINEE = [field for field in CYCLE_NOMINEE if not field.startswith("id_number=")]
NOMINATE = ["cycle", "nominate", "--by", "湖溪镇党委", "--target-rank", "副科", "--direction",
            "党群综合", "--date", "2026-09-15"]  # fmt: skip


@pytest.fixture
def opened(tmp_path: Path, cli: Any) -> Path:
    root = tmp_path / "registry"
    assert cli("init", root, "--example").exit_code == 0
    run(cli, root, "cycle", "open", "2026", "--date", "2026-09-01")
    return root


def with_field(name: str, value: str) -> list[str]:
    return [item for item in NOMINEE if not item.startswith(f"{name}=")] + [f"{name}={value}"]


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        (["id_number=330781199203150021", *NOMINEE], "校验位"),  # the check digit is X
        (["id_number=330781199203150011", "gender=女", *NOMINEE], "性别"),  # odd: a man
        (["id_number=33078119920315002X", *with_field("current.unit", "qx-nowhere")],
         "qx-nowhere"),
        (["id_number=33078119920315002X",
          *[item for item in NOMINEE if not item.startswith("party.joined")]], "入党时间"),
    ],
    ids=["check-digit", "gender-vs-id", "unknown-unit", "member-without-joined"],
)  # fmt: skip
def test_a_nominee_is_checked_like_a_cadre_before_the_vote(
    opened: Path, cli: Any, fields: list[str], said: str
) -> None:
    """Issue 13 (3): these nominees were accepted, and apply failed only after the 公示."""
    refused = cli("-R", opened, *NOMINATE, *fields)
    assert refused.exit_code == 1
    assert said in refused.stderr
    assert not (opened / "cycles/2026/nominations.yaml").exists()


def test_a_person_is_nominated_once_until_withdrawn(opened: Path, cli: Any) -> None:
    person = ["id_number=33078119920315002X", *NOMINEE]
    run(cli, opened, *NOMINATE, *person)
    twice = cli("-R", opened, *NOMINATE, *person)
    assert twice.exit_code == 1
    assert "N2026-001" in twice.stderr
    assert "33078119920315002X" not in twice.stderr  # masked: 330781********002X
    assert cli("-R", opened, "cycle", "nominate", "--withdraw", "N2026-001").exit_code == 2
    run(cli, opened, "cycle", "nominate", "--withdraw", "N2026-001", "--note", "本人放弃")
    nominations = (opened / "cycles/2026/nominations.yaml").read_text(encoding="utf-8")
    assert "withdrawn: true" in nominations
    assert "本人放弃" in nominations
    run(cli, opened, *NOMINATE, *person)  # the same person may be nominated again


def test_the_nominees_target_posts_and_mentors_travel_into_the_pool(opened: Path, cli: Any) -> None:
    run(cli, opened, *NOMINATE, "id_number=33078119920315002X", *NOMINEE,
        "reserve.target_posts[0]=qx-huxi-zhen/zhenzhang", "reserve.mentors[0]=李国平")  # fmt: skip
    nominations = (opened / "cycles/2026/nominations.yaml").read_text(encoding="utf-8")
    assert "qx-huxi-zhen/zhenzhang" in nominations
    assert "李国平" in nominations


def test_a_publicity_not_begun_is_re_dated_with_a_reason(pool: Path, cli: Any) -> None:
    """Issue 13 (7): a 公示 could not be re-dated, and one could start before the decision."""
    redate = ["cycle", "publicize", "--start", "2026-09-29", "--replace"]
    assert cli("-R", pool, *redate, "--date", "2026-09-25").exit_code == 2  # no --note
    begun = cli("-R", pool, *redate, "--note", "改期", "--date", "2026-09-28")
    assert begun.exit_code == 1
    assert "已于" in begun.stderr
    early = cli("-R", pool, "cycle", "publicize", "--start", "2026-09-21", "--replace",
                "--note", "提前", "--date", "2026-09-20")  # fmt: skip
    assert early.exit_code == 1
    assert "审定" in early.stderr
    run(cli, pool, *redate, "--note", "与县委全会时间冲突", "--date", "2026-09-25")
    state = fastyaml.parse((pool / "cycles/2026/cycle.yaml").read_text(encoding="utf-8"))
    # cadrectl's own files write a day as quoted text ('2026-09-29'), which the models read
    assert str(state["publicity"]["start"]) == "2026-09-29"
    # 9/29, 9/30, then National Day, then 10/8, 10/9 and Saturday 10/10, a 调休 working day
    assert str(state["publicity"]["end"]) == "2026-10-10"
    assert state["publicity"]["redated"] == "与县委全会时间冲突"


def test_close_waits_for_the_filing_where_the_registry_requires_it(pool: Path, cli: Any) -> None:
    config = pool / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "cycle: {require_filing: true}\n",
                      encoding="utf-8")  # fmt: skip
    git(pool, "commit", "--quiet", "-am", "须报备案")
    run(cli, pool, "cycle", "apply", "--date", "2026-10-12")
    refused = cli("-R", pool, "cycle", "close", "--date", "2026-10-15")
    assert refused.exit_code == 1
    assert "cycle file" in refused.stderr
    run(cli, pool, "cycle", "file", "--to", "市委组织部", "--sent", "调整名单、公示情况",
        "--date", "2026-10-14")  # fmt: skip
    run(cli, pool, "cycle", "close", "--date", "2026-10-15")
    state = fastyaml.parse((pool / "cycles/2026/cycle.yaml").read_text(encoding="utf-8"))
    assert state["filings"] == [
        {"to": "市委组织部", "date": "2026-10-14", "sent": "调整名单、公示情况"}
    ]


def test_the_notice_is_dated_by_the_step_and_keeps_exit_reasons_private(
    pool: Path, cli: Any
) -> None:
    """Issue 13 (6): the notice was dated by the wall clock and published each exit's reason."""
    run(cli, pool, "cycle", "publicize", "--start", "2026-09-29", "--replace", "--note", "改期",
        "--date", "2026-09-25")  # fmt: skip
    notice = (pool / "cycles/2026/notice.txt").read_text(encoding="utf-8")
    assert "2026年9月25日" in notice
    from cadrectl.core.messages import t

    assert f"：{t('cycle.action.exit')}\n" in notice  # the exit is published, its reason is not
    assert "不符合任职资格" not in notice
    assert "超过年龄界限" not in notice


def test_a_decision_commit_names_the_lines_it_decided(pool: Path) -> None:
    """Issue 13 (6): decision commits did not say which lines were decided."""
    from cadrectl.core.messages import t

    body = git(pool, "log", "-1", "--format=%B", "--grep=Action: cycle-propose")
    line, subject = first_exit(pool)
    assert f"第 {line} 行" in body
    assert subject in body
    assert t("cycle.decision.accept") in body
    first = git(pool, "log", "--reverse", "--format=%B", "--grep=Action: cycle-propose")
    assert "第 1 行" not in first.split("Action: cycle-propose")[0]  # the first run decided none


def test_diff_reports_the_tier_changes_an_apply_executed(pool: Path, cli: Any) -> None:
    """Issue 13 (6): after an apply of dozens of re-tier lines, diff said "tiers": []."""
    proposal = fastyaml.parse((pool / "cycles/2026/adjustment.yaml").read_text(encoding="utf-8"))
    retiers = {line["subject"]: line for line in proposal["lines"] if line["action"] == "retier"}
    assert retiers  # the example's rolling year has some
    run(cli, pool, "cycle", "apply", "--date", "2026-10-12")
    changes = run(cli, pool, "diff", "HEAD~1", "--format", "json").json()["tiers"]
    by_id = {change["id"]: change for change in changes}
    assert set(retiers) <= set(by_id)
    some = next(iter(retiers))
    assert by_id[some]["old"] == retiers[some]["old_tier"]
    assert by_id[some]["new"] == retiers[some]["new_tier"]
    assert by_id[some]["cycle"] == 2026
    assert run(cli, pool, "diff", "HEAD~1", "HEAD~1", "--format", "json").json()["tiers"] == []


def first_line(root: Path, action: str) -> tuple[int, str]:
    proposal = fastyaml.parse((root / "cycles/2026/adjustment.yaml").read_text(encoding="utf-8"))
    line = next(item for item in proposal["lines"] if item["action"] == action)
    return int(line["line"]), str(line["subject"])


def test_apply_refuses_a_line_the_data_no_longer_supports(pool: Path, cli: Any) -> None:
    # issue 13 (5): a 不称职 recorded during the 公示 did not stop the line that keeps the person
    line, subject = first_line(pool, "retier")
    run(cli, pool, "record", subject, "assessment", "year=2026", "grade=不称职", "--replace")
    head = git(pool, "rev-parse", "HEAD")
    refused = cli("-R", pool, "cycle", "apply", "--date", "2026-10-12")
    assert refused.exit_code == 1
    assert f"{line} " in refused.stderr
    assert "年度考核不称职" in refused.stderr
    assert git(pool, "rev-parse", "HEAD") == head  # nothing applied, not even the other lines
    # the way on: the new fact is an objection found true, which drops the line
    object_to(cli, pool, line)
    run(cli, pool, "cycle", "publicize", "--resolve", str(line), "--finding", "属实",
        "--note", "公示期间年度考核复核为不称职", "--date", "2026-10-09")  # fmt: skip
    run(cli, pool, "cycle", "apply", "--date", "2026-10-12")
    assert status_of(pool, subject) == "active"  # left for the next year's negative list


def test_apply_refuses_an_exit_of_someone_who_left_meanwhile(pool: Path, cli: Any) -> None:
    line, subject = first_exit(pool)
    run(cli, pool, "exit", subject, "--reason", "调离", "--date", "2026-10-08")
    refused = cli("-R", pool, "cycle", "apply", "--date", "2026-10-12")
    assert refused.exit_code == 1
    assert f"{line} " in refused.stderr
    assert "已不在库" in refused.stderr


def test_the_adjustment_export_shows_a_dropped_admission_as_not_agreed(
    tmp_path: Path, cli: Any
) -> None:
    from openpyxl import load_workbook

    # issue 13 (6): the never-admitted nominee was listed as 同意
    from tests.cli.test_cycle_year import rolling_year_to_publicity

    root = tmp_path / "registry"
    rolling_year_to_publicity(root)
    line, _ = first_line(root, "admit")
    object_to(cli, root, line)
    run(cli, root, "cycle", "publicize", "--resolve", str(line), "--finding", "属实",
        "--note", "推荐程序不规范", "--date", "2026-10-09")  # fmt: skip
    run(cli, root, "cycle", "apply", "--date", "2026-10-12")
    out = tmp_path / "调整名单.xlsx"
    run(cli, root, "export", "adjustment", "-o", str(out), "--as-of", "2026-10-12")
    [row] = [[c.value for c in r] for r in load_workbook(out)["拟新进"].iter_rows(min_row=3)]
    assert row[1] == "周晓梅"
    assert row[-2] == "不同意"
    assert "推荐程序不规范" in row[-1]
    assert fastyaml.parse((root / "cycles/2026/cycle.yaml").read_text(encoding="utf-8")).get(
        "admitted") == {}  # fmt: skip
