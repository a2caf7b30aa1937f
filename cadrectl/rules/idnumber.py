"""公民身份号码 (GB 11643-1999): check digit, birth date and gender encoded in the number."""

from __future__ import annotations

import datetime as dt

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def check_digit(first17: str) -> str:
    """The 18th character for the first 17 digits (GB 11643-1999 §8.2, ISO 7064 MOD 11-2)."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def has_valid_check_digit(number: str) -> bool:
    return check_digit(number[:17]) == number[17].upper()


def birth_date(number: str) -> dt.date | None:
    """Digits 7-14 as a date, or None when they are not one."""
    digits = number[6:14]
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def gender(number: str) -> str:
    """男 when the 17th digit is odd, else 女."""
    return "男" if int(number[16]) % 2 == 1 else "女"
