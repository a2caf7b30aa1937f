"""The write path under failure: hooks that refuse, journals left by a kill, init without git's
identity, editors that fail, a disk that refuses, a commit made behind cadrectl's back."""

from __future__ import annotations

import errno
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from cadrectl.store import atomic, journal, transaction
from cadrectl.store.journal import Intent, JournalFile
from tests.conftest import git
from tests.integrity.registries import NEW_CADRE

ID = "QX-2019-001"


@pytest.fixture
def repo(tmp_path: Path, cli: Any) -> Path:
    """The example registry, initialised by ``cadrectl init --example``."""
    root = tmp_path / "registry"
    assert cli("init", root, "--example").exit_code == 0
    return root


def cadre(root: Path, cadre_id: str = ID) -> Path:
    return root / "cadres" / f"{cadre_id}.yaml"


def hook(root: Path, name: str, body: str) -> None:
    path = root / ".git" / "hooks" / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def clean(root: Path) -> bool:
    return git(root, "status", "--porcelain", "--untracked-files=all") == ""


# ---- the registry's own git hooks -----------------------------------------------------------


def test_a_refusing_pre_commit_hook_undoes_the_change_and_shows_its_words(
    repo: Path, cli: Any
) -> None:
    hook(repo, "pre-commit", 'echo "本库禁止周五提交" >&2; exit 1')
    before, head = cadre(repo).read_bytes(), git(repo, "rev-parse", "HEAD")
    result = cli("-R", repo, "set", ID, "health=良好")
    assert result.exit_code == 1
    assert "本库禁止周五提交" in result.stderr
    assert cadre(repo).read_bytes() == before
    assert git(repo, "rev-parse", "HEAD") == head
    assert clean(repo)


def test_a_commit_msg_hook_sees_cadrectls_message(repo: Path, cli: Any) -> None:
    hook(repo, "commit-msg", 'grep -q "^Action: set$" "$1" && echo checked >> "$1"')
    assert cli("-R", repo, "set", ID, "health=良好").exit_code == 0
    assert git(repo, "log", "-1", "--format=%B").rstrip().endswith("checked")


def test_a_refusing_hook_undoes_a_new_file_too(repo: Path, cli: Any, tmp_path: Path) -> None:
    hook(repo, "pre-commit", "exit 1")
    source = tmp_path / "new.yaml"
    source.write_text(NEW_CADRE, encoding="utf-8")
    files = sorted(p.name for p in (repo / "cadres").iterdir())
    assert cli("-R", repo, "add", "--from-file", source).exit_code == 1
    assert sorted(p.name for p in (repo / "cadres").iterdir()) == files
    assert clean(repo)


# ---- a journal left behind by a kill ---------------------------------------------------------


def leave_journal(root: Path, new: bytes, *, write: bool, stage: bool = False) -> Intent:
    """What a process killed after journaling (and perhaps writing, staging) leaves."""
    rel = f"cadres/{ID}.yaml"
    old = (root / rel).read_bytes()
    head = git(root, "rev-parse", "HEAD").strip()
    message = f"修改 {ID}：测试\n\nCadre: {ID}\nAction: set\n"
    intent = Intent("set", message, head, False, (JournalFile(rel, old, new),))
    journal.begin(root, intent)
    if write:
        atomic.write_atomic(root / rel, new)
        (root / "cadres" / f".{ID}.yaml.abc123.tmp").write_bytes(new[:10])  # a torn temp
    if stage:
        git(root, "add", rel)
    return intent


def edited(root: Path) -> bytes:
    return (
        cadre(root)
        .read_bytes()
        .replace(b"health: \xe5\x81\xa5\xe5\xba\xb7", "health: 良好".encode())
    )


@pytest.mark.parametrize(("write", "stage"), [(False, False), (True, False), (True, True)])
def test_the_next_command_completes_an_interrupted_change(
    repo: Path, cli: Any, write: bool, stage: bool
) -> None:
    new = edited(repo)
    assert new != cadre(repo).read_bytes()
    head = git(repo, "rev-parse", "HEAD").strip()
    leave_journal(repo, new, write=write, stage=stage)
    result = cli("-R", repo, "list", "--format", "json")
    assert result.exit_code == 0
    assert "已补完并提交" in result.stderr
    assert cadre(repo).read_bytes() == new
    assert git(repo, "rev-parse", "HEAD^").strip() == head
    assert git(repo, "log", "-1", "--format=%s").strip() == f"修改 {ID}：测试"
    assert clean(repo)
    assert not journal.journal_path(repo).exists()


