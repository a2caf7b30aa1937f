"""How text lays out in a printed cell, checked against what LibreOffice drew with the metrics
of a clerk's fonts (the rendering check of issue 16, 7)."""

from __future__ import annotations

import pytest

from cadrectl.exports.textfit import (
    LINE_HEIGHT,
    printed_width,
    row_height,
    text_lines,
    width_for,
)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("党群综合", 9, 1),  # four CJK characters (8.4 units) fit a column of 9 ...
        ("党群综合", 8, 2),  # ... not one of 8: 党群综 / 合
        ("2025.06", 8, 1),
        ("1988.04(38岁)", 15, 1),
        ("3" * 17, 21, 1),
        ("33112419860612675X", 20, 2),  # Noto's digits are 0.56 em: the number broke at 20
        ("33112419860612675X", 22, 1),
        ("研究生公共管理硕士", 10, 3),  # four characters a line
        ("党群综合\n经济管理", 10, 2),  # a line break is a line
        ("", 5, 1),
        (None, 5, 1),
    ],
)
def test_lines_as_rendered(text: str | None, width: float, lines: int) -> None:
    assert text_lines(text, width) == lines


def test_a_latin_word_is_not_broken_where_it_fits_a_line() -> None:
    # 城东2025.06 in a column of 9: the date goes to the next line whole
    assert text_lines("城东2025.06", 9) == 2
    assert text_lines("ab " * 3, 4) == 3


def test_punctuation_at_the_start_of_a_line_is_counted_either_way() -> None:
    """LibreOffice put 、 at the start of a line, Excel keeps it with what it follows: the
    row is tall enough for the longer of the two (this cell was cut off at four lines)."""
    mentors = "郑广益（县委副书记）、周帆成（县委常委、组织部部长）"
    assert text_lines(mentors, 14) == 5


def test_bold_and_bigger_text_is_wider() -> None:
    assert printed_width("任现职级", bold=True) > printed_width("任现职级")
    assert text_lines("任现职级", 9) == 1
    assert text_lines("任现职级", 9, bold=True) == 2  # Windows emboldens 宋体 by a pixel a glyph
    assert printed_width("名册", size=18) == pytest.approx(printed_width("名册") * 18 / 11)


def test_six_lines_get_what_the_cjk_face_needs() -> None:
    """At 14.5 points a line LibreOffice cut the sixth line off at the border (Noto Serif CJK
    needs 1.44 em, 15.8 points at 11 points)."""
    assert LINE_HEIGHT >= 15.8
    assert row_height(["\n".join(["党群综合"] * 6)], [10]) >= 6 * 15.8
    assert row_height(["短", "党群综合"], [5, 8]) == row_height(["党群综合"], [8])


def test_a_width_keeps_a_value_on_one_line_with_a_unit_to_spare() -> None:
    assert width_for("党群综合") == 10
    assert text_lines("党群综合", width_for("党群综合") - 1) == 1
    assert width_for("任现职级\n时间", bold=True, slack=0) == 10
