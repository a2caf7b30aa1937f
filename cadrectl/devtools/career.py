"""A cadre's working life: when each rank began, and the 简历 entries that fill it without gaps."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from cadrectl.devtools import months, names
from cadrectl.devtools.people import graduation_age, pick
from cadrectl.devtools.units import County, Seat, Unit

RANKS: tuple[str, ...] = ("科员", "副科", "正科", "副处", "正处")

# Months in the current rank, by profile: the tiers turn on these (2 years is the usual bar).
PROFILES: tuple[tuple[str, float], ...] = (
    ("short", 15),
    ("just_short", 20),
    ("typical", 45),
    ("long", 20),
)
PROFILE_MONTHS = {"short": (8, 19), "just_short": (20, 23), "typical": (24, 60), "long": (61, 110)}
# Months spent in each earlier rank: 科员, 副科, 正科.
EARLIER_RANK_MONTHS = {0: (30, 96), 1: (30, 72), 2: (36, 72)}
# Work before the first civil-service post, by background.
PRE_RANK_MONTHS = {"大学生村官": (24, 36), "复员退伍军人": (24, 60), "返乡青年": (24, 48)}
# Ages (周岁) by current rank; the last rank's range is also used for the used-and-promoted.
AGE_RANGES = {0: (25.0, 32.0), 1: (29.0, 40.0), 2: (33.0, 46.0), 3: (41.0, 52.0)}


@dataclass(slots=True)
class Timeline:
    """Birth, graduation, work start and the month each rank (科员 upward) began."""

    birth: dt.date
    graduated: int
    work_start: int
    rank_starts: list[int]

    @property
    def rank_since(self) -> int:
        return self.rank_starts[-1]


def plan_timeline(
    rng: random.Random,
    *,
    held: int,
    level: str,
    background: str | None,
    age_range: tuple[float, float],
    current_months: int,
    today: int,
) -> Timeline:
    """Work backwards from today: the current rank's months, earlier ranks, then school."""
    grad_age = graduation_age(rng, level)
    pre = rng.randint(*PRE_RANK_MONTHS[background]) if background in PRE_RANK_MONTHS else 0
    earlier = [rng.randint(*EARLIER_RANK_MONTHS[rank]) for rank in range(1, held)]
    low_age, high_age = age_range
    if held == 0:
        age = grad_age + (pre + current_months) / 12
        if age < low_age:
            current_months += round((low_age + 0.6 - age) * 12) + rng.randint(0, 24)
        durations = [current_months]
    else:
        target_age = rng.uniform(low_age, high_age)
        first = round((target_age - grad_age - 0.3) * 12) - pre - current_months - sum(earlier)
        durations = [max(36, min(first, 140)), *earlier, current_months]
    work_start = today - pre - sum(durations)
    starts = [work_start + pre]
    for duration in durations[:-1]:
        starts.append(starts[-1] + duration)
    graduation_year = months.year_of(work_start) - (0 if work_start % 12 >= 7 else 1)
    graduated = months.index(graduation_year, rng.choice((6, 6, 7)))
    birth = dt.date(graduation_year - grad_age, rng.randint(1, 12), rng.randint(1, 28))
    too_young = int(low_age) - age_on(birth, months.first_day(today))
    if too_young > 0:  # graduated a little older rather than be younger than the rank allows
        birth = birth.replace(year=birth.year - too_young)
    return Timeline(birth, graduated, work_start, starts)


