"""One invented cadre, consistent from birth to the latest record (everything but the id)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from cadrectl.devtools import months, names, people
from cadrectl.devtools.career import (
    AGE_RANGES,
    PROFILE_MONTHS,
    PROFILES,
    RANKS,
    Position,
    ResumeWriter,
    Stint,
    Timeline,
    clerk_position,
    plan_timeline,
    seat_position,
)
from cadrectl.devtools.people import Identity, People, Study, pick
from cadrectl.devtools.pool import Mentor, Mentors, Plan
from cadrectl.devtools.records import Facts, Records, build_records, discipline_row
from cadrectl.devtools.records import first_assessed_year as first_assessed
from cadrectl.devtools.units import County, Seat, Unit
from cadrectl.devtools.yamltext import Pairs

CPC = frozenset({"中共党员", "中共预备党员"})
PARTY_POST_WORDS = ("党", "纪", "组织委员", "宣传委员", "常委")

# Age limits by target rank (local policy defaults): 副科 35, 正科 40, 副处 45.
AGE_LIMITS = {0: 35, 1: 40, 2: 45}
BACKGROUNDS: tuple[tuple[str | None, float], ...] = (
    (None, 80),
    ("选调生", 7),
    ("大学生村官", 5),
    ("复员退伍军人", 4),
    ("返乡青年", 4),
)
SOURCES: tuple[tuple[str, float], ...] = (
    ("组织推荐", 60),
    ("个人自荐", 10),
    ("群众举荐", 10),
    ("公开选拔", 10),
    ("公推公选", 10),
)
TOWNSHIP_DIRECTIONS: tuple[tuple[str, float], ...] = (
    ("经济", 25),
    ("农业农村", 25),
    ("城建交通", 15),
    ("社会事业", 15),
    ("党群综合", 15),
    ("政法", 5),
)

EXCEPTION_REASONS: tuple[str, ...] = (
    "在防汛防台抢险救灾中表现突出，经县委常委会研究同意破格列为近期使用人选",
    "牵头完成全县重大招商项目落地，实绩突出，经县委常委会研究同意破格",
)


@dataclass(slots=True)
class Outcome:
    """How the cadre's time in the pool ends (or not yet), and the records that explain it."""

    end: dt.date
    exited: Pairs | None = None
    forced_grade: tuple[int, str] | None = None
    low_votes_year: int | None = None
    discipline: list[Pairs] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """One cadre, complete but for the id (ids follow the order of entry)."""

    entered: int
    identity: Identity
    birth_as_day: bool
    extras: Pairs
    party: Pairs
    work_start: int
    education: list[Study]
    current: Pairs
    resume: list[Stint]
    reserve: Pairs
    used: Pairs | None
    exited: Pairs | None
    exceptions: list[Pairs]
    records: Records


@dataclass(slots=True)
class World:
    rng: random.Random
    county: County
    people: People
    mentors: Mentors
    today: dt.date
    region: str

    @property
    def now(self) -> int:
        return months.index_of(self.today)


