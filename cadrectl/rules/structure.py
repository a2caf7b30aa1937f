"""Structure analysis (结构分析): one cadre's statistical profile, and counts with percentages.

Values are the registry's own Chinese words (男, 大学, 中共党员) or language-neutral labels
(``≤30``, ``31–35``, ``≥56``); only the messages around them are translated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from cadrectl.model.codes import CPC_MEMBERS, EDUCATION_LEVELS, ETHNICITY_NAMES, HAN, TIER_NAMES

if TYPE_CHECKING:
    from cadrectl.model.cadre import Cadre, Education, ResumeEntry

# The fixed dimension keys of `report structure`, in report order (DESIGN.md).
DIMENSIONS: tuple[str, ...] = (
    "education",
    "age_band",
    "gender",
    "ethnicity",
    "party",
    "grassroots",
    "grassroots_head",
    "direction",
    "tier",
    "source",
    "target_rank",
    "education_at_least",
    "background",
    "title",
)
AGE_UNDER = "age_under"
# 大专及以上 and its like: counted from each cadre's 最高学历, not a value of one cadre, so no
# profile holds it; the other dimensions are one value per cadre.
EDUCATION_AT_LEAST = "education_at_least"
PROFILE_DIMENSIONS: tuple[str, ...] = tuple(n for n in DIMENSIONS if n != EDUCATION_AT_LEAST)

# 最高学历 in the families of the ZB64 table, highest first. By EDUCATION_LEVELS rank:
# 7 研究生 (incl. 中央/省委党校研究生), 6 大学 (incl. 党校大学), 5 大专 (incl. 党校大专),
# 4 and below (中专, 中技, 高中, 初中, 小学) 中专及以下. No education entry at all: 未填写.
EDUCATION_FAMILIES: tuple[str, ...] = ("研究生", "大学", "大专", "中专及以下")
_FAMILY_BY_RANK = {7: "研究生", 6: "大学", 5: "大专"}
_BELOW_COLLEGE = "中专及以下"
NOT_RECORDED = "未填写"
# The ZB64 levels from the highest down, one name per EDUCATION_LEVELS rank: "中专" stands for
# rank 4 (中专 and 中技); each 及以上 value counts the cadres of that rank or above.
EDUCATION_AT_LEAST_LEVELS: tuple[str, ...] = (
    "研究生", "大学", "大专", "中专", "高中", "初中", "小学",
)  # fmt: skip
_AT_LEAST_RANK = {name: EDUCATION_LEVELS[name] for name in EDUCATION_AT_LEAST_LEVELS}

GENDER_VALUES: tuple[str, ...] = ("男", "女")
# 汉族 and the 55 少数民族 (GB/T 3304 codes 02-56); 97 其他 and 98 外国血统 are neither.
MINORITY = "少数民族"
OTHER_ETHNICITY = "其他"
ETHNICITY_VALUES: tuple[str, ...] = (HAN, MINORITY)
_MINORITIES = frozenset(ETHNICITY_NAMES[1:56])
# 党外干部 = anyone not a CPC member; 预备党员 count as 中共党员 (DOMAIN.md).
CPC = "中共党员"
NON_CPC = "党外"
PARTY_VALUES: tuple[str, ...] = (CPC, NON_CPC)
GRASSROOTS_VALUES: tuple[str, ...] = ("有基层经历", "无基层经历")
GRASSROOTS_HEAD_VALUES: tuple[str, ...] = ("有基层一把手经历", "无基层一把手经历")
TIER_VALUES: tuple[str, ...] = tuple(TIER_NAMES[tier] for tier in (1, 2, 3, None))

_HUNDREDTH = Decimal("0.01")
_TENTH = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class Share:
    """One value of a dimension: how many cadres have it and their percentage of the total."""

    value: str
    count: int
    percent: float

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "count": self.count, "percent": self.percent}


@dataclass(frozen=True, slots=True)
class Profile:
    """What the structure analysis needs of one cadre: an age, the rank of the 最高学历 (0
    without any education entry) and a value per dimension."""

    age: int
    values: Mapping[str, str]
    education_rank: int = 0


def percent(count: int, total: int) -> float:
    """``count`` of ``total`` as 0–100, rounded half-up to two decimals; 0.0 when total is 0."""
    if total <= 0:
        return 0.0
    # Why: Decimal, not float round(): 3.125 must give 3.13 (round(3.125, 2) gives 3.12).
    exact = Decimal(count) * 100 / Decimal(total)
    return float(exact.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP))


def age_band_labels(bounds: Sequence[int]) -> tuple[str, ...]:
    """Labels of the bands cut at the ascending upper ``bounds``: ``≤30``, ``31–35``, ``≥56``."""
    labels = [f"≤{bounds[0]}"]
    labels += [f"{low + 1}–{high}" for low, high in pairwise(bounds)]
    labels.append(f"≥{bounds[-1] + 1}")
    return tuple(labels)


def age_band(age: int, bounds: Sequence[int], labels: Sequence[str]) -> str:
    """The band of ``age``: the first whose upper bound it does not exceed (bounds included)."""
    for index, bound in enumerate(bounds):
        if age <= bound:
            return labels[index]
    return labels[-1]


def average_age(ages: Mapping[int, int]) -> float | None:
    """The mean of the ages (age → how many), rounded half-up to one decimal; None for nobody."""
    people = sum(ages.values())
    if people <= 0:
        return None
    # Why: Decimal, not float round(): 32.65 must give 32.7 (round(32.65, 1) gives 32.6).
    exact = Decimal(sum(age * n for age, n in ages.items())) / Decimal(people)
    return float(exact.quantize(_TENTH, rounding=ROUND_HALF_UP))


def highest_education(entries: Iterable[Education]) -> str | None:
    """最高学历: the highest level of all entries, 全日制 and 在职 alike; None without any."""
    best: str | None = None
    best_rank = 0
    for entry in entries:
        rank = EDUCATION_LEVELS[entry.level]
        if rank > best_rank:
            best, best_rank = entry.level, rank
    return best


def education_family(level: str | None) -> str:
    """The ZB64 family a level is reported under: 研究生, 大学, 大专, 中专及以下 (or 未填写)."""
    if level is None:
        return NOT_RECORDED
    return _FAMILY_BY_RANK.get(EDUCATION_LEVELS[level], _BELOW_COLLEGE)


def education_rank(level: str | None) -> int:
    """A level's ZB64 rank (研究生 7 … 小学 1); 0 when nothing is recorded."""
    return 0 if level is None else EDUCATION_LEVELS[level]


