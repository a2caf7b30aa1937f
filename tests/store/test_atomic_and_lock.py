"""Writes are whole or not at all; one writer at a time holds the registry lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cadrectl.errors import CadrectlError
from cadrectl.store import atomic
from cadrectl.store.lock import LOCK_NAME, registry_lock


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


def test_the_lock_is_released_after_the_block(tmp_path: Path) -> None:
    with registry_lock(tmp_path, "set"):
        assert (tmp_path / LOCK_NAME).exists()
    assert not (tmp_path / LOCK_NAME).exists()


def test_a_held_lock_names_its_holder(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)"],
    )
    try:
        info = {"pid": holder.pid, "host": os.uname().nodename, "command": "record", "since": "x"}
        (tmp_path / LOCK_NAME).write_text(json.dumps(info), encoding="utf-8")
        with pytest.raises(CadrectlError) as caught, registry_lock(tmp_path, "set", 0.3):
            pass
        assert caught.value.params["command"] == "record"
        assert str(holder.pid) in caught.value.render()
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    info = {"pid": int(dead.stdout), "host": os.uname().nodename, "command": "add", "since": "x"}
    (tmp_path / LOCK_NAME).write_text(json.dumps(info), encoding="utf-8")
    with registry_lock(tmp_path, "set", 0.3):
        pass


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "new.yaml"
        atomic.write_atomic(path, b"x")
        assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
