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


def basic_facts(cadre: Cadre, unit_names: Mapping[str, str]) -> BasicFacts:
    highest = max(cadre.education, key=lambda e: EDUCATION_LEVELS.get(e.level, 0), default=None)
    education = f"{highest.level}{highest.degree or ''}" if highest is not None else ""
    unit = unit_names.get(cadre.current.unit, cadre.current.unit)
    return BasicFacts(cadre.name, cadre.gender, cadre.birth.dotted(), education,
                      f"{unit}{cadre.current.post}")  # fmt: skip
