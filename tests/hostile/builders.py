"""Small writers of hostile registry content, each applied to a copy of the fixture registry.

A *builder* changes a registry on disk; a *transform* changes the text of one file. The base
texts are the fixture registry's own files: one unit (qx-huxi-zhen) and one cadre (QX-2023-014).
A hostile cadre is a copy of that cadre under the id QX-2026-901, so every healthy line of it is
known to pass ``check``; a hostile unit is a copy of the unit under the id qx-victim.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
from collections.abc import Callable
from pathlib import Path

from tests.conftest import FIXTURES

Builder = Callable[[Path], object]  # what it returns is ignored
Transform = Callable[[str], str]

FIXTURE = FIXTURES / "registry"
CONFIG = "cadrectl.yaml"
BASE_ID = "QX-2023-014"
BASE_FILE = f"cadres/{BASE_ID}.yaml"
BASE_UNIT_FILE = "units/qx-huxi-zhen.yaml"
VICTIM_ID = "QX-2026-901"
VICTIM_FILE = f"cadres/{VICTIM_ID}.yaml"
UNIT_FILE = "units/qx-victim.yaml"
CYCLE_FOLDER = "cycles/2026"

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(first17: str) -> str:
    """A whole id number: the 17 digits and their GB 11643 check character."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


BASE_ID_NUMBER = "330781198804120032"
# born 1988-04-12, a man (odd 17th digit), like the base cadre, but another person
VICTIM_ID_NUMBER = id_number("33078119880412901")


def _victim_text() -> str:
    text = (FIXTURE / BASE_FILE).read_text(encoding="utf-8")
    text = text.replace(f"id: {BASE_ID}", f"id: {VICTIM_ID}", 1)
    return text.replace(BASE_ID_NUMBER, VICTIM_ID_NUMBER, 1)


CADRE_TEXT = _victim_text()
UNIT_TEXT = (
    (FIXTURE / BASE_UNIT_FILE)
    .read_text(encoding="utf-8")
    .replace("id: qx-huxi-zhen", "id: qx-victim", 1)
    .replace("name: 湖溪镇", "name: 白石乡", 1)
)
CONFIG_TEXT = (FIXTURE / CONFIG).read_text(encoding="utf-8")

# A valid year of the cycle (checked clean by the case cycles:the-base-cycle-is-clean): state with a
# waiver and a 公示 objection, one nomination, one meeting, a two-line adjustment.
CYCLE_TEXTS = {
    "cycle.yaml": """\
schema_version: 1
year: 2026
status: open
opened: 2026-09-01
waivers:
  - {cadre: QX-2023-014, reason: 病假}
publicity:
  start: 2026-09-28
  days: 5
  end: 2026-10-09
  objections:
    - {line: 1, date: 2026-09-29, text: 反映问题}
""",
    "nominations.yaml": """\
schema_version: 1
nominations:
  - id: N2026-001
    source: 组织推荐
    nominated_by: 湖溪镇党委
    cadre: {name: 周晓梅, current: {unit: qx-huxi-zhen, post: 党政办主任, rank: 科员}}
    target_rank: 副科
    direction: 城建交通
""",
    "tallies.yaml": """\
schema_version: 1
meetings:
  - {name: 湖溪镇民主推荐会, date: 2026-09-10, places: 2, issued: 60, returned: 58, valid: 57,
     votes: {N2026-001: 40, QX-2023-014: 50}}
""",
    "adjustment.yaml": """\
schema_version: 1
year: 2026
lines:
  - {line: 1, action: admit, subject: N2026-001, name: 周晓梅, reason: 民主推荐得票较高}
  - {line: 2, action: retier, subject: QX-2023-014, name: 王立新, reason: 条件成熟,
     old_tier: 2, new_tier: 1}
""",
}


# ---- transforms --------------------------------------------------------------------------------


def sub(old: str, new: str) -> Transform:
    """Replace the first ``old`` (which must be there) with ``new``."""

    def transform(text: str) -> str:
        assert old in text, f"{old!r} is not in the base text"
        return text.replace(old, new, 1)

    return transform


def line(key: str, value: str) -> Transform:
    """Give the first block ``key`` (top-level, or indented like ``reserve.plan``) the YAML
    ``value``, written after ``key: `` in place of the line's old value and comment."""
    pattern = re.compile(rf"^( *){re.escape(key)}:.*$", re.MULTILINE)

    def transform(text: str) -> str:
        assert pattern.search(text), f"no block key {key!r} in the base text"
        return pattern.sub(lambda found: f"{found.group(1)}{key}: {value}", text, count=1)

    return transform


