"""The registry's own settings, ``cadrectl.yaml``: organization, ids, ranks and code lists."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field, StringConstraints, field_validator

from cadrectl.model.base import NonEmptyStr, RegistryModel, ShortText, field
from cadrectl.model.codes import (
    DEFAULT_ASSESSMENT_SCALE,
    DEFAULT_DIRECTIONS,
    DEFAULT_EXIT_REASONS,
    DEFAULT_SOURCES,
    DEFAULT_UNIT_KINDS,
    PRACTICE_KINDS,
    WARNING_KINDS,
)
from cadrectl.model.coverage import ReserveRatio, UnitReserves
from cadrectl.model.cycle import HolidayYear
from cadrectl.model.policy import Policy
from cadrectl.model.vocab import FieldSettings, TitleLevel, default_titles

IdPrefix = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9]{0,15}$")]


class Organization(RegistryModel):
    name: NonEmptyStr = field("组织名称", "维护后备干部库的组织部门，如 中共青溪县委组织部")
    region: ShortText | None = field(
        "地区（单位）简称", "用于标题的地区或单位简称，如 青溪县", default=None
    )
    filing_unit: ShortText | None = field(
        "填报单位", "名册上的填报单位；不填时用组织名称", default=None
    )


class IdScheme(RegistryModel):
    prefix: IdPrefix = field("编号前缀", "后备干部编号前缀，如 QX")
    serial_digits: int = field(
        "序号位数", "年度内序号的位数，如 3 → QX-2026-001", default=3, ge=1, le=6
    )


class Rank(RegistryModel):
    name: NonEmptyStr = field("职级名称", "如 科员、副科、正科、副处")
    position: Literal["副职", "正职"] | None = field(
        "正副职", "领导职务的正职或副职；非领导职级不填", default=None
    )
    level: ShortText | None = field(
        "职务层次", "如 乡科级、县处级；“下一级职位经历”按层次计算，未填则按相邻职级", default=None
    )


# The upper bounds of the default age bands: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, ≥56.
DEFAULT_AGE_BANDS: tuple[int, ...] = (30, 35, 40, 45, 50, 55)
AgeBound = Annotated[int, Field(ge=16, le=100)]


class StructureField(RegistryModel):
    name: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,31}$")] = field(
        "名称", "维度和 --group-by 用的名称（小写字母、数字、下划线），如 specialty"
    )
    source: NonEmptyStr = field(
        "字段", "档案中的字段路径，如 specialty、native_place、reserve.plan", alias="field"
    )
    label: ShortText = field("标题", "报表中显示的标题，如 熟悉专业")


class StructureSettings(RegistryModel):
    fields: list[StructureField] = field(
        "分析字段",
        "本库另外要统计、分组的档案字段（report structure 的维度和 --group-by）",
        default_factory=list,
    )
    age_bands: list[AgeBound] = field(
        "年龄段",
        "结构分析年龄段的上限（周岁，含本数），由小到大；如 [30, 35, 40] 分为"
        " ≤30、31–35、36–40、≥41",
        default_factory=lambda: list(DEFAULT_AGE_BANDS),
        min_length=1,
    )

    @field_validator("age_bands")
    @classmethod
    def _ascending(cls, bands: list[int]) -> list[int]:
        if any(low >= high for low, high in pairwise(bands)):
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("age_bands_not_ascending", "", {})
        return bands


class StructureTarget(RegistryModel):
    dimension: NonEmptyStr = field("维度", "结构分析的维度，如 gender、party、age_under、education")
    value: NonEmptyStr = field("值", "该维度的值，如 女、党外、35（35周岁以下）、研究生")
    min_percent: float | None = field("下限（%）", "占比不低于此百分比", default=None, ge=0, le=100)
    max_percent: float | None = field("上限（%）", "占比不高于此百分比", default=None, ge=0, le=100)


class CoverageSettings(RegistryModel):
    reserves_per_seat: float = field(
        "每个职数的后备人数", "一职双备为 2；按职位的职数计算", default=2, gt=0, le=10
    )
    targets: list[StructureTarget] = field(
        "结构目标", "后备队伍结构的目标，如女干部、党外干部、35岁以下的比例", default_factory=list
    )
    units: list[UnitReserves] = field(
        "单位后备人数", "每个单位在库后备人数的范围，如每村 5–7 人", default_factory=list
    )
    ratios: list[ReserveRatio] = field(
        "职数与后备比例", "单位职数与拟任后备人数之比，如乡镇机关 1:3", default_factory=list
    )


if TYPE_CHECKING:
    WarningKind: TypeAlias = str
else:
    WarningKind = Literal[WARNING_KINDS]


class WarningSettings(RegistryModel):
    age_within_months: int = field(
        "年龄预警（月）", "在 N 个月内到达拟培养层级年龄上限时提醒", default=12, ge=1, le=120
    )
    unused_years: float = field(
        "入库年限预警（年）", "入库满 N 年仍未使用时提醒", default=5, gt=0, le=30
    )
    kinds: list[WarningKind] = field(
        "提醒事项",
        "给出哪些提醒：age-limit 年龄将到上限、discipline 处分影响期内、met-this-month 本月条件"
        "到期、records-short 台账记录不足、long-in-pool 入库多年未使用、no-assessment 缺年度"
        "考核、no-evaluation 缺季度评议、no-training 今年未培训、no-mentor 无联系帮带人",
        default_factory=lambda: list(WARNING_KINDS),
    )


class RosterColumn(RegistryModel):
    source: NonEmptyStr = field(
        "字段",
        "列的内容：birth_age、tier、fulltime_degree 等，或档案字段路径如 reserve.period",
        alias="field",
    )
    header: ShortText | None = field("列标题", "不填时用字段的默认标题", default=None)
    group: ShortText | None = field(
        "上级标题", "两级表头的上一级，如 全日制教育；相邻同名的列合并", default=None
    )
    width: float | None = field("列宽", "列宽（字符）", default=None, gt=1, le=100)


class RosterTemplate(RegistryModel):
    title: ShortText = field(
        "标题", "名册标题，可用 {region}、{organization}，如 {region}科级后备干部名册"
    )
    columns: list[RosterColumn] = field("列", "名册的列，按顺序", min_length=1)
    order: Literal["stroke", "pinyin", "listed"] = field(
        "排序", "同层次同职级内：stroke 姓氏笔画、pinyin 拼音、listed 按编号", default="stroke"
    )
    statuses: list[Literal["active", "inspecting", "used", "exited"]] = field(
        "状态", "列入名册的后备状态", default_factory=lambda: ["active", "inspecting"]
    )
    target_ranks: list[NonEmptyStr] | None = field(
        "拟培养层级", "只列这些拟培养层级；不填则全部", default=None
    )
    landscape: bool = field("横向", "A4 横向打印", default=True)


DEFAULT_NOTICE = """\
关于{region}{year}年度后备干部调整人选的公示