def draft_cadre(world: World, plan: Plan) -> Draft:
    """Everything about one cadre, consistent from birth to the latest record."""
    rng, now = world.rng, world.now
    background = pick(rng, BACKGROUNDS) if plan.rank <= 2 else None
    level = people.full_time_level(rng, plan.rank, background)
    held = plan.rank + 1 if plan.status == "used" else plan.rank
    timeline = plan_timeline(
        rng,
        held=held,
        level=level,
        background=background,
        age_range=_age_range(plan),
        current_months=_current_months(rng, plan),
        today=now,
    )
    party = people.party_status(rng, plan.rank, world.today.year - timeline.birth.year)
    position, seat, party = _place(world, held, party)
    cpc = party in CPC
    member = party == "中共党员"  # only full members hold party posts
    unit = position.unit
    direction = unit.direction or pick(rng, TOWNSHIP_DIRECTIONS)
    police = unit.id.endswith("gonganju")
    education = _education(rng, timeline, level, direction, police=police, now=now)
    resume = ResumeWriter(rng, world.county, cpc=member).write(timeline, position, background, now)
    entered = _entered(rng, plan, timeline, now)
    joined = people.party_joined(
        rng,
        party,
        timeline.birth,
        timeline.graduated,
        timeline.work_start,
        now,
        before=_first_party_post(resume),
    )
    mentor_list = _mentors(rng, world.mentors, plan, unit)
    outcome = _outcome(world, plan, timeline, entered, cpc)
    facts = Facts(
        today=world.today,
        region=world.region,
        work_start=timeline.work_start,
        entered=entered,
        end=outcome.end,
        unit_name=unit.name,
        township_name=(unit if unit.grassroots else rng.choice(world.county.townships)).name,
        target_rank=RANKS[plan.rank + 1],
        mentors=[mentor.name for mentor in mentor_list],
        cpc=cpc,
        exited=outcome.exited is not None,
        used=timeline.rank_since if plan.status == "used" else None,
        forced_grade=outcome.forced_grade,
        low_votes_year=outcome.low_votes_year,
        discipline=outcome.discipline,
    )
    used_seat = seat if plan.status == "used" else None
    return Draft(
        entered=entered,
        identity=world.people.identity(timeline.birth),
        birth_as_day=rng.random() < 0.2,
        extras=_extras(rng, direction, world.today.year - timeline.birth.year),
        party=[("status", party), ("joined", months.month(joined) if joined else None)],
        work_start=timeline.work_start,
        education=education,
        current=[
            ("unit", unit.id),
            ("post", position.title),
            ("rank", RANKS[held]),
            ("post_since", months.month(resume[-1].start)),
            ("rank_since", months.month(timeline.rank_since)),
        ],
        resume=resume,
        reserve=[
            ("status", plan.status),
            ("entered", months.month(entered)),
            ("source", pick(rng, SOURCES)),
            ("background", background),
            ("target_rank", RANKS[plan.rank + 1]),
            ("direction", direction),
            ("target_posts", _target_posts(world, RANKS[plan.rank + 1], unit, cpc, used_seat)),
            ("mentors", tuple(mentor.text for mentor in mentor_list)),
            ("period", _period(rng, entered, world.today.year)),
            ("plan", rng.choice(names.PLANS[direction])),
        ],
        used=_used(used_seat, timeline),
        exited=outcome.exited,
        exceptions=_exceptions(rng, plan, entered, now),
        records=build_records(rng, facts),
    )


def _education(
    rng: random.Random, timeline: Timeline, level: str, direction: str, *, police: bool, now: int
) -> list[Study]:
    """The 全日制 entry, and an 在职 one for some."""
    police = police and level == "大学" and rng.random() < 0.6
    graduated = months.month(timeline.graduated)
    full_time = people.full_time_study(rng, level, direction, graduated, police=police)
    in_service = people.in_service_study(rng, full_time, timeline.work_start, now)
    return [full_time, in_service] if in_service else [full_time]


def _age_range(plan: Plan) -> tuple[float, float]:
    if plan.over_age and plan.rank in AGE_LIMITS:
        limit = AGE_LIMITS[plan.rank]
        return limit + 1.5, limit + 5.0
    return AGE_RANGES[plan.rank]


def _current_months(rng: random.Random, plan: Plan) -> int:
    """Months in the rank now held; for the used, months since the promotion."""
    if plan.status == "used":
        return rng.randint(3, 28)
    profile = "just_short" if plan.exception else pick(rng, PROFILES)
    months_held = rng.randint(*PROFILE_MONTHS[profile])
    return max(months_held, 18) if plan.rank == 0 else months_held  # 科员 work 1.5 years first


def _first_party_post(resume: list[Stint]) -> int | None:
    """The month of the first post only a party member holds (党委委员, 纪委书记, 党支部书记…)."""
    for stint in resume:
        if any(word in stint.post for word in PARTY_POST_WORDS) and "助理" not in stint.post:
            return stint.start
    return None