def education_at_least_counts(ranks: Mapping[int, int]) -> Counter[str]:
    """Cumulative "X及以上" counts from the 最高学历 ranks (rank → how many), keyed by level."""
    return Counter(
        {
            level: sum(n for rank, n in ranks.items() if rank >= minimum)
            for level, minimum in _AT_LEAST_RANK.items()
        }
    )


def ethnicity_group(ethnicity: str) -> str:
    if ethnicity == HAN:
        return HAN
    return MINORITY if ethnicity in _MINORITIES else OTHER_ETHNICITY


def party_group(short_status: str) -> str:
    return CPC if short_status in CPC_MEMBERS else NON_CPC


def grassroots_value(resume: Iterable[ResumeEntry]) -> str:
    has = any(entry.grassroots for entry in resume)
    return GRASSROOTS_VALUES[0] if has else GRASSROOTS_VALUES[1]


def grassroots_head_value(resume: Iterable[ResumeEntry]) -> str:
    has = any(entry.grassroots_head for entry in resume)
    return GRASSROOTS_HEAD_VALUES[0] if has else GRASSROOTS_HEAD_VALUES[1]


def tier_label(tier: int | None) -> str:
    """第一/二/三层次 for tiers 1–3; 未定层次 for a reserve the ladder did not place."""
    if tier in (1, 2, 3):
        return TIER_VALUES[tier - 1]
    return TIER_VALUES[-1]


def field_value(cadre: Cadre, path: str) -> str:
    """The text of a field of the cadre's file (``specialty``, ``reserve.plan``) as a dimension
    counts it: 未填写 when empty, a list's items joined by 、."""
    value: object = cadre
    for part in path.split("."):
        value = getattr(value, part, None)
    if isinstance(value, list):
        value = "、".join(str(item) for item in value)
    if value is None or value == "":
        return NOT_RECORDED
    return str(value.dotted() if hasattr(value, "dotted") else value)


def cadre_profile(
    cadre: Cadre,
    age: int,
    tier: int | None,
    bounds: Sequence[int],
    labels: Sequence[str],
    extra: Mapping[str, str] | None = None,
) -> Profile:
    """Every dimension's value for one cadre (``age`` in 周岁 on the as-of date); ``extra``
    (dimension → field path) adds the fields a registry declares."""
    reserve = cadre.reserve
    highest = highest_education(cadre.education)
    values = {
        "education": education_family(highest),
        "age_band": age_band(age, bounds, labels),
        "gender": cadre.gender,
        "ethnicity": ethnicity_group(cadre.ethnicity),
        "party": party_group(cadre.party_status),
        "grassroots": grassroots_value(cadre.resume),
        "grassroots_head": grassroots_head_value(cadre.resume),
        "direction": reserve.direction,
        "tier": tier_label(tier),
        "source": reserve.source,
        "target_rank": reserve.target_rank,
        "background": reserve.background or NOT_RECORDED,
        "title": cadre.title or NOT_RECORDED,
    }
    for name, path in (extra or {}).items():
        values[name] = field_value(cadre, path)
    return Profile(age, values, education_rank(highest))


@dataclass
class Tally:
    """Counts per dimension value, accumulated one profile at a time."""

    total: int = 0
    counts: dict[str, Counter[str]] = field(
        default_factory=lambda: {name: Counter() for name in PROFILE_DIMENSIONS}
    )
    ages: Counter[int] = field(default_factory=Counter)
    education_ranks: Counter[int] = field(default_factory=Counter)

    def add(self, profile: Profile) -> None:
        self.total += 1
        self.ages[profile.age] += 1
        self.education_ranks[profile.education_rank] += 1
        for name, value in profile.values.items():
            self.counts.setdefault(name, Counter())[value] += 1


def age_under_counts(ages: Mapping[int, int], limits: Sequence[int]) -> Counter[str]:
    """Cumulative "N周岁以下" counts: ages ≤ N, keyed by ``str(N)`` (以下 includes N)."""
    return Counter(
        {str(limit): sum(n for age, n in ages.items() if age <= limit) for limit in limits}
    )


def ordered_shares(
    counts: Mapping[str, int],
    total: int,
    fixed: Sequence[str] = (),
    *,
    zeros: bool = True,
    last: Sequence[str] = (),
) -> list[Share]:
    """Shares with the ``fixed`` values first in their order (with zeros when ``zeros``), then
    any other value by count, most first, then by name, and the ``last`` values (such as 未填写)
    at the end when they occur."""
    known = set(fixed) | set(last)
    head = [value for value in fixed if zeros or counts.get(value, 0)]
    rest = sorted((v for v in counts if v not in known), key=lambda v: (-counts[v], v))
    tail = [value for value in last if counts.get(value, 0)]
    return [
        Share(value, counts.get(value, 0), percent(counts.get(value, 0), total))
        for value in head + rest + tail
    ]