def age_on(birth: dt.date, day: dt.date) -> int:
    """周岁 on a day."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(slots=True)
class Stint:
    """One 简历 entry."""

    start: int
    end: int | None
    unit: str
    post: str
    rank: str | None
    grassroots: bool = False
    head: bool = False


@dataclass(slots=True)
class Position:
    """Where someone works: a unit, the title they write, and whether it heads a grassroots unit."""

    unit: Unit
    title: str
    head: bool = False
    place: str = ""  # the resume's unit name when it is not the unit's (a village of a township)

    @property
    def unit_name(self) -> str:
        return self.place or self.unit.name


def clerk_position(rng: random.Random, unit: Unit, *, cpc: bool) -> Position:
    """A 科员-level position in a unit; party and league posts only for CPC members."""
    titles = names.CLERK_TITLES.get(unit.kind, names.CLERK_TITLES["县直部门"])
    if not cpc:
        titles = tuple(title for title in titles if "党" not in title and "团" not in title)
    return Position(unit, rng.choice(titles))


def seat_position(seat: Seat, *, cpc: bool) -> Position:
    return Position(seat.unit, seat.holder_title(cpc), seat.post.head and seat.unit.grassroots)


class ResumeWriter:
    """Fills the months from work start to today with 简历 entries, latest first."""

    def __init__(self, rng: random.Random, county: County, *, cpc: bool) -> None:
        self.rng = rng
        self.county = county
        self.cpc = cpc

    def write(
        self, timeline: Timeline, current: Position, background: str | None, today: int
    ) -> list[Stint]:
        stints: list[Stint] = []
        later = current
        ends = [*timeline.rank_starts[1:], None]
        for rank in reversed(range(len(timeline.rank_starts))):
            start, end = timeline.rank_starts[rank], ends[rank]
            for cut_start, cut_end in reversed(self._cuts(start, end, today)):
                seasoned = cut_start >= timeline.work_start + 24
                position = self._earlier(rank, later, seasoned) if stints else current
                stints.append(self._stint(cut_start, cut_end, position, RANKS[rank]))
                later = position
        stints.reverse()
        if len(stints) > 1 and stints[0].rank == "科员" and "（下派）" not in stints[0].post:
            stints[0].post = "科员（选调生）" if background == "选调生" else "科员"
        if timeline.rank_starts[0] > timeline.work_start:
            stints.insert(0, self._before_service(timeline, background, later))
        return stints

    def _cuts(self, start: int, end: int | None, today: int) -> list[tuple[int, int | None]]:
        """Split a rank's months into one to three posts of at least a year each."""
        length = (end if end is not None else today) - start
        choices = (1,) if length < 30 else (1, 2, 2) if length < 60 else (2, 2, 3)
        count = self.rng.choice(choices)
        count = max(1, min(count, length // 12))
        starts = [start]
        for remaining in reversed(range(1, count)):
            starts.append(
                months.between(self.rng, starts[-1] + 12, start + length - 12 * remaining)
            )
        ends: list[int | None] = [*starts[1:], end]
        return list(zip(starts, ends, strict=True))

    def _earlier(self, rank: int, later: Position, seasoned: bool) -> Position:
        """An earlier position of a rank, often in the unit of the next one."""
        for _ in range(8):
            same = not later.place and self.rng.random() < 0.45
            unit = later.unit if same else self._some_unit(rank)
            position = self._position_in(unit, rank, seasoned)
            if position and (position.unit.id, position.title) != (later.unit.id, later.title):
                return position
        return self._position_in(self.county.townships[0], rank, seasoned) or later

    def _some_unit(self, rank: int) -> Unit:
        if rank >= 3:
            return self.rng.choice(self.county.leadership)
        if self.rng.random() < 0.6:
            return self.rng.choice(self.county.townships)
        return self.rng.choice(self.county.departments)

    def _position_in(self, unit: Unit, rank: int, seasoned: bool) -> Position | None:
        if rank == 0:
            village_ok = seasoned and self.cpc and unit.kind == "乡镇"
            if village_ok and self.rng.random() < 0.2:
                village = f"{unit.name}{self.rng.choice(names.VILLAGES)}村"
                return Position(unit, "党支部书记（下派）", head=True, place=village)
            return clerk_position(self.rng, unit, cpc=self.cpc)
        posts = [post for post in unit.posts_of(RANKS[rank]) if self.cpc or not post.party_only]
        if not posts:
            return None
        return seat_position(Seat(unit, self.rng.choice(posts)), cpc=self.cpc)

    def _stint(self, start: int, end: int | None, position: Position, rank: str) -> Stint:
        return Stint(
            start,
            end,
            position.unit_name,
            position.title,
            rank,
            position.unit.grassroots,
            position.head,
        )

    def _before_service(self, timeline: Timeline, background: str | None, later: Position) -> Stint:
        start, end = timeline.work_start, timeline.rank_starts[0]
        if background == "大学生村官":
            towns = [unit for unit in self.county.townships if unit.kind == "乡镇"]
            township = later.unit if later.unit.kind == "乡镇" else self.rng.choice(towns)
            village = f"{township.name}{self.rng.choice(names.VILLAGES)}村"
            return Stint(start, end, village, "村党支部书记助理（大学生村官）", None, True)
        if background == "复员退伍军人":
            post = pick(self.rng, [("战士", 3.0), ("班长", 1.0)])
            return Stint(start, end, "中国人民解放军某部", post, None)
        company = self.rng.choice(
            ("义乌市某电子商务有限公司", "杭州某科技有限公司", "金华某农业开发有限公司")
        )
        return Stint(start, end, company, "职员", None)
