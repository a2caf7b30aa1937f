"""The 干部任免审批表 as the exchange files carry it: LRMX 3.x element names and their texts, the
family items and the photo — one record that the LRMX and LRM readers fill and the writers
serialise (../shared/EXCHANGE.md).

A record holds the texts as the file has them, cleaned the way every reader should clean them
(:func:`clean`): what they mean — dates, the party, the resume — is
:mod:`cadrectl.rules.form_values`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The children of <Person> in the order five independent sources agree on.
ELEMENTS: tuple[str, ...] = (
    "XingMing", "XingBie", "ChuShengNianYue", "MinZu", "JiGuan", "ChuShengDi", "RuDangShiJian",
    "CanJiaGongZuoShiJian", "JianKangZhuangKuang", "ZhuanYeJiShuZhiWu",
    "ShuXiZhuanYeYouHeZhuanChang", "QuanRiZhiJiaoYu_XueLi", "QuanRiZhiJiaoYu_XueWei",
    "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi",
    "ZaiZhiJiaoYu_XueLi", "ZaiZhiJiaoYu_XueWei", "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi",
    "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "XianRenZhiWu", "NiRenZhiWu", "NiMianZhiWu", "JianLi",
    "JiangChengQingKuang", "NianDuKaoHeJieGuo", "RenMianLiYou", "JiaTingChengYuan",
    "ChengBaoDanWei", "JiSuanNianLingShiJian", "TianBiaoShiJian", "TianBiaoRen", "ShenFenZheng",
    "ZhaoPian", "Version",
)  # fmt: skip
FAMILY = "JiaTingChengYuan"
PHOTO = "ZhaoPian"
VERSION = "3.2.1.16"
# The children of a family <Item>.
FAMILY_ELEMENTS: tuple[str, ...] = (
    "ChengWei", "XingMing", "ChuShengRiQi", "ZhengZhiMianMao", "GongZuoDanWeiJiZhiWu",
)  # fmt: skip
# Elements after the 2025 retirement reform, each with the element it follows.
LATER_ELEMENTS: dict[str, str] = {
    "DaoLingNianYue": "CanJiaGongZuoShiJian",
    "GaiGeQianRenZhiNianLingJieXian": "ChengBaoDanWei",
}
DECEASED = "已去世"

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def clean(text: str | None) -> str:
    """A value as every reader should take it: U+00A0 a space, private-use characters dropped,
    stripped (whitespace alone is empty)."""
    if not text:
        return ""
    return _PRIVATE_USE.sub("", text.replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class FamilyItem:
    """One <Item> of JiaTingChengYuan: 称谓, 姓名, 出生日期 (``YYYYMM``), 政治面貌, 工作单位及职务
    (``已去世`` for the deceased) — texts as the file has them."""

    relation: str = ""
    name: str = ""
    birth: str = ""
    party: str = ""
    work: str = ""

    @property
    def empty(self) -> bool:
        return not any((self.relation, self.name, self.birth, self.party, self.work))


@dataclass(frozen=True)
class ExchangeRecord:
    """One person's form: the element texts by LRMX name (not the family or the photo), the
    family items, the photo's bytes (None: no photo), and the elements as the file ordered
    them (unknown ones included)."""

    elements: dict[str, str] = field(default_factory=dict)
    family: tuple[FamilyItem, ...] = ()
    photo: bytes | None = None

    def text(self, name: str) -> str:
        return self.elements.get(name, "")

    @property
    def unknown(self) -> dict[str, str]:
        """Elements that are neither the form's nor the later ones (kept for re-export)."""
        return {
            name: text
            for name, text in self.elements.items()
            if name not in ELEMENTS and name not in LATER_ELEMENTS
        }


@dataclass(frozen=True)
class ReadNote:
    """Something a reader noticed: the element (or LRM field) it is about, a message code of
    ``import.problem.*`` and its parameters; ``error`` when the file cannot be taken."""

    element: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()
    error: bool = False


class ExchangeError(Exception):
    """A file that is no form at all (not XML, no <Person>, not an LRM record)."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
