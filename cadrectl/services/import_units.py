"""Units an import names that units/ does not hold, created with ``--create-units``: the id
from the name's pinyin (湖溪镇 → huxi-zhen), the kind from the name's ending where the
registry has that kind (镇 → 乡镇, 村 → 村), else the kind the clerk gives."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from cadrectl.model.unit import UNIT_ID_PATTERN

# A name's ending → the unit kind it tells, and whether work there is grassroots experience.
_ENDINGS: tuple[tuple[str, str, bool], ...] = (
    ("街道办事处", "街道", True), ("街道", "街道", True), ("镇", "乡镇", True),
    ("乡", "乡镇", True), ("社区", "社区", True), ("村", "村", True),
)  # fmt: skip
# Endings kept apart in the id (huxi-zhen, caizheng-ju): the unit's kind of body.
_ID_SUFFIXES = sorted(("街道", "社区", "镇", "乡", "村", "局", "委", "办", "部", "院", "所", "中心",
                       "公司", "学院", "处", "科", "室", "站", "队", "办公室", "委员会"),
                      key=len, reverse=True)  # fmt: skip
_LONG_STEM = 4  # a stem longer than this is written by its syllables' initials


@dataclass(frozen=True)
class NewUnit:
    id: str
    name: str
    kind: str
    grassroots: bool


def unit_kind(name: str, kinds: Collection[str], fallback: str | None) -> tuple[str, bool] | None:
    """The kind a name's ending tells (when the registry has it), else ``fallback``; None when
    neither says."""
    for ending, kind, grassroots in _ENDINGS:
        if name.endswith(ending) and kind in kinds:
            return kind, grassroots
    return (fallback, False) if fallback else None


def unit_id(name: str, taken: Collection[str]) -> str:
    """An id from the name's pinyin, its kind of body apart (湖溪镇 → huxi-zhen), made unique
    against ``taken`` with -2, -3…"""
    from pypinyin import lazy_pinyin

    stem, suffix = name, ""
    for ending in _ID_SUFFIXES:
        if name.endswith(ending) and len(name) > len(ending):
            stem, suffix = name[: -len(ending)], ending
            break
    syllables = lazy_pinyin(stem)
    short = len(stem) > _LONG_STEM  # 县人力资源和社会保障局 → xrlzyhshbz-ju
    parts = ["".join(s[:1] if short else s for s in syllables), "".join(lazy_pinyin(suffix))]
    base = "-".join(re.sub(r"[^a-z0-9]+", "", part.lower()) for part in parts if part)
    base = base.strip("-") or "unit"
    candidate, serial = base, 1
    while candidate in taken or not re.fullmatch(UNIT_ID_PATTERN, candidate):
        serial += 1
        candidate = f"{base}-{serial}"
    return candidate
