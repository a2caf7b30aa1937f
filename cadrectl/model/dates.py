"""Dates as the clerk writes them: ``YYYY-MM`` or ``YYYY-MM-DD``, keeping that precision."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# ASCII digits only: re's \d also takes full-width and other scripts' digits
_ISO = re.compile(r"^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$")
_DOTTED = re.compile(r"^([0-9]{4})\.([0-9]{1,2})(?:\.([0-9]{1,2}))?$")


class DateError(ValueError):
    """A date the registry does not accept; ``code`` names the catalog message."""

    def __init__(self, code: str, value: object) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


_CACHE_SIZE = 100_000
_CACHE: dict[object, PartialDate] = {}


class PartialDate:
    """A calendar date or a month. A month-only date stands for the first day of its month."""

    __slots__ = ("_first", "_order", "day", "month", "year")

    year: int
    month: int
    day: int | None
    _first: dt.date
    _order: tuple[dt.date, bool]  # a month sorts before the days of that month

    def __init__(self, year: int, month: int, day: int | None = None) -> None:
        try:
            first = dt.date(year, month, day or 1)
        except ValueError as exc:
            raise DateError("date_invalid", f"{year:04d}-{month:02d}-{day or 1:02d}") from exc
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_order", (first, day is not None))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PartialDate is immutable")

    def __reduce__(self) -> tuple[type[PartialDate], tuple[int, int, int | None]]:
        return (PartialDate, (self.year, self.month, self.day))

    @property
    def has_day(self) -> bool:
        return self.day is not None

    def as_date(self) -> dt.date:
        """The day this stands for in computations (the 1st for a month-only date)."""
        return self._first

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read a value from a registry file: a YAML date or a ``YYYY-MM`` string."""
        kind = type(value)
        # The common cases first, from a cache: this runs for every date of every file (about
        # 30 a cadre) and the same dates recur; a PartialDate is immutable, so sharing is safe.
        if kind is str or kind is dt.date:
            cached = _CACHE.get(value)
            if cached is None:
                cached = cls._parse_unusual(value)
                if len(_CACHE) < _CACHE_SIZE:
                    _CACHE[value] = cached
            return cached
        return cls._parse_unusual(value)

    @classmethod
    def _parse_unusual(cls, value: object) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            raise DateError("date_has_time", value.isoformat())
        if isinstance(value, dt.date):
            return cls.from_date(value)
        if isinstance(value, bool) or value is None:
            raise DateError("date_type", value)
        if isinstance(value, float | int):
            # Why: unquoted 2021.10 is the number 2021.1 in YAML, so the month is already lost.
            raise DateError("date_dotted", value)
        if not isinstance(value, str):
            raise DateError("date_type", value)
        text = value.strip()
        match = _ISO.match(text)
        if match:
            year, month, day = match.groups()
            return cls(int(year), int(month), int(day) if day else None)
        if _DOTTED.match(text):
            raise DateError("date_dotted", value)
        raise DateError("date_format", value)

    @classmethod
    def parse_typed(cls, text: str) -> PartialDate:
        """Read a date typed on the command line or found in a spreadsheet: also ``YYYY.MM``."""
        match = _DOTTED.match(text.strip())
        if match:
            year, month, day = match.groups()
            return cls(int(year), int(month), int(day) if day else None)
        return cls.parse(text)

    def isoformat(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def dotted(self) -> str:
        """How rosters print it: ``2021.09``."""
        return f"{self.year:04d}.{self.month:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return (self.year, self.month, self.day) == (other.year, other.month, other.day)
        return NotImplemented

    # Why all four, not functools.total_ordering: the derived ones cost two Python calls each,
    # and the rules compare ~30 dates a cadre on every check.
    def __lt__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self._order < other._order
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self._order <= other._order
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self._order > other._order
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self._order >= other._order
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import PydanticCustomError, core_schema

        def validate(value: object) -> PartialDate:
            try:
                return cls.parse(value)
            except DateError as exc:
                raise PydanticCustomError(exc.code, "{value}", {"value": str(exc.value)}) from None

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda v: v.isoformat(), when_used="always"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "type": "string",
            "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$",
            "examples": ["2021-09", "2025-12-10"],
        }


def age_on(birth: PartialDate, on: dt.date) -> int:
    """周岁 (completed years) on a date; a month-only birth counts from the 1st."""
    born = birth.as_date()
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years
