"""Editor settings for a registry: VS Code's YAML language server mapped to the registry's
schemas folder by folder, and an .editorconfig, so an editor completes and checks each file
while the clerk types (``init`` writes them; ``cadrectl editor-setup`` adds them later).

Every YAML file also names its schema on its first line; the settings cover a file that lost
that line, and keep the editor from reformatting what the clerk laid out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cadrectl.store.atomic import write_atomic
from cadrectl.store.registry import RegistryPaths

# schema → the files it describes (registry-relative globs)
SCHEMA_FILES: dict[str, list[str]] = {
    "./schemas/config.schema.json": ["cadrectl.yaml"],
    "./schemas/cadre.schema.json": ["cadres/*.yaml"],
    "./schemas/unit.schema.json": ["units/*.yaml"],
    "./schemas/cycle.schema.json": ["cycles/*/cycle.yaml"],
    "./schemas/nominations.schema.json": ["cycles/*/nominations.yaml"],
    "./schemas/tallies.schema.json": ["cycles/*/tallies.yaml"],
    "./schemas/adjustment.schema.json": ["cycles/*/adjustment.yaml"],
}
EDITORCONFIG = """\
# 编辑器统一设置（https://editorconfig.org）：UTF-8、LF 换行、YAML 两格缩进
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true

[*.{yaml,yml,json}]
indent_style = space
indent_size = 2
"""


@dataclass(frozen=True)
class EditorSetup:
    written: tuple[str, ...]  # registry-relative files written
    kept: tuple[str, ...]  # files that were there already, left as they are


def vscode_settings() -> str:
    settings = {
        "yaml.schemas": SCHEMA_FILES,
        "yaml.validate": True,
        "yaml.completion": True,
        "yaml.format.enable": False,  # the clerk's layout and comments are theirs
        "files.encoding": "utf8",
        "files.eol": "\n",
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2,
                   "editor.formatOnSave": False},
        "files.exclude": {".cadrectl-cache": True},
    }  # fmt: skip
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def editor_files() -> dict[str, str]:
    extensions = {"recommendations": ["redhat.vscode-yaml", "editorconfig.editorconfig"]}
    return {
        ".vscode/settings.json": vscode_settings(),
        ".vscode/extensions.json": json.dumps(extensions, indent=2) + "\n",
        ".editorconfig": EDITORCONFIG,
    }


def write_editor_files(root: Path, *, replace: bool = False) -> EditorSetup:
    """The editor files into ``root``; a file already there is kept unless ``replace``."""
    written, kept = [], []
    for rel, text in editor_files().items():
        path = root / rel
        if path.exists() and not replace:
            kept.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
        written.append(rel)
    return EditorSetup(tuple(written), tuple(kept))


def editor_setup(paths: RegistryPaths, *, replace: bool = False) -> EditorSetup:
    """``cadrectl editor-setup``: the editor files of an existing registry (not committed: the
    clerk decides whether they belong in the history)."""
    return write_editor_files(paths.root, replace=replace)
