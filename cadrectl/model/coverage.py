"""Per-unit coverage rules of cadrectl.yaml: reserves per unit and reserve-to-post ratios."""

from __future__ import annotations

from cadrectl.model.base import NonEmptyStr, RegistryModel, field
from cadrectl.model.cadre import UnitId

# Why comments, not docstrings: a model's docstring becomes its schema description, which the
# clerk's editor shows; the fields carry the Chinese descriptions.


class UnitSelector(RegistryModel):  # which units a rule applies to: those of a kind, or one
    kind: NonEmptyStr | None = field(
        "单位类别",
        "适用于该类别（units/*.yaml 的 kind，取自 unit_kinds）的每个单位，如 村；与 unit 只写其一",
        default=None,
    )
    unit: UnitId | None = field(
        "单位编号",
        "只适用于这一个单位（units/<编号>.yaml）；与 kind 只写其一；"
        "某单位既有按编号的规则又有按类别的规则时，按编号的规则为准",
        default=None,
    )


class UnitReserves(UnitSelector):  # how many reserves a unit keeps of its own people (村 5–7 人)
    min: int | None = field(
        "下限（人）",
        "该单位的在库后备干部不少于此数（含本数）。“该单位的后备干部”指现工作单位"
        "（current.unit）为该单位的在库后备；拟任（reserve.target_posts）其他单位职位的"
        "仍计入其现工作单位，不计入所拟任的单位",
        default=None,
        ge=0,
        le=1000,
    )
    max: int | None = field(
        "上限（人）",
        "该单位的在库后备干部不多于此数（含本数）；min 与 max 至少写一个",
        default=None,
        ge=0,
        le=1000,
    )


class ReserveRatio(UnitSelector):  # reserves for a unit's posts per seat (乡镇机关 1:3)
    reserves: int = field(
        "后备（比例）",
        "职数与后备之比的后备一方：每 posts 个职数配备 reserves 名后备，如 1:3 写 posts: 1、"
        "reserves: 3。拟任该单位职位（reserve.target_posts 写 单位编号/职位编号，与一职双备的"
        "计法相同）的在库后备人数（一人拟任本单位多个职位只计一次）须不少于 reserves ÷ posts"
        " × 本单位全部职位的职数之和，向上取整",
        ge=1,
        le=100,
    )
    posts: int = field("职数（比例）", "职数与后备之比的职数一方，默认 1", default=1, ge=1, le=100)
