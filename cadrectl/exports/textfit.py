"""How text lays out in a cell of a printed workbook: its width in Excel's column units, the
lines it wraps to, the height a row needs and the width a column needs to keep a value whole.

Excel's column width unit is the width of a digit of Calibri 11 (7 pixels at 96 dpi; a column of
width w is 7w + 5 pixels). Rosters are set in 宋体/仿宋 11 pt, whose CJK characters are one em
(14.67 pixels, 2.1 units) and whose Latin ones half an em; LibreOffice draws them with Noto Serif
CJK, whose Latin is proportional (a digit 0.55 em). A text is measured in both and the wider one
counts, so a value that fits here fits on a clerk's PC and in the rendering check.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

PIXELS_PER_UNIT = 7.0  # a Calibri 11 digit at 96 dpi
EM = 11 * 96 / 72 / PIXELS_PER_UNIT  # an 11-point em in column units (2.095)
BOLD_PIXEL = 1 / PIXELS_PER_UNIT  # Why: Windows emboldens 宋体 (no bold face) by a pixel a glyph
# Why 0.25: Excel leaves a cell's text about 7w pixels of the 7w + 5; a quarter unit more is
# the margin for print scaling, which may round glyphs a pixel wider than the screen does.
CELL_PADDING = 0.25
# Why 16: 仿宋 11 pt needs 14.25 pt a line in Excel, its LibreOffice stand-in (Noto Serif CJK,
# ascent + descent 1.44 em) 15.8 pt: at 14.5 the last of six lines was cut off at the border.
LINE_HEIGHT = 16.0
ROW_PADDING = 4.0  # points above and below the lines of a row
BODY_SIZE = 11.0

_WIDE = frozenset({"W", "F", "A"})  # East Asian Wide, Fullwidth, and Ambiguous (wide in 宋体)
# Kinsoku: punctuation that never begins a line, and that never ends one.
_NO_LINE_START = frozenset("、，。；：！？）》」』】〕〉”’,.;:!?)]}%")
_NO_LINE_END = frozenset("（《「『【〔〈“‘([{")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in _WIDE


def _song_width(char: str, bold: bool) -> float:
    """宋体/仿宋: every glyph half an em or one em."""
    return (EM if _is_wide(char) else EM / 2) + (BOLD_PIXEL if bold else 0.0)


# Advance widths (thousandths of an em) of the printable ASCII characters, space to tilde, in
# Noto Serif CJK SC Regular and Bold: LibreOffice's stand-in draws Latin proportionally.
_NOTO = (
    256, 308, 376, 574, 550, 923, 779, 196, 364, 364, 478, 580, 327, 346, 327, 352, 557, 471,
    558, 557, 555, 558, 558, 549, 558, 562, 327, 327, 580, 580, 580, 432, 912, 718, 670, 691,
    770, 652, 629, 741, 853, 405, 402, 731, 625, 975, 796, 767, 641, 767, 715, 567, 659, 797,
    714, 1053, 700, 687, 605, 344, 352, 344, 580, 563, 435, 557, 638, 538, 629, 546, 388, 566,
    663, 332, 311, 607, 334, 974, 661, 596, 638, 607, 462, 473, 367, 653, 548, 838, 564, 552,
    498, 374, 316, 374, 580,
)  # fmt: skip
_NOTO_BOLD = (
    250, 355, 447, 615, 589, 966, 803, 235, 400, 400, 485, 603, 335, 370, 335, 400, 593, 466,
    594, 593, 593, 594, 594, 588, 594, 596, 335, 335, 603, 603, 603, 473, 970, 746, 708, 702,
    789, 666, 648, 757, 864, 426, 428, 767, 642, 1001, 815, 785, 673, 785, 751, 597, 695, 818,
    734, 1091, 726, 701, 627, 372, 400, 372, 603, 593, 447, 585, 672, 565, 658, 572, 402, 596,
    687, 349, 335, 651, 355, 1008, 685, 623, 671, 640, 500, 499, 393, 678, 578, 874, 599, 582,
    517, 380, 338, 380, 603,
)  # fmt: skip


def _noto_width(char: str, bold: bool) -> float:
    if _is_wide(char):
        return EM
    point = ord(char) - 32
    table = _NOTO_BOLD if bold else _NOTO
    return (table[point] if 0 <= point < len(table) else 600) / 1000 * EM


Face = Callable[[str, bool], float]
_FACES: tuple[Face, ...] = (_song_width, _noto_width)


def printed_width(text: str, *, bold: bool = False, size: float = BODY_SIZE) -> float:
    """Column units ``text`` takes on one line, in the wider of the two faces."""
    return max(_face_width(text, face, bold) for face in _FACES) * size / BODY_SIZE


def _face_width(text: str, face: Face, bold: bool) -> float:
    return sum(face(char, bold) for char in text)


def _pieces(line: str, kinsoku: bool) -> list[tuple[str, bool]]:
    """The unbreakable pieces of a line, each with whether it is blank: a CJK character, a run
    of Latin letters and digits (a word is never broken where it fits a line), a run of spaces;
    with ``kinsoku``, closing punctuation stays with what it follows, opening with what follows.
    """
    pieces: list[list[str]] = []  # [text, kind] with kind "word", "wide" or "blank"
    for char in line:
        kind = "blank" if char.isspace() else "wide" if _is_wide(char) else "word"
        last = pieces[-1] if pieces else None
        glued = last is not None and (
            (kind == "word" and last[1] == "word")
            or (kind == "blank" and last[1] == "blank")
            or (kinsoku and char in _NO_LINE_START and last[1] != "blank")
            or (kinsoku and last[0][-1] in _NO_LINE_END and kind != "blank")
        )
        if glued and last is not None:
            last[0] += char
            last[1] = kind  # a word glued to a bracket goes on as a word
        else:
            pieces.append([char, kind])
    return [(text, kind == "blank") for text, kind in pieces]


def _wrapped(pieces: list[tuple[str, bool]], usable: float, face: Face, bold: bool) -> int:
    """Lines the pieces of a line wrap to in one face, breaking greedily as Excel and
    LibreOffice do."""
    lines, used = 1, 0.0
    for piece, blank in pieces:
        width = _face_width(piece, face, bold)
        if blank:  # spaces at the end of a line hang over it; they never start a new one
            used = min(used + width, usable)
            continue
        if used + width <= usable:
            used += width
            continue
        if used > 0:
            lines, used = lines + 1, 0.0
        for char in piece if width > usable else (piece,):  # a piece wider than a line breaks
            step = _face_width(char, face, bold)
            if used + step > usable and used > 0:
                lines, used = lines + 1, 0.0
            used += step
    return lines


def text_lines(value: object, width: float, *, bold: bool = False,
               size: float = BODY_SIZE) -> int:  # fmt: skip
    """Lines a value wraps to in a column (or merged columns) of ``width`` units."""
    usable = max(width - CELL_PADDING, 1.0) * BODY_SIZE / size
    text = "" if value is None else str(value)
    return sum(_line_count(line, usable, bold) for line in text.split("\n"))


def _line_count(line: str, usable: float, bold: bool) -> int:
    if printed_width(line, bold=bold) <= usable:
        return 1
    return max(
        _wrapped(_pieces(line, kinsoku), usable, face, bold)
        for kinsoku in (False, True)
        for face in _FACES
    )


def lines_height(lines: int, *, size: float = BODY_SIZE) -> float:
    """Points ``lines`` lines of text need, with the row's padding."""
    return round(lines * LINE_HEIGHT * size / BODY_SIZE + ROW_PADDING, 1)


def row_height(values: Iterable[object], widths: Iterable[float], *, bold: bool = False,
               size: float = BODY_SIZE) -> float:  # fmt: skip
    """The height (points) a row of wrapped values needs."""
    lines = max(
        (text_lines(value, width, bold=bold, size=size)
         for value, width in zip(values, widths, strict=False)),
        default=1,
    )  # fmt: skip
    return lines_height(lines, size=size)


def width_for(text: str, *, bold: bool = False, slack: float = 1.0) -> float:
    """The whole column width in which every line of ``text`` stays on one line, with ``slack``
    units to spare."""
    widest = max((printed_width(line, bold=bold) for line in text.split("\n")), default=0.0)
    return float(int(widest + CELL_PADDING + slack + 0.999))
