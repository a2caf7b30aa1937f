"""The JSON that ``unit list`` and ``unit show`` print, as models (the schema)."""

from __future__ import annotations

from pydantic import RootModel

from cadrectl.model.base import field
from cadrectl.model.outputs import OutputModel


class UnitRowOutput(OutputModel):
    id: str = field("单位编号", "单位编号（units/<编号>.yaml）")
    name: str = field("单位名称", "单位名称")
    kind: str = field("单位类别", "单位类别，取自 cadrectl.yaml 的 unit_kinds")
    group: str | None = field("分组", "统计分组；未分组时为 null")
    parent: str | None = field("上级单位", "上级单位编号；没有时为 null")
    grassroots: bool = field("基层单位", "在此单位工作计为基层工作经历时为 true")
    posts: int = field("职位数", "本单位的职位个数")
    seats: int = field("职数", "本单位各职位职数之和")


class UnitListOutput(RootModel[list[UnitRowOutput]]):
    """``cadrectl unit list --format json``: one object per unit, ordered by id."""


class UnitPostOutput(OutputModel):
    id: str = field("职位编号", "职位编号，单位内唯一")
    title: str = field("职位名称", "职位名称")
    rank: str = field("职级", "职位对应职级")
    head: bool = field("主要负责人", "单位主要负责人（一把手）岗位为 true")
    seats: int = field("职数", "该职位的职数")
    key: bool = field("关键岗位", "需要一职双备的关键岗位为 true")
    reserves: list[str] = field("后备干部", "拟任该职位的在库后备干部编号")


class UnitShowOutput(OutputModel):
    """``cadrectl unit show ID --format json``."""

    id: str = field("单位编号", "单位编号")
    name: str = field("单位名称", "单位名称")
    kind: str = field("单位类别", "单位类别")
    group: str | None = field("分组", "统计分组；未分组时为 null")
    parent: str | None = field("上级单位", "上级单位编号；没有时为 null")
    parent_name: str | None = field("上级单位名称", "上级单位名称；没有或未找到时为 null")
    grassroots: bool = field("基层单位", "在此单位工作计为基层工作经历时为 true")
    file: str = field("文件", "单位文件（相对库根目录）")
    posts: list[UnitPostOutput] = field("职位", "本单位的职位，按文件中的顺序")
    children: list[str] = field("下属单位", "上级单位为本单位的单位编号")
    cadres: list[str] = field("在本单位任职的后备干部", "现工作单位为本单位的在库后备干部编号")
