"""Issue 13's whole years, run as a clerk runs them (a process per command, real git):
the files they leave, the adjustment export's figures, the notice, ``diff`` and ``history``.

The same rolling year run in Chinese and in English writes byte-identical registry files:
what goes into a file is the record, not the language of the shell that ran the command.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cadrectl.store import fastyaml
from tests.cli.test_cycle import NOMINEE
from tests.integrity.registries import environment, snapshot

pytestmark = pytest.mark.slow  # whole years through real processes and git

FAILING, LOW_VOTES = 0, 1  # indexes among the active reserves


def run(
    root: Path, *args: str, lang: str = "zh", ok: bool = True
) -> subprocess.CompletedProcess[str]:
    env = environment() | {"CADRECTL_LANG": lang}
    result = subprocess.run([sys.executable, "-m", "cadrectl", "-R", str(root), *args],
                            capture_output=True, text=True, env=env, check=False)  # fmt: skip
    if ok:
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
    return result


def data(root: Path, name: str) -> dict:  # type: ignore[type-arg]
    return fastyaml.parse((root / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def active(root: Path) -> list[str]:
    return [row["id"] for row in json.loads(run(root, "list", "--format", "json").stdout)]


def rolling_year_to_publicity(root: Path, lang: str = "zh") -> list[str]:
    """init --example, then a rolling 2026 year up to its 公示; returns the active ids."""
    env = environment() | {"CADRECTL_LANG": lang}
    subprocess.run([sys.executable, "-m", "cadrectl", "init", str(root), "--example"],
                   capture_output=True, env=env, check=True)  # fmt: skip
    run(root, "cycle", "open", "2026", "--date", "2026-09-01", lang=lang)
    ids = active(root)
    records = root.parent / f"records-{lang}.yaml"
    lines = []
    for index, cadre in enumerate(ids):
        grade = "不称职" if index == FAILING else "称职"
        lines.append(f"- {{cadre: {cadre}, kind: assessment, year: 2026, grade: {grade}}}")
        lines.append(f"- {{cadre: {cadre}, kind: inspection, date: 2026-09-10, "
                     "by: 县委组织部考察组, conclusion: 继续培养}")  # fmt: skip
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(root, "cycle", "inspect", "--from-file", str(records), lang=lang)
    run(root, "cycle", "nominate", "--by", "湖溪镇党委", "--target-rank", "副科", "--direction",
        "党群综合", "--date", "2026-09-15", *NOMINEE, lang=lang)  # fmt: skip
    run(root, "cycle", "tally", "--meeting", "湖溪镇干部大会", "--date", "2026-09-20",
        "--places", "2", "--issued", "60", "--returned", "58", "--valid", "56",
        "N2026-001=50", f"{ids[LOW_VOTES]}=5", lang=lang)  # fmt: skip
    run(root, "cycle", "propose", "--date", "2026-09-22", lang=lang)
    run(root, "cycle", "propose", "--accept-rest", "--date", "2026-09-22", lang=lang)
    run(root, "cycle", "publicize", "--start", "2026-09-28", "--date", "2026-09-25", lang=lang)
    return ids


def rolling_year(root: Path, lang: str = "zh") -> list[str]:
    """The whole rolling year: an objection found 属实 drops its line; applied, filed, closed."""
    ids = rolling_year_to_publicity(root, lang)
    retier = next(line for line in data(root, "cycles/2026/adjustment.yaml")["lines"]
                  if line["action"] == "retier")  # fmt: skip
    run(root, "cycle", "publicize", "--object", str(retier["line"]), "--text", "反映其不在岗",
        "--date", "2026-10-08", lang=lang)  # fmt: skip
    run(root, "cycle", "publicize", "--resolve", str(retier["line"]), "--finding", "属实",
        "--note", "经核查属实", "--date", "2026-10-09", lang=lang)  # fmt: skip
    run(root, "cycle", "apply", "--date", "2026-10-12", lang=lang)
    run(root, "cycle", "file", "--to", "市委组织部", "--sent", "调整名单、公示情况",
        "--date", "2026-10-13", lang=lang)  # fmt: skip
    run(root, "cycle", "close", "--date", "2026-10-15", lang=lang)
    return ids


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("rolling") / "registry"
    return root, rolling_year(root)


def test_chinese_and_english_runs_write_the_same_files(
    year: tuple[Path, list[str]], tmp_path: Path
) -> None:
    # issue 13: reasons were written in the display language, and under CADRECTL_LANG=en every
    # exit became 年度考核不称职
    chinese, _ = year
    english = tmp_path / "english"
    rolling_year(english, "en")
    zh, en = snapshot(chinese), snapshot(english)
    assert sorted(zh) == sorted(en)
    differing = [name for name in zh if zh[name] != en[name]]
    assert differing == []


def test_the_rolling_year_leaves_true_cadre_files(year: tuple[Path, list[str]]) -> None:
    root, ids = year
    failing = data(root, f"cadres/{ids[FAILING]}.yaml")["reserve"]
    assert failing["status"] == "exited"
    assert failing["exited"]["reason"] == "年度考核不称职"
    # issue 13 (4): 5 of 56 (8.9 %) is under low_vote_share 0.4 in a rolling year too
    low = data(root, f"cadres/{ids[LOW_VOTES]}.yaml")
    assert low["reserve"]["status"] == "exited"
    assert low["reserve"]["exited"]["reason"] == "群众公认度不高"
    assert low["records"]["recommendations"][-1]["votes_for"] == 5
    # issue 13 (1): exits for 基层工作经历不足 were stored as 年度考核不称职
    lines = data(root, "cycles/2026/adjustment.yaml")["lines"]
    short = [
        x["subject"] for x in lines if x["action"] == "exit"
        and any(c.get("params", {}).get("rule") == "grassroots_years" for c in x["causes"])
    ]  # fmt: skip
    assert short
    for cadre in short:
        exited = data(root, f"cadres/{cadre}.yaml")["reserve"]["exited"]
        assert exited["reason"] == "不再符合资格条件"
        assert "基层工作经历" in exited["note"]
    # issue 13 (6): the 原层次 counted this year's assessments (a 2026 不称职 left no tier)
    failing_line = next(x for x in lines if x["subject"] == ids[FAILING])
    assert failing_line["old_tier"] in (1, 2, 3)
    state = data(root, "cycles/2026/cycle.yaml")
    assert state["status"] == "closed"
    [(nomination, admitted)] = state["admitted"].items()
    assert nomination == "N2026-001"
    nominee = data(root, f"cadres/{admitted}.yaml")
    assert nominee["name"] == "周晓梅"
    assert nominee["reserve"]["status"] == "active"
    assert nominee["records"]["recommendations"][-1]["meeting"] == "湖溪镇干部大会"
    assert state["filings"][0]["to"] == "市委组织部"
    assert run(root, "check").returncode == 0


def test_the_adjustment_export_compares_the_opening_with_after(
    year: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    # issue 13 (6): after apply it compared the pool after apply with itself (107 → 110)
    root, ids = year
    out = tmp_path / "调整名单.xlsx"
    run(root, "export", "adjustment", "-o", str(out), "--year", "2026", "--as-of", "2026-10-15")
    wb = load_workbook(out)
    lines = data(root, "cycles/2026/adjustment.yaml")["lines"]
    admits = [x for x in lines if x["action"] == "admit" and x["decision"] == "accept"]
    exits = [x for x in lines if x["action"] == "exit" and x["decision"] == "accept"]
    total = wb["结构对比"]["C3"].value, wb["结构对比"]["E3"].value
    assert total == (len(ids), len(ids) + len(admits) - len(exits))
    assert total[1] == len(active(root))
    retier = wb["层次调整"]
    dropped = [[c.value for c in row] for row in retier.iter_rows(min_row=3)]
    assert any(row[-2] == "不同意" and "属实" in str(row[-1]) for row in dropped)


def test_the_notice_names_people_with_their_facts_and_the_day_it_was_issued(
    year: tuple[Path, list[str]],
) -> None:
    root, _ = year
    notice = (root / "cycles/2026/notice.txt").read_text(encoding="utf-8")
    assert "周晓梅，女，1992.03出生，大学，现任湖溪镇党政办主任：拟新进" in notice
    assert "2026年9月25日" in notice  # --date, not the wall clock
    assert "不称职" not in notice  # exit reasons only where cycle.notice_reasons asks
    assert "QX-" not in notice
    assert "qx-" not in notice


def test_diff_reports_the_year_in_and_out(year: tuple[Path, list[str]]) -> None:
    root, ids = year
    first = subprocess.run(["git", "-C", str(root), "log", "--diff-filter=A", "--format=%H",
                            "--", "cycles/2026/cycle.yaml"], capture_output=True, text=True,
                           check=True).stdout.split()[-1]  # fmt: skip
    diff = json.loads(run(root, "diff", first, "cycle-2026", "--format", "json").stdout)
    assert [who["name"] for who in diff["entered"]] == ["周晓梅"]
    exited = {who["id"]: who["reason"] for who in diff["exited"]}
    assert exited[ids[FAILING]] == "年度考核不称职"
    assert exited[ids[LOW_VOTES]] == "群众公认度不高"


def test_history_tells_the_cycle_story_of_an_admitted_nominee(
    year: tuple[Path, list[str]],
) -> None:
    root, _ = year
    state = data(root, "cycles/2026/cycle.yaml")
    cadre_id = state["admitted"]["N2026-001"]
    story = json.loads(run(root, "history", cadre_id, "--format", "json").stdout)
    [cycle] = story["cycles"]
    assert cycle["year"] == 2026
    kinds = [event["kind"] for event in cycle["events"]]
    assert kinds == ["nominated", "votes", "line", "publicity", "applied"]
    assert cycle["events"][1]["votes"] == "50"
    text = run(root, "history", cadre_id).stdout
    assert "2026 年度调整" in text
    assert "湖溪镇干部大会：得票 50/56（89.3%）" in text
