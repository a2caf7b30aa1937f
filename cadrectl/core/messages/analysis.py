"""Messages of the structure analysis added for every kind of pool: key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
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
}
