"""The 台账 of a reserve cadre: assessments, inspections, evaluations, trainings and the rest."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from cadrectl.devtools import months, names
from cadrectl.devtools.people import pick
from cadrectl.devtools.yamltext import Pairs

INSPECTED_BY = "县委组织部考察组"
PROMOTION_FINDING = "拟提拔任职考察，德才表现好，群众公认度高，同意提拔任用"
GRADES: tuple[tuple[str, float], ...] = (("优秀", 22), ("称职", 76.5), ("基本称职", 1.5))


@dataclass(slots=True)
class Facts:
    """What the records of one cadre must agree with."""

    today: dt.date
    region: str
    work_start: int
    entered: int
    end: dt.date  # the last day of pool records: the day used or exited, else today
    unit_name: str
    township_name: str  # a township for 驻村 practice
    target_rank: str
    mentors: list[str]
    cpc: bool
    exited: bool = False
    used: int | None = None
    forced_grade: tuple[int, str] | None = None  # (year, grade) behind an exit
    low_votes_year: int | None = None  # the recommendation behind 群众公认度不高
    discipline: list[Pairs] = field(default_factory=list)

    @property
    def end_month(self) -> int:
        return months.index_of(self.end)

    def last_assessed_year(self) -> int:
        """The latest year whose assessment is done (assessments close early the next year)."""
        done = self.today.year - 1 if self.today.month >= 2 else self.today.year - 2
        if self.exited:
            done = min(done, self.end.year - 1)
        return done


@dataclass(slots=True)
class Records:
    assessments: list[Pairs]
    inspections: list[Pairs]
    evaluations: list[Pairs]
    trainings: list[Pairs]
    practice: list[Pairs]
    recommendations: list[Pairs]
    rewards: list[Pairs]
    discipline: list[Pairs]
    talks: list[Pairs]


def build_records(rng: random.Random, facts: Facts) -> Records:
    grades = assessment_grades(rng, facts)
    return Records(
        assessments=[[("year", year), ("grade", grade)] for year, grade in grades],
        inspections=inspections(rng, facts),
        evaluations=evaluations(rng, facts),
        trainings=trainings(rng, facts),
        practice=practice(rng, facts),
        recommendations=recommendations(rng, facts),
        rewards=rewards(rng, facts, grades),
        discipline=facts.discipline,
        talks=talks(rng, facts),
    )


def first_assessed_year(work_start: int) -> int:
    """Someone who started after June is first assessed the next year."""
    return months.year_of(work_start) + (1 if work_start % 12 >= 6 else 0)


def assessment_grades(rng: random.Random, facts: Facts) -> list[tuple[int, str]]:
    """One grade a year for the last three to five years, mostly 称职 and 优秀."""
    last = facts.last_assessed_year()
    span = pick(rng, [(4, 6.0), (3, 2.5), (2, 1.5)])
    first = max(first_assessed_year(facts.work_start), last - span)
    grades = [(year, pick(rng, GRADES)) for year in range(first, last + 1)]
    if facts.forced_grade:
        grades = [
            (year, facts.forced_grade[1] if year == facts.forced_grade[0] else grade)
            for year, grade in grades
        ]
    return grades


def _before_end(day: dt.date, facts: Facts) -> bool:
    return day <= facts.end and day <= facts.today


def inspections(rng: random.Random, facts: Facts) -> list[Pairs]:
    """The inspection before entering the pool, then one each December (一年一考察)."""
    days = [months.day_in(rng, facts.entered - 1, 5, 25)]
    for year in range(months.year_of(facts.entered), facts.today.year + 1):
        day = dt.date(year, 12, rng.randint(5, 25))
        if day > days[-1] + dt.timedelta(days=120) and _before_end(day, facts):
            days.append(day)
    promotion = None if facts.used is None else months.day_in(rng, facts.used - 1, 3, 20)
    if promotion is not None:
        days = [day for day in days if day < promotion]
    rows = [_inspection(rng, day) for day in days[-5:]]
    if promotion is not None:
        rows.append([("date", promotion), ("by", INSPECTED_BY), ("conclusion", PROMOTION_FINDING)])
    return rows


def _inspection(rng: random.Random, day: dt.date) -> Pairs:
    strengths = "；".join(rng.sample(names.STRENGTHS, 2))
    return [
        ("date", day),
        ("by", INSPECTED_BY),
        ("conclusion", rng.choice(names.INSPECTION_CONCLUSIONS)),
        ("strengths", strengths),
        ("shortcomings", rng.choice(names.SHORTCOMINGS)),
    ]


def evaluations(rng: random.Random, facts: Facts) -> list[Pairs]:
    """季度评议 for the last (up to six) quarters that ended while in the pool."""
    first = (facts.entered // 3) + 1
    last = min(months.index_of(facts.today) // 3 - 1, facts.end_month // 3 - 1)
    quarters = list(range(first, last + 1))[-6:]
    rows: list[Pairs] = []
    for quarter in quarters:
        rows.append(
            [
                ("quarter", f"{quarter // 4}Q{quarter % 4 + 1}"),
                ("potential", pick(rng, names.POTENTIALS)),
                ("shortcomings", rng.choice(names.SHORTCOMINGS)),
                ("by", rng.choice(names.EVALUATORS)),
            ]
        )
    return rows


def trainings(rng: random.Random, facts: Facts) -> list[Pairs]:
    """About one training a year since shortly before entering, three to five in all."""
    first_year = max(months.year_of(facts.entered) - 1, months.year_of(facts.work_start) + 1)
    years = list(range(first_year, facts.today.year + 1))[-5:]
    rows: list[Pairs] = []
    for year in years:
        row = _training(rng, facts, year)
        if row is not None:
            rows.append(row)
    return rows


def _training(rng: random.Random, facts: Facts, year: int) -> Pairs | None:
    if rng.random() < 0.15 and year < facts.today.year:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if not _before_end(end, facts):
            return None
        return [
            ("from", start),
            ("to", end),
            ("name", f"{year}年度干部网络学习"),
            ("organizer", "浙江干部网络学院"),
            ("hours", rng.choice((50, 50, 60))),
        ]
    name, organizer, days = _training_course(rng, facts)
    start = dt.date(year, rng.choice((3, 4, 5, 6, 9, 11)), rng.randint(1, 20))
    end = start + dt.timedelta(days=days - 1)
    if not _before_end(end, facts) or months.index_of(start) < facts.work_start:
        return None
    return [("from", start), ("to", end), ("name", name), ("organizer", organizer), ("days", days)]


def _training_course(rng: random.Random, facts: Facts) -> tuple[str, str, int]:
    """A course fitting the target level: county classes for 科级, province for 处级."""
    senior = facts.target_rank in {"副处", "正处"}
    roll = rng.random()
    if senior and roll < 0.5:
        return rng.choice(names.TRAININGS_PROVINCE), "浙江省委党校", rng.randint(15, 30)
    if roll < 0.7 and not senior:
        name = rng.choice(names.TRAININGS_LOCAL).format(region=facts.region)
        return name, "县委党校", rng.randint(5, 12)
    return rng.choice(names.TRAININGS_CITY), "市委党校", rng.randint(7, 20)


PRACTICE_MONTHS = {
    "挂职": (12, 12),
    "轮岗": (6, 12),
    "驻村": (12, 24),
    "跟岗": (3, 6),
    "重点工作": (6, 18),
    "急难险重": (1, 3),
}


def practice(rng: random.Random, facts: Facts) -> list[Pairs]:
    """None, one or two spells of 实践锻炼 since shortly before entering the pool."""
    count = pick(rng, [(0, 4.0), (1, 4.0), (2, 2.0)])
    start = max(facts.entered - 12, facts.work_start + 12)
    rows: list[Pairs] = []
    for _ in range(count):
        if start > facts.end_month - 1:
            break
        kind = rng.choice(list(names.PRACTICE_HOSTS))
        begin = months.between(rng, start, min(start + 18, facts.end_month - 1))
        length = rng.randint(*PRACTICE_MONTHS[kind])
        finish: int | None = begin + length
        if begin + length > facts.end_month:
            finish = None if facts.end >= facts.today else facts.end_month
        rows.append(_practice_row(rng, facts, kind, begin, finish))
        if finish is None:
            break
        start = finish
    return rows


def _practice_row(
    rng: random.Random, facts: Facts, kind: str, begin: int, finish: int | None
) -> Pairs:
    host, post = rng.choice(names.PRACTICE_HOSTS[kind])
    village = facts.township_name + rng.choice(names.VILLAGES)
    return [
        ("from", months.month(begin)),
        ("to", months.month(finish) if finish is not None else None),
        ("kind", kind),
        ("unit", host.format(village=village)),
        ("post", post),
    ]


def recommendations(rng: random.Random, facts: Facts) -> list[Pairs]:
    """The 民主推荐 that brought the cadre in, then the yearly ones (一年一推荐)."""
    first = months.year_of(facts.entered)
    years = [first]
    last = min(facts.today.year - 1, facts.end.year)
    later = range(first + 1, last + 1)
    years += [year for year in later if rng.random() < 0.7 or year == facts.low_votes_year][-3:]
    return [_recommendation(rng, facts, year, index == 0) for index, year in enumerate(years)]


def _recommendation(rng: random.Random, facts: Facts, year: int, entry: bool) -> Pairs:
    senior = facts.target_rank in {"副处", "正处"}
    issued = rng.randint(180, 320) if senior else rng.randint(35, 110)
    returned = issued - rng.randint(0, 3)
    valid = returned - rng.randint(0, 2)
    share = rng.uniform(0.25, 0.4) if year == facts.low_votes_year else rng.uniform(0.55, 0.95)
    if senior:
        meeting = f"{facts.region}{year}年度全县领导干部大会"
    elif entry:
        meeting = f"{facts.unit_name}{year}年度后备干部民主推荐会"
    else:
        meeting = f"{facts.unit_name}{year}年度干部大会"
    return [
        ("year", year),
        ("meeting", meeting),
        ("ballots_issued", issued),
        ("ballots_returned", returned),
        ("ballots_valid", valid),
        ("votes_for", round(valid * share)),
    ]


def rewards(rng: random.Random, facts: Facts, grades: list[tuple[int, str]]) -> list[Pairs]:
    """嘉奖 after some 优秀 years, 记三等功 after three in a row, now and then another honour."""
    rows: list[Pairs] = []
    excellent = [year for year, grade in grades if grade == "优秀"]
    government = f"{facts.region}人民政府"
    for year in excellent:
        if rng.random() < 0.3:
            rows.append(
                _reward(facts, dt.date(year + 1, 3, rng.randint(1, 28)), "嘉奖", government)
            )
    for year in excellent:
        if year - 1 in excellent and year - 2 in excellent:
            rows.append(_reward(facts, dt.date(year + 1, 3, 28), "记三等功", government))
    if rng.random() < 0.08:
        name, by = rng.choice(names.REWARDS[2:])
        day = months.day_in(rng, months.between(rng, facts.work_start + 12, facts.end_month))
        if facts.cpc or name != "优秀共产党员":
            rows.append(_reward(facts, day, name, by.format(region=facts.region)))
    rows = [row for row in rows if row]
    rows.sort(key=lambda row: str(row[0][1]))
    return rows


def _reward(facts: Facts, day: dt.date, name: str, by: str) -> Pairs:
    if not _before_end(day, facts):
        return []
    return [("date", day), ("name", name), ("by", by)]


def talks(rng: random.Random, facts: Facts) -> list[Pairs]:
    """谈心谈话 by the mentors, about twice a year while in the pool (the last six)."""
    rows: list[Pairs] = []
    month = facts.entered + rng.randint(1, 4)
    while True:
        day = months.day_in(rng, month, 3, 26)
        if not _before_end(day, facts):
            break
        rows.append(
            [
                ("date", day),
                ("by", rng.choice(facts.mentors)),
                ("note", rng.choice(names.TALK_NOTES)),
            ]
        )
        month += rng.randint(4, 8)
    return rows[-6:]


def discipline_row(rng: random.Random, day: dt.date, *, cpc: bool) -> tuple[Pairs, str]:
    """A sanction of a kind valid for its system (党纪 only for CPC members), and its name."""
    options: list[tuple[str, str, str, str]] = [
        ("诫勉", "诫勉", "县纪委县监委", "诫勉"),
        ("政务", "警告", "县监委", "政务警告处分"),
        ("政务", "记过", "县监委", "政务记过处分"),
    ]
    if cpc:
        options.append(("党纪", "警告", "县纪委", "党内警告处分"))
    system, kind, by, text = rng.choice(options)
    row: Pairs = [
        ("date", day),
        ("system", system),
        ("kind", kind),
        ("by", by),
        ("note", rng.choice(names.DISCIPLINE_NOTES)),
    ]
    return row, text
