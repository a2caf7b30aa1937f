"""How wide text is on a page or a terminal: two columns for a CJK character, one for the rest.

One definition for everything that lays text out: the exports' row heights and the generator's
line wrapping.
"""

from __future__ import annotations

import unicodedata

_WIDE = ("W", "F")  # East Asian Wide and Fullwidth


def display_width(text: str) -> int:
    """Columns ``text`` takes."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(char) in _WIDE else 1 for char in text)
