"""One reserve cadre's file (一人一档): personal facts, education, posts, reserve block, records."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Literal, Self, TypeAlias

from pydantic import StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError

from cadrectl.model.base import LongText, NonEmptyStr, RegistryModel, ShortText, Year, field
from cadrectl.model.codes import (
    DEGREE_PATTERN,
    EDUCATION_KINDS,
    EDUCATION_LEVEL_NAMES,
    ETHNICITY_NAMES,
    GENDER_NAMES,
    PARTY_NAMES,
    PARTY_SHORT_NAME,
    POOL_STATUSES,
    RESERVE_STATUSES,
)
from cadrectl.model.dates import PartialDate
from cadrectl.model.form import FAMILY_MAX, FamilyMember, FormText

CADRE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
UNIT_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
POST_REF_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}/[a-z0-9][a-z0-9_-]{0,63}$"

CadreId = Annotated[str, StringConstraints(pattern=CADRE_ID_PATTERN)]
UnitId = Annotated[str, StringConstraints(pattern=UNIT_ID_PATTERN)]
PostRef = Annotated[str, StringConstraints(pattern=POST_REF_PATTERN)]
if TYPE_CHECKING:  # the code tables are data; to the type checker they are text
    Gender: TypeAlias = str
    Ethnicity: TypeAlias = str
    PartyName: TypeAlias = str
    EducationLevel: TypeAlias = str
    EducationKind: TypeAlias = str
    ReserveStatus: TypeAlias = str
else:
    Gender = Literal[GENDER_NAMES]
    Ethnicity = Literal[ETHNICITY_NAMES]
    PartyName = Literal[PARTY_NAMES]
    EducationLevel = Literal[EDUCATION_LEVEL_NAMES]
    EducationKind = Literal[EDUCATION_KINDS]
    ReserveStatus = Literal[RESERVE_STATUSES]
Degree = Annotated[str, StringConstraints(strip_whitespace=True, pattern=DEGREE_PATTERN)]
IdNumber = Annotated[str, StringConstraints(pattern=r"^[0-9]{17}[0-9Xx]$")]
Quarter = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}Q[1-4]$")]


class Party(RegistryModel):
    status: PartyName = field(
        "政治面貌",
        "GB/T 4762 的全称或简称，如 中共党员、中国共产党党员、民盟盟员、无党派人士、群众",
    )
    joined: PartialDate | None = field(
        "入党时间", "加入中国共产党（或所在民主党派）的时间，YYYY-MM 或 YYYY-MM-DD", default=None
    )

    @property
    def short_status(self) -> str:
        """The GB/T 4762 short name, whichever name the file used."""
        return PARTY_SHORT_NAME[self.status]


class Education(RegistryModel):
    kind: EducationKind = field("教育类别", "全日制教育 或 在职教育（含党校学历）")
    level: EducationLevel = field("学历", "ZB64 学历：研究生、大学、大专、中专、中技、高中…")
    degree: Degree | None = field(
        "学位", "GB/T 6864 学位，可带学科门类，如 学士、工学学士、公共管理硕士", default=None
    )
    school: ShortText | None = field("毕业院校", "毕业院校（及院系）", default=None)
    major: ShortText | None = field("专业", "所学专业", default=None)
    from_: PartialDate | None = field(
        "入学时间",
        "入学时间；在职教育填写后印在任免审批表简历的“其间”中",
        default=None,
        alias="from",
    )
    graduated: PartialDate | None = field("毕业时间", "毕业（结业）时间", default=None)


class CurrentPost(RegistryModel):
    unit: UnitId = field("工作单位", "现工作单位的单位编号（units/<编号>.yaml）")
    post: NonEmptyStr = field("现任职务", "现任职务全称，如 党委委员、副镇长")
    rank: NonEmptyStr | None = field(
        "职级", "现职级，取自 cadrectl.yaml 的职级序列，如 副科；是否必填见 fields.required",
        default=None,
    )  # fmt: skip
    post_since: PartialDate | None = field(
        "任现职时间", "任现职务的时间；是否必填见 fields.required", default=None
    )
    rank_since: PartialDate | None = field(
        "任现职级时间", "任现职级的时间（计算任职年限以此为准）；是否必填见 fields.required",
        default=None,
    )  # fmt: skip


class ResumeEntry(RegistryModel):
    from_: PartialDate = field("起始时间", "本段经历开始的时间", alias="from")
    to: PartialDate | None = field("截止时间", "本段经历结束的时间；当前经历不填", default=None)
    unit: ShortText = field("单位", "任职单位名称")
    post: ShortText = field("职务", "职务（岗位）")
    rank: NonEmptyStr | None = field("职级", "本段经历的职级，用于按层级统计任职经历", default=None)
    grassroots: bool = field("基层经历", "本段经历是否计为基层工作经历", default=False)
    grassroots_head: bool = field(
        "基层一把手", "本段经历是否为基层单位主要负责人（一把手）", default=False
    )


class InspectingInfo(RegistryModel):
    date: PartialDate = field("列为考察对象时间", "列为考察对象的时间")
    unit: UnitId = field("拟任单位", "拟任职位所在单位的编号（units/<编号>.yaml）")
    post: NonEmptyStr = field("拟任职务", "拟任岗位编号或职务名称")
    note: LongText | None = field("备注", "说明", default=None)


class UsedInfo(RegistryModel):
    date: PartialDate = field("使用时间", "提拔使用（任职）的时间")
    unit: UnitId = field("使用单位", "任职单位编号")
    post: NonEmptyStr = field("使用职务", "任职岗位编号或职务名称")
    note: LongText | None = field("备注", "说明", default=None)


class ExitedInfo(RegistryModel):
    date: PartialDate = field("调出时间", "调出后备干部库的时间")
    reason: NonEmptyStr = field("调出原因", "调出原因，取自 cadrectl.yaml 的负面清单/调出原因")
    note: LongText | None = field("备注", "说明", default=None)


class PolicyException(RegistryModel):
    waives: list[NonEmptyStr] = field("豁免条件", "破格提拔豁免的资格条件（规则名）", min_length=1)
    reason: LongText = field("破格理由", "破格的理由（干部选拔任用工作条例 第九条）")
    approved: PartialDate = field("批准时间", "党委（党组）研究同意的时间")


class Reserve(RegistryModel):
    status: ReserveStatus = field(
        "后备状态",
        "active 在库；inspecting 已列为考察对象；used 已使用（提拔）；exited 已调出",
    )
    entered: PartialDate = field("入库时间", "列为后备干部的时间")
    source: NonEmptyStr = field(
        "来源", "推荐方式：个人自荐、群众举荐、组织推荐、公开选拔…（取自 cadrectl.yaml）"
    )
    background: ShortText | None = field(
        "来源身份", "如 致富能手、大学生村官、复员退伍军人、选调生、返乡青年", default=None
    )
    target_rank: NonEmptyStr = field("拟培养层级", "拟培养使用的职级，如 正科")
    direction: NonEmptyStr = field("培养方向", "培养方向，取自 cadrectl.yaml，如 城建交通")
    target_posts: list[PostRef] = field(
        "拟任职位", "对应职位，<单位编号>/<职位编号>", default_factory=list
    )
    mentors: list[ShortText] = field(
        "联系帮带人", "联系帮带领导（姓名及职务）", default_factory=list
    )
    plan: LongText | None = field("培养计划", "培养措施与计划", default=None)
    period: ShortText | None = field("培养期限", "培养期限，如 2023-2026年", default=None)
    inspecting: InspectingInfo | None = field(
        "已列为考察对象", "状态为 inspecting 时必填：时间、拟任单位、职务", default=None
    )
    used: UsedInfo | None = field(
        "已使用", "状态为 used 时必填：任职时间、单位、职务", default=None
    )
    exited: ExitedInfo | None = field("已调出", "状态为 exited 时必填：时间与原因", default=None)
    exceptions: list[PolicyException] = field("破格", "经批准的破格提拔例外", default_factory=list)

    @property
    def in_pool(self) -> bool:
        """Still a reserve: active, or 已列为考察对象 for a post (inspecting) — placed on the
        ladder and counted like an active one; used and exited files are history."""
        return self.status in POOL_STATUSES


class Assessment(RegistryModel):
    year: Year = field("年度", "考核年度")
    grade: NonEmptyStr = field("考核等次", "年度考核等次，取自 cadrectl.yaml 的等次表")
    note: LongText | None = field("备注", "说明", default=None)


class Inspection(RegistryModel):
    date: PartialDate = field("考察时间", "考察日期")
    by: ShortText = field("考察组", "考察组织或考察组")
    conclusion: LongText = field("考察结论", "考察结论")
    strengths: LongText | None = field("主要优点", "主要优点和特长", default=None)
    shortcomings: LongText | None = field("主要不足", "主要缺点和不足", default=None)


class Evaluation(RegistryModel):
    quarter: Quarter = field("季度", "评议季度，如 2026Q1")
    potential: ShortText = field("发展潜力", "发展潜力评价，如 较大、一般")
    shortcomings: LongText | None = field("主要不足", "主要不足", default=None)
    by: ShortText | None = field("评议人", "评议组织或评议人", default=None)


class Training(RegistryModel):
    from_: PartialDate = field("开始时间", "培训开始日期", alias="from")
    to: PartialDate = field("结束时间", "培训结束日期")
    name: ShortText = field("培训名称", "培训班名称")
    organizer: ShortText = field("主办单位", "主办单位，如 县委党校")
    days: float | None = field(
        "天数", "培训天数；不填时按学时（8 学时一天）或起止日期（含首尾两天）计算",
        default=None, gt=0, le=400,
    )  # fmt: skip
    hours: float | None = field("学时", "培训学时", default=None, gt=0, le=4000)

    @property
    def counted_days(self) -> float | None:
        """The days it counts for: ``days``; else ``hours`` at 8 a day; else the calendar days
        from ``from`` to ``to``, both included, when both are days (None: no way to tell)."""
        if self.days is not None:
            return self.days
        if self.hours is not None:
            return self.hours / 8
        if self.from_.has_day and self.to.has_day:
            return float((self.to.as_date() - self.from_.as_date()).days + 1)
        return None


class Practice(RegistryModel):
    from_: PartialDate = field("开始时间", "实践锻炼开始时间", alias="from")
    to: PartialDate | None = field("结束时间", "实践锻炼结束时间；进行中不填", default=None)
    kind: NonEmptyStr = field(
        "锻炼方式", "取自 cadrectl.yaml 的 practice_kinds，如 挂职、轮岗、驻村、跟岗、重点工作"
    )
    unit: ShortText = field("锻炼单位", "锻炼单位或工作")
    post: ShortText | None = field("锻炼岗位", "担任的岗位", default=None)
    note: LongText | None = field("主要内容", "工作内容与表现", default=None)


class Recommendation(RegistryModel):
    year: Year = field("年度", "民主推荐年度")
    meeting: ShortText | None = field("推荐会议", "推荐会议名称", default=None)
    ballots_issued: int | None = field("发出票数", "发出推荐票数", default=None, ge=0)
    ballots_returned: int | None = field("收回票数", "收回推荐票数", default=None, ge=0)
    ballots_valid: int = field("有效票数", "有效推荐票数", ge=0)
    votes_for: int = field("得票数", "本人所得推荐票数", ge=0)
    rank: int | None = field("得票排名", "在本次推荐中的得票排名", default=None, ge=1)

    @model_validator(mode="after")
    def _counts_agree(self) -> Self:
        if self.votes_for > self.ballots_valid:
            raise PydanticCustomError("votes_exceed_valid", "", {})
        if self.ballots_returned is not None and self.ballots_valid > self.ballots_returned:
            raise PydanticCustomError("valid_exceed_returned", "", {})
        if (
            self.ballots_issued is not None
            and self.ballots_returned is not None
            and self.ballots_returned > self.ballots_issued
        ):
            raise PydanticCustomError("returned_exceed_issued", "", {})
        return self


class Discipline(RegistryModel):
    date: PartialDate = field("生效时间", "处分（处理）决定生效的日期")
    system: NonEmptyStr = field(
        "类别", "取自 cadrectl.yaml 的 policy.sanctions，如 党纪、政务、组织处理、诫勉"
    )
    kind: NonEmptyStr = field(
        "种类", "该类别下的处分或处理种类（policy.sanctions），如 警告、记过、调离岗位"
    )
    months: int | None = field(
        "期间（月）", "留党察看等有期限处分的期间（月）", default=None, ge=1, le=60
    )
    by: ShortText | None = field("决定机关", "作出决定的机关", default=None)
    note: LongText | None = field("事由", "事由", default=None)


class Reward(RegistryModel):
    date: PartialDate = field("时间", "奖励时间")
    name: ShortText = field("奖励名称", "奖励或荣誉名称")
    by: ShortText | None = field("授予机关", "授予机关", default=None)


class Exam(RegistryModel):
    date: PartialDate = field("考试时间", "考试日期")
    name: ShortText = field("考试名称", "如 综合考试、后备干部笔试")
    score: float = field("成绩", "考试成绩", ge=0, le=1000)
    full_mark: float | None = field("满分", "满分，如 100", default=None, gt=0, le=1000)


class Milestone(RegistryModel):
    date: PartialDate = field("时间", "关键事件或重大任务的时间")
    event: ShortText = field("事件", "成长纪实：关键时刻、重大任务，如 防汛抗洪一线")
    performance: LongText | None = field("表现", "在其中的表现和作用", default=None)
    by: ShortText | None = field("记录人", "记录人或记录单位", default=None)


class Secondment(RegistryModel):
    batch: ShortText = field("批次", "抽调、选派的批次，如 2026年乡村振兴驻村工作队")
    group: ShortText | None = field("工作组", "所在工作组或工作队", default=None)
    from_: PartialDate = field("开始时间", "抽调（选派）开始时间", alias="from")
    to: PartialDate | None = field("结束时间", "结束时间；进行中不填", default=None)
    unit: ShortText = field("派驻单位", "派驻或抽调到的单位、地点")
    task: LongText | None = field("任务", "承担的任务", default=None)


class Talk(RegistryModel):
    date: PartialDate = field("谈话时间", "谈心谈话日期")
    by: ShortText = field("谈话人", "谈话人（联系帮带人）")
    note: LongText = field("谈话要点", "谈话要点")


class Records(RegistryModel):
    assessments: list[Assessment] = field("年度考核", "历年年度考核结果", default_factory=list)
    inspections: list[Inspection] = field("考察", "考察记录（一年一考察）", default_factory=list)
    evaluations: list[Evaluation] = field("季度评议", "季度评议记录", default_factory=list)
    trainings: list[Training] = field("培训", "教育培训记录", default_factory=list)
    practice: list[Practice] = field("实践锻炼", "挂职、轮岗、驻村等实践锻炼", default_factory=list)
    recommendations: list[Recommendation] = field(
        "民主推荐", "民主推荐得票情况", default_factory=list
    )
    rewards: list[Reward] = field("奖励", "奖励情况", default_factory=list)
    discipline: list[Discipline] = field("处分", "处分和组织处理", default_factory=list)
    talks: list[Talk] = field("谈心谈话", "联系帮带人谈心谈话记录", default_factory=list)
    exams: list[Exam] = field("考试", "笔试、综合考试等成绩", default_factory=list)
    milestones: list[Milestone] = field(
        "成长纪实", "关键时刻、重大任务中的表现（成长纪实）", default_factory=list
    )
    secondments: list[Secondment] = field(
        "抽调选派", "抽调、选派到工作队（组）的经历", default_factory=list
    )


class Cadre(RegistryModel):
    """后备干部 — one file in cadres/."""

    model_config = RegistryModel.model_config | {
        "title": "后备干部",
        "json_schema_extra": {"description": "一人一档：后备干部的基本信息、后备信息和台账记录"},
    }

    schema_version: Literal[1] = field("格式版本", "文件格式版本，目前为 1")
    id: CadreId = field("编号", "后备干部编号，如 QX-2023-014；与文件名一致")
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=20)] = (
        field("姓名", "姓名")
    )
    gender: Gender = field("性别", "男 或 女（GB/T 2261.1）")
    ethnicity: Ethnicity = field("民族", "民族全称（GB/T 3304），如 汉族、畲族")
    birth: PartialDate = field("出生年月", "出生年月 YYYY-MM 或出生日期 YYYY-MM-DD")
    id_number: IdNumber | None = field(
        "公民身份号码", "18 位公民身份号码（GB 11643），请加引号", default=None
    )
    native_place: ShortText | None = field("籍贯", "籍贯，如 浙江兰溪", default=None)
    birthplace: ShortText | None = field("出生地", "出生地", default=None)
    health: ShortText | None = field("健康状况", "健康状况，如 健康", default=None)
    title: ShortText | None = field("专业技术职务", "专业技术职务，如 高级工程师", default=None)
    specialty: ShortText | None = field("熟悉专业有何专长", "熟悉专业有何专长", default=None)
    party: Party = field("政治面貌", "政治面貌及入党时间")
    work_start: PartialDate | None = field(
        "参加工作时间", "参加工作时间；是否必填见 cadrectl.yaml 的 fields.required", default=None
    )
    education: list[Education] = field(
        "学历学位", "全日制教育和在职教育，各可多条", default_factory=list
    )
    current: CurrentPost = field("现任职务", "现工作单位、职务、职级及任职时间")
    resume: list[ResumeEntry] = field("简历", "工作简历，按时间顺序", default_factory=list)
    reserve: Reserve = field("后备信息", "入库、来源、培养方向、状态等后备干部信息")
    records: Records = field("台账", "年度考核、考察、培训等记录", default_factory=Records)
    family: list[FamilyMember] = field(
        "家庭主要成员及重要社会关系",
        "任免审批表的家庭成员：称谓、姓名、出生年月、政治面貌、工作单位及职务",
        default_factory=list, max_length=FAMILY_MAX,
    )  # fmt: skip
    form: FormText | None = field(
        "任免审批表", "任免审批表的奖惩情况原文和交换文件的其他元素", default=None
    )

    @field_validator("id_number", mode="before")
    @classmethod
    def _id_number_is_text(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            raise PydanticCustomError("id_number_unquoted", "", {})
        return value

    @property
    def party_status(self) -> str:
        return self.party.short_status


_ID_SAFE = re.compile(CADRE_ID_PATTERN)


def is_safe_id(text: str) -> bool:
    """True when ``text`` can name a file in cadres/ without escaping it."""
    return bool(_ID_SAFE.match(text)) and text not in {".", ".."}
