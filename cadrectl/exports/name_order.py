"""The order of names in a roster: 姓氏笔画 (strokes, character by character) or pinyin, with
surnames read as surnames (单 shàn, 曾 zēng, 解 xiè, 尉迟 yùchí), never by code point.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

# Surnames whose reading as a surname is not the character's first reading (TONE3 syllables:
# the letters, then the tone, 5 for the neutral one). The compound ones are read as one word.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan4",), "曾": ("zeng1",), "解": ("xie4",), "仇": ("qiu2",), "朴": ("piao2",),
    "查": ("zha1",), "区": ("ou1",), "盖": ("ge3",), "召": ("shao4",), "种": ("chong2",),
    "缪": ("miao4",), "翟": ("zhai2",), "尉": ("wei4",), "覃": ("qin2",), "乐": ("yue4",),
    "任": ("ren2",), "华": ("hua4",), "纪": ("ji3",), "宁": ("ning4",), "燕": ("yan1",),
    "秘": ("bi4",), "繁": ("po2",), "员": ("yun4",), "句": ("gou1",), "长": ("chang2",),
    "尉迟": ("yu4", "chi2"), "万俟": ("mo4", "qi2"), "长孙": ("zhang3", "sun1"),
    "单于": ("chan2", "yu2"), "澹台": ("tan2", "tai2"), "乐正": ("yue4", "zheng4"),
}  # fmt: skip
# Two-character surnames read as the characters read: a name beginning with one is of that
# surname (欧阳宇), not of 欧 with a given name 阳宇.
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "慕容", "宇文", "夏侯", "司徒",
    "端木", "独孤", "南宫", "西门", "呼延", "闻人", "赫连", "申屠", "轩辕", "东郭", "钟离", "太史",
    "公冶", "宗政", "濮阳", "淳于", "仲孙", "太叔", "鲜于", "闾丘", "第五", "百里", "司空", "拓跋",
    *(surname for surname in SURNAME_READINGS if len(surname) == 2),
})  # fmt: skip
UNKNOWN_STROKES = 99


def name_key(name: str, order: str) -> tuple[Any, ...]:
    """The sort key of a name. ``stroke``, 姓氏笔画: by the surname's strokes (surnames of equal
    strokes by their pinyin), each surname's people together, then by the strokes of the given
    name's characters in turn, equal strokes by pinyin. ``pinyin``: by the surname's pinyin
    (letters, then tones; surnames read alike by strokes), then the given name's, then strokes.
    Anything else: no key (as listed)."""
    surname, given = split_name(name)
    if order == "stroke":
        return (stroke_counts(surname), pinyin_key(surname, True), surname,
                stroke_counts(given), pinyin_key(given), name)  # fmt: skip
    if order == "pinyin":
        return (pinyin_key(surname, True), stroke_counts(surname), surname,
                pinyin_key(given), stroke_counts(given), name)  # fmt: skip
    return ()


def split_name(name: str) -> tuple[str, str]:
    """The surname (one character, or a compound surname) and the given name."""
    size = 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1
    return name[:size], name[size:]


def stroke_counts(text: str) -> tuple[int, ...]:
    return tuple(strokes(char) for char in text)


def strokes(char: str) -> int:
    """Total strokes (Unihan kTotalStrokes) of a CJK ideograph; 99 when unknown."""
    table = _stroke_table()
    point = ord(char) - 0x4E00
    count = table[point] if 0 <= point < len(table) else 0
    return count or UNKNOWN_STROKES


@cache
def _stroke_table() -> bytes:
    return (resources.files("cadrectl") / "data" / "strokes.bin").read_bytes()


def pinyin_key(text: str, surname: bool = False) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The syllables without tones (``shan``, ``xiong``, ``xin``), then their tones."""
    syllables = reading(text, surname)
    letters = tuple(syllable.rstrip("012345") for syllable in syllables)
    tones = tuple(int(syllable[-1]) if syllable[-1:].isdigit() else 5 for syllable in syllables)
    return letters, tones


def name_pinyin(name: str) -> tuple[str, ...]:
    """The name in TONE3 pinyin, the surname read as a surname: 单雄信 → shan4 xiong2 xin4."""
    surname, given = split_name(name)
    return (*reading(surname, True), *reading(given))


@cache
def reading(text: str, surname: bool = False) -> tuple[str, ...]:
    """TONE3 syllables of a text; of a surname as the surname reads (单 shan4, not dan1)."""
    if not text:
        return ()
    if surname and text in SURNAME_READINGS:
        return SURNAME_READINGS[text]
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
    return tuple(syllable.lower() for syllable in syllables)
