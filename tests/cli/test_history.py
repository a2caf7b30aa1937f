"""history and diff read git's record as a story of field-level changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import git

ID = "QX-2021-003"


@pytest.fixture
def story(tmp_path: Path, cli: Any) -> Path:
    """registry-example after six changes to one cadre, one of them made by hand."""
    root = tmp_path / "demo"
    assert cli("init", root, "--example").exit_code == 0
    steps = [
        ("set", ID, "current.post_since=2026.03", "health=良好"),
        ("record", ID, "assessment", "year=2025", "grade=优秀", "--replace"),
        ("record", ID, "training", "from=2026-09-01", "to=2026-09-05", "name=专题培训班",
         "organizer=县委党校", "days=5"),
        ("record", ID, "talk", "date=2026-11-02", "by=李国平", "note=谈年度工作"),
    ]  # fmt: skip
    for step in steps:
        result = cli("-R", root, *step)
        assert result.exit_code == 0, result.stderr
    path = root / "cadres" / f"{ID}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("health: 良好", "health: 健康"), encoding="utf-8")
    git(root, "commit", "--quiet", "-am", "更正健康状况")
    assert cli("-R", root, "exit", ID, "--reason", "本人申请", "--date", "2026-11").exit_code == 0
    return root


def test_history_tells_the_story(story: Path, cli: Any) -> None:
    result = cli("-R", story, "history", ID)
    assert result.exit_code == 0
    out = result.stdout
    for expected in (
        "建立档案",
        "current.post_since:",
        "health: 健康 → 良好",
        "records.trainings + 2026-09-01 2026-09-05 专题培训班 县委党校 5",
        "records.talks + 2026-11-02 李国平 谈年度工作",
        "手工修改",
        "更正健康状况",
        "health: 良好 → 健康",
        "reserve.status: active → exited",
        "调出",
    ):
        assert expected in out, expected


def test_history_json(story: Path, cli: Any) -> None:
    report = cli("-R", story, "history", ID, "--format", "json").json()
    actions = [entry["action"] for entry in report["entries"]]
    assert actions == ["init", "set", "record", "record", "record", "manual", "exit"]
    assert report["entries"][0]["created"] is True
    talk = report["entries"][4]["changes"]
    assert talk == [
        {
            "field": "records.talks",
            "change": "added",
            "old": None,
            "new": "2026-11-02 李国平 谈年度工作",
        }
    ]


def test_diff_between_revisions(story: Path, cli: Any) -> None:
    first = git(story, "rev-list", "--max-parents=0", "HEAD").strip()
    report = cli("-R", story, "diff", first, "HEAD", "--format", "json").json()
    assert [w["id"] for w in report["exited"]] == [ID]
    assert report["exited"][0]["reason"] == "本人申请"
    assert [w["id"] for w in report["changed"]] == [ID]
    text = cli("-R", story, "diff", first).stdout
    assert "调出（1 人）" in text
    assert f"{ID}" in text


def test_diff_sees_a_new_cadre(story: Path, cli: Any) -> None:
    before = git(story, "rev-parse", "HEAD").strip()
    args = [
        "id_number=33078119920315002X", "name=周晓梅", "party.status=群众", "work_start=2015.08",
        "current.unit=qx-huxi-zhen", "current.post=党政办主任", "current.rank=科员",
        "current.post_since=2020.03", "current.rank_since=2015.08", "reserve.source=组织推荐",
        "reserve.target_rank=副科", "reserve.direction=党群综合", "reserve.mentors=李国平",
    ]  # fmt: skip
    result = cli("-R", story, "add", *args)
    assert result.exit_code == 0, result.stderr
    report = cli("-R", story, "diff", before, "--format", "json").json()
    assert [w["name"] for w in report["entered"]] == ["周晓梅"]


def test_history_and_diff_refuse_clearly(story: Path, cli: Any, registry: Path) -> None:
    assert cli("-R", story, "history", "QX-2099-001").exit_code == 1
    assert cli("-R", story, "diff", "no-such-rev").exit_code == 1
    result = cli("-R", registry, "history", "QX-2023-014")
    assert result.exit_code == 1
    assert "git init" in result.stderr


def test_diff_reports_tier_changes(story: Path, cli: Any) -> None:
    before = git(story, "rev-parse", "HEAD").strip()
    ladder = cli("-R", story, "ladder", "--format", "json").json()
    placed = next(c for c in ladder["cadres"] if c["tier"] == 1 and c["id"] != ID)
    assert cli("-R", story, "set", placed["id"], "current.rank_since=2026.10").exit_code == 0
    report = cli("-R", story, "diff", before, "--format", "json").json()
    change = next(w for w in report["tiers"] if w["id"] == placed["id"])
    assert change["old"] == 1
    assert change["new"] != 1
    assert "层次变化" in cli("-R", story, "diff", before).stdout
