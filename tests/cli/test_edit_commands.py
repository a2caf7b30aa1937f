"""The editing commands in real temporary git repositories: changes, refusals, the audit trail."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, git, kill_a_lock_holder, lock_held_elsewhere

ID = "QX-2023-014"


@pytest.fixture
def repo(registry: Path, cli: Any) -> Path:
    """The fixture registry as a git repository with one commit."""
    git(registry, "init", "--quiet")
    git(registry, "add", "--all")
    git(registry, "commit", "--quiet", "-m", "起始")
    return registry


def cadre_file(root: Path) -> Path:
    return root / "cadres" / f"{ID}.yaml"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the registry (not git's, nor the parse cache, which is no part of it)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not {".git", ".cadrectl-cache"} & set(p.parts)
    }


def test_set_changes_the_value_keeps_the_rest_and_commits(repo: Path, cli: Any) -> None:
    before = cadre_file(repo).read_text(encoding="utf-8")
    result = cli(
        "-R", repo, "set", ID, "current.post=党委副书记、镇长", "current.post_since=2026.10"
    )
    assert result.exit_code == 0, result.stderr
    after = cadre_file(repo).read_text(encoding="utf-8")
    assert "post: 党委副书记、镇长" in after
    assert "post_since: 2026-10" in after
    assert (
        after.replace("党委副书记、镇长", "党委委员、副镇长", 1).replace(
            "post_since: 2026-10", "post_since: 2021-09", 1
        )
        == before
    )
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith(
        f"修改 {ID} 王立新：current.post: 党委委员、副镇长 → 党委副书记、镇长"
    )
    assert f"Cadre: {ID}" in message
    assert "Action: set" in message
    assert git(repo, "status", "--porcelain") == ""


def test_other_files_are_never_rewritten(repo: Path, cli: Any) -> None:
    unit = repo / "units" / "qx-huxi-zhen.yaml"
    stamp = unit.stat().st_mtime_ns
    assert cli("-R", repo, "set", ID, "health=良好").exit_code == 0
    assert unit.stat().st_mtime_ns == stamp


def test_set_refuses_an_invalid_value_and_changes_nothing(repo: Path, cli: Any) -> None:
    before = snapshot(repo)
    result = cli("-R", repo, "set", ID, "gender=男性")
    assert result.exit_code == 1
    assert "gender" in result.stderr
    assert snapshot(repo) == before
    assert len(git(repo, "log", "--format=%H").split()) == 1


def test_set_refuses_a_value_that_breaks_a_rule_across_files(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "set", ID, "current.unit=qx-nowhere")
    assert result.exit_code == 1
    assert "qx-nowhere" in result.stderr


@pytest.mark.parametrize(
    ("assignment", "message"),
    [("birth=1988/04", "1988/04"), ("records.assessments[0].year=二〇二四", "二〇二四"),
     ("current..post=x", "current..post"), ("nonsense", "nonsense")],
)  # fmt: skip
def test_set_refuses_malformed_input(repo: Path, cli: Any, assignment: str, message: str) -> None:
    result = cli("-R", repo, "set", ID, assignment)
    assert result.exit_code in (1, 2)
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("bad_id", ["../cadrectl", "/etc/passwd", "QX 1", "..", "a/b"])
def test_ids_that_would_escape_cadres_are_refused(repo: Path, cli: Any, bad_id: str) -> None:
    before = snapshot(repo)
    result = cli("-R", repo, "set", bad_id, "name=张三")
    assert result.exit_code in (1, 2)
    assert snapshot(repo) == before


def test_an_unknown_id_is_refused(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "set", "QX-2099-001", "name=张三")
    assert result.exit_code == 1
    assert "cadrectl list" in result.stderr


def test_a_dirty_file_is_refused_with_how_to_proceed(repo: Path, cli: Any) -> None:
    path = cadre_file(repo)
    path.write_text(path.read_text(encoding="utf-8") + "# 手工备注\n", encoding="utf-8")
    result = cli("-R", repo, "set", ID, "health=良好")
    assert result.exit_code == 1
    assert f"cadres/{ID}.yaml" in result.stderr
    assert "git commit" in result.stderr
    assert path.read_text(encoding="utf-8").endswith("# 手工备注\n")


def test_a_held_lock_is_refused_naming_its_holder(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LOCK_WAIT", "0.3")
    with lock_held_elsewhere(repo) as holder:
        before = snapshot(repo)
        result = cli("-R", repo, "set", ID, "health=良好")
        assert result.exit_code == 1
        assert str(holder.pid) in result.stderr
        assert "record" in result.stderr
        assert snapshot(repo) == before


def test_the_lock_of_a_killed_holder_is_free_at_once(repo: Path, cli: Any) -> None:
    kill_a_lock_holder(repo)
    assert cli("-R", repo, "set", ID, "health=良好").exit_code == 0
    assert git(repo, "status", "--porcelain") == ""


def test_no_commit_leaves_the_change_staged(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "set", ID, "health=良好", "--no-commit")
    assert result.exit_code == 0
    assert git(repo, "diff", "--cached", "--name-only").strip() == f"cadres/{ID}.yaml"
    assert len(git(repo, "log", "--format=%H").split()) == 1


def test_outside_git_it_works_and_warns(registry: Path, cli: Any) -> None:
    result = cli("-R", registry, "set", ID, "health=良好")
    assert result.exit_code == 0
    assert "git init" in result.stderr
    assert "health: 良好" in cadre_file(registry).read_text(encoding="utf-8")


def test_record_appends_and_refuses_a_second_assessment(repo: Path, cli: Any) -> None:
    assert cli("-R", repo, "record", ID, "assessment", "year=2023", "grade=称职").exit_code == 0
    again = cli("-R", repo, "record", ID, "assessment", "year=2023", "grade=优秀")
    assert again.exit_code == 1
    assert "--replace" in again.stderr
    replaced = cli("-R", repo, "record", ID, "assessment", "year=2023", "grade=优秀", "--replace")
    assert replaced.exit_code == 0
    text = cadre_file(repo).read_text(encoding="utf-8")
    assert "{year: 2023, grade: 优秀}" in text
    assert "{year: 2023, grade: 称职}" not in text
    assert "Record: assessment" in git(repo, "log", "-1", "--format=%B")


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        ("inspection", ["date=2026-11-20", "by=县委组织部考察组", "conclusion=较成熟"], "较成熟"),
        ("evaluation", ["quarter=2026Q3", "potential=较大"], "2026Q3"),
        ("training", ["from=2026.09.01", "to=2026.09.05", "name=培训班", "organizer=县委党校",
                      "days=5"], "from: 2026-09-01"),
        ("practice", ["from=2026-01", "kind=驻村", "unit=前山村"], "驻村"),
        ("recommendation", ["year=2026", "ballots_valid=80", "votes_for=66"], "votes_for: 66"),
        ("reward", ["date=2026-07-01", "name=优秀共产党员"], "优秀共产党员"),
        ("discipline", ["date=2026-03-10", "system=诫勉", "kind=诫勉"], "system: 诫勉"),
        ("talk", ["date=2026-11-01", "by=李国平", "note=谈心"], "谈心"),
        ("exam", ["date=2026-05-10", "name=综合考试", "score=82.5"], "score: 82.5"),
        ("milestone", ["date=2026-07-15", "event=防汛抗洪一线", "performance=坚守七昼夜"],
         "event: 防汛抗洪一线"),
        ("secondment", ["batch=2026年驻村工作队", "from=2026-03", "unit=石西村",
                        "task=驻村第一书记"], "batch: 2026年驻村工作队"),
    ],
)  # fmt: skip
def test_every_record_kind(
    repo: Path, cli: Any, kind: str, fields: list[str], expected: str
) -> None:
    result = cli("-R", repo, "record", ID, kind, *fields)
    assert result.exit_code == 0, result.stderr
    assert expected in cadre_file(repo).read_text(encoding="utf-8")
    assert cli("-R", repo, "check").exit_code == 0


def test_record_refuses_missing_fields_and_unknown_kinds(repo: Path, cli: Any) -> None:
    assert cli("-R", repo, "record", ID, "training", "name=培训班").exit_code == 1
    assert cli("-R", repo, "record", ID, "holiday", "date=2026-01-01").exit_code == 2
    assert cli("-R", repo, "record", ID, "milestone", "date=2026-07-15").exit_code == 1
    assert cli("-R", repo, "record", ID, "secondment", "batch=x", "from=2026-05", "to=2026-01",
               "unit=石西村").exit_code == 1  # ends before it starts  # fmt: skip
    assert (
        cli("-R", repo, "record", ID, "talk", "date=2099-01-01", "by=李", "note=x").exit_code == 1
    )


def test_exit_and_use(repo: Path, cli: Any) -> None:
    result = cli(
        "-R", repo, "exit", ID, "--reason", "本人申请", "--date", "2026.11", "--note", "家庭原因"
    )
    assert result.exit_code == 0, result.stderr
    text = cadre_file(repo).read_text(encoding="utf-8")
    assert "status: exited" in text
    assert "exited: {date: 2026-11, reason: 本人申请, note: 家庭原因}" in text
    assert git(repo, "log", "-1", "--format=%s") == f"调出 {ID} 王立新：本人申请\n"
    again = cli("-R", repo, "use", ID, "--unit", "qx-huxi-zhen", "--post", "zhenzhang")
    assert again.exit_code == 1


def test_use_marks_the_cadre_used(repo: Path, cli: Any) -> None:
    result = cli(
        "-R", repo, "use", ID, "--unit", "qx-huxi-zhen", "--post", "zhenzhang", "--date", "2026-10"
    )
    assert result.exit_code == 0, result.stderr
    assert "used: {date: 2026-10, unit: qx-huxi-zhen, post: zhenzhang}" in cadre_file(
        repo
    ).read_text(encoding="utf-8")
    assert cli("-R", repo, "use", ID, "--unit", "qx-huxi-zhen", "--post", "nowhere").exit_code == 1


def test_exit_refuses_an_unknown_reason(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "exit", ID, "--reason", "不想干了")
    assert result.exit_code == 1
    assert "不想干了" in result.stderr


def test_add_assigns_the_next_id_and_writes_the_house_style(repo: Path, cli: Any) -> None:
    args = [
        "id_number=33078119920315002X", "name=周晓梅", "ethnicity=畲族",
        "party.status=中共党员", "party.joined=2014.06", "work_start=2015.08",
        "current.unit=qx-huxi-zhen", "current.post=党政办主任", "current.rank=科员",
        "current.post_since=2020.03", "current.rank_since=2015.08",
        "reserve.source=组织推荐", "reserve.target_rank=副科", "reserve.direction=党群综合",
        "reserve.entered=2026.11", "reserve.mentors=李国平",
    ]  # fmt: skip
    result = cli("-R", repo, "add", *args)
    assert result.exit_code == 0, result.stderr
    path = repo / "cadres" / "QX-2026-001.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/cadre.schema.json\n")
    assert "birth: 1992-03\ngender: 女" in text or (
        "birth: 1992-03" in text and "gender: 女" in text
    )
    assert "party: {status: 中共党员, joined: 2014-06}" in text
    assert cli("-R", repo, "check").exit_code == 0
    assert cli("-R", repo, "add", *args).exit_code == 1  # the same id number twice
    assert "Action: add" in git(repo, "log", "-1", "--format=%B")


def test_add_without_required_fields_lists_them(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "add", "name=张三")
    assert result.exit_code == 2
    assert "current.unit" in result.stderr


def test_add_from_a_file(repo: Path, cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "new.yaml"
    text = cadre_file(repo).read_text(encoding="utf-8")
    source.write_text(
        text.replace('"330781198804120032"', '"330781198804120059"').replace("王立新", "王立明"),
        encoding="utf-8",
    )
    result = cli("-R", repo, "add", "--from-file", source, "reserve.entered=2026-11")
    assert result.exit_code == 0, result.stderr
    assert "name: 王立明" in (repo / "cadres" / "QX-2026-001.yaml").read_text(encoding="utf-8")


def test_edit_with_an_editor_that_fixes_a_field(
    repo: Path, cli: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('health: 健康', 'health: 良好'),"
        " encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    result = cli("-R", repo, "edit", ID)
    assert result.exit_code == 0, result.stderr
    assert "health: 良好" in cadre_file(repo).read_text(encoding="utf-8")
    assert "health: 健康 → 良好" in git(repo, "log", "-1", "--format=%B")


def test_an_edit_that_breaks_the_file_changes_nothing(
    repo: Path, cli: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('gender: 男', 'gender: X'),"
        " encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    before = snapshot(repo)
    result = cli("-R", repo, "edit", ID)
    assert result.exit_code == 1
    assert "gender" in result.stderr
    assert snapshot(repo) == before


def test_a_cancelled_edit_changes_nothing(repo: Path, cli: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("EDITOR", "true")
    before = snapshot(repo)
    assert cli("-R", repo, "edit", ID).exit_code == 0
    assert snapshot(repo) == before


def test_an_interrupted_multi_file_change_leaves_registry_and_git_as_before(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadrectl.services.changes import CommitMessage, apply_changes
    from cadrectl.store import atomic
    from cadrectl.store.registry import RegistryPaths

    shutil.copyfile(
        FIXTURES / "registry" / "cadres" / f"{ID}.yaml", repo / "cadres" / "QX-2023-015.yaml"
    )
    second = repo / "cadres" / "QX-2023-015.yaml"
    second.write_text(
        second.read_text(encoding="utf-8")
        .replace(ID, "QX-2023-015")
        .replace("330781198804120032", "330781198804120059"),
        encoding="utf-8",
    )
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "第二人")
    before, head = snapshot(repo), git(repo, "rev-parse", "HEAD")
    texts = {
        f"cadres/{ID}.yaml": cadre_file(repo).read_text(encoding="utf-8").replace("健康", "良好"),
        "cadres/QX-2023-015.yaml": second.read_text(encoding="utf-8").replace("健康", "一般"),
    }
    real_write = atomic.write_atomic
    written: list[Path] = []

    def crash_after_first(path: Path, data: bytes) -> None:
        if written and data != before[str(path.relative_to(repo))]:
            raise KeyboardInterrupt  # the clerk pressed Ctrl-C between the two files
        written.append(path)
        real_write(path, data)

    monkeypatch.setattr(atomic, "write_atomic", crash_after_first)
    with pytest.raises(KeyboardInterrupt):
        apply_changes(RegistryPaths(repo), texts, CommitMessage("测试", "set"))
    assert written  # the first file had been written
    assert snapshot(repo) == before
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "status", "--porcelain") == ""


def test_a_failed_commit_puts_the_files_back(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadrectl.store import git as git_module

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise git_module.GitError("git.no-identity")

    monkeypatch.setattr(git_module, "commit", refuse)
    before = snapshot(repo)
    result = cli("-R", repo, "set", ID, "health=良好")
    assert result.exit_code == 1
    assert "git config" in result.stderr
    assert snapshot(repo) == before
    assert git(repo, "status", "--porcelain") == ""


class _Terminal:
    """Standard input that claims to be a terminal and answers prompts from a script."""

    def __init__(self, answers: list[str]) -> None:
        import io

        self._stream = io.StringIO("".join(f"{answer}\n" for answer in answers))

    def isatty(self) -> bool:
        return True

    def readline(self, *args: Any) -> str:
        return self._stream.readline(*args)

    def read(self, *args: Any) -> str:
        return self._stream.read(*args)


def test_add_prompts_for_what_is_missing_on_a_terminal(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [
        "中共党员", "2015.08", "qx-huxi-zhen", "党政办主任", "科员", "2020.03", "2015.08",
        "组织推荐", "副科", "党群综合",
    ]  # fmt: skip
    monkeypatch.setattr(sys, "stdin", _Terminal(answers))
    result = cli(
        "-R", repo, "add", "name=周晓梅", "id_number=33078119920315002X",
        "party.joined=2014-06", "reserve.mentors=李国平",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "政治面貌" in result.stdout  # the prompts name the fields in Chinese
    text = (repo / "cadres" / f"QX-{__import__('datetime').date.today().year}-001.yaml").read_text(
        encoding="utf-8"
    )
    assert "current: {unit: qx-huxi-zhen, post: 党政办主任, rank: 科员" in text


def test_edit_reopens_after_an_error_until_it_is_fixed(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "count = pathlib.Path(sys.argv[0]).with_suffix('.count')\n"
        "n = int(count.read_text()) + 1 if count.exists() else 1\n"
        "count.write_text(str(n))\n"
        "text = p.read_text(encoding='utf-8')\n"
        "if n == 1:\n"
        "    text = text.replace('gender: 男', 'gender: X')\n"
        "else:\n"
        "    text = text.replace('gender: X', 'gender: 男')\n"
        "    text = text.replace('health: 健康', 'health: 良好')\n"
        "p.write_text(text, encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setattr(sys, "stdin", _Terminal(["y"]))
    result = cli("-R", repo, "edit", ID)
    assert result.exit_code == 0, result.stderr
    assert "gender" in result.stderr  # the first save was refused and shown
    text = cadre_file(repo).read_text(encoding="utf-8")
    assert "gender: 男" in text
    assert "health: 良好" in text
