"""The JSON that ``history ID`` and ``diff REV [REV]`` print, as models (the schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from cadrectl.model.base import field
from cadrectl.model.outputs import OutputModel, described


class FieldChangeOutput(OutputModel):
    field: str = described("字段", "变化的字段路径，如 current.post")
    change: Literal["changed", "added", "removed"] = described(
        "变化", "changed 修改；added 新增；removed 删除"
    )
    old: str | None = described("原值", "变化前的值（文本）；新增时为 null")
    new: str | None = described("新值", "变化后的值（文本）；删除时为 null")


class HistoryEntryOutput(OutputModel):
    commit: str = field("提交", "git 提交编号")
    date: str = field("时间", "提交时间（ISO）")
    author: str = field("经办人", "提交者")
    action: str = field("操作", "add、set、record、exit、use、edit、cycle-…；手工修改为 manual")
    subject: str = field("摘要", "提交说明的第一行")
    created: bool = field("新建", "该提交新建了干部文件为 true")
    changes: list[FieldChangeOutput] = field("变化", "该提交改动的字段")


class CycleEventOutput(OutputModel):
    """One event of the year's cycle; the event's own details follow as further text keys."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, str]

    date: str = field("日期", "事件日期（ISO，精确到记录所载）")
    kind: str = field("事件", "nominated、withdrawn、votes、line、publicity、objection、applied")
    text: str = field("说明", "事件的中文说明")


class CycleStoryOutput(OutputModel):
    year: int = field("年度", "动议年度")
    events: list[CycleEventOutput] = field("事件", "该年度涉及此人的事件")


class HistoryOutput(OutputModel):
    """``cadrectl history ID --format json``."""

    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    entries: list[HistoryEntryOutput] = field("提交", "改动该干部文件的提交，由新到旧")
    cycles: list[CycleStoryOutput] = field("动议", "各年度动议中此人的经历")


class DiffCadre(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    file: str = field("文件", "干部文件（相对库根目录）")


class DiffExited(DiffCadre):
    reason: str = field("调出原因", "调出原因")


class DiffUsed(DiffCadre):
    unit: str = field("任职单位", "使用（提拔）后的单位")
    post: str = field("任职职务", "使用（提拔）后的职务")


class DiffTier(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    old: int | None = field("原梯次", "原梯次；原不符合条件时为 null")
    new: int | None = field("新梯次", "新梯次；现不符合条件时为 null")
    cycle: int | None = field(
        "动议年度", "由该年度调整执行的层次调整；按两版本比较得出时无此键", default=None
    )


class DiffChanged(DiffCadre):
    changes: list[FieldChangeOutput] = field("变化", "字段的变化")


class DiffOutput(OutputModel):
    """``cadrectl diff REV [REV] --format json``."""

    old: str = field("原版本", "比较的原版本（git 提交编号）")
    new: str = field("新版本", "比较的新版本（git 提交编号；未指定时为 working tree）")
    entered: list[DiffCadre] = field("新入库", "新增的干部文件")
    exited: list[DiffExited] = field("调出", "转为调出的后备干部")
    used: list[DiffUsed] = field("使用", "转为已使用（提拔）的后备干部")
    removed: list[DiffCadre] = field("删除", "删除的干部文件")
    tiers: list[DiffTier] = field("梯次变化", "梯次变了的后备干部")
    tiers_skipped: list[str] = field("未比较梯次的文件", "两个版本之一有错误、未比较梯次的文件")
    tiers_unchecked: str | None = field(
        "未比较梯次的版本", "cadrectl.yaml 有错误、因而未比较梯次的版本；都无错误时为 null"
    )
    changed: list[DiffChanged] = field("字段变化", "各干部改动的字段")
