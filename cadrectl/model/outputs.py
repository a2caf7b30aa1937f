"""The JSON that ``check``, ``list``, ``ladder`` and the reports print, as models (the schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, RootModel

from cadrectl.model.base import field

# Why: CheckProblem has a field named "field", which hides the function inside its body.
described = field


class OutputModel(BaseModel):
    """One object of a command's JSON output: every key documented, no other key allowed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckProblem(OutputModel):
    file: str = described("文件", "问题所在文件（相对库根目录）")
    line: int | None = described("行", "问题所在行（从 1 起）；无法定位时为 null")
    column: int | None = described("列", "问题所在列（从 1 起）；无法定位时为 null")
    field: str | None = described("字段", "问题所在字段路径，如 current.rank；整个文件时为 null")
    code: str = described("问题代码", "稳定的问题代码，如 unknown-rank")
    severity: Literal["error", "warning"] = described("严重程度", "error 错误；warning 提醒")
    message: str = described("说明", "问题说明（身份证号已遮盖）")


class CheckOutput(OutputModel):
    """``cadrectl check --format json``."""

    ok: bool = field("是否通过", "无错误（--strict 时也无提醒）为 true")
    files: int = field("文件数", "校验的文件数")
    problems: list[CheckProblem] = field("问题", "发现的全部问题")


