"""The yearly cycle's files under cycles/<year>/: its state, nominations, tallies and proposal."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from cadrectl.model.base import LongText, NonEmptyStr, RegistryModel, ShortText, Year, field
from cadrectl.model.dates import PartialDate


class Waiver(RegistryModel):
    cadre: NonEmptyStr = field("后备干部", "免于本年考察的后备干部编号")
    reason: LongText = field("理由", "免于考察的理由")


class Objection(RegistryModel):
    line: int = field("行号", "被反映的调整名单行号", ge=1)
    date: PartialDate = field("日期", "收到反映的日期")
    by: ShortText | None = field("反映人", "反映人或来源", default=None)
    text: LongText = field("内容", "反映的问题")
    resolved: PartialDate | None = field("办结日期", "核查办结的日期", default=None)
    resolution: LongText | None = field("核查结论", "核查结论", default=None)
    finding: Literal["属实", "不属实"] | None = field(
        "核查认定", "属实：该行不予执行；不属实：该行照常执行", default=None
    )


class Publicity(RegistryModel):
    start: PartialDate = field("开始", "公示开始日期（第1个工作日）")
    days: int = field("工作日数", "公示的工作日数（不少于5个）", ge=5, le=60)
    end: PartialDate = field("结束", "公示结束日期")
    objections: list[Objection] = field("反映", "公示期间收到的反映", default_factory=list)
    redated: LongText | None = field("改期说明", "公示开始前改期的原因", default=None)


class Filing(RegistryModel):
    to: ShortText = field("报送单位", "备案的上级部门")
    date: PartialDate = field("报送日期", "报送备案的日期")
    sent: LongText | None = field("报送材料", "报送了什么（调整名单、公示情况……）", default=None)
    note: LongText | None = field("说明", "备案的说明", default=None)


class CycleState(RegistryModel):
    """cycles/<year>/cycle.yaml — where the year's cycle stands."""

    model_config = RegistryModel.model_config | {"title": "年度调整"}

    schema_version: Literal[1] = field("格式版本", "目前为 1")
    year: Year = field("年度", "调整年度")
    major: bool = field("换届调整", "换届年份的全面调整", default=False)
    status: Literal["open", "closed"] = field("状态", "open 进行中；closed 已结束")
    opened: PartialDate = field("开始日期", "开始本年度调整的日期")
    inspect_done: PartialDate | None = field("考察完成", "考察阶段完成的日期", default=None)
    waivers: list[Waiver] = field("免于考察", "经说明理由免于本年考察的人员", default_factory=list)
    proposed: PartialDate | None = field("提出调整方案", "生成调整名单的日期", default=None)
    publicity: Publicity | None = field("公示", "公示期及反映", default=None)
    applied: PartialDate | None = field("执行日期", "调整执行的日期", default=None)
    applied_lines: list[int] | None = field(
        "已执行的行", "已执行的调整名单行号（反映核查后可再次执行其余各行）", default=None
    )
    admitted: dict[str, str] = field(
        "新进人选", "提名编号 → 执行后的后备干部编号", default_factory=dict
    )
    filings: list[Filing] = field("备案", "向上级组织部门报送备案的记录", default_factory=list)
    closed: PartialDate | None = field("结束日期", "本年度调整结束的日期", default=None)


class StepRecord(RegistryModel):
    step: Literal["qualification", "exam", "committee", "inspection"] = field(
        "步骤", "qualification 资格审查；exam 综合考试；committee 党委研究；inspection 组织考察"
    )
    date: PartialDate = field("日期", "该步骤办理的日期")
    result: ShortText = field("结果", "通过/不通过、成绩、同意/不同意、合格/不合格")
    passed: bool = field("通过", "该步骤是否通过")
    score: float | None = field("成绩", "综合考试成绩", default=None)
    body: ShortText | None = field("研究机构", "党委研究的机构，如 公司党委", default=None)
    note: LongText | None = field("说明", "理由、考察结论等", default=None)