def drop(key: str) -> Transform:
    """Remove the one-line top-level ``key``."""
    return sub(next(ln for ln in CADRE_TEXT.splitlines() if ln.startswith(f"{key}:")) + "\n", "")


def append(extra: str) -> Transform:
    return lambda text: text + extra


def replace_all(text: str) -> Transform:
    """The whole file becomes ``text``."""
    return lambda _: text


def _apply(text: str, transforms: tuple[Transform, ...]) -> str:
    for transform in transforms:
        text = transform(text)
    return text


# ---- builders ----------------------------------------------------------------------------------


def write(file: str, content: str | bytes) -> Builder:
    def build(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))

    return build


def cadre(*transforms: Transform, file: str = VICTIM_FILE) -> Builder:
    """A copy of the base cadre (as QX-2026-901), changed by ``transforms``."""
    return write(file, _apply(CADRE_TEXT, transforms))


def cadre_bytes(make: Callable[[bytes], bytes], file: str = VICTIM_FILE) -> Builder:
    """The victim cadre's UTF-8 bytes, changed by ``make``."""
    return write(file, make(CADRE_TEXT.encode("utf-8")))


def unit(*transforms: Transform, file: str = UNIT_FILE) -> Builder:
    """A copy of the base unit (as qx-victim), changed by ``transforms``."""
    return write(file, _apply(UNIT_TEXT, transforms))


def config(*transforms: Transform) -> Builder:
    """cadrectl.yaml changed in place."""
    return write(CONFIG, _apply(CONFIG_TEXT, transforms))


def cycle(name: str = "cycle.yaml", *transforms: Transform, only: bool = False) -> Builder:
    """The base year's cycle files, with ``name`` changed (``only``: no other file)."""

    def build(root: Path) -> None:
        for file, text in CYCLE_TEXTS.items():
            if file == name:
                write(f"{CYCLE_FOLDER}/{file}", _apply(text, transforms))(root)
            elif not only:
                write(f"{CYCLE_FOLDER}/{file}", text)(root)

    return build


def every(*builders: Builder) -> Builder:
    def build(root: Path) -> None:
        for builder in builders:
            builder(root)

    return build


def outside(root: Path, name: str) -> Path:
    """A path next to the registry, not inside it."""
    return root.parent / name


def secret_file(name: str, content: str) -> Builder:
    """A file outside the registry (for links to point at)."""
    return lambda root: outside(root, name).write_text(content, encoding="utf-8")


def link(file: str, target: Callable[[Path], Path]) -> Builder:
    """``file`` becomes a symlink to ``target(root)``."""

    def build(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target(root))

    return build


def moved_out_and_linked(folder: str) -> Builder:
    """``folder`` is moved out of the registry and replaced by a link to where it went."""

    def build(root: Path) -> None:
        (root / folder).mkdir(parents=True, exist_ok=True)
        moved = outside(root, f"real-{folder.replace('/', '-')}")
        shutil.move(root / folder, moved)
        (root / folder).symlink_to(moved, target_is_directory=True)

    return build


def fifo(file: str) -> Builder:
    def build(root: Path) -> None:
        (root / file).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / file)

    return build


def unix_socket(file: str) -> Builder:
    def build(root: Path) -> None:
        # Why the chdir: a socket's path is limited to ~107 bytes; tmp_path can be longer.
        here = Path.cwd()
        os.chdir((root / file).parent)
        try:
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(Path(file).name)
            server.close()
        finally:
            os.chdir(here)

    return build


def folder(file: str) -> Builder:
    return lambda root: (root / file).mkdir(parents=True)


def remove(file: str) -> Builder:
    def build(root: Path) -> None:
        path = root / file
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()

    return build


def as_file(folder_name: str, content: str = "not a folder\n") -> Builder:
    """A registry folder (there or not) replaced by a regular file."""

    def build(root: Path) -> None:
        shutil.rmtree(root / folder_name, ignore_errors=True)
        write(folder_name, content)(root)

    return build


# ---- hostile values ----------------------------------------------------------------------------


def block_sequence(depth: int) -> str:
    """``- - - … x``: ``depth`` nested block sequences on one line."""
    return "- " * depth + "x"


def indented_mappings(depth: int) -> str:
    """``a:`` nested ``depth`` levels deep by indentation alone."""
    return "\n".join("  " * level + "a:" for level in range(1, depth + 1)) + " x"


def padding(size: int) -> str:
    """Comment lines of about ``size`` bytes in all (valid YAML, meaning nothing)."""
    row = "# " + "填充" * 20 + "\n"  # 123 bytes a line
    return row * (size // len(row.encode("utf-8")) + 1)
