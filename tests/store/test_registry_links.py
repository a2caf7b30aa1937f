"""No part of the registry below its root is followed when it is a link, or opened when it is
not a regular file; a path that leaves the root is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import Problem
from cadrectl.store.registry import RegistryPaths, find_registry


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A bare registry: cadrectl.yaml, cadres/ with one file, units/ empty; a secret outside."""
    folder = tmp_path / "reg"
    (folder / "cadres").mkdir(parents=True)
    (folder / "units").mkdir()
    (folder / "cadrectl.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    (folder / "cadres" / "QX-2023-001.yaml").write_text("id: QX-2023-001\n", encoding="utf-8")
    (tmp_path / "secret.yaml").write_text("password: hunter2\n", encoding="utf-8")
    return folder


def codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.file, p.code) for p in problems]


# ---- scanning a folder ------------------------------------------------------------------------


def test_regular_files_are_listed_in_name_order(root: Path) -> None:
    (root / "cadres" / "QX-2023-000.yaml").write_text("id: x\n", encoding="utf-8")
    (root / "cadres" / ".hidden.yaml").write_text("id: x\n", encoding="utf-8")
    scan = RegistryPaths(root).scan(root / "cadres")
    assert [path.name for path in scan.files] == ["QX-2023-000.yaml", "QX-2023-001.yaml"]
    assert scan.problems == []


def test_a_symlinked_file_is_a_problem_and_not_listed(root: Path) -> None:
    (root / "cadres" / "QX-2023-002.yaml").symlink_to(root.parent / "secret.yaml")
    scan = RegistryPaths(root).scan(root / "cadres")
    assert [path.name for path in scan.files] == ["QX-2023-001.yaml"]
    assert codes(scan.problems) == [("cadres/QX-2023-002.yaml", "symlink")]
    assert scan.problems[0].severity == "error"


def test_a_link_to_a_file_inside_the_registry_is_refused_too(root: Path) -> None:
    (root / "cadres" / "QX-2023-002.yaml").symlink_to("QX-2023-001.yaml")
    scan = RegistryPaths(root).scan(root / "cadres")
    assert codes(scan.problems) == [("cadres/QX-2023-002.yaml", "symlink")]


def test_a_dangling_link_is_a_problem(root: Path) -> None:
    (root / "cadres" / "QX-2023-002.yaml").symlink_to(root / "nowhere.yaml")
    scan = RegistryPaths(root).scan(root / "cadres")
    assert codes(scan.problems) == [("cadres/QX-2023-002.yaml", "symlink")]


def test_a_folder_named_yaml_is_not_a_regular_file(root: Path) -> None:
    (root / "cadres" / "QX-2023-002.yaml").mkdir()
    scan = RegistryPaths(root).scan(root / "cadres")
    assert codes(scan.problems) == [("cadres/QX-2023-002.yaml", "not-a-regular-file")]
    assert scan.problems[0].params["kind"] == "文件夹"
    assert scan.folders == []


def test_a_fifo_named_yaml_is_reported_without_being_opened(root: Path) -> None:
    os.mkfifo(root / "cadres" / "QX-2023-002.yaml")  # opening it would block this test
    scan = RegistryPaths(root).scan(root / "cadres")
    assert codes(scan.problems) == [("cadres/QX-2023-002.yaml", "not-a-regular-file")]
    assert "FIFO" in scan.problems[0].message


def test_a_fifo_under_another_name_is_a_stray_file(root: Path) -> None:
    os.mkfifo(root / "cadres" / "pipe")
    scan = RegistryPaths(root).scan(root / "cadres")
    assert codes(scan.problems) == [("cadres/pipe", "stray-file")]
    assert scan.problems[0].severity == "warning"


def test_a_plain_sub_folder_is_listed_as_a_folder(root: Path) -> None:
    (root / "cadres" / "old").mkdir()
    scan = RegistryPaths(root).scan(root / "cadres")
    assert [path.name for path in scan.folders] == ["old"]
    assert scan.problems == []


def test_a_symlinked_folder_is_one_problem_and_nothing_in_it_is_listed(root: Path) -> None:
    elsewhere = root.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "QX-2023-009.yaml").write_text("id: QX-2023-009\n", encoding="utf-8")
    (root / "units").rmdir()
    (root / "units").symlink_to(elsewhere, target_is_directory=True)
    scan = RegistryPaths(root).scan(root / "units")
    assert scan.files == []
    assert codes(scan.problems) == [("units", "symlink")]


def test_a_file_where_a_folder_belongs_is_a_problem(root: Path) -> None:
    (root / "units").rmdir()
    (root / "units").write_text("not a folder\n", encoding="utf-8")
    scan = RegistryPaths(root).scan(root / "units")
    assert codes(scan.problems) == [("units", "not-a-folder")]


def test_a_missing_folder_is_empty(root: Path) -> None:
    scan = RegistryPaths(root).scan(root / "cycles")
    assert (scan.files, scan.folders, scan.problems) == ([], [], [])


def test_folder_entries_lists_regular_files_only(root: Path) -> None:
    (root / "cadres" / "QX-2023-002.yaml").symlink_to(root.parent / "secret.yaml")
    (root / "cadres" / "QX-2023-003.yaml").mkdir()
    paths = RegistryPaths(root)
    assert [p.name for p in paths.folder_entries(root / "cadres")] == ["QX-2023-001.yaml"]


# ---- one path, for reading or writing ---------------------------------------------------------