class CadreRowOutput(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    gender: str = field("性别", "性别")
    birth: str = field("出生年月", "出生年月（ISO，如 1985-03）")
    age: int = field("年龄", "截至查询日的周岁")
    unit: str = field("单位编号", "现任职单位编号")
    unit_name: str = field("单位名称", "现任职单位名称")
    post: str = field("职务", "现任职务")
    rank: str = field("职级", "现任职级")
    target_rank: str = field("拟培养层级", "拟培养层级")
    direction: str = field("培养方向", "培养方向")
    status: Literal["active", "inspecting", "used", "exited"] = field(
        "后备状态", "active 在库；inspecting 已列为考察对象；used 已使用（提拔）；exited 已调出"
    )


class ListOutput(RootModel[list[CadreRowOutput]]):
    """``cadrectl list --format json``: one object per cadre, ordered by id."""


class LadderCheck(OutputModel):
    rule: str = field("条件", "资格条件代码")
    ok: bool = field("是否满足", "满足（或已豁免）为 true")
    detail: str = field("说明", "满足或欠缺的情况")
    met_on: str | None = field("满足日期", "满足该条件的日期（ISO）；未满足或不适用时为 null")
    waived: bool = field("已豁免", "该条件经批准豁免为 true")
    evidence: list[str] = field("依据", "据以判断的记录")


class LadderCadre(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    target_rank: str = field("拟培养层级", "拟培养层级")
    direction: str = field("培养方向", "培养方向")
    tier: int | None = field("梯次", "1、2、3 梯次；不符合条件时为 null")
    tier_label: str = field("梯次名称", "梯次的中文名称")
    ready_on: str | None = field("可任日期", "全部条件满足的日期（ISO）；无法确定时为 null")
    exit_suggested: bool = field("建议调出", "有调出理由时为 true")
    exit_reasons: list[str] = field("调出理由", "建议调出的理由")
    checks: list[LadderCheck] = field("条件核对", "逐项资格条件")


class LadderOutput(OutputModel):
    """``cadrectl ladder --format json`` (and with ``--explain ID``: the one cadre)."""

    as_of: str = field("截至日期", "计算梯次的日期（ISO）")
    cadres: list[LadderCadre] = field("干部", "每名后备干部的梯次与条件")


class ShareOutput(OutputModel):
    value: str = field("取值", "该维度的一个取值")
    count: int = field("人数", "具有该取值的人数")
    percent: float = field("百分比", "占总人数的百分比（0–100，保留两位小数）")


class BreakdownOutput(OutputModel):
    total: int = field("总人数", "该组在库后备干部人数")
    average_age: float | None = field(
        "平均年龄", "该组的平均周岁年龄（四舍五入保留一位小数）；该组无人时为 null"
    )
    dimensions: dict[str, list[ShareOutput]] = field("各维度", "维度名 → 各取值的人数与占比")


class StructureOutput(OutputModel):
    """``cadrectl report structure --format json``."""

    as_of: str = field("截至日期", "统计日期（ISO）")
    total: int = field("总人数", "在库后备干部人数")
    average_age: float | None = field(
        "平均年龄", "在库后备干部的平均周岁年龄（四舍五入保留一位小数）；无人时为 null"
    )
    dimensions: dict[str, list[ShareOutput]] = field("各维度", "维度名 → 各取值的人数与占比")
    groups: dict[str, BreakdownOutput] = field(
        "分组", "--group-by 的各组 → 该组的结构；未分组时为空"
    )


class CoverageReserve(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    tier: int | None = field("梯次", "1、2、3 梯次；不符合条件时为 null")


class CoveragePost(OutputModel):
    unit: str = field("单位编号", "单位编号")
    unit_name: str = field("单位名称", "单位名称")
    post: str = field("职位编号", "职位编号")
    title: str = field("职位名称", "职位名称")
    rank: str = field("职级", "职位的职级")
    seats: int = field("职数", "职位的职数")
    needed: int = field("应备人数", "按每职后备人数应有的后备干部数")
    reserves: list[CoverageReserve] = field("后备干部", "拟任该职位的后备干部")
    ready: int = field("一梯次人数", "其中一梯次（约一年内可任）的人数")
    covered: bool = field("是否备足", "后备人数达到应备人数为 true")


class CoverageTarget(OutputModel):
    dimension: str = field("维度", "结构目标的维度")
    value: str = field("取值", "结构目标的取值")
    actual: float = field("实际占比", "实际百分比（0–100）")
    min_percent: float | None = field("下限", "目标下限百分比；无下限时为 null")
    max_percent: float | None = field("上限", "目标上限百分比；无上限时为 null")
    ok: bool = field("是否达标", "实际占比在目标范围内为 true")


class CoverageUnit(OutputModel):
    unit: str = field("单位编号", "单位编号")
    unit_name: str | None = field("单位名称", "单位名称；units/ 中没有该单位时为 null")
    kind: str | None = field("单位类别", "单位类别；units/ 中没有该单位时为 null")
    reserves: int = field("后备人数", "现工作单位（current.unit）为该单位的在库后备干部人数")
    min: int | None = field("下限", "人数下限（含本数）；无下限时为 null")
    max: int | None = field("上限", "人数上限（含本数）；无上限时为 null")
    ok: bool = field("是否达标", "人数在上下限之内（且该单位存在）为 true")


class CoverageRatio(OutputModel):
    unit: str = field("单位编号", "单位编号")
    unit_name: str | None = field("单位名称", "单位名称；units/ 中没有该单位时为 null")
    kind: str | None = field("单位类别", "单位类别；units/ 中没有该单位时为 null")
    ratio: str = field("职数与后备之比", "cadrectl.yaml 规定的比例（职数:后备），如 1:3")
    posts: int = field("职位数", "该单位的职位个数")
    seats: int = field("职数", "该单位全部职位的职数之和")
    reserves: int = field(
        "后备人数", "拟任该单位职位（reserve.target_posts）的在库后备干部人数，一人只计一次"
    )
    required: int = field("应备人数", "后备 ÷ 职数（比例）× 职数之和，向上取整")
    ok: bool = field("是否达标", "后备人数不少于应备人数（且该单位存在）为 true")


class CoverageOutput(OutputModel):
    """``cadrectl report coverage --format json``."""

    as_of: str = field("截至日期", "统计日期（ISO）")
    reserves_per_seat: float = field("每职后备人数", "每个职数应有的后备干部数（一职双备为 2）")
    posts: list[CoveragePost] = field("职位", "各关键职位的后备情况")
    uncovered: list[str] = field("未备足职位", "后备不足的职位（单位编号/职位编号）")
    without_ready: list[str] = field("无一梯次职位", "没有一梯次后备的职位（单位编号/职位编号）")
    targets: list[CoverageTarget] = field("结构目标", "cadrectl.yaml 的结构目标及其达成情况")
    units: list[CoverageUnit] = field(
        "单位后备人数", "cadrectl.yaml 的 coverage.units 所及各单位的后备人数及是否达标"
    )
    ratios: list[CoverageRatio] = field(
        "职数与后备比例", "cadrectl.yaml 的 coverage.ratios 所及各单位的后备人数及是否达标"
    )


class WarningOutput(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    kind: str = field("类别", "提醒类别代码")
    date: str | None = field("日期", "相关日期（ISO）；无日期时为 null")
    message: str = field("说明", "提醒内容")


class WarningsOutput(OutputModel):
    """``cadrectl report warnings --format json``."""

    as_of: str = field("截至日期", "提醒的计算日期（ISO）")
    warnings: list[WarningOutput] = field("提醒", "需要经办人尽快处理的事项")