def _place(world: World, held: int, party: str) -> tuple[Position, Seat | None, str]:
    """The current position: a free seat of the rank held, or a 科员 post somewhere."""
    rng, county = world.rng, world.county
    cpc = party == "中共党员"
    if held == 0:
        units = county.townships if rng.random() < 0.6 else county.departments
        return clerk_position(rng, rng.choice(units), cpc=cpc), None, party
    seat = county.take(rng, RANKS[held], cpc=cpc)
    if seat is None and not cpc:
        party, cpc = "中共党员", True
        seat = county.take(rng, RANKS[held], cpc=True)
    if seat is None:  # more reserves than seats: share one
        seat = rng.choice(county.posts_of(RANKS[held]))
    return seat_position(seat, cpc=cpc), seat, party


def _entered(rng: random.Random, plan: Plan, timeline: Timeline, now: int) -> int:
    """入库: a year or more into work, often after reaching the rank held, spread over the years."""
    earliest = max(months.index(months.year_of(now) - 7, 1), timeline.rank_starts[0] + 12)
    latest = now - 1
    if plan.status == "used":
        latest = timeline.rank_since - 8
    elif plan.status == "exited":
        latest = now - 12 if plan.exit_reason != "长期备而不用" else now - 70
    if earliest > latest:
        return max(timeline.rank_starts[0] + 3, min(latest, now - 1))
    held_since = timeline.rank_starts[plan.rank]
    low = earliest if held_since > latest or rng.random() < 0.65 else max(earliest, held_since)
    year = rng.randint(months.year_of(low), months.year_of(latest))
    entered = months.between(
        rng, max(low, months.index(year, 1)), min(latest, months.index(year, 12))
    )
    adjustment = months.index(year, rng.choice((1, 6, 12, 12)))  # the yearly adjustment
    return adjustment if low <= adjustment <= latest and rng.random() < 0.6 else entered


def _mentors(rng: random.Random, pool: Mentors, plan: Plan, unit: Unit) -> list[Mentor]:
    """One or two mentors fitting the target level; a township's secretary for its own cadres."""
    if plan.rank >= 2:
        chosen = [rng.choice(pool.top if plan.rank == 3 else pool.county)]
        if rng.random() < 0.3:
            chosen.append(pool.organization[0])
        return chosen
    chosen = [rng.choice(pool.organization[1:] if plan.rank == 0 else pool.organization)]
    secretary = pool.townships.get(unit.id)
    if secretary and rng.random() < 0.5:
        chosen.append(secretary)
    elif plan.rank == 1 and rng.random() < 0.2:
        chosen = [rng.choice(pool.county)]
    return chosen


def _target_posts(
    world: World, target: str, unit: Unit, cpc: bool, used: Seat | None
) -> tuple[str, ...]:
    """1–2 posts of the target rank: the same unit first, then units of the same group."""
    rng, county = world.rng, world.county

    def allowed(seats: list[Seat]) -> list[Seat]:
        return seats if cpc else [seat for seat in seats if not seat.post.party_only]

    everywhere = county.posts_of(target, cpc=cpc) or county.posts_of(target)
    same_group = allowed(county.posts_in_group(target, unit.group)) or everywhere
    same_unit = allowed(county.posts_in_unit(target, unit.id))
    refs = [used.ref] if used else []
    if same_unit and not refs and rng.random() < 0.6:
        refs.append(rng.choice(same_unit).ref)
    want = 1 if rng.random() < 0.6 else 2
    for _ in range(6):
        if len(refs) >= want:
            break
        ref = rng.choice(same_group if rng.random() < 0.7 else everywhere).ref
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


def _period(rng: random.Random, entered: int, this_year: int) -> str | None:
    """培养期限 for some: three years from entering, while that period still runs."""
    year = months.year_of(entered)
    if year + 3 < this_year or rng.random() >= 0.5:
        return None
    return f"{year}-{year + 3}年"


def _used(seat: Seat | None, timeline: Timeline) -> Pairs | None:
    """已使用: promoted into the seat now held, when the current rank began."""
    if seat is None:
        return None
    when = months.month(timeline.rank_since)
    return [("date", when), ("unit", seat.unit.id), ("post", seat.post.id)]