def test_a_change_killed_after_its_commit_is_only_tidied(repo: Path, cli: Any) -> None:
    new = edited(repo)
    intent = leave_journal(repo, new, write=True, stage=True)
    git(repo, "commit", "--quiet", "-m", intent.message)
    head = git(repo, "rev-parse", "HEAD")
    result = cli("-R", repo, "check")
    assert result.exit_code == 0
    assert "已经提交" in result.stderr
    assert git(repo, "rev-parse", "HEAD") == head
    assert clean(repo)


def test_a_killed_git_leaves_an_index_lock_that_the_next_command_removes(
    repo: Path, cli: Any
) -> None:
    (repo / ".git" / "index.lock").write_bytes(b"")
    leave_journal(repo, edited(repo), write=True)
    result = cli("-R", repo, "check")
    assert result.exit_code == 0
    assert "index.lock" in result.stderr
    assert not (repo / ".git" / "index.lock").exists()
    assert clean(repo)


def test_a_file_edited_by_hand_after_the_kill_is_left_for_the_clerk(repo: Path, cli: Any) -> None:
    leave_journal(repo, edited(repo), write=True)
    by_hand = cadre(repo).read_bytes() + b"# \xe6\x89\x8b\xe5\xb7\xa5\n"
    cadre(repo).write_bytes(by_hand)
    result = cli("-R", repo, "list")
    assert "cadrectl recover" in result.stderr
    assert cadre(repo).read_bytes() == by_hand
    shown = cli("-R", repo, "recover")
    assert shown.exit_code == 1
    assert ID in shown.stdout
    assert "--undo" in shown.stdout
    assert "请运行 cadrectl recover" not in shown.stdout  # it is running: it says what to do
    assert cli("-R", repo, "recover", "--complete").exit_code == 1  # would overwrite the clerk
    undone = cli("-R", repo, "recover", "--undo")
    assert undone.exit_code == 0
    assert "保持现状" in undone.stdout  # never "restored" for a file it left alone
    assert f"cadres/{ID}.yaml" in undone.stdout
    assert cadre(repo).read_bytes() == by_hand  # undo touches only what it wrote
    assert not journal.journal_path(repo).exists()


def test_recover_undo_puts_the_files_back(repo: Path, cli: Any) -> None:
    before = cadre(repo).read_bytes()
    leave_journal(repo, edited(repo), write=True, stage=True)
    assert "set" in cli("-R", repo, "recover").stdout
    result = cli("-R", repo, "recover", "--undo")
    assert result.exit_code == 0
    assert cadre(repo).read_bytes() == before
    assert clean(repo)
    assert cli("-R", repo, "recover").stdout.strip() == "没有被中断的修改。"


def test_a_damaged_journal_is_reported_and_can_be_cleared(repo: Path, cli: Any) -> None:
    journal.journal_path(repo).write_text("{not json", encoding="utf-8")
    assert "recover --undo" in cli("-R", repo, "check").stderr
    assert cli("-R", repo, "recover", "--undo").exit_code == 0
    assert not journal.journal_path(repo).exists()


def test_an_undo_never_deletes_a_file_it_did_not_create(repo: Path) -> None:
    rel = "cadres/QX-2099-001.yaml"
    (repo / rel).write_bytes(b"made by someone else\n")  # not journaled as created
    intent = Intent("add", "x", None, False, (JournalFile(rel, b"made by someone else\n", b"new"),))
    transaction.undo(repo, intent, repository=True)
    assert (repo / rel).read_bytes() == b"made by someone else\n"


# ---- commits behind cadrectl's back, and the disk ---------------------------------------------


