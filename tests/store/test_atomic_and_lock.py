"""Writes are whole or not at all; one writer at a time holds the registry lock."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from cadrectl.core.errors import CadrectlError
from cadrectl.store import atomic
from cadrectl.store.lock import (
    LOCK_NAME,
    is_held_here,
    lock_path,
    registry_lock,
    set_wait_reporter,
)
from tests.conftest import kill_a_lock_holder, lock_held_elsewhere


def test_write_atomic_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"old")
    atomic.write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_a_failure_after_the_first_file_restores_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, third = (tmp_path / name for name in ("1.yaml", "2.yaml", "3.yaml"))
    first.write_bytes(b"one")
    second.write_bytes(b"two")
    real_write = atomic.write_atomic
    calls = []

    def failing_second(path: Path, data: bytes) -> None:
        calls.append(path)
        if path == second and data == b"TWO":
            raise OSError("simulated crash")
        real_write(path, data)

    monkeypatch.setattr(atomic, "write_atomic", failing_second)
    with pytest.raises(OSError, match="simulated crash"):
        atomic.write_all_or_none({first: b"ONE", third: b"THREE", second: b"TWO"})
    assert first.read_bytes() == b"one"
    assert second.read_bytes() == b"two"
    assert not third.exists()


def test_the_lock_file_lives_in_the_git_folder_and_leaves_the_work_tree_alone(
    tmp_path: Path,
) -> None:
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)
    with registry_lock(tmp_path, "set"):
        assert lock_path(tmp_path) == tmp_path / ".git" / LOCK_NAME
    assert sorted(p.name for p in tmp_path.iterdir()) == [".git"]


def test_the_lock_is_reentrant_within_one_process(tmp_path: Path) -> None:
    with registry_lock(tmp_path, "set"), registry_lock(tmp_path, "set", 0):
        assert is_held_here(tmp_path)
    assert not is_held_here(tmp_path)


def test_a_held_lock_names_its_holder(tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path) as holder:
        with pytest.raises(CadrectlError) as caught, registry_lock(tmp_path, "set", 0.3):
            pass
        assert caught.value.params["command"] == "record"
        assert str(holder.pid) in caught.value.render()


def test_a_writer_waits_for_the_other_and_says_so_once(tmp_path: Path) -> None:
    told: list[dict[str, object]] = []
    set_wait_reporter(told.append)
    try:
        with lock_held_elsewhere(tmp_path, seconds=0.5), registry_lock(tmp_path, "set", 20) as ours:
            assert ours
    finally:
        set_wait_reporter(None)
    assert len(told) == 1
    assert told[0]["command"] == "record"


def test_the_lock_of_a_killed_process_is_free_at_once(tmp_path: Path) -> None:
    kill_a_lock_holder(tmp_path)
    with registry_lock(tmp_path, "set", 0) as ours:
        assert ours


def test_a_non_blocking_try_says_whether_it_got_the_lock(tmp_path: Path) -> None:
    with lock_held_elsewhere(tmp_path), registry_lock(tmp_path, "x", blocking=False) as ours:
        assert ours is False
    with registry_lock(tmp_path, "x", blocking=False) as ours:
        assert ours is True


def test_a_lock_that_cannot_be_made_is_a_clear_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(CadrectlError) as caught, registry_lock(tmp_path, "set"):
        pass
    assert caught.value.key == "lock.cannot"
    assert caught.value.params["reason"] == "read-only"


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "new.yaml"
        atomic.write_atomic(path, b"x")
        assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
