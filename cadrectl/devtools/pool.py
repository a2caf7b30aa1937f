"""The pool as a whole: how many cadres of each rank and status, and who mentors them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from cadrectl.devtools.people import People
from cadrectl.devtools.units import County

EXIT_REASONS: tuple[str, ...] = (
    "年度考核不称职",
    "本人申请",
    "调离",
    "受到处分",
    "超过年龄界限",
    "群众公认度不高",
    "长期备而不用",
    "年度考核基本称职",
)


@dataclass(slots=True)
class Plan:
    """What one cadre will be, decided before any detail: rank, status, special cases."""

    rank: int  # the rank held while a reserve; the target is one above
    status: str = "active"
    exit_reason: str | None = None
    exception: bool = False
    over_age: bool = False


@dataclass(frozen=True, slots=True)
class Mentor:
    name: str
    title: str

    @property
    def text(self) -> str:
        return f"{self.name}（{self.title}）"


@dataclass(slots=True)
class Mentors:
    """联系帮带人: organization-department leaders, county leaders and township secretaries."""

    organization: list[Mentor] = field(default_factory=list)
    county: list[Mentor] = field(default_factory=list)
    top: list[Mentor] = field(default_factory=list)
    townships: dict[str, Mentor] = field(default_factory=dict)


def plan_pool(rng: random.Random, count: int, county: County) -> list[Plan]:
    """Ranks in proportions a county pool has, then a few used, exited and special cases."""
    senior_seats = len(county.free.get("副处", []))
    top = min(max(1, round(count * 0.05)), max(1, senior_seats // 2))
    middle = max(1, round(count * 0.2))
    lower = max(1, round(count * 0.4))
    ranks = [3] * top + [2] * middle + [1] * lower
    ranks = ranks[:count] + [0] * max(0, count - len(ranks))
    if count >= 4:
        ranks[-1] = 0  # every target rank present
    plans = [Plan(rank) for rank in ranks]
    rng.shuffle(plans)
    if count >= 20:
        _mark_special(rng, plans, count)
    return plans


def _mark_special(rng: random.Random, plans: list[Plan], count: int) -> None:
    few = max(2, round(count * 0.04))
    order = list(range(len(plans)))
    rng.shuffle(order)
    used = [i for i in order if plans[i].rank <= 1][:few]
    for i in used:
        plans[i].status = "used"
    rest = [i for i in order if plans[i].status == "active"]
    for n, i in enumerate(rest[:few]):
        plans[i].status = "exited"
        plans[i].exit_reason = EXIT_REASONS[n % len(EXIT_REASONS)]
        plans[i].over_age = plans[i].exit_reason == "超过年龄界限" and plans[i].rank <= 2
    rest = rest[few:]
    for i in [i for i in rest if plans[i].rank in {1, 2}][: max(2, count // 65)]:
        plans[i].exception = True
    for i in [i for i in rest if plans[i].rank <= 2 and not plans[i].exception][: count // 25]:
        plans[i].over_age = True


def appoint_mentors(rng: random.Random, county: County, book: People) -> Mentors:
    """Name the leaders who mentor reserves; their seats are no longer free."""
    mentors = Mentors()
    slug = county.leadership[0].id.split("-")[0]

    def appoint(unit: str, post: str, title: str) -> Mentor:
        county.take_post(f"{slug}-{unit}", post)
        return Mentor(book.name(book.gender()), title)

    mentors.top = [
        appoint("xianwei", "shuji", "县委书记"),
        appoint("zhengfu", "xianzhang", "县委副书记、县长"),
        appoint("renda", "zhuren", "县人大常委会主任"),
        appoint("zhengxie", "zhuxi", "县政协主席"),
    ]
    mentors.county = [
        appoint("xianwei", "fushuji", "县委副书记"),
        appoint("zhengfu", "changwu-fuxianzhang", "县委常委、常务副县长"),
        appoint("zhengfu", "fuxianzhang", "副县长"),
        appoint("zhengfu", "fuxianzhang", "副县长"),
    ]
    mentors.organization = [
        appoint("zuzhibu", "buzhang", "县委常委、组织部部长"),
        appoint("zuzhibu", "changwu-fubuzhang", "县委组织部常务副部长"),
        appoint("zuzhibu", "fubuzhang", "县委组织部副部长"),
        appoint("zuzhibu", "fubuzhang", "县委组织部副部长"),
    ]
    for unit in county.townships:
        post = unit.posts[0]
        county.take_post(unit.id, post.id)
        mentors.townships[unit.id] = Mentor(book.name(book.gender()), unit.name + post.title)
    return mentors