def test_a_commit_made_while_a_command_runs_is_never_written_over(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadrectl.core.errors import CadrectlError
    from cadrectl.services import changes, edit
    from cadrectl.store.registry import RegistryPaths

    validate = changes.validate_changes

    def sneak_a_commit(*args: Any) -> None:  # the clerk commits by hand mid-command
        (repo / "notes.txt").write_text("x", encoding="utf-8")
        git(repo, "add", "notes.txt")
        git(repo, "commit", "--quiet", "-m", "手工提交")
        validate(*args)

    monkeypatch.setattr(changes, "validate_changes", sneak_a_commit)
    with pytest.raises(CadrectlError) as caught:
        edit.set_fields(RegistryPaths(repo), ID, [(("health",), "良好")])
    assert caught.value.key == "edit.head-moved"


def test_a_read_only_disk_is_a_clear_refusal(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes, *, durable: bool = True) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic, "write_atomic", refuse)
    before = cadre(repo).read_bytes()
    result = cli("-R", repo, "set", ID, "health=良好")
    assert result.exit_code == 1
    assert "只读" in result.stderr
    assert cadre(repo).read_bytes() == before
    assert not journal.journal_path(repo).exists()


def test_a_full_disk_is_a_clear_refusal(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = atomic.write_atomic

    def full(path: Path, data: bytes, *, durable: bool = True) -> None:
        if path.suffix == ".yaml":
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data, durable=durable)

    monkeypatch.setattr(atomic, "write_atomic", full)
    result = cli("-R", repo, "record", ID, "talk", "date=2026-11-20", "by=李国平", "note=谈话")
    assert result.exit_code == 1
    assert "磁盘已满" in result.stderr
    assert clean(repo)


# ---- init --------------------------------------------------------------------------------


def test_init_without_a_git_identity_makes_nothing(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.delenv(f"GIT_{role}_NAME", raising=False)
        monkeypatch.delenv(f"GIT_{role}_EMAIL", raising=False)
    monkeypatch.setenv("EMAIL", "")
    (tmp_path / "gitconfig").write_text("[user]\n\tuseConfigOnly = true\n", encoding="utf-8")
    result = cli("init", tmp_path / "R", "--example")
    assert result.exit_code == 1
    assert "git config --global user.name" in result.stderr
    assert not (tmp_path / "R").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("init", empty).exit_code == 1
    assert list(empty.iterdir()) == []


def test_init_interrupted_half_way_leaves_nothing(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cadrectl.services import init

    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(init, "write_registry_schemas", interrupted)
    assert cli("init", tmp_path / "R", "--example").exit_code == 130
    assert not (tmp_path / "R").exists()
    monkeypatch.undo()
    assert cli("init", tmp_path / "R", "--example").exit_code == 0  # and it can be run again


# ---- edit ----------------------------------------------------------------------------------


def editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.sh"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(
    "body",
    [
        'sed -i "s/健康/良好/" "$1"; exit 1',  # saved, then the editor failed
        'sed -i "s/健康/良好/" "$1"; kill -9 $$',  # saved, then the editor was killed
        'head -c 3000000 /dev/zero | tr "\\0" "a" >> "$1"',  # a 3 MB save
    ],
)
def test_edit_writes_nothing_unless_the_editor_ends_well(
    repo: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    monkeypatch.setenv("EDITOR", editor(tmp_path, body))
    before = cadre(repo).read_bytes()
    result = cli("-R", repo, "edit", ID)
    assert result.exit_code == 1
    assert cadre(repo).read_bytes() == before
    assert clean(repo)


def test_edit_with_no_editor_and_no_terminal_refuses_at_once(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "")
    monkeypatch.delenv("VISUAL", raising=False)
    result = cli("-R", repo, "edit", ID)
    assert result.exit_code == 1
    assert "EDITOR" in result.stderr


def test_edit_refuses_when_the_file_changed_while_the_editor_was_open(
    repo: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the "editor" also runs another cadrectl on the same cadre before saving
    other = f'"{sys.executable}" -m cadrectl -R "{repo}" set {ID} health=良好'
    monkeypatch.setenv(
        "EDITOR", editor(tmp_path, f'{other} >/dev/null; sed -i "s/汉族/回族/" "$1"')
    )
    result = cli("-R", repo, "edit", ID)
    assert result.exit_code == 1
    assert "改过" in result.stderr
    assert "health: 良好" in cadre(repo).read_text(encoding="utf-8")  # the other change stays
    assert clean(repo)
