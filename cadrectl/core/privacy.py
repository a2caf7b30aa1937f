"""Personal data in text meant for others: whole id numbers are masked before they are shown."""

from __future__ import annotations

import re
from typing import Any

# Why: a 公民身份号码 (GB 11643-1999) is 17 digits and a check character (a digit or X).
# A longer run of digits is masked as a whole, so no 18 id-like characters survive anywhere
# in it. Digits of any script count (``\d``): a clerk's input method types full-width ones,
# and a number pasted from elsewhere may hold others; a full-width X counts too.
_ID_NUMBER = re.compile(r"\d{17,}[\dXx\uff38\uff58]")

KEPT_HEAD = 6
KEPT_TAIL = 4
MASK = "*"


def _mask(match: re.Match[str]) -> str:
    number = match.group()
    hidden = len(number) - KEPT_HEAD - KEPT_TAIL
    return number[:KEPT_HEAD] + MASK * hidden + number[-KEPT_TAIL:]


def mask_id_numbers(text: str) -> str:
    """Text with every whole id number shown as its first 6 and last 4 characters.

    `330781198804120032` becomes `330781********0032`. The length is kept, text without an
    id number comes back unchanged, and masking masked text changes nothing.
    """
    return _ID_NUMBER.sub(_mask, text)


def has_id_number(text: str) -> bool:
    """Whether the text holds a whole id number (a run `mask_id_numbers` would mask)."""
    return _ID_NUMBER.search(text) is not None


def mask_in(value: Any) -> Any:
    """``value`` with every text inside it (mapping keys too) masked by :func:`mask_id_numbers`."""
    if isinstance(value, str):
        return mask_id_numbers(value)
    if isinstance(value, dict):
        return {mask_in(key): mask_in(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_in(item) for item in value]
    return value
