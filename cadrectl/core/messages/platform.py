"""Messages of consoles that are not UTF-8 and of editors' drafts: key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "platform.unheld-characters": (
        "注意：输出的编码（{encoding}）无法表示这些字符：{characters}，已写作“?”。"
        "要原样输出，请设置环境变量 PYTHONIOENCODING=utf-8"
        "（导出给 Excel 打开的 CSV 用 utf-8-sig）。",
        "Note: the output's encoding ({encoding}) cannot hold these characters: {characters};"
        " they were written as '?'. To keep them, set the environment variable"
        " PYTHONIOENCODING=utf-8 (utf-8-sig for a CSV to open in Excel).",
    ),
    "platform.draft-not-utf8": (
        "保存的草稿不是 UTF-8 编码（看起来是 {encoding}），未作任何改动。"
        "请在编辑器中以 UTF-8 编码保存（记事本：“另存为”，编码选“UTF-8”）。",
        "The saved draft is not UTF-8 (it looks like {encoding}); nothing was changed."
        " Save it as UTF-8 in your editor (Notepad: Save As, encoding UTF-8).",
    ),
}
