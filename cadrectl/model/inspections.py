"""The bulk file of ``cycle inspect --from-file``: a list of records, each naming its cadre.

Each item is one record as the cadre's file holds it (the same models, so the same rules for
a grade, a date, a count), plus ``cadre`` (whose file it goes to) and ``kind`` (which list).
An assessment whose ``grade``, or an inspection whose ``conclusion``, is written but empty
(``grade:`` with nothing after it) is an item of the template not filled in yet: it is valid,
and skipped.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Discriminator, RootModel, Tag

from cadrectl.model.base import LongText, RegistryModel, ShortText, Year, field
from cadrectl.model.cadre import (
    Assessment,
    CadreId,
    Discipline,
    Evaluation,
    Inspection,
    Practice,
    Recommendation,
    Reward,
    Talk,
    Training,
)
from cadrectl.model.dates import PartialDate

_CADRE = ("后备干部", "后备干部编号（cadres/<编号>.yaml），如 QX-2019-001")
_KIND = "记录种类"


class AssessmentItem(Assessment):
    model_config = Assessment.model_config | {"title": "年度考核"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["assessment"] = field(_KIND, "assessment：年度考核")


class InspectionItem(Inspection):
    model_config = Inspection.model_config | {"title": "考察"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["inspection"] = field(_KIND, "inspection：考察")


class EvaluationItem(Evaluation):
    model_config = Evaluation.model_config | {"title": "季度评议"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["evaluation"] = field(_KIND, "evaluation：季度评议")


class TrainingItem(Training):
    model_config = Training.model_config | {"title": "培训"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["training"] = field(_KIND, "training：培训")


class PracticeItem(Practice):
    model_config = Practice.model_config | {"title": "实践锻炼"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["practice"] = field(_KIND, "practice：实践锻炼")


class RecommendationItem(Recommendation):
    model_config = Recommendation.model_config | {"title": "民主推荐"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["recommendation"] = field(_KIND, "recommendation：民主推荐")


class RewardItem(Reward):
    model_config = Reward.model_config | {"title": "奖励"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["reward"] = field(_KIND, "reward：奖励")


class DisciplineItem(Discipline):
    model_config = Discipline.model_config | {"title": "处分"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["discipline"] = field(_KIND, "discipline：处分")


class TalkItem(Talk):
    model_config = Talk.model_config | {"title": "谈心谈话"}

    cadre: CadreId = field(*_CADRE)
    kind: Literal["talk"] = field(_KIND, "talk：谈心谈话")


class AssessmentToFill(RegistryModel):
    model_config = RegistryModel.model_config | {
        "title": "年度考核（尚未填写）",
        "json_schema_extra": {"description": "grade 留空的条目：尚未填写，录入时跳过"},
    }

    cadre: CadreId = field(*_CADRE)
    kind: Literal["assessment"] = field(_KIND, "assessment：年度考核")
    year: Year | None = field("年度", "考核年度（本年度调整的年度）", default=None)
    grade: None = field("考核等次", "尚未填写；填写后（取自 cadrectl.yaml 的等次表）才录入")
    note: LongText | None = field("备注", "说明", default=None)


class InspectionToFill(RegistryModel):
    model_config = RegistryModel.model_config | {
        "title": "考察（尚未填写）",
        "json_schema_extra": {"description": "conclusion 留空的条目：尚未填写，录入时跳过"},
    }

    cadre: CadreId = field(*_CADRE)
    kind: Literal["inspection"] = field(_KIND, "inspection：考察")
    date: PartialDate | None = field("考察时间", "考察日期", default=None)
    by: ShortText | None = field("考察组", "考察组织或考察组", default=None)
    conclusion: None = field("考察结论", "尚未填写；填写后才录入")
    strengths: LongText | None = field("主要优点", "主要优点和特长", default=None)
    shortcomings: LongText | None = field("主要不足", "主要缺点和不足", default=None)


# kind → the item's model; the record model it extends is the one the cadre's file uses
ITEM_MODELS: dict[str, type[RegistryModel]] = {
    "assessment": AssessmentItem,
    "inspection": InspectionItem,
    "evaluation": EvaluationItem,
    "training": TrainingItem,
    "practice": PracticeItem,
    "recommendation": RecommendationItem,
    "reward": RewardItem,
    "discipline": DisciplineItem,
    "talk": TalkItem,
}
# kind → the list of the cadre's records it goes to (records.<list> in the cadre's file)
RECORD_LISTS: dict[str, str] = {
    "assessment": "assessments", "inspection": "inspections", "evaluation": "evaluations",
    "training": "trainings", "practice": "practice", "recommendation": "recommendations",
    "reward": "rewards", "discipline": "discipline", "talk": "talks",
}  # fmt: skip
# kind → the field that, written empty, marks a template item not filled in yet
TO_FILL: dict[str, tuple[str, type[RegistryModel]]] = {
    "assessment": ("grade", AssessmentToFill),
    "inspection": ("conclusion", InspectionToFill),
}


def is_to_fill(item: object) -> bool:
    """An assessment with ``grade:`` or an inspection with ``conclusion:`` left empty."""
    if not isinstance(item, dict):
        return False
    kind = item.get("kind")
    spec = TO_FILL.get(kind) if isinstance(kind, str) else None
    return spec is not None and spec[0] in item and item[spec[0]] is None


def item_tag(item: Any) -> str | None:
    """Which member of :data:`BulkRecord` validates ``item`` (None: no known kind)."""
    kind = item.get("kind") if isinstance(item, dict) else getattr(item, "kind", None)
    if not isinstance(kind, str) or kind not in ITEM_MODELS:
        return None
    if isinstance(item, AssessmentToFill | InspectionToFill) or is_to_fill(item):
        return f"{kind}-to-fill"
    return kind


def item_model(item: object) -> type[RegistryModel] | None:
    """The model that validates one item of the bulk file, chosen by its kind."""
    tag = item_tag(item)
    if tag is None:
        return None
    if tag.endswith("-to-fill"):
        return TO_FILL[tag.removesuffix("-to-fill")][1]
    return ITEM_MODELS[tag]


BulkRecord = Annotated[
    Annotated[AssessmentItem, Tag("assessment")]
    | Annotated[InspectionItem, Tag("inspection")]
    | Annotated[EvaluationItem, Tag("evaluation")]
    | Annotated[TrainingItem, Tag("training")]
    | Annotated[PracticeItem, Tag("practice")]
    | Annotated[RecommendationItem, Tag("recommendation")]
    | Annotated[RewardItem, Tag("reward")]
    | Annotated[DisciplineItem, Tag("discipline")]
    | Annotated[TalkItem, Tag("talk")]
    | Annotated[AssessmentToFill, Tag("assessment-to-fill")]
    | Annotated[InspectionToFill, Tag("inspection-to-fill")],
    Discriminator(item_tag),
]


class InspectionRecords(RootModel[list[BulkRecord]]):
    """The bulk file of ``cadrectl cycle inspect --from-file``: a YAML list of records."""

    model_config = ConfigDict(
        title="考察和年度考核批量录入",
        json_schema_extra={
            "description": "cadrectl cycle inspect --from-file 的文件：记录的列表，每条写明 "
            "cadre（后备干部编号）、kind（记录种类）和该种记录的字段；"
            "grade 或 conclusion 留空的条目尚未填写，录入时跳过"
        },
    )