class Nomination(RegistryModel):
    id: NonEmptyStr = field("提名编号", "如 N2026-001")
    source: NonEmptyStr = field("推荐方式", "个人自荐、群众举荐、组织推荐")
    nominated_by: ShortText = field("推荐人", "推荐人或推荐单位")
    cadre: dict[str, Any] = field("人选信息", "与后备干部档案相同的字段（不含编号与后备信息）")
    target_rank: NonEmptyStr = field("拟培养层级", "拟培养层级")
    direction: NonEmptyStr = field("培养方向", "培养方向")
    nominated: PartialDate | None = field("提名日期", "提出推荐的日期", default=None)
    steps: list[StepRecord] = field(
        "程序记录", "按配置的选拔程序逐步登记的结果", default_factory=list
    )
    withdrawn: bool = field("已撤回", "推荐已撤回", default=False)
    withdrawn_note: LongText | None = field("撤回说明", "撤回推荐的原因", default=None)


class Nominations(RegistryModel):
    schema_version: Literal[1] = field("格式版本", "目前为 1")
    nominations: list[Nomination] = field("提名", "本年度提名的新人选", default_factory=list)


class Meeting(RegistryModel):
    name: ShortText = field("会议", "民主推荐会议名称")
    stage: Literal["vote", "unit-vote"] = field(
        "推荐环节", "vote 民主推荐；unit-vote 单位推荐（与民主推荐并计，不相替代）", default="vote"
    )
    date: PartialDate = field("日期", "会议日期")
    places: int = field("名额", "推荐名额", ge=1)
    issued: int = field("发出票数", "发出推荐票数", ge=1)
    returned: int = field("收回票数", "收回推荐票数", ge=0)
    valid: int = field("有效票数", "有效票数", ge=0)
    votes: dict[str, int] = field("得票", "人选（提名编号或后备干部编号）→ 得票数")

    def record_for(self, subject: str) -> dict[str, Any]:
        """The 民主推荐 record this meeting gives ``subject`` in their file's records."""
        return {"year": self.date.year, "meeting": self.name, "ballots_issued": self.issued,
                "ballots_returned": self.returned, "ballots_valid": self.valid,
                "votes_for": self.votes[subject]}  # fmt: skip


class Tallies(RegistryModel):
    schema_version: Literal[1] = field("格式版本", "目前为 1")
    meetings: list[Meeting] = field("推荐会议", "本年度的民主推荐会议", default_factory=list)


class LineCause(RegistryModel):
    code: NonEmptyStr = field(
        "情形",
        "理由的代码：admit、retier、used，或调出的情形 grade、age、votes、low-votes、unused、"
        "discipline、expelled、unqualified",
    )
    params: dict[str, str] = field(
        "参数", "情形的参数（等次、规则、得票率……）", default_factory=dict
    )


class ProposalLine(RegistryModel):
    line: int = field("行号", "调整名单行号", ge=1)
    action: Literal["admit", "exit", "use", "retier"] = field(
        "调整类别", "admit 拟新进；exit 拟调出；use 已使用；retier 层次调整"
    )
    subject: NonEmptyStr = field("对象", "提名编号或后备干部编号")
    name: NonEmptyStr = field("姓名", "姓名")
    reason: LongText = field("理由", "调整理由")
    old_tier: int | None = field("原层次", "调整前层次", default=None)
    new_tier: int | None = field("新层次", "调整后层次", default=None)
    decision: Literal["pending", "accept", "reject"] = field(
        "决定", "pending 待定；accept 同意；reject 不同意", default="pending"
    )
    note: LongText | None = field("说明", "决定的说明", default=None)
    causes: list[LineCause] | None = field(
        "理由代码",
        "该行理由的代码与参数（显示的理由由它生成）；写入档案的调出原因由它按配置得出",
        default=None,
    )


class Proposal(RegistryModel):
    schema_version: Literal[1] = field("格式版本", "目前为 1")
    year: Year = field("年度", "调整年度")
    lines: list[ProposalLine] = field("调整名单", "逐行审定", default_factory=list)


class HolidayYear(RegistryModel):
    holidays: list[PartialDate] = Field(
        default_factory=list, title="法定节假日", description="放假的日期"
    )
    workdays: list[PartialDate] = Field(
        default_factory=list, title="调休上班日", description="周末调休上班的日期"
    )


class RecordedLadder(RegistryModel):
    """cycles/<year>/ladder.yaml — the ladder as ``cycle apply`` left it (next year's 原层次)."""

    as_of: PartialDate = field("日期", "梯队计算的日期")
    tiers: dict[str, Literal[1, 2, 3] | None] = field(
        "层次", "后备干部编号 → 层次（1、2、3，未进入梯队为空）", default_factory=dict
    )
