"""``cadrectl inspect-for``: 已列为考察对象 for a post, in real git repositories — the file's
text, the commits, the reserve still counted in the pool, ``use``/``exit`` after it, ``--end``,
and every refusal with nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import git

ID = "QX-2023-014"
UNIT, POST = "qx-huxi-zhen", "zhenzhang"
BLOCK = "  inspecting: {date: 2026-06, unit: qx-huxi-zhen, post: zhenzhang, note: 拟任镇长人选}\n"
PLAN = "  plan: 拟安排到重点工程指挥部跟岗锻炼一年\n"


def committed(root: Path) -> Path:
    git(root, "init", "--quiet")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "起始")
    return root


@pytest.fixture
def repo(registry: Path) -> Path:
    """The small fixture registry (one unit, one cadre) as a git repository with one commit."""
    return committed(registry)


def cadre_file(root: Path, cadre_id: str = ID) -> Path:
    return root / "cadres" / f"{cadre_id}.yaml"


def text_of(root: Path) -> str:
    return cadre_file(root).read_text(encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the registry (not git's, nor the parse cache)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not {".git", ".cadrectl-cache"} & set(p.parts)
    }


def commits(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


def inspect(cli: Any, root: Path, *extra: str) -> Any:
    return cli("-R", root, "inspect-for", ID, "--unit", UNIT, "--post", POST, *extra)


def inspected(cli: Any, root: Path) -> None:
    result = inspect(cli, root, "--date", "2026.06", "--note", "拟任镇长人选")
    assert result.exit_code == 0, result.stderr


# ---- the whole path ---------------------------------------------------------------------------


def test_inspect_for_changes_the_status_writes_the_block_and_commits(repo: Path, cli: Any) -> None:
    before = text_of(repo)
    result = inspect(cli, repo, "--date", "2026.06", "--note", "拟任镇长人选")
    assert result.exit_code == 0, result.stderr
    assert "列为考察对象 QX-2023-014 王立新：拟任 qx-huxi-zhen zhenzhang" in result.stdout
    after = text_of(repo)
    # Only the status line changes and the block comes after the last reserve key: every
    # comment and every other byte stays.
    expected = before.replace("  status: active\n", "  status: inspecting\n", 1)
    expected = expected.replace(PLAN, PLAN + BLOCK, 1)
    assert after == expected
    assert "# YYYY-MM or full date" in after
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith(f"列为考察对象 {ID} 王立新：拟任 qx-huxi-zhen zhenzhang\n")
    assert "reserve.status: active → inspecting" in message
    assert f"Cadre: {ID}" in message
    assert "Action: inspect-for" in message
    assert git(repo, "status", "--porcelain") == ""
    assert cli("-R", repo, "check").exit_code == 0


def test_the_date_defaults_to_today(repo: Path, cli: Any) -> None:
    assert inspect(cli, repo).exit_code == 0
    assert f"inspecting: {{date: {dt.date.today().isoformat()}, unit: qx-huxi-zhen" in text_of(repo)


def test_list_show_and_check_know_the_status(repo: Path, cli: Any) -> None:
    inspected(cli, repo)
    rows = cli("-R", repo, "list", "--status", "inspecting", "--format", "json").json()
    assert [(row["id"], row["status"]) for row in rows] == [(ID, "inspecting")]
    assert cli("-R", repo, "list", "--status", "all", "--format", "json").json()[0]["id"] == ID
    shown = cli("-R", repo, "show", ID).stdout
    assert "已列为考察对象" in shown
    assert "考察对象 inspecting" in shown
    assert "2026.06" in shown
    check = cli("-R", repo, "check")
    assert check.exit_code == 0, check.stdout
    assert "已列为考察对象 1 人" in check.stdout
    assert "在库 0 人" in check.stdout


def test_no_commit_writes_and_stages_only(repo: Path, cli: Any) -> None:
    result = inspect(cli, repo, "--date", "2026-06", "--no-commit")
    assert result.exit_code == 0, result.stderr
    assert commits(repo) == 1
    assert "status: inspecting" in text_of(repo)
    assert git(repo, "diff", "--cached", "--name-only") == f"cadres/{ID}.yaml\n"


# ---- still in the pool --------------------------------------------------------------------------


@pytest.fixture
def example_repo(example: Path) -> Path:
    return committed(example)


REPORTS = (
    ("ladder", "--as-of", "2026-12-31", "--format", "json"),
    ("report", "structure", "--as-of", "2026-12-31", "--format", "json"),
    ("report", "coverage", "--as-of", "2026-12-31", "--format", "json"),
    ("report", "warnings", "--as-of", "2026-12-31", "--format", "json"),
)


def test_the_ladder_structure_coverage_and_warnings_still_count_the_reserve(
    example_repo: Path, cli: Any
) -> None:
    root, cadre_id = example_repo, "QX-2019-002"
    before = [cli("-R", root, *args).json() for args in REPORTS]
    assert cadre_id in [c["id"] for c in before[0]["cadres"]]
    result = cli("-R", root, "inspect-for", cadre_id, "--unit", "qx-jiwei", "--post", "shuji",
                 "--date", "2026-06")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "status: inspecting" in cadre_file(root, cadre_id).read_text(encoding="utf-8")
    after = [cli("-R", root, *args).json() for args in REPORTS]
    assert after == before  # the same tiers, totals, post coverage and reminders
    assert cli("-R", root, "export", "card", cadre_id, "-o", "card.xlsx").exit_code == 0


def test_the_yearly_inspection_still_asks_for_an_inspecting_reserve() -> None:
    from cadrectl.model.cadre import Cadre
    from cadrectl.rules.cycle import inspection_gaps
    from cadrectl.store.reader import parse_text
    from tests.conftest import FIXTURES

    data = parse_text((FIXTURES / "registry" / "cadres" / f"{ID}.yaml").read_text("utf-8"), "")
    assert isinstance(data.data, dict)
    block = {"date": "2026-06", "unit": UNIT, "post": POST}
    reserve = data.data["reserve"] | {"status": "inspecting", "inspecting": block}
    cadre = Cadre.model_validate(data.data | {"reserve": reserve})
    assert [gap.cadre_id for gap in inspection_gaps([cadre], 2026, set())] == [ID]
    used = reserve | {"status": "used", "used": block, "inspecting": None}
    assert inspection_gaps([Cadre.model_validate(data.data | {"reserve": used})], 2026, set()) == []


# ---- leaving the inspection: use, exit, --end ---------------------------------------------------


def test_use_accepts_an_inspecting_reserve_and_drops_the_block(repo: Path, cli: Any) -> None:
    original = text_of(repo)
    inspected(cli, repo)
    result = cli("-R", repo, "use", ID, "--unit", UNIT, "--post", POST, "--date", "2026-10")
    assert result.exit_code == 0, result.stderr
    used = "  used: {date: 2026-10, unit: qx-huxi-zhen, post: zhenzhang}\n"
    expected = original.replace("  status: active\n", "  status: used\n", 1)
    assert text_of(repo) == expected.replace(PLAN, PLAN + used, 1)
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith(f"使用 {ID} 王立新：任 qx-huxi-zhen zhenzhang\n")
    assert "reserve.status: inspecting → used" in message
    assert "Action: use" in message
    assert cli("-R", repo, "check").exit_code == 0


def test_exit_accepts_an_inspecting_reserve_and_drops_the_block(repo: Path, cli: Any) -> None:
    inspected(cli, repo)
    result = cli("-R", repo, "exit", ID, "--reason", "本人申请", "--date", "2026-11")
    assert result.exit_code == 0, result.stderr
    text = text_of(repo)
    assert "status: exited" in text
    assert "inspecting" not in text
    assert "reserve.status: inspecting → exited" in git(repo, "log", "-1", "--format=%B")


def test_end_restores_the_file_and_keeps_the_reason_in_the_commit(repo: Path, cli: Any) -> None:
    original = text_of(repo)
    inspected(cli, repo)
    result = cli("-R", repo, "inspect-for", ID, "--end", "--reason", "未被确定为拟任人选",
                 "--date", "2026-09")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert text_of(repo) == original  # byte for byte: the block's line went whole
    message = git(repo, "log", "-1", "--format=%B")
    subject, body = message.split("\n", 1)
    assert subject == f"结束考察 {ID} 王立新：qx-huxi-zhen zhenzhang，恢复在库"
    assert "reserve.status: inspecting → active" in body
    assert "reserve.inspecting: 2026-06 qx-huxi-zhen zhenzhang 拟任镇长人选 → ∅" in body
    trailers = body.rstrip("\n").rsplit("\n\n", 1)[1].splitlines()
    assert trailers == [f"Cadre: {ID}", "Action: inspect-end", "Reason: 未被确定为拟任人选",
                        "Ended: 2026-09"]  # fmt: skip
    assert commits(repo) == 3
    # Active again: it can be made the subject of another inspection.
    assert inspect(cli, repo, "--date", "2026-10").exit_code == 0


def test_a_reason_on_several_lines_is_one_trailer(repo: Path, cli: Any) -> None:
    inspected(cli, repo)
    result = cli("-R", repo, "inspect-for", ID, "--end", "--reason", "民主推荐\n得票未过半")
    assert result.exit_code == 0, result.stderr
    assert "Reason: 民主推荐 得票未过半\n" in git(repo, "log", "-1", "--format=%B")


def test_history_names_both_actions(repo: Path, cli: Any) -> None:
    inspected(cli, repo)
    assert cli("-R", repo, "inspect-for", ID, "--end", "--reason", "另有人选").exit_code == 0
    story = cli("-R", repo, "history", ID, "--format", "json").json()
    assert [entry["action"] for entry in story["entries"]] == [
        "manual", "inspect-for", "inspect-end",
    ]  # fmt: skip
    text = cli("-R", repo, "history", ID).stdout
    assert "列为考察对象" in text
    assert "结束考察" in text


def test_end_removes_a_block_written_by_hand_and_keeps_the_comments(repo: Path, cli: Any) -> None:
    original = text_of(repo)
    by_hand = (
        "  inspecting:   # 2026 年换届考察\n"
        "    date: 2026-06\n"
        "    unit: qx-huxi-zhen\n"
        "    post: zhenzhang\n"
    )
    text = original.replace("  status: active\n", "  status: inspecting  # 考察中\n", 1)
    text = text.replace(PLAN, PLAN + by_hand, 1)
    cadre_file(repo).write_text(text, encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "手工列为考察对象")
    result = cli("-R", repo, "inspect-for", ID, "--end", "--reason", "另有人选")
    assert result.exit_code == 0, result.stderr
    assert text_of(repo) == original.replace(
        "  status: active\n", "  status: active  # 考察中\n", 1
    )


# ---- refusals: nothing written ------------------------------------------------------------------

REFUSED = [
    pytest.param(("--unit", "qx-nowhere", "--post", POST), 1, "qx-nowhere", id="unknown-unit"),
    pytest.param(("--unit", UNIT, "--post", "nowhere"), 1, "nowhere", id="unknown-post"),
    pytest.param(
        ("--unit", UNIT, "--post", POST, "--date", "2026.13"), 2, "2026.13", id="bad-date"
    ),
    pytest.param(
        ("--unit", UNIT, "--post", POST, "--date", "2099-01"), 1, "2099-01", id="future-date"
    ),
    pytest.param(("--post", POST), 2, "--unit", id="no-unit"),
    pytest.param(("--unit", UNIT), 2, "--post", id="no-post"),
    pytest.param(
        ("--unit", UNIT, "--post", POST, "--reason", "x"), 2, "--reason", id="reason-without-end"
    ),
    pytest.param(("--end",), 2, "--reason", id="end-without-reason"),
    pytest.param(("--end", "--reason", "  "), 2, "--reason", id="end-with-an-empty-reason"),
    pytest.param(("--end", "--reason", "x"), 1, "不是考察对象", id="end-when-active"),
    pytest.param(("--end", "--reason", "x", "--unit", UNIT), 2, "--end", id="end-with-unit"),
    pytest.param(("--end", "--reason", "x", "--date", "2026-13"), 2, "2026-13", id="end-bad-date"),
]


@pytest.mark.parametrize(("args", "code", "said"), REFUSED)
def test_refusals_write_nothing(
    repo: Path, cli: Any, args: tuple[str, ...], code: int, said: str
) -> None:
    before = snapshot(repo)
    result = cli("-R", repo, "inspect-for", ID, *args)
    assert result.exit_code == code, result.stdout
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(repo) == before
    assert commits(repo) == 1


@pytest.mark.parametrize("status", ["inspecting", "used", "exited"])
def test_only_an_active_reserve_can_be_made_the_subject(repo: Path, cli: Any, status: str) -> None:
    inspected(cli, repo)
    if status == "used":
        assert cli("-R", repo, "use", ID, "--unit", UNIT, "--post", POST).exit_code == 0
    elif status == "exited":
        assert cli("-R", repo, "exit", ID, "--reason", "本人申请").exit_code == 0
    before, count = snapshot(repo), commits(repo)
    result = inspect(cli, repo, "--date", "2026-10")
    assert result.exit_code == 1
    assert "只有在库的后备干部才能列为考察对象" in result.stderr
    assert snapshot(repo) == before
    assert commits(repo) == count
    if status != "inspecting":
        ended = cli("-R", repo, "inspect-for", ID, "--end", "--reason", "x")
        assert ended.exit_code == 1
        assert "不是考察对象" in ended.stderr
        assert snapshot(repo) == before


def test_refused_over_uncommitted_changes_to_the_file(repo: Path, cli: Any) -> None:
    path = cadre_file(repo)
    path.write_text(text_of(repo).replace("health: 健康", "health: 良好"), encoding="utf-8")
    before = snapshot(repo)
    assert inspect(cli, repo, "--date", "2026-06").exit_code == 1
    assert snapshot(repo) == before


def test_messages_are_english_with_cadrectl_lang(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    result = inspect(cli, repo, "--date", "2026-06")
    assert result.exit_code == 0, result.stderr
    assert "Inspect QX-2023-014 王立新 for qx-huxi-zhen zhenzhang" in result.stdout
    again = inspect(cli, repo, "--date", "2026-06")
    assert "only an active reserve can be made the subject of an inspection" in again.stderr
    ended = cli("-R", repo, "inspect-for", ID, "--end")
    assert ended.exit_code == 2
    assert "needs a reason" in ended.stderr
