"""What the 干部任免审批表 prints and the rest of the file does not hold: 家庭主要成员及
重要社会关系, 奖惩情况 as the form's text, and the exchange elements cadrectl has no field for
(kept for re-export)."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

from cadrectl.model.base import LongText, RegistryModel, ShortText, field
from cadrectl.model.dates import PartialDate

# 称谓 as forms write them: the common ones, offered in the schema (any other is accepted).
RELATIONS: tuple[str, ...] = (
    "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "岳父", "岳母", "公公", "婆婆",
    "哥哥", "姐姐", "弟弟", "妹妹", "儿媳", "女婿",
)  # fmt: skip
FAMILY_MAX = 20  # forms print 7 rows and writers cap at 10; a file may hold more
ElementName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")]


class FamilyMember(RegistryModel):
    relation: ShortText = field(
        "称谓", "与本人的关系，如 " + "、".join(RELATIONS[:6]), examples=list(RELATIONS[:6])
    )
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)] = (
        field("姓名", "姓名")
    )
    birth: PartialDate | None = field(
        "出生年月", "出生年月 YYYY-MM（年龄按填表时计算）", default=None
    )
    party: ShortText | None = field(
        "政治面貌", "政治面貌简称，如 中共党员、群众、民盟", default=None,
        examples=["中共党员", "群众"],
    )  # fmt: skip
    work: ShortText | None = field("工作单位及职务", "工作单位及职务；已去世的不填", default=None)
    deceased: bool = field("已去世", "已去世的填 true（表上印“已去世”）", default=False)


class FormText(RegistryModel):
    """The form's own texts where the registry's records do not say it all."""

    rewards: LongText | None = field(
        "奖惩情况", "任免审批表上的奖惩情况原文；不填时由台账的奖励和处分生成", default=None
    )
    resume: LongText | None = field(
        "简历原文",
        "导入的任免审批表中不能逐条读入简历条目的简历原文；有此项时任免审批表按原文打印，"
        "删除此项则按简历条目生成",
        default=None,
    )
    elements: dict[ElementName, LongText] = field(
        "其他元素",
        "LRMX 文件中 cadrectl 没有对应字段的元素（元素名: 文本），导入时保留、导出时原样写回",
        default_factory=dict,
    )


class FormFields(RegistryModel):
    """What one export of the form says beyond the file: 拟任/拟免职务, 任免理由, 呈报单位…"""

    proposed_post: ShortText | None = field("拟任职务", "拟任职务（单位及职务）", default=None)
    proposed_removal: ShortText | None = field("拟免职务", "拟免去的职务", default=None)
    reason: LongText | None = field("任免理由", "任免理由", default=None)
    reporting_unit: ShortText | None = field(
        "呈报单位", "呈报单位，如 中共青溪县委组织部", default=None
    )
    filled_by: ShortText | None = field("填表人", "填表人姓名", default=None)
    filled_on: PartialDate | None = field("填表时间", "填表日期 YYYY-MM-DD", default=None)


class FormFieldsFile(FormFields):
    """``任免审批表.yaml`` beside the exports: fields for every form, and per cadre id."""

    model_config = FormFields.model_config | {"title": "任免审批表导出字段"}

    cadres: dict[str, FormFields] = field(
        "按人填写", "后备干部编号 → 此人的拟任职务、拟免职务、任免理由等（覆盖上面的共同值）",
        default_factory=dict,
    )  # fmt: skip

    def for_cadre(self, cadre_id: str) -> FormFields:
        """The common fields with the cadre's own over them."""
        own = self.cadres.get(cadre_id)
        common = self.model_dump(exclude={"cadres"})
        if own is not None:
            common |= own.model_dump(exclude_none=True)
        return FormFields.model_validate(common)
