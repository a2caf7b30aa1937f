"""Editor settings: VS Code's YAML language server finds each file's schema by its folder, and
.editorconfig keeps UTF-8, LF and two-space YAML (issue 18, point 2)."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path
from typing import Any

from tests.conftest import git


def test_init_writes_settings_that_map_every_file_to_an_existing_schema(
    cli: Any, tmp_path: Path
) -> None:
    root = tmp_path / "registry"
    assert cli("init", root, "--profile", "county").exit_code == 0
    assert (
        cli(
            "-R", root, "unit", "add", "qx-huxi-zhen", "--name", "湖溪镇", "--kind", "乡镇"
        ).exit_code
        == 0
    )
    assert cli("-R", root, "cycle", "open", "2026").exit_code == 0
    settings = json.loads((root / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping: dict[str, list[str]] = settings["yaml.schemas"]
    for schema in mapping:
        assert (root / schema).is_file(), schema
    files = [p.relative_to(root).as_posix() for p in root.rglob("*.yaml")
             if ".git" not in p.parts and not p.name.startswith(".")]  # fmt: skip
    for file in files:
        matched = [
            s for s, globs in mapping.items() if any(fnmatch.fnmatch(file, g) for g in globs)
        ]
        assert len(matched) == 1, file
    assert settings["yaml.format.enable"] is False
    assert "end_of_line = lf" in (root / ".editorconfig").read_text(encoding="utf-8")
    assert ".vscode/settings.json" in git(root, "ls-files").split()


def test_editor_setup_adds_them_later_and_keeps_what_is_there(cli: Any, example: Path) -> None:
    first = cli("-R", example, "editor-setup")
    assert first.exit_code == 0
    assert ".vscode/settings.json" in first.stdout
    mine = example / ".editorconfig"
    mine.write_text("root = true\n", encoding="utf-8")
    again = cli("-R", example, "editor-setup")
    assert "未改动：.editorconfig" in again.stdout
    assert mine.read_text(encoding="utf-8") == "root = true\n"
    assert cli("-R", example, "editor-setup", "--replace").exit_code == 0
    assert "charset = utf-8" in mine.read_text(encoding="utf-8")
