"""Messages of the structure analysis added for every kind of pool, and of the per-unit
coverage checks: key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "structure.value.below-college": ("中专及以下", "secondary or below"),
    "structure.value.minority": ("少数民族", "ethnic minority"),
    "structure.value.non-cpc": ("党外", "non-CPC"),
    "structure.value.not-recorded": ("未填写", "not recorded"),
    "structure.value.tier-1": ("第一层次", "tier 1"),
    "structure.value.tier-2": ("第二层次", "tier 2"),
    "structure.value.tier-3": ("第三层次", "tier 3"),
    "structure.value.tier-none": ("未定层次", "not placed"),
    "structure.value.grassroots": ("有基层经历", "with grassroots experience"),
    "structure.value.no-grassroots": ("无基层经历", "without grassroots experience"),
    "structure.value.grassroots-head": ("有基层一把手经历", "has headed a grassroots unit"),
    "structure.value.no-grassroots-head": ("无基层一把手经历", "has not headed one"),
    "structure.dim.education_at_least": (
        "X及以上学历（累计）",
        "Education or above (cumulative)",
    ),
    "structure.dim.background": ("来源身份", "Background"),
    "structure.dim.title": ("专业技术职务", "Professional title"),
    "structure.field.background": ("来源身份", "Background"),
    "structure.field.title": ("专业技术职务", "Professional title"),
    "structure.at-least-value": ("{level}及以上", "{level} or above"),
    "structure.with-average-age": (
        "{heading}　平均年龄{age}岁",
        "{heading}; average age {age}",
    ),
    "export.structure.average-age": ("平均年龄（周岁）", "Average age (years)"),
    "coverage.units": ("单位后备人数", "Reserves per unit"),
    "coverage.unit-line": (
        "{unit}（{kind}）：后备 {reserves} 人（应为 {goal}）",
        "{unit} ({kind}): {reserves} reserves (should be {goal})",
    ),
    "coverage.unit-range": ("{min}–{max} 人", "{min}–{max}"),
    "coverage.unit-min": ("不少于 {min} 人", "at least {min}"),
    "coverage.unit-max": ("不多于 {max} 人", "at most {max}"),
    "coverage.unit-missing": (
        "{unit}：units/ 中没有该单位（cadrectl.yaml 的 coverage.{section}）",
        "{unit}: no such unit in units/ (coverage.{section} in cadrectl.yaml)",
    ),
    "coverage.units-summary": (
        "共 {units} 个单位：{met} 个达到，{unmet} 个未达到。",
        "Units: {units}; {met} met, {unmet} not met.",
    ),
    "coverage.ratios": ("职数与后备比例", "Reserves per seat of a unit"),
    "coverage.ratio-line": (
        "{unit}（{kind}）：职数 {seats}，后备 {reserves} 人（按 {ratio} 应不少于 {required} 人）",
        "{unit} ({kind}): {seats:~seat}, {reserves:~reserve} (at {ratio}, at least {required})",
    ),
    "problem.coverage-rule-selector": (
        "每条规则须写 kind（单位类别）或 unit（单位编号），且只写其中一个。",
        "Each rule names kind (a unit kind) or unit (a unit id), exactly one of them.",
    ),
    "problem.coverage-rule-duplicate": (
        "“{value}”已有规则（本列表第 {other} 条）；同一类别或单位只写一条。",
        "'{value}' already has a rule (entry {other} of this list); write one rule each.",
    ),
    "problem.coverage-rule-no-bound": (
        "单位后备人数规则须写 min（下限）或 max（上限），至少一个。",
        "A reserves-per-unit rule needs min or max (at least one of them).",
    ),
    "problem.coverage-rule-reversed": (
        "下限 {min} 大于上限 {max}。",
        "The minimum {min} is above the maximum {max}.",
    ),
    "problem.structure-field-taken": (
        "“{value}”已是一个维度的名称（或在本列表中重复）；请换一个名称。",
        "'{value}' already names a dimension (or repeats in this list); choose another name.",
    ),
    "problem.structure-field-unknown": (
        "档案中没有“{value}”这个字段；请写档案的字段路径，如 specialty、reserve.plan。",
        "The cadre's file has no field '{value}'; write a field path such as specialty or "
        "reserve.plan.",
    ),
}
