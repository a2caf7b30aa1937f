"""Messages of the 干部任免审批表: its printed texts, the LRMX and LRM files (Chinese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "form.age": ("（{age}岁）", "({age})"),
    "form.during": ("（其间：{items}）", "(meanwhile: {items})"),
    "form.during-sep": ("；", "; "),
    "form.practice": ("{span}在{unit}{kind}{post}", "{span} {kind} at {unit}{post}"),
    "form.practice-post": ("，任{post}", ", as {post}"),
    "form.secondment": (
        "{span}抽调参加{batch}{group}，派驻{unit}",
        "{span} seconded to {batch}{group}, posted to {unit}",
    ),
    "form.filled-day": ("{year}年{month}月{day}日", "{year}-{month}-{day}"),
    "form.filled-month": ("{year}年{month}月", "{year}-{month}"),
}
