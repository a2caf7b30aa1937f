"""Personal facts of invented people: names, ethnicity, places, ID numbers, education, party."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from cadrectl.devtools import months, names
from cadrectl.devtools.names import Place
from cadrectl.devtools.yamltext import Month

T = TypeVar("T")

# GB 11643-1999: weights of the first 17 digits and the check character for sum mod 11.
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
WOMEN_SHARE = 0.37


def pick(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    """A weighted choice from ``(value, weight)`` pairs."""
    return rng.choices([value for value, _ in items], [weight for _, weight in items])[0]


def check_digit(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits of an ID number."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


@dataclass(slots=True)
class Identity:
    """Who a person is: the 任免审批表's first lines."""

    name: str
    gender: str
    ethnicity: str
    birth: dt.date
    id_number: str
    native_place: str
    birthplace: str


class People:
    """Hands out identities with unique names and ID numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._names: set[str] = set()
        self._id_numbers: set[str] = set()
        self._surnames = names.SURNAMES
        self._places = [(place, float(place.weight)) for place in names.PLACES]
        minority_total = sum(weight for _, weight in names.MINORITY_WEIGHTS)
        self._ethnicities = [*names.MINORITY_WEIGHTS, ("汉族", 100.0 - minority_total)]

    def gender(self) -> str:
        return "女" if self.rng.random() < WOMEN_SHARE else "男"

    def name(self, gender: str, ethnicity: str = "汉族") -> str:
        """A realistic name no one else in the registry has."""
        surnames = names.SHE_SURNAMES if ethnicity == "畲族" else self._surnames
        chars = names.FEMALE_NAME_CHARS if gender == "女" else names.MALE_NAME_CHARS
        while True:
            surname = pick(self.rng, surnames)
            given = self.rng.choice(chars)
            if len(surname) == 1 and self.rng.random() < 0.7:
                given += self.rng.choice(chars)
            name = surname + given
            doubled = len(given) == 2 and given[0] == given[1]  # 婷婷 is common, 志志 is not
            if name not in self._names and not (doubled and gender == "男"):
                self._names.add(name)
                return name

    def identity(self, birth: dt.date) -> Identity:
        """A whole identity for someone born on ``birth``."""
        gender = self.gender()
        ethnicity = pick(self.rng, self._ethnicities)
        places = names.MINORITY_PLACES.get(ethnicity)
        birthplace: Place = (
            pick(self.rng, [(place, float(place.weight)) for place in places])
            if places
            else pick(self.rng, self._places)
        )
        native = birthplace if self.rng.random() < 0.9 else pick(self.rng, self._places)
        return Identity(
            name=self.name(gender, ethnicity),
            gender=gender,
            ethnicity=ethnicity,
            birth=birth,
            id_number=self.id_number(birthplace.area_code, birth, gender),
            native_place=native.name,
            birthplace=birthplace.name,
        )

    def id_number(self, area_code: str, birth: dt.date, gender: str) -> str:
        """A unique valid 18-digit number: area, birth date, sequence (odd for men), check."""
        while True:
            sequence = self.rng.randrange(0, 100) * 10 + self.rng.randrange(0, 5) * 2
            sequence += 1 if gender == "男" else 0
            first17 = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
            number = first17 + check_digit(first17)
            if number not in self._id_numbers:
                self._id_numbers.add(number)
                return number


@dataclass(slots=True)
class Study:
    """One education entry (全日制 or 在职)."""

    kind: str
    level: str
    degree: str | None
    school: str
    major: str
    graduated: Month


# Full-time level weights (研究生, 大学, 大专) by the current rank's index: older cadres
# more often hold a 大专 diploma topped up by in-service study.
LEVEL_WEIGHTS: dict[int, tuple[float, float, float]] = {
    0: (0.25, 0.72, 0.03),
    1: (0.18, 0.72, 0.10),
    2: (0.12, 0.70, 0.18),
    3: (0.10, 0.70, 0.20),
}
GRADUATION_AGE = {"研究生": (25, 26), "大学": (22, 23), "大专": (21, 22)}


def full_time_level(rng: random.Random, rank_index: int, background: str | None) -> str:
    if background in {"选调生", "大学生村官"}:
        return "研究生" if rng.random() < 0.35 else "大学"
    weights = LEVEL_WEIGHTS[min(rank_index, 3)]
    return pick(rng, list(zip(("研究生", "大学", "大专"), weights, strict=True)))


def graduation_age(rng: random.Random, level: str) -> int:
    low, high = GRADUATION_AGE[level]
    return low if rng.random() < 0.7 else high


def full_time_study(
    rng: random.Random, level: str, direction: str, graduated: Month, *, police: bool
) -> Study:
    """The 全日制 entry: a school and a major that fit the direction most of the time."""
    family = direction if rng.random() < 0.65 else rng.choice(list(names.MAJORS))
    major = rng.choice(names.MAJORS[family])
    if level == "大专":
        return Study(
            "全日制",
            "大专",
            None,
            rng.choice(names.COLLEGES),
            rng.choice(names.COLLEGE_MAJORS),
            graduated,
        )
    if level == "研究生":
        school = rng.choice(names.GRADUATE_SCHOOLS)
        return Study("全日制", "研究生", f"{major.discipline}硕士", school, major.name, graduated)
    school = names.POLICE_UNIVERSITY if police else rng.choice(names.UNIVERSITIES)
    if police:
        major = rng.choice(names.MAJORS["政法"][1:3])
    return Study("全日制", "大学", f"{major.discipline}学士", school, major.name, graduated)


def in_service_study(
    rng: random.Random, full_time: Study, work_start: int, today: int
) -> Study | None:
    """An 在职 entry for some: 党校 study for 大专 graduates, an MPA or 党校研究生 for others."""
    earliest, latest = work_start + 36, today - 2
    if earliest > latest:
        return None
    graduated = months.month(months.between(rng, earliest, latest))
    if full_time.level == "大专":
        if rng.random() > 0.8:
            return None
        level = rng.choice(("中央党校大学", "省委党校大学"))
        school = "中央党校函授学院" if level == "中央党校大学" else "浙江省委党校"
        return Study("在职", level, None, school, rng.choice(("经济管理", "法律")), graduated)
    roll = rng.random()
    if roll < 0.25:
        return Study(
            "在职", "研究生", "公共管理硕士", rng.choice(names.MPA_SCHOOLS), "公共管理", graduated
        )
    if roll < 0.35:
        return Study(
            "在职",
            "省委党校研究生",
            None,
            "浙江省委党校",
            rng.choice(names.PARTY_SCHOOL_MAJORS),
            graduated,
        )
    return None


def party_status(rng: random.Random, rank_index: int, age: int) -> str:
    """政治面貌: mostly CPC members; about one in eight is 党外."""
    roll = rng.random() * 100
    if rank_index == 0 and age <= 30 and roll < 2.0:
        return "中共预备党员"
    if rank_index == 0 and age <= 28 and roll < 4.0:
        return "共青团员"
    roll = rng.random() * 100
    for status, weight in names.NON_CPC_PARTIES:
        if roll < weight:
            return status
        roll -= weight
    return "中共党员"


def party_joined(
    rng: random.Random,
    status: str,
    birth: dt.date,
    graduated: int,
    work_start: int,
    today: int,
    *,
    before: int | None = None,
) -> int | None:
    """The month a member joined, or None for 无党派人士, 群众 and 共青团员.

    A CPC member joined before ``before``, the month of their first party post.
    """
    adult = months.index_of(birth) + 18 * 12 + 1
    if status == "中共预备党员":
        return months.between(rng, max(adult, today - 11), today - 1)
    if status == "中共党员":
        latest = today - 13  # the one-year probation must be over
        if before is not None:
            latest = min(latest, before - 1)
        if rng.random() < 0.55:
            joined = months.between(rng, graduated - 30, graduated - 3)
        else:
            joined = months.between(rng, work_start + 6, work_start + 60)
        return max(adult, min(joined, latest))
    if status in {"无党派人士", "群众", "共青团员"}:
        return None
    joined = months.between(rng, max(adult, work_start + 24), work_start + 120)
    return max(adult, min(joined, today - 1))
