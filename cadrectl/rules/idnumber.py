"""公民身份号码 (GB 11643-1999): check digit, birth date and gender encoded in the number."""

from __future__ import annotations

import datetime as dt

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def is_well_formed(number: str) -> bool:
    """18 characters: 17 ASCII digits and a digit or X (the schema's pattern)."""
    return (
        len(number) == 18
        and number.isascii()
        and number[:17].isdigit()
        and (number[17].isdigit() or number[17] in "Xx")
    )


def check_digit(first17: str) -> str | None:
    """The 18th character for the first 17 digits (GB 11643-1999 §8.2, ISO 7064 MOD 11-2);
    None when ``first17`` is not 17 ASCII digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        return None
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def has_valid_check_digit(number: str) -> bool:
    return is_well_formed(number) and check_digit(number[:17]) == number[17].upper()


def birth_date(number: str) -> dt.date | None:
    """Digits 7-14 as a date, or None when they are not one."""
    digits = number[6:14]
    if len(digits) != 8 or not (digits.isascii() and digits.isdigit()):
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def gender(number: str) -> str | None:
    """男 when the 17th digit is odd, 女 when it is even; None for a malformed number."""
    if not is_well_formed(number):
        return None
    return "男" if int(number[16]) % 2 == 1 else "女"