def test_checked_gives_the_absolute_path_of_a_relative_one(root: Path) -> None:
    paths = RegistryPaths(root)
    assert paths.checked("cadres/QX-2023-001.yaml") == root / "cadres" / "QX-2023-001.yaml"
    assert paths.checked(root / "cadres" / "QX-2023-001.yaml") == root / "cadres/QX-2023-001.yaml"


def test_checked_accepts_a_file_not_written_yet_in_a_folder_not_made_yet(root: Path) -> None:
    paths = RegistryPaths(root)
    assert paths.checked("cadres/QX-2026-001.yaml") == root / "cadres" / "QX-2026-001.yaml"
    assert paths.checked("cycles/2026/cycle.yaml") == root / "cycles" / "2026" / "cycle.yaml"


def test_checked_refuses_writing_through_a_symlinked_file(root: Path) -> None:
    target = root.parent / "secret.yaml"
    (root / "cadres" / "QX-2023-002.yaml").symlink_to(target)
    with pytest.raises(CadrectlError) as refused:
        RegistryPaths(root).checked("cadres/QX-2023-002.yaml")
    assert refused.value.key == "paths.symlink"
    assert refused.value.params["path"] == "cadres/QX-2023-002.yaml"
    assert "hunter2" not in refused.value.render()
    assert target.read_text(encoding="utf-8") == "password: hunter2\n"


def test_checked_refuses_a_file_under_a_symlinked_folder(root: Path) -> None:
    elsewhere = root.parent / "elsewhere"
    elsewhere.mkdir()
    (root / "cycles").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(CadrectlError) as refused:
        RegistryPaths(root).checked("cycles/2026/cycle.yaml")
    assert refused.value.key == "paths.symlink"
    assert refused.value.params["path"] == "cycles"


def test_checked_refuses_a_symlinked_folder_deeper_down(root: Path) -> None:
    (root / "cycles").mkdir()
    (root / "cycles" / "2026").symlink_to(root.parent, target_is_directory=True)
    with pytest.raises(CadrectlError) as refused:
        RegistryPaths(root).checked("cycles/2026/secret.yaml")
    assert refused.value.params["path"] == "cycles/2026"


@pytest.mark.parametrize(
    "path", ["../secret.yaml", "cadres/../../secret.yaml", "cadres/../cadrectl.yaml"]
)
def test_checked_refuses_a_path_that_says_dot_dot(root: Path, path: str) -> None:
    with pytest.raises(CadrectlError) as refused:
        RegistryPaths(root).checked(path)
    assert refused.value.key == "paths.outside-registry"
    assert refused.value.params["root"] == str(root)


def test_checked_refuses_an_absolute_path_outside_the_root(root: Path) -> None:
    with pytest.raises(CadrectlError) as refused:
        RegistryPaths(root).checked(root.parent / "secret.yaml")
    assert refused.value.key == "paths.outside-registry"
    assert refused.value.exit_code == 1


def test_checked_refuses_a_fifo_and_a_folder_where_a_file_belongs(root: Path) -> None:
    os.mkfifo(root / "cadres" / "QX-2023-002.yaml")
    (root / "cadres" / "QX-2023-003.yaml").mkdir()
    paths = RegistryPaths(root)
    for name in ("QX-2023-002.yaml", "QX-2023-003.yaml"):
        with pytest.raises(CadrectlError) as refused:
            paths.checked(f"cadres/{name}")
        assert refused.value.key == "paths.not-a-regular-file"


def test_checked_refuses_a_file_where_a_folder_belongs(root: Path) -> None:
    with pytest.raises(CadrectlError) as refused:
        RegistryPaths(root).checked("cadrectl.yaml/x.yaml")
    assert refused.value.key == "paths.not-a-folder"
    assert refused.value.params["path"] == "cadrectl.yaml"


def test_checked_of_a_folder_wants_a_folder(root: Path) -> None:
    paths = RegistryPaths(root)
    assert paths.checked("cadres", expect="folder") == root / "cadres"
    with pytest.raises(CadrectlError):
        paths.checked("cadrectl.yaml", expect="folder")


def test_a_symlinked_config_is_a_problem(root: Path) -> None:
    real = root.parent / "real-config.yaml"
    (root / "cadrectl.yaml").rename(real)
    (root / "cadrectl.yaml").symlink_to(real)
    paths = RegistryPaths(root)
    problem = paths.path_problem(paths.config)
    assert problem is not None
    assert (problem.file, problem.code) == ("cadrectl.yaml", "symlink")


def test_every_message_names_its_file_in_both_languages(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (root / "cadres" / "QX-2023-002.yaml").symlink_to(root.parent / "secret.yaml")
    for language in ("zh", "en"):
        monkeypatch.setenv("CADRECTL_LANG", language)
        with pytest.raises(CadrectlError) as refused:
            RegistryPaths(root).checked("cadres/QX-2023-002.yaml")
        assert "cadres/QX-2023-002.yaml" in refused.value.render()


# ---- the root itself --------------------------------------------------------------------------


def test_the_root_may_be_reached_through_a_link(root: Path) -> None:
    link = root.parent / "link-to-reg"
    link.symlink_to(root, target_is_directory=True)
    paths = find_registry(link)
    assert paths.root == root
    assert paths.checked("cadres/QX-2023-001.yaml") == root / "cadres" / "QX-2023-001.yaml"
    assert paths.scan(paths.cadres_dir).problems == []


def test_the_root_is_resolved_once_when_the_paths_are_made(root: Path) -> None:
    link = root.parent / "link-to-reg"
    link.symlink_to(root, target_is_directory=True)
    paths = RegistryPaths(link)
    assert paths.root == root
    assert paths.path_problem(paths.config) is None