def _outcome(world: World, plan: Plan, timeline: Timeline, entered: int, cpc: bool) -> Outcome:
    rng, now = world.rng, world.now
    if plan.status == "used":
        return Outcome(end=months.first_day(timeline.rank_since))
    if plan.status == "exited" and plan.exit_reason:
        return _exit(world, plan.exit_reason, plan.rank, timeline, entered, cpc)
    outcome = Outcome(end=world.today)
    low = max(timeline.work_start + 24, now - 40)
    if rng.random() < 0.025 and low < now:  # a sanction, some still running (negative list)
        day = months.day_in(rng, months.between(rng, low, now - 1))
        outcome.discipline.append(discipline_row(rng, day, cpc=cpc)[0])
    return outcome


def _exit(
    world: World, reason: str, rank: int, timeline: Timeline, entered: int, cpc: bool
) -> Outcome:
    """调出: a date after entering and the record that gives the reason."""
    rng, now = world.rng, world.now
    last_done = world.today.year - (1 if world.today.month >= 2 else 2)  # assessments close in Jan
    if reason in {"年度考核不称职", "年度考核基本称职"}:
        grade = reason.removeprefix("年度考核")
        first = max(months.year_of(entered), first_assessed(timeline.work_start))
        if first <= last_done:
            year = rng.randint(min(first + 1, last_done), last_done)
            when = min(months.index(year + 1, rng.randint(2, 4)), now - 1)
            note = f"{year}年度考核{grade}，按规定调出后备干部库"
            return Outcome(
                months.first_day(when), _exited(when, reason, note), forced_grade=(year, grade)
            )
        reason = "本人申请"
    if reason == "受到处分":
        sanctioned = months.between(rng, entered + 6, now - 3)
        row, text = discipline_row(rng, months.day_in(rng, sanctioned), cpc=cpc)
        when = sanctioned + rng.randint(1, 2)
        return Outcome(
            months.first_day(when),
            _exited(when, reason, f"受到{text}，按规定调出"),
            discipline=[row],
        )
    if reason == "群众公认度不高" and months.year_of(entered) + 1 <= last_done:
        year = rng.randint(months.year_of(entered) + 1, last_done)
        when = min(months.index(year + 1, rng.randint(1, 3)), now - 1)
        note = f"{year}年度民主推荐得票率偏低"
        return Outcome(months.first_day(when), _exited(when, reason, note), low_votes_year=year)
    if reason == "长期备而不用" and entered + 60 <= now - 1:
        when = months.between(rng, max(entered + 60, now - 10), now - 1)
        note = "入库满五年未使用，按动态管理要求调出"
        return Outcome(months.first_day(when), _exited(when, reason, note))
    if reason == "超过年龄界限":
        when = months.between(rng, max(entered + 6, now - 10), now - 1)
        note = f"年龄已超过{RANKS[rank + 1]}级后备干部培养要求"
        return Outcome(months.first_day(when), _exited(when, reason, note))
    if reason not in {"调离"}:
        reason = "本人申请"
    when = months.between(rng, entered + 6, now - 1)
    note = "调往市级机关工作" if reason == "调离" else "本人因家庭原因申请退出后备干部队伍"
    return Outcome(months.first_day(when), _exited(when, reason, note))


def _exited(when: int, reason: str, note: str) -> Pairs:
    return [("date", months.month(when)), ("reason", reason), ("note", note)]


def _exceptions(rng: random.Random, plan: Plan, entered: int, now: int) -> list[Pairs]:
    if not plan.exception:
        return []
    approved = months.between(rng, max(entered, now - 8), now - 1)
    return [
        [
            ("waives", ("years_in_rank",)),
            ("reason", rng.choice(EXCEPTION_REASONS)),
            ("approved", months.month(approved)),
        ]
    ]


def _extras(rng: random.Random, direction: str, age: int) -> Pairs:
    """Optional facts of the 任免审批表: health, 专业技术职务 (senior ones from 35), 专长."""
    titles = [
        title
        for title in names.TECHNICAL_TITLES.get(direction, ())
        if age >= 28 and (age >= 35 or "高级" not in title)
    ]
    title = rng.choice(titles) if titles and rng.random() < 0.15 else None
    specialty = rng.choice(names.SPECIALTIES[direction]) if rng.random() < 0.5 else None
    return [("health", "健康"), ("title", title), ("specialty", specialty)]
