"""The registry's vocabularies beyond the code tables: 专业技术职务 levels and which fields
every file must hold (both chosen by the profile a registry starts from)."""

from __future__ import annotations

from typing import Literal, get_args

from cadrectl.model.base import NonEmptyStr, RegistryModel, field


class TitleLevel(RegistryModel):
    name: NonEmptyStr = field("等级", "专业技术职务等级，如 初级、中级、副高级、正高级")
    titles: list[NonEmptyStr] = field(
        "职务名称", "属于该等级的专业技术职务，如 讲师、工程师", min_length=1
    )


def default_titles() -> list[TitleLevel]:
    """The four levels of 专业技术职务 (职称) with the common series' titles, lowest first."""
    levels = {
        "初级": ["助教", "助理工程师", "研究实习员", "助理经济师", "助理会计师", "医师", "二级教师",
               "三级教师", "技术员", "助理馆员"],
        "中级": ["讲师", "工程师", "助理研究员", "经济师", "会计师", "主治医师", "主管护师",
               "一级教师", "馆员", "农艺师"],
        "副高级": ["副教授", "高级工程师", "副研究员", "高级经济师", "高级会计师", "副主任医师",
                "高级教师", "副研究馆员", "高级农艺师"],
        "正高级": ["教授", "正高级工程师", "研究员", "正高级经济师", "正高级会计师", "主任医师",
                "正高级教师", "研究馆员", "农业技术推广研究员"],
    }  # fmt: skip
    return [TitleLevel(name=name, titles=titles) for name, titles in levels.items()]


RequirableField = Literal[
    "id_number", "native_place", "birthplace", "health", "title", "specialty", "party.joined",
    "work_start", "education", "current.rank", "current.post_since", "current.rank_since",
    "resume", "reserve.background", "reserve.mentors",
]  # fmt: skip
REQUIRABLE_FIELDS: tuple[str, ...] = get_args(RequirableField)
# What a county's civil-service pool records of everyone; a village's or an enterprise's
# profile asks for less (a 21-year-old veteran elected reserve has no rank and no rank date).
COUNTY_REQUIRED_FIELDS: tuple[str, ...] = (
    "work_start", "current.rank", "current.post_since", "current.rank_since",
)  # fmt: skip


class FieldSettings(RegistryModel):
    required: list[RequirableField] = field(
        "必填字段",
        "每份档案必须填写的字段（模型本身必填的姓名、出生年月等之外）；"
        "县区默认为参加工作时间、现职级、任现职时间、任现职级时间",
        default_factory=lambda: list(COUNTY_REQUIRED_FIELDS),
    )
