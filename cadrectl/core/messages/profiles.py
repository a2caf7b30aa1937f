"""Messages of ``cadrectl init --profile``: key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.opt.profile": (
        "库的类型：county 县区机关（默认）、township 乡镇（村级后备）、enterprise 国有企业、"
        "university 高等学校",
        "Kind of pool: county (county organs, the default), township (village reserves), "
        "enterprise (state-owned enterprise), university",
    ),
    "init.bad-profile": (
        "没有“{profile}”这种库的类型；可用：{profiles}",
        "There is no profile '{profile}'; use one of: {profiles}",
    ),
    "init.example-is-county": (
        "示例库是县区机关的库：--example 不能与其他 --profile 同用",
        "The example registry is a county's: --example goes with no other --profile",
    ),
    "init.profile-written": (
        "已按“{profile}”写入 cadrectl.yaml。",
        "cadrectl.yaml was written for the {profile} profile.",
    ),
    "init.to-fill": (
        "请先改好 cadrectl.yaml 中带“××”的这些行，再运行 cadrectl check：",
        "First change these lines of cadrectl.yaml that hold '××', then run cadrectl check:",
    ),
    "init.to-fill-line": ("  第 {line} 行：{text}", "  line {line}: {text}"),
    "init.next-steps": (
        "然后用 cadrectl unit add 建立单位和职位，用 cadrectl add 录入后备干部。",
        "Then create units and posts with cadrectl unit add, and enter reserves with cadrectl add.",
    ),
    "init.profile.county": ("县区机关", "county organs"),
    "init.profile.township": ("乡镇（村级后备）", "township (village reserves)"),
    "init.profile.enterprise": ("国有企业", "state-owned enterprise"),
    "init.profile.university": ("高等学校", "university"),
}