根据干部选拔任用工作有关规定，经{organization}研究，拟对以下同志作如下调整，现予公示：

{lines}

公示时间：{start}至{end}（{days}个工作日）。
公示期间，如对公示对象有情况反映，请以书面、电话或来信来访等方式向{contact}反映。\
反映问题要实事求是，以个人名义反映的提倡署实名。

{organization}
{date}
"""


class CycleSettings(RegistryModel):
    major_years: list[int] = field(
        "换届年份", "全面调整（换届）的年份；间隔由本地任期决定，不写死", default_factory=list
    )
    quorum: float = field(
        "到会比例",
        "民主推荐会议收回票数 / 发出票数不低于此比例，会议方为有效",
        default=0.8,
        gt=0,
        le=1,
    )
    vote_threshold: float = field(
        "得票比例", "得票数 / 有效票数不低于此比例方可列入", default=0.5, gt=0, le=1
    )
    publicity_days: int = field("公示工作日", "公示期（工作日），不少于 5", default=5, ge=5, le=60)
    procedure: list[Literal[
        "qualification", "vote", "unit-vote", "exam", "committee", "inspection"
    ]] = field(
        "选拔程序",
        "新人选须依次通过的步骤：qualification 资格审查、vote 民主推荐、unit-vote 单位推荐、"
        "exam 综合考试、committee 党委研究、inspection 组织考察；县级默认只有民主推荐，"
        "企业九步如 [qualification, vote, unit-vote, exam, committee, inspection]，"
        "村级三荐两考如 [qualification, exam, inspection]",
        default_factory=lambda: ["vote"],
    )  # fmt: skip
    yearly_assessment: bool = field(
        "年度考核",
        "每年都有年度考核（公务员、事业单位、企业）；村级后备通常没有，设为 false 后考察阶段"
        "不再要求、预警不再提醒",
        default=True,
    )
    exam_pass_mark: float = field(
        "考试合格分", "综合考试成绩不低于此分数为合格", default=60, ge=0, le=1000
    )

    @field_validator("procedure")
    @classmethod
    def _steps_once(cls, steps: list[str]) -> list[str]:
        if len(set(steps)) != len(steps) or ("unit-vote" in steps and "vote" not in steps):
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("procedure_steps", "", {})
        return steps

    notice_reasons: bool = field(
        "公示调出原因",
        "为 true 时，公示通知写明调出的原因（默认不写：原因涉及个人）",
        default=False,
    )
    require_filing: bool = field(
        "须报备案", "为 true 时，向上级报送备案（cycle file）之后才能结束本年度调整", default=False
    )
    contact: ShortText = field(
        "受理反映", "公示期间受理反映的单位和电话", default="县委组织部干部监督室"
    )
    notice: str = field(
        "公示通知模板",
        "可用 {region} {year} {organization} {lines} {start} {end} {days} {contact} {date}",
        default=DEFAULT_NOTICE,
    )
    holidays: dict[int, HolidayYear] = field(
        "节假日安排",
        "chinese-calendar 不覆盖的年份，按国务院办公厅通知填写放假日和调休上班日",
        default_factory=dict,
    )


class Config(RegistryModel):
    """cadrectl.yaml — the registry's configuration."""

    model_config = RegistryModel.model_config | {
        "title": "后备干部库配置",
        "json_schema_extra": {"description": "组织信息、编号规则、职级序列和各类代码表"},
    }

    schema_version: Literal[1] = field("格式版本", "文件格式版本，目前为 1")
    organization: Organization = field("组织", "维护本库的组织部门")
    ids: IdScheme = field("编号规则", "后备干部编号：<前缀>-<入库年份>-<年内序号>")
    ranks: list[Rank] = field("职级序列", "由低到高的职级序列；前后相邻即为上下级", min_length=1)
    directions: list[NonEmptyStr] = field(
        "培养方向", "可用的培养方向", default_factory=lambda: list(DEFAULT_DIRECTIONS)
    )
    assessment_scale: list[NonEmptyStr] = field(
        "考核等次", "年度考核等次，由高到低", default_factory=lambda: list(DEFAULT_ASSESSMENT_SCALE)
    )
    sources: list[NonEmptyStr] = field(
        "来源", "后备干部的推荐来源", default_factory=lambda: list(DEFAULT_SOURCES)
    )
    evaluation_scale: list[NonEmptyStr] = field(
        "季度评议等次",
        "季度评议（records.evaluations）的发展潜力评价，如 较大、一般、较小；为空时不限",
        default_factory=list,
    )
    backgrounds: list[NonEmptyStr] = field(
        "身份背景",
        "后备干部的身份背景（reserve.background），如 致富能手、大学生村官、复员退伍军人；"
        "为空时不限",
        default_factory=list,
    )
    exit_reasons: list[NonEmptyStr] = field(
        "调出原因", "负面清单及其他调出原因", default_factory=lambda: list(DEFAULT_EXIT_REASONS)
    )
    unit_kinds: list[NonEmptyStr] = field(
        "单位类别", "单位的类别", default_factory=lambda: list(DEFAULT_UNIT_KINDS)
    )
    practice_kinds: list[NonEmptyStr] = field(
        "实践锻炼方式",
        "实践锻炼（records.practice）的方式",
        default_factory=lambda: list(PRACTICE_KINDS),
    )
    titles: list[TitleLevel] = field(
        "专业技术职务等级",
        "由低到高的专业技术职务等级及其职务名称（title_min 规则、结构分析用）",
        default_factory=default_titles,
    )
    fields: FieldSettings = field(
        "字段要求", "哪些字段必须填写（按库的类型：县区、乡镇村级、企业、高校）",
        default_factory=FieldSettings,
    )  # fmt: skip
    policy: Policy = field(
        "梯队政策", "资格条件、层次窗口、处分影响期和负面清单", default_factory=Policy
    )
    coverage: CoverageSettings = field(
        "职位覆盖", "一职双备的比例和结构目标（report coverage）", default_factory=CoverageSettings
    )
    warnings: WarningSettings = field(
        "预警", "report warnings 的提醒期限", default_factory=WarningSettings
    )
    cycle: CycleSettings = field(
        "年度调整", "一年一考察、一年一推荐、一年一调整的设置", default_factory=CycleSettings
    )
    rosters: dict[str, RosterTemplate] = field(
        "名册模板", "模板名 → 名册模板（export roster --template 名称）", default_factory=dict
    )
    structure: StructureSettings | None = field(
        "结构分析", "结构分析（report structure）的设置，如年龄段", default=None
    )

    @field_validator("ranks")
    @classmethod
    def _unique_ranks(cls, ranks: list[Rank]) -> list[Rank]:
        names = [rank.name for rank in ranks]
        if len(set(names)) != len(names):
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("duplicate_rank", "", {})
        return ranks

    def lower_level_ranks(self, target: str) -> set[str]:
        """Ranks of the 职务层次 below the target's (条例 第八条(二) "下级"), or the rank below."""
        index = self.rank_order(target)
        if index is None or index == 0:
            return set()
        level = self.ranks[index].level
        if level is None:
            return {self.ranks[index - 1].name}
        levels = [rank.level for rank in self.ranks[:index] if rank.level not in (None, level)]
        if not levels:
            return {self.ranks[index - 1].name}
        return {rank.name for rank in self.ranks if rank.level == levels[-1]}

    def title_level(self, name: str | None) -> int | None:
        """The level (0 = lowest) of a 专业技术职务 or of a level's name; None when unknown."""
        if name is None:
            return None
        for index, level in enumerate(self.titles):
            if name == level.name or name in level.titles:
                return index
        return None

    def rank_order(self, name: str | None) -> int | None:
        """Position of a rank on the ladder (0 = lowest), or None when unknown or unrecorded."""
        for index, rank in enumerate(self.ranks):
            if rank.name == name:
                return index
        return None


def default_config() -> Config:
    """The settings used to check codes when cadrectl.yaml itself cannot be read."""
    return Config.model_validate(
        {
            "schema_version": 1,
            "organization": {"name": "组织部"},
            "ids": {"prefix": "X"},
            "ranks": [
                {"name": "科员"},
                {"name": "副科", "position": "副职"},
                {"name": "正科", "position": "正职"},
                {"name": "副处", "position": "副职"},
                {"name": "正处", "position": "正职"},
            ],
        }
    )
