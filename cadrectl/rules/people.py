"""A person's basic facts as lists and notices print them: 性别, 出生年月, 学历, 现任职务."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cadrectl.model.codes import EDUCATION_LEVELS

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre


@dataclass(frozen=True)
class BasicFacts:
    name: str
    gender: str
    born: str  # 1988.04
    education: str  # the highest level, with its degree: 大学学士
    post: str  # unit and post names: 城关镇副镇长

    def sentence(self) -> str:
        """``张三，男，1988.04出生，大学学士，现任城关镇副镇长`` (the parts that are known)."""
        parts = [self.name, self.gender, f"{self.born}出生" if self.born else "",
                 self.education, f"现任{self.post}" if self.post else ""]  # fmt: skip
        return "，".join(part for part in parts if part)


def basic_facts(cadre: Cadre, unit_names: Mapping[str, str], region: str = "") -> BasicFacts:
    highest = max(cadre.education, key=lambda e: EDUCATION_LEVELS.get(e.level, 0), default=None)
    education = f"{highest.level}{highest.degree or ''}" if highest is not None else ""
    unit = unit_names.get(cadre.current.unit, cadre.current.unit)
    return BasicFacts(cadre.name, cadre.gender, cadre.birth.dotted(), education,
                      unit_and_post(unit, cadre.current.post, region))  # fmt: skip


def unit_and_post(unit: str, post: str, region: str = "") -> str:
    """``城关镇副镇长``; the post alone where it names its unit already (县委常委、宣传部部长
    of 县委宣传部; 县人大常委会副主任 of 青溪县人大常委会), so the unit is not said twice."""
    names = {unit, unit.removeprefix(region) if region else unit}
    if any(len(name) >= 2 and name in post for name in names):
        return post
    for name in names:  # 县委常委、宣传部部长 names both parts of 县委宣传部
        for prefix in ("县委", "县"):
            rest = name.removeprefix(prefix)
            if rest != name and len(rest) >= 2 and prefix in post and rest in post:
                return post
    return f"{unit}{post}"
