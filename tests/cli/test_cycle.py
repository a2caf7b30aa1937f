"""A full major-year cycle on a copy of registry-example in a real git repository."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cadrectl.store import fastyaml
from tests.conftest import git

NOMINEE = [
    "name=周晓梅", "id_number=33078119920315002X", "party.status=中共党员", "party.joined=2014.06",
    "work_start=2015.08", "current.unit=qx-huxi-zhen", "current.post=党政办主任",
    "current.rank=科员", "current.post_since=2020.03", "current.rank_since=2015.08",
    "education[0].kind=全日制", "education[0].level=大学", "records.assessments[0].year=2025",
    "records.assessments[0].grade=优秀", "records.recommendations[0].year=2026",
    "records.recommendations[0].ballots_valid=60", "records.recommendations[0].votes_for=50",
]  # fmt: skip
UNQUALIFIED = [
    "name=钱小二", "id_number=330781199501010017", "party.status=群众", "work_start=2024.08",
    "current.unit=qx-huxi-zhen", "current.post=科员", "current.rank=科员",
    "current.post_since=2024.08", "current.rank_since=2024.08", "education[0].kind=全日制",
    "education[0].level=高中",
]  # fmt: skip


@pytest.fixture
def pool(tmp_path: Path, cli: Any) -> Path:
    root = tmp_path / "pool"
    assert cli("init", root, "--example").exit_code == 0
    return root


def run(cli: Any, root: Path, *args: str) -> Any:
    result = cli("-R", root, *args)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result


def status(cli: Any, root: Path, date: str) -> dict[str, Any]:
    data: dict[str, Any] = run(
        cli, root, "cycle", "status", "--date", date, "--format", "json"
    ).json()
    return data


def bulk_file(cli: Any, root: Path, tmp_path: Path, skip: str, failing: str) -> Path:
    rows = run(cli, root, "list", "--format", "json").json()
    lines = []
    for row in rows:
        if row["id"] == skip:
            continue
        grade = "不称职" if row["id"] == failing else "称职"
        lines.append(f"- {{cadre: {row['id']}, kind: assessment, year: 2026, grade: {grade}}}")
        lines.append(f"- {{cadre: {row['id']}, kind: inspection, date: 2026-09-10, "
                     "by: 县委组织部考察组, conclusion: 继续培养}")  # fmt: skip
    path = tmp_path / "records.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow  # a whole 换届 year, 14 commits
def test_a_full_major_cycle(
    pool: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits_before = len(git(pool, "log", "--format=%H").split())

    # open: major year, a second open refused, steps out of order refused
    run(cli, pool, "cycle", "open", "2026", "--major", "--date", "2026-09-01")
    assert cli("-R", pool, "cycle", "open", "2027").exit_code == 1
    refused = cli("-R", pool, "cycle", "publicize", "--start", "2026-09-28")
    assert refused.exit_code == 1
    assert "cycle propose" in refused.stderr
    first = status(cli, pool, "2026-09-01")
    assert first["major"] is True
    assert first["next_step"] == "inspect"
    assert len(first["inspect"]["missing"]) == 120

    # inspect: bulk records for all but one, who is waived with a reason
    skip, failing = "QX-2019-006", "QX-2019-008"
    run(
        cli,
        pool,
        "cycle",
        "inspect",
        "--from-file",
        str(bulk_file(cli, pool, tmp_path, skip, failing)),
    )
    missing = status(cli, pool, "2026-09-12")["inspect"]["missing"]
    assert [m["id"] for m in missing] == [skip]
    assert (
        cli("-R", pool, "cycle", "propose", "--date", "2026-09-12").exit_code == 1
    )  # inspect first
    run(cli, pool, "cycle", "inspect", "--waive", skip, "--reason", "病休")
    assert status(cli, pool, "2026-09-12")["inspect"]["missing"] == []

    # nominate: one qualified, one not (qualification review by the ladder's rules)
    run(cli, pool, "cycle", "nominate", "--by", "湖溪镇党委", "--target-rank", "副科",
        "--direction", "党群综合", "--date", "2026-09-15", *NOMINEE)  # fmt: skip
    run(cli, pool, "cycle", "nominate", "--source", "群众举荐", "--by", "城东街道",
        "--target-rank", "副科", "--direction", "经济", "--date", "2026-09-15",
        *UNQUALIFIED)  # fmt: skip
    reviewed = status(cli, pool, "2026-09-15")["nominations"]
    assert [n["qualified"] for n in reviewed] == [True, False]
    assert any("高中" in reason for reason in reviewed[1]["reasons"])
    assert len(status(cli, pool, "2026-09-15")["untallied"]) == 122  # major year: everyone

    # tally: an invalid meeting is refused with its reason; then the real one
    active = [row["id"] for row in run(cli, pool, "list", "--format", "json").json()]
    votes = [f"{cid}={30 if cid == 'QX-2019-009' else 150}" for cid in active]
    bad = cli("-R", pool, "cycle", "tally", "--meeting", "全县干部大会", "--date", "2026-09-20",
              "--places", "125", "--issued", "200", "--returned", "150", "--valid", "148",
              "N2026-001=120", "N2026-002=100", *votes)  # fmt: skip
    assert bad.exit_code == 1
    assert "75.0%" in bad.stderr
    run(cli, pool, "cycle", "tally", "--meeting", "全县干部大会", "--date", "2026-09-20",
        "--places", "125", "--issued", "200", "--returned", "190", "--valid", "180",
        "N2026-001=120", "N2026-002=100", *votes)  # fmt: skip
    assert status(cli, pool, "2026-09-20")["untallied"] == []

    # propose: admissions, exits (negative list, low votes), tier changes; decide line by line
    run(cli, pool, "cycle", "propose", "--date", "2026-09-22")
    lines = status(cli, pool, "2026-09-22")["proposal"]
    by_subject = {line["subject"]: line for line in lines}
    assert by_subject["N2026-001"]["action"] == "admit"
    assert "N2026-002" not in by_subject  # failed the review
    assert by_subject["QX-2019-009"]["action"] == "exit"  # 16.7% in a major year
    assert by_subject[failing]["action"] == "exit"  # 不称职
    retier = next(line for line in lines if line["action"] == "retier")
    assert "→" in retier["reason"]
    assert "{" not in retier["reason"]
    rejected = by_subject["QX-2019-009"]["line"]
    assert cli("-R", pool, "cycle", "propose", "--reject", str(rejected)).exit_code == 2  # no note
    run(cli, pool, "cycle", "propose", "--date", "2026-09-22", "--reject", str(rejected),
        "--note", "经核实，得票低系会议组织问题，暂缓调出")  # fmt: skip
    run(cli, pool, "cycle", "propose", "--date", "2026-09-22")  # a re-run keeps the decision
    again = {line["subject"]: line for line in status(cli, pool, "2026-09-22")["proposal"]}
    assert again["QX-2019-009"]["decision"] == "reject"
    assert cli("-R", pool, "cycle", "publicize", "--start", "2026-09-28").exit_code == 1  # pending
    run(cli, pool, "cycle", "propose", "--accept-rest", "--date", "2026-09-22")
    assert status(cli, pool, "2026-09-22")["pending"] == []
    check_adjustment_workbook(cli, pool, tmp_path)
    check_cycle_files_against_their_schemas(pool)

    # publicize across National Day: refused on a holiday, too short, then 09-28 → 10-09
    assert cli("-R", pool, "cycle", "publicize", "--start", "2026-10-01").exit_code == 1
    assert (
        cli("-R", pool, "cycle", "publicize", "--start", "2026-09-28", "--days", "4").exit_code == 2
    )
    run(cli, pool, "cycle", "publicize", "--start", "2026-09-28")
    publicity = status(cli, pool, "2026-09-29")["publicity"]
    assert publicity["end"] == "2026-10-09"  # checked by hand: 9/28, 9/29, 9/30, 10/8, 10/9
    notice = (pool / "cycles" / "2026" / "notice.txt").read_text(encoding="utf-8")
    assert "周晓梅" in notice
    assert "2026年9月28日至2026年10月9日（5个工作日）" in notice
    # the notice numbers its items as the proposal does: an objection quoting one names the
    # same person in publicize --object (the rejected line's number is not there at all)
    items = (re.match(r"^([0-9]+)\. ", line) for line in notice.splitlines())
    numbered = {int(item.group(1)): item.string for item in items if item}
    assert rejected not in numbered
    assert by_subject[failing]["name"] in numbered[by_subject[failing]["line"]]

    # an objection blocks its line until resolved; apply is refused while 公示 runs
    exit_line = by_subject[failing]["line"]
    run(cli, pool, "cycle", "publicize", "--object", str(exit_line), "--text", "反映考核结果有误",
        "--date", "2026-10-08")  # fmt: skip
    assert status(cli, pool, "2026-10-08")["publicity"]["open_objections"] == [exit_line]
    assert cli("-R", pool, "cycle", "apply", "--date", "2026-10-09").exit_code == 1
    run(cli, pool, "cycle", "publicize", "--resolve", str(exit_line),
        "--note", "经核查，反映不属实", "--date", "2026-10-09")  # fmt: skip

    # apply, killed after writing its files and before the commit: the next command finishes it
    from cadrectl.store import git as git_module
    from cadrectl.store import transaction

    with monkeypatch.context() as killed_run:
        killed_run.setattr(transaction, "undo", lambda *args, **kwargs: None)  # no chance to undo

        def killed(*args: Any, **kwargs: Any) -> None:
            raise KeyboardInterrupt

        killed_run.setattr(git_module, "commit", killed)
        assert cli("-R", pool, "cycle", "apply", "--date", "2026-10-12").exit_code == 130
        assert git(pool, "status", "--porcelain")  # half done: files written, nothing committed
    resumed = cli("-R", pool, "cycle", "status", "--date", "2026-10-12")
    assert "已补完并提交" in resumed.stderr
    assert git(pool, "status", "--porcelain") == ""
    run(cli, pool, "cycle", "apply", "--date", "2026-10-12")  # applied: only the tag is left
    assert git(pool, "status", "--porcelain") == ""
    assert git(pool, "tag", "--list", "cycle-2026").strip() == "cycle-2026"
    admitted = pool / "cadres" / "QX-2026-024.yaml"
    assert "name: 周晓梅" in admitted.read_text(encoding="utf-8")
    assert "status: exited" in (pool / "cadres" / f"{failing}.yaml").read_text(encoding="utf-8")
    kept = (pool / "cadres" / "QX-2019-009.yaml").read_text(encoding="utf-8")
    assert "status: active" in kept
    # issue 13 (4): a sitting reserve's votes reach the file, for the negative list of years on
    assert "meeting: 全县干部大会" in kept
    assert "votes_for: 30" in kept
    head = git(pool, "rev-parse", "HEAD")
    run(cli, pool, "cycle", "apply", "--date", "2026-10-13")  # re-running changes nothing
    assert git(pool, "rev-parse", "HEAD") == head
    assert run(cli, pool, "check").exit_code == 0
    check_the_year_after_apply(cli, pool, tmp_path)

    # close: the cycle becomes read-only history
    run(cli, pool, "cycle", "close", "--date", "2026-10-15")
    assert status(cli, pool, "2026-10-15")["status"] == "closed"
    assert cli("-R", pool, "cycle", "propose", "--year", "2026").exit_code == 1
    subjects = git(pool, "log", "--format=%s", f"-{20}").splitlines()
    assert subjects[0] == "结束 2026 年度后备干部调整"
    assert subjects[1].startswith("执行 2026 年度后备干部调整")
    assert len(git(pool, "log", "--format=%H").split()) - commits_before == 14


def check_the_year_after_apply(cli: Any, pool: Path, tmp_path: Path) -> None:
    """The export compares the pool as the cycle opened with the pool now; diff agrees."""
    from openpyxl import load_workbook

    proposal = fastyaml.parse((pool / "cycles/2026/adjustment.yaml").read_text(encoding="utf-8"))
    accepted = [line for line in proposal["lines"] if line["decision"] == "accept"]
    exits = {line["subject"] for line in accepted if line["action"] == "exit"}
    admits = [line for line in accepted if line["action"] == "admit"]
    out = tmp_path / "调整名单-执行后.xlsx"
    run(cli, pool, "export", "adjustment", "-o", str(out), "--as-of", "2026-10-12")
    compare = load_workbook(out)["结构对比"]
    assert compare["C3"].value == 120  # the pool as the cycle opened
    assert compare["E3"].value == 120 + len(admits) - len(exits)
    assert compare["E3"].value == len(run(cli, pool, "list", "--format", "json").json())
    opened = git(pool, "log", "--diff-filter=A", "--format=%H", "--", "cycles/2026/cycle.yaml")
    diff = run(cli, pool, "diff", opened.split()[-1], "cycle-2026", "--format", "json").json()
    assert [who["name"] for who in diff["entered"]] == ["周晓梅"]
    assert {who["id"] for who in diff["exited"]} == exits
    retiered = {line["subject"] for line in accepted if line["action"] == "retier"}
    assert {who["id"] for who in diff["tiers"]} >= retiered


def check_cycle_files_against_their_schemas(pool: Path) -> None:
    """The files the clerk may edit by hand declare a schema that a stock validator accepts."""
    import subprocess

    from tests.test_schemas import check_jsonschema

    folder = pool / "cycles" / "2026"
    for name, schema in (
        ("cycle.yaml", "cycle"),
        ("adjustment.yaml", "adjustment"),
        ("nominations.yaml", "nominations"),
        ("tallies.yaml", "tallies"),
    ):
        text = (folder / name).read_text(encoding="utf-8")
        assert text.startswith(
            f"# yaml-language-server: $schema=../../schemas/{schema}.schema.json"
        )
        result = subprocess.run(
            [check_jsonschema(), "--schemafile", str(pool / "schemas" / f"{schema}.schema.json"),
             str(folder / name)], capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr


def check_adjustment_workbook(cli: Any, pool: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "调整名单.xlsx"
    run(cli, pool, "export", "adjustment", "-o", str(out), "--as-of", "2026-09-22")
    wb = load_workbook(out)
    assert wb.sheetnames == ["拟新进", "拟调出", "已使用", "层次调整", "结构对比"]
    admit = wb["拟新进"]
    assert admit["A1"].value == "青溪县2026年度后备干部调整名单（拟新进）"
    # issue 13 (9): people by name with their facts, units and posts by name, never ids
    assert [c.value for c in admit[2]][:6] == ["序号", "姓名", "性别", "出生年月", "学历",
                                               "现任职务"]  # fmt: skip
    assert [c.value for c in admit[3]][1:6] == ["周晓梅", "女", "1992.03", "大学",
                                                "湖溪镇党政办主任"]  # fmt: skip
    exits = [[c.value for c in row] for row in wb["拟调出"].iter_rows(min_row=3)]
    rejected = next(row for row in exits if row[1] == "李洁燕")  # QX-2019-009
    assert rejected[8] == "不同意"
    assert rejected[9].startswith("经核实")
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not any("QX-" in value or "qx-" in value or "N2026-" in value for value in cells)
    compare = [[c.value for c in row] for row in wb["结构对比"].iter_rows(min_row=3, max_row=3)]
    assert compare[0][0] == "在库总数"
    assert compare[0][4] == compare[0][2] + 1 - (len(exits) - 1)  # one in, the accepted exits out
    for ws in wb.worksheets:
        assert ws.print_title_rows == "$2:$2"
        for row in ws.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


def test_status_text_says_what_is_missing(pool: Path, cli: Any) -> None:
    run(cli, pool, "cycle", "open", "2026", "--date", "2026-09-01")
    out = run(cli, pool, "cycle", "status", "--date", "2026-09-01").stdout
    assert "一、考察" in out
    assert "缺2026年度考核、考察记录" in out
    assert "下一步" in out


def test_a_year_without_holiday_data_is_refused_with_how_to_add_it(pool: Path, cli: Any) -> None:
    from cadrectl.services.cycle.publicize import work_calendar
    from cadrectl.services.registry import load_registry
    from cadrectl.store.registry import RegistryPaths

    calendar = work_calendar(load_registry(RegistryPaths(pool)))
    import datetime as dt

    from cadrectl.rules.workdays import UnknownYear

    with pytest.raises(UnknownYear):
        calendar.is_workday(dt.date(2027, 10, 8))


def rolling_year(cli: Any, root: Path, records: Path) -> dict[str, str]:
    """A rolling 2026 cycle applied on ``root``: each exited cadre's recorded exit reason."""
    from cadrectl.store import fastyaml
    from tests.integrity.registries import records_file

    assert cli("init", root, "--example").exit_code == 0
    run(cli, root, "cycle", "open", "2026", "--date", "2026-09-01")
    active = [row["id"] for row in run(cli, root, "list", "--format", "json").json()]
    run(cli, root, "cycle", "inspect", "--from-file", str(records_file(records, active)))
    run(cli, root, "cycle", "propose", "--date", "2026-09-22")
    run(cli, root, "cycle", "propose", "--accept-rest", "--date", "2026-09-22")
    run(cli, root, "cycle", "publicize", "--start", "2026-09-28")
    run(cli, root, "cycle", "apply", "--date", "2026-10-12")
    reasons = {}
    for path in sorted((root / "cadres").glob("*.yaml")):
        data = fastyaml.parse(path.read_text(encoding="utf-8"))
        exited = data["reserve"].get("exited")
        if exited and str(exited["date"]).startswith("2026-10"):
            reasons[data["id"]] = exited["reason"]
    return reasons


@pytest.mark.slow  # a year run twice, in both languages
def test_exit_reasons_come_from_the_causes_in_either_language(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 (1): exits for missing grassroots years were recorded as 年度考核不称职, and
    under CADRECTL_LANG=en every exit was."""
    chinese = rolling_year(cli, tmp_path / "zh", tmp_path / "zh-records.yaml")
    monkeypatch.setenv("CADRECTL_LANG", "en")
    english = rolling_year(cli, tmp_path / "en", tmp_path / "en-records.yaml")
    assert chinese == english
    assert "年度考核不称职" not in chinese.values()  # every 2026 grade in the file is 称职
    assert set(chinese.values()) == {"不再符合资格条件", "超过年龄界限"}
