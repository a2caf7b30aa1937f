"""A unit (乡镇/部门/村/企业部门) and its posts, for references and coverage (一职双备)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import StringConstraints

from cadrectl.model.base import NonEmptyStr, RegistryModel, ShortText, field
from cadrectl.model.cadre import UNIT_ID_PATTERN, UnitId

PostId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]


class Post(RegistryModel):
    id: PostId = field("职位编号", "职位编号，单位内唯一，如 zhenzhang")
    title: NonEmptyStr = field("职位名称", "职位名称，如 镇长")
    rank: NonEmptyStr = field("职级", "职位对应职级，取自 cadrectl.yaml 的职级序列")
    head: bool = field("主要负责人", "是否为单位主要负责人（一把手）岗位", default=False)
    seats: int = field("职数", "该职位的职数", default=1, ge=1, le=50)
    key: bool = field("关键岗位", "是否为需要一职双备的关键岗位", default=True)


class Unit(RegistryModel):
    """单位 — one file in units/."""

    model_config = RegistryModel.model_config | {
        "title": "单位",
        "json_schema_extra": {"description": "一个单位（乡镇、街道、部门、村、企业部门）及其职位"},
    }

    schema_version: Literal[1] = field("格式版本", "文件格式版本，目前为 1")
    id: UnitId = field("单位编号", "单位编号，小写字母、数字和连字符；与文件名一致")
    name: NonEmptyStr = field("单位名称", "单位全称或通用简称，如 湖溪镇")
    kind: NonEmptyStr = field(
        "单位类别", "乡镇、街道、县直部门、村、企业部门…（取自 cadrectl.yaml）"
    )
    grassroots: bool = field("基层单位", "在此单位工作是否计为基层工作经历", default=False)
    parent: UnitId | None = field("上级单位", "上级单位编号（如村所属乡镇）", default=None)
    group: ShortText | None = field("分组", "统计分组，如 县区、县直", default=None)
    posts: list[Post] = field("职位", "本单位的领导职位", default_factory=list)


__all__ = ["UNIT_ID_PATTERN", "Post", "Unit"]
