"""The ladder policy in cadrectl.yaml: qualification rules per target rank, tier windows,
sanction periods and the negative list. Rules are data; each kind is evaluated by one small
function in rules/qualifications.py.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from cadrectl.model.base import NonEmptyStr, RegistryModel, ShortText, field

# Rule kinds that 干部选拔任用工作条例 第九条 forbids waiving by 破格: no level skipping
# (越级), not again within a year of the last promotion, and 第八条(六) health.
STATUTORY_RULES: tuple[str, ...] = ("rank_step", "since_last_promotion", "health")


class _Rule(RegistryModel):
    basis: ShortText | None = field("依据", "规则依据，如 条例 第八条(一)", default=None)


class WorkYears(_Rule):
    rule: Literal["work_years"] = field("规则", "工龄：参加工作满 N 年")
    years: float = field("年数", "参加工作年数", gt=0, le=40)


class GrassrootsYears(_Rule):
    rule: Literal["grassroots_years"] = field("规则", "基层工作经历满 N 年（简历中标为基层的经历）")
    years: float = field("年数", "基层工作年数", gt=0, le=40)


class YearsInRank(_Rule):
    rule: Literal["years_in_rank"] = field("规则", "任现职级满 N 年（从任现职级时间起算）")
    years: float = field("年数", "任现职级年数", gt=0, le=20)


class PostsBelow(_Rule):
    rule: Literal["posts_below"] = field("规则", "在下一级两个以上职位任职的经历")
    count: int = field("职位数", "在下一级职级任职的职位数", ge=1, le=10)


class Education(_Rule):
    rule: Literal["education"] = field("规则", "最高学历不低于要求")
    min: NonEmptyStr = field("最低学历", "如 大专、大学")


class AgeMax(_Rule):
    rule: Literal["age_max"] = field("规则", "年龄不超过 N 周岁（以下包括本数）")
    years: int = field("周岁", "年龄上限", ge=18, le=70)


class LatestAssessment(_Rule):
    rule: Literal["latest_assessment"] = field("规则", "最近一次年度考核不低于要求的等次")
    min: NonEmptyStr = field("最低等次", "如 称职")


class TrainingRule(_Rule):
    rule: Literal["training"] = field("规则", "党校（行政学院）、干部学院等机构的培训")
    days: float = field("天数", "累计培训天数（学时按 8 学时一天折算）", gt=0, le=400)
    within_years: int = field("年限", "只计最近 N 年内的培训", default=5, ge=1, le=20)
    organizers: list[NonEmptyStr] = field(
        "培训机构",
        "主办单位含这些字样的培训才计入",
        default_factory=lambda: ["党校", "干部学院", "行政学院"],
    )
    allow_after: bool = field(
        "可任职后补训", "未达到时可在提任后一年内完成（条例 第八条(四)）", default=True
    )


class RecommendationShare(_Rule):
    rule: Literal["recommendation_share"] = field("规则", "最近一次民主推荐得票率不低于要求")
    min: float = field("最低得票率", "得票数 / 有效票数，如 0.5", gt=0, le=1)
    required: bool = field("必须有推荐", "没有民主推荐记录时是否视为不符合", default=True)


class DisciplineRule(_Rule):
    rule: Literal["discipline"] = field("规则", "处分（处理）影响期已满")


class RankStep(_Rule):
    rule: Literal["rank_step"] = field("规则", "拟培养层级比现职级高一级，不越级（条例 第九条）")


class SinceLastPromotion(_Rule):
    rule: Literal["since_last_promotion"] = field("规则", "提拔任职满一年后才能再次提拔")
    months: int = field("月数", "距上次提拔的月数", default=12, ge=12, le=60)


class Health(_Rule):
    rule: Literal["health"] = field("规则", "身体健康（条例 第八条(六)）")
    healthy: list[NonEmptyStr] = field(
        "健康的写法", "健康状况为这些值之一时视为健康；未填写视为健康",
        default_factory=lambda: ["健康", "良好", "较好", "一般"],
    )  # fmt: skip


class TitleMin(_Rule):
    rule: Literal["title_min"] = field(
        "规则", "专业技术职务不低于要求的等级（等级序列见 cadrectl.yaml 的 titles）"
    )
    min: NonEmptyStr = field("最低等级", "等级名或职务名，如 副高级、副教授")


# The record lists a record_count rule may count (records.<kind> of a cadre's file).
COUNTABLE_RECORDS: tuple[str, ...] = (
    "talks", "trainings", "evaluations", "inspections", "practice", "rewards", "exams",
    "milestones", "secondments",
)  # fmt: skip
CountableRecord = Literal[
    "talks", "trainings", "evaluations", "inspections", "practice", "rewards", "exams",
    "milestones", "secondments",
]  # fmt: skip


class RecordCount(_Rule):
    rule: Literal["record_count"] = field(
        "规则", "某类台账记录的次数或天数：如每月谈心谈话不少于 4 次，每年培训不少于 2 次、3 天"
    )
    record: CountableRecord = field("记录", "records 中的记录类别，如 talks、trainings")
    min: int | None = field("最少次数", "不少于 N 条记录", default=None, ge=1, le=1000)
    min_days: float | None = field(
        "最少天数", "培训等记录合计不少于 N 天（按 days、学时或起止日期）", default=None, gt=0
    )
    per: Literal["month", "quarter", "year"] | None = field(
        "周期", "按月、季度、年检查上一个完整周期；不填则看 within_years 或全部记录", default=None
    )
    within_years: int | None = field("年限", "只计最近 N 年内的记录", default=None, ge=1, le=20)


class ExamScore(_Rule):
    rule: Literal["exam_score"] = field("规则", "最近一次考试成绩不低于要求（records.exams）")
    min: float = field("最低分", "成绩不低于此分数", ge=0, le=1000)
    name: ShortText | None = field(
        "考试名称", "只看名称含此字样的考试，如 综合考试；不填则看全部", default=None
    )


RuleSpec = Annotated[
    WorkYears | GrassrootsYears | YearsInRank | PostsBelow | Education | AgeMax
    | LatestAssessment | TrainingRule | RecommendationShare | DisciplineRule | RankStep
    | SinceLastPromotion | Health | TitleMin | RecordCount | ExamScore,
    Field(discriminator="rule"),
]  # fmt: skip
RULE_KINDS: tuple[str, ...] = (
    "work_years", "grassroots_years", "years_in_rank", "posts_below", "education", "age_max",
    "latest_assessment", "training", "recommendation_share", "discipline", "rank_step",
    "since_last_promotion", "health", "title_min", "record_count", "exam_score",
)  # fmt: skip


class TargetPolicy(RegistryModel):
    rules: list[RuleSpec] = field("资格条件", "提任该职级须满足的条件")


class TierWindows(RegistryModel):
    first_months: int = field(
        "第一层次", "全部条件在 N 个月内满足为第一层次（近期）", default=12, ge=1
    )
    second_months: int = field(
        "第二层次", "全部条件在 N 个月内满足为第二层次（中期）", default=36, ge=1
    )


def _default_sanctions() -> dict[str, dict[str, int]]:
    """处分 and 组织处理 by system, kind → months: 公职人员政务处分法 第七、八条, 中国共产党纪律
    处分条例 第八条, 干部选拔任用工作条例 and the 问责 rules. 0 is the record's own period
    (留党察看); a kind named 开除… ends eligibility for good."""
    return {
        "政务": {"警告": 6, "记过": 12, "记大过": 18, "降级": 24, "撤职": 24, "开除": 0},
        "党纪": {"警告": 12, "严重警告": 18, "撤销党内职务": 24, "留党察看": 0, "开除党籍": 0},
        "组织处理": {"调离岗位": 12, "责令辞职": 24, "免职": 24, "降职": 24, "停职检查": 6,
                 "改任非领导职务": 12},
        "诫勉": {"诫勉": 6},
    }  # fmt: skip


class NegativeList(RegistryModel):
    assessment_grades: list[NonEmptyStr] = field(
        "考核等次", "最近一次年度考核为这些等次时建议调出", default_factory=lambda: ["不称职"]
    )
    low_vote_share: float | None = field(
        "得票率下限",
        "最近一次民主推荐得票率低于此值时建议调出（群众公认度不高）",
        default=None,
        gt=0,
        le=1,
    )
    long_unused_years: float | None = field(
        "长期备而不用", "入库满 N 年仍未使用时建议调出", default=None, gt=0, le=30
    )
    discipline_kinds: list[NonEmptyStr] = field(
        "处分种类", "处于影响期内的这些处分建议调出",
        default_factory=lambda: ["记大过", "降级", "撤职", "撤销党内职务", "留党察看", "开除",
                                 "开除党籍", "责令辞职", "免职", "降职"],
    )  # fmt: skip
    reasons: dict[NonEmptyStr, NonEmptyStr] = field(
        "调出原因",
        "建议调出的情形 → 写入档案的调出原因（须在 exit_reasons 中）。情形：grade"
        "（或 grade:不称职、grade:基本称职）、age、votes、low-votes、unused、discipline、"
        "expelled、unqualified；"
        "未列出的用默认：年度考核不称职/基本称职、超过年龄界限、群众公认度不高、长期备而不用、"
        "受到处分、违纪违法、不再符合资格条件",
        default_factory=dict,
    )


class Policy(RegistryModel):
    tiers: TierWindows = field("层次窗口", "第一、第二层次的时间窗口", default_factory=TierWindows)
    targets: dict[str, TargetPolicy] = field(
        "各层级条件", "拟培养层级 → 资格条件；层级取自职级序列", default_factory=dict
    )
    sanctions: dict[str, dict[str, int]] = field(
        "处分影响期",
        "类别 → 种类 → 影响期（月），也是档案中可用的处分类别和种类；0 表示按记录的期间"
        "（留党察看），名为“开除…”的种类永久影响",
        default_factory=_default_sanctions,
    )
    negative_list: NegativeList = field("负面清单", "建议调出的情形", default_factory=NegativeList)
