"""The JSON that ``cycle status`` and ``cycle inspect`` print, as models (the schema)."""

from __future__ import annotations

from typing import Literal

from cadrectl.model.base import field
from cadrectl.model.cycle import ProposalLine
from cadrectl.model.outputs import OutputModel

NextStep = Literal[
    "inspect", "tally", "step", "propose", "decide", "publicize", "wait-publicity", "apply",
    "resolve", "close", "done",
]  # fmt: skip


class MissingRecords(OutputModel):
    id: str = field("编号", "干部编号")
    name: str = field("姓名", "姓名")
    assessment: bool = field("缺年度考核", "缺本年度考核为 true")
    inspection: bool = field("缺考察", "缺本年度考察为 true")


class Waiver(OutputModel):
    id: str = field("编号", "干部编号")
    reason: str = field("原因", "免于本年度考察的原因")


class InspectOutput(OutputModel):
    """``cadrectl cycle inspect --format json``: who still lacks a record of the year."""

    missing: list[MissingRecords] = field("缺记录", "缺本年度考核或考察的在库后备干部")
    waived: list[Waiver] = field("免考察", "经批准免于本年度考察的后备干部")


class VotesOutput(OutputModel):
    votes: int = field("得票", "赞成票数")
    valid: int = field("有效票", "有效票总数")
    passed: bool = field("是否通过", "得票达到要求为 true")
    meeting: str = field("会议", "推荐会议")


class StepOutput(OutputModel):
    step: str = field("程序步骤", "推荐程序的步骤，如 vote、exam")
    passed: bool | None = field("结果", "通过为 true，未通过为 false，尚无结果为 null")


class NominationOutput(OutputModel):
    id: str = field("编号", "被推荐人编号")
    name: str | None = field("姓名", "被推荐人姓名；推荐材料未载时为 null")
    target_rank: str = field("拟培养层级", "拟培养层级")
    qualified: bool = field("符合条件", "符合入库资格条件为 true")
    tier: int | None = field("梯次", "1、2、3 梯次；不符合条件时为 null")
    reasons: list[str] = field("不符合原因", "不能以补齐记录解决的欠缺条件")
    votes: VotesOutput | None = field("推荐票", "民主推荐的得票；尚未计票时为 null")
    steps: list[StepOutput] = field("程序", "推荐程序各步骤及结果")


class UnscreenedOutput(OutputModel):
    id: str = field("编号", "被推荐人编号")
    step: str = field("待记步骤", "等待记录结果的程序步骤")


class PublicityOutput(OutputModel):
    start: str = field("公示开始", "公示开始日期（ISO）")
    end: str = field("公示结束", "公示结束日期（ISO）")
    days: int = field("公示天数", "公示的工作日数")
    open_objections: list[int] = field("未了结异议", "有未了结异议的调整名单行号")


class CycleStatusOutput(OutputModel):
    """``cadrectl cycle status --format json``."""

    year: int = field("年度", "动议年度")
    major: bool = field("集中调整", "集中调整年度为 true，日常调整为 false")
    status: Literal["open", "closed"] = field("状态", "open 进行中；closed 已结束")
    next_step: NextStep = field("下一步", "经办人接下来要做的一步")
    done: dict[str, bool] = field(
        "阶段完成", "阶段（inspect、recommend、adjust、publicize、apply）→ 是否完成"
    )
    inspect: InspectOutput = field("考核考察", "本年度考核、考察记录的缺漏")
    nominations: list[NominationOutput] = field("推荐", "未撤回的推荐人选及其资格、得票")
    untallied: list[str] = field("未计票", "尚未计票的被推荐人编号")
    unscreened: list[UnscreenedOutput] = field("待记程序", "等待记录程序结果的被推荐人")
    proposal: list[ProposalLine] | None = field("调整名单", "调整名单各行；尚未拟定时为 null")
    pending: list[int] = field("待审定", "尚未审定的调整名单行号")
    publicity: PublicityOutput | None = field("公示", "公示情况；尚未公示时为 null")
    applied: str | None = field("执行日期", "调整执行日期（ISO）；尚未执行时为 null")
