"""The bulk file of ``cycle inspect --from-file``: a list of records, each naming its cadre.

Each item is one record as the cadre's file holds it (the same models, so the same rules for
a grade, a date, a count), plus ``cadre`` (whose file it goes to) and ``kind`` (which list).
An assessment whose ``grade``, or an inspection whose ``conclusion``, is written but empty
(``grade:`` with nothing after it) is an item of the template not filled in yet: it is valid,
and skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, cast

from pydantic import ConfigDict, Discriminator, RootModel, Tag

from cadrectl.model.base import LongText, RegistryModel, ShortText, Year, field
from cadrectl.model.cadre import (
    Assessment,
    CadreId,
    Discipline,
    Evaluation,
    Exam,
    Inspection,
    Milestone,
    Practice,
    Recommendation,
    Reward,
    Secondment,
    Talk,
    Training,
)
from cadrectl.model.dates import PartialDate

_CADRE = ("后备干部", "后备干部编号（cadres/<编号>.yaml），如 QX-2019-001")
_KIND = "记录种类"


# kind → the record model the cadre's file uses for it, and its name
KINDS: tuple[tuple[str, type[RegistryModel], str], ...] = (
    ("assessment", Assessment, "年度考核"), ("inspection", Inspection, "考察"),
    ("evaluation", Evaluation, "季度评议"), ("training", Training, "培训"),
    ("practice", Practice, "实践锻炼"), ("recommendation", Recommendation, "民主推荐"),
    ("reward", Reward, "奖励"), ("discipline", Discipline, "处分"), ("talk", Talk, "谈心谈话"),
    ("exam", Exam, "考试"), ("milestone", Milestone, "成长纪实"),
    ("secondment", Secondment, "抽调选派"),
)  # fmt: skip


def _item_model(kind: str, record: type[RegistryModel], title: str) -> type[RegistryModel]:
    """The record's model plus ``cadre`` and ``kind`` (AssessmentItem, InspectionItem…)."""
    namespace = {
        "__module__": __name__,
        "__qualname__": f"{record.__name__}Item",
        "__annotations__": {"cadre": CadreId, "kind": Literal[kind]},
        "model_config": record.model_config | {"title": title},
        "cadre": field(*_CADRE),
        "kind": field(_KIND, f"{kind}：{title}"),
    }
    return cast("type[RegistryModel]", type(f"{record.__name__}Item", (record,), namespace))


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
    kind: _item_model(kind, record, title) for kind, record, title in KINDS
}
# kind → the list of the cadre's records it goes to (records.<list> in the cadre's file)
RECORD_LISTS: dict[str, str] = {
    "assessment": "assessments", "inspection": "inspections", "evaluation": "evaluations",
    "training": "trainings", "practice": "practice", "recommendation": "recommendations",
    "reward": "rewards", "discipline": "discipline", "talk": "talks", "exam": "exams",
    "milestone": "milestones", "secondment": "secondments",
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


_MEMBERS = (
    *(Annotated[model, Tag(kind)] for kind, model in ITEM_MODELS.items()),
    Annotated[AssessmentToFill, Tag("assessment-to-fill")],
    Annotated[InspectionToFill, Tag("inspection-to-fill")],
)
if TYPE_CHECKING:  # the union is built at run time from the kinds; to a checker, a record
    BulkRecord = RegistryModel
else:
    BulkRecord = Annotated[Union[_MEMBERS], Discriminator(item_tag)]  # noqa: UP007


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
