"""Paths the clerk types, read by the platform's rules; the registry names files with forward
slashes on every platform (issue 18, 7). Windows is taken by ``sys.platform``, as the code
does, so its rules are tested here with PureWindowsPath inputs."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from cadrectl.store.registry import RegistryPaths
from cadrectl.store.relpath import inside, path_type, posix_name, same_or_under

ROOT = PureWindowsPath(r"C:\registry")


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")


@pytest.fixture
def on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")


def test_windows_reads_paths_as_windows_does(on_windows: None) -> None:
    assert path_type() is PureWindowsPath


def test_elsewhere_paths_are_posix(on_linux: None) -> None:
    assert path_type() is PurePosixPath


@pytest.mark.parametrize(
    "typed",
    [
        r"C:\registry\cadres\QX-2019-001.yaml",
        r"c:\REGISTRY\cadres\QX-2019-001.yaml",  # drive and folders without regard to case
        "C:/registry/cadres/QX-2019-001.yaml",
        r"cadres\QX-2019-001.yaml",
        "cadres/QX-2019-001.yaml",
        r".\cadres\.\QX-2019-001.yaml",
        PureWindowsPath(r"C:\registry\cadres\QX-2019-001.yaml"),
    ],
)
def test_a_windows_path_inside_is_its_posix_name(on_windows: None, typed: str) -> None:
    assert inside(typed, ROOT) == PurePosixPath("cadres/QX-2019-001.yaml")


@pytest.mark.parametrize(
    "typed",
    [
        r"D:\registry\cadres\QX-2019-001.yaml",  # another drive
        r"C:\other\cadres\QX-2019-001.yaml",
        r"\Windows\System32\drivers\etc\hosts",  # the current drive's root: not the registry
        "C:hosts",  # drive C:'s current folder, whatever it is
        r"\\server\share\registry\cadres\QX-2019-001.yaml",
        r"cadres\..\..\secret.yaml",
    ],
)
def test_a_windows_path_that_leaves_the_registry_is_outside(on_windows: None, typed: str) -> None:
    assert inside(typed, ROOT) is None


def test_the_root_itself_is_the_empty_name(on_windows: None) -> None:
    assert inside(r"C:\registry", ROOT) == PurePosixPath()


def test_problems_and_commits_name_a_windows_file_with_forward_slashes(on_windows: None) -> None:
    file = PureWindowsPath(r"C:\registry\cycles\2026\state.yaml")
    assert posix_name(file, ROOT) == "cycles/2026/state.yaml"
    assert posix_name(r"c:\Registry\cadres\QX-2019-001.yaml", ROOT) == "cadres/QX-2019-001.yaml"


def test_a_windows_file_outside_has_no_registry_name(on_windows: None) -> None:
    with pytest.raises(ValueError, match="registry"):
        posix_name(r"D:\cadres\QX-2019-001.yaml", ROOT)


def test_check_selects_a_file_typed_in_another_case_on_windows(on_windows: None) -> None:
    assert same_or_under("cadres/QX-2019-001.yaml", "Cadres/qx-2019-001.yaml")
    assert same_or_under("cadres/QX-2019-001.yaml", "CADRES")
    assert not same_or_under("cadres/QX-2019-001.yaml", "cadres/QX-2019-00")


def test_elsewhere_a_backslash_is_part_of_a_name(on_linux: None) -> None:
    assert inside(r"cadres\QX-2019-001.yaml", "/registry") == PurePosixPath(
        r"cadres\QX-2019-001.yaml"
    )
    assert inside(r"C:\registry\x.yaml", "/registry") == PurePosixPath(r"C:\registry\x.yaml")
    assert inside("/elsewhere/x.yaml", "/registry") is None


def test_elsewhere_case_matters(on_linux: None) -> None:
    assert not same_or_under("cadres/QX-2019-001.yaml", "Cadres/qx-2019-001.yaml")
    assert same_or_under("cadres/QX-2019-001.yaml", "cadres/")
    assert same_or_under("cadres/QX-2019-001.yaml", "")


def test_the_registry_names_its_files_with_forward_slashes(tmp_path: Path) -> None:
    paths = RegistryPaths(tmp_path)
    assert paths.relative(paths.cadre_file("QX-2019-001")) == "cadres/QX-2019-001.yaml"
    assert paths.relative(paths.cycles_dir / "2026" / "state.yaml") == "cycles/2026/state.yaml"


def test_a_path_the_registry_refuses_names_what_was_typed(tmp_path: Path) -> None:
    paths = RegistryPaths(tmp_path)
    problem = paths.path_problem("/etc/passwd")
    assert problem is not None
    assert problem.code == "outside-registry"
    assert problem.file == "/etc/passwd"
