"""The county the generator invents: townships, departments, leadership bodies and their seats."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from cadrectl.devtools import names
from cadrectl.devtools.names import PostTemplate, Township
from cadrectl.devtools.yamltext import Pairs, key_items, key_value

TOWNSHIP_KINDS: dict[str, tuple[str, str, tuple[PostTemplate, ...]]] = {
    # suffix: (unit kind, id suffix, posts)
    "镇": ("乡镇", "zhen", names.TOWN_POSTS),
    "乡": ("乡镇", "xiang", names.XIANG_POSTS),
    "街道": ("街道", "jiedao", names.STREET_POSTS),
}
COMPOSED_KINDS: tuple[tuple[str, int], ...] = (("镇", 70), ("乡", 25), ("街道", 5))


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit file: a township, a county department or a leadership body."""

    id: str
    name: str
    kind: str
    grassroots: bool
    group: str
    direction: str | None
    posts: tuple[PostTemplate, ...]

    def posts_of(self, rank: str) -> list[PostTemplate]:
        return [post for post in self.posts if post.rank == rank]


@dataclass(frozen=True, slots=True)
class Seat:
    """One post of one unit (a seat when posts have several)."""

    unit: Unit
    post: PostTemplate

    @property
    def ref(self) -> str:
        """The ``<unit-id>/<post-id>`` reference target_posts use."""
        return f"{self.unit.id}/{self.post.id}"

    def holder_title(self, cpc: bool) -> str:
        """The title its holder writes: the full one for CPC members (党委委员、副镇长)."""
        return self.post.holder if cpc and self.post.holder else self.post.title


@dataclass(slots=True)
class County:
    """All units, with the seats not yet held by anyone the generator placed."""

    townships: list[Unit]
    departments: list[Unit]
    leadership: list[Unit]
    free: dict[str, list[Seat]] = field(default_factory=dict)
    units: list[Unit] = field(init=False)
    _posts: dict[str, list[Seat]] = field(init=False)
    _by_unit: dict[tuple[str, str], list[Seat]] = field(init=False)
    _by_group: dict[tuple[str, str], list[Seat]] = field(init=False)

    def __post_init__(self) -> None:
        self.units = [*self.townships, *self.departments, *self.leadership]
        self._posts, self._by_unit, self._by_group = {}, {}, {}
        for unit in self.units:
            for post in unit.posts:
                seat = Seat(unit, post)
                self._posts.setdefault(post.rank, []).append(seat)
                if not post.party_only:
                    self._posts.setdefault(f"{post.rank}/open", []).append(seat)
                self._by_unit.setdefault((post.rank, unit.id), []).append(seat)
                self._by_group.setdefault((post.rank, unit.group), []).append(seat)

    def posts_of(self, rank: str, *, cpc: bool = True) -> list[Seat]:
        """Every post of a rank (not expanded by seats) open to the person, for target_posts."""
        return self._posts.get(rank if cpc else f"{rank}/open", [])

    def posts_in_unit(self, rank: str, unit_id: str) -> list[Seat]:
        return self._by_unit.get((rank, unit_id), [])

    def posts_in_group(self, rank: str, group: str) -> list[Seat]:
        return self._by_group.get((rank, group), [])

    def take(self, rng: random.Random, rank: str, *, cpc: bool) -> Seat | None:
        """Hold a free seat of a rank that the person's party allows, or None."""
        pool = self.free.get(rank, [])
        for position in range(len(pool)):
            if cpc or not pool[position].post.party_only:
                return pool.pop(position)
        return None

    def take_post(self, unit_id: str, post_id: str) -> Seat:
        """Hold a named seat (for the leaders who mentor reserves)."""
        for pool in self.free.values():
            for position, seat in enumerate(pool):
                if seat.unit.id == unit_id and seat.post.id == post_id:
                    return pool.pop(position)
        raise LookupError(f"{unit_id}/{post_id}")


def build_county(rng: random.Random, cadres: int, region: str, prefix: str) -> County:
    """Enough units that every reserve can hold a plausible post: more cadres, more units."""
    slug = prefix.lower()
    townships = _townships(rng, max(6, cadres // 8), slug)
    department_count = min(len(names.DEPARTMENTS), max(10, cadres // 6))
    departments = [
        Unit(
            f"{slug}-{spec.stem}", spec.name, "县直部门", False, "县直", spec.direction, spec.posts
        )
        for spec in names.DEPARTMENTS[:department_count]
    ]
    leadership = [
        Unit(
            f"{slug}-{spec.stem}",
            spec.name.format(region=region),
            "县直部门",
            False,
            "县领导班子",
            None,
            spec.posts,
        )
        for spec in names.LEADERSHIP
    ]
    county = County(townships, departments, leadership)
    for unit in county.units:
        for post in unit.posts:
            seats = county.free.setdefault(post.rank, [])
            seats.extend(Seat(unit, post) for _ in range(post.seats))
    for seats in county.free.values():
        rng.shuffle(seats)
    return county


def _townships(rng: random.Random, count: int, slug: str) -> list[Unit]:
    units: list[Unit] = []
    seen_ids: set[str] = set()
    for township in _township_names(rng):
        if len(units) == count:
            break
        kind, suffix, posts = TOWNSHIP_KINDS[township.kind]
        unit_id = f"{slug}-{township.pinyin}-{suffix}"
        if unit_id in seen_ids:
            continue
        seen_ids.add(unit_id)
        name = township.stem + township.kind
        units.append(Unit(unit_id, name, kind, True, "乡镇街道", None, posts))
    if len(units) < count:
        raise ValueError(f"cannot name {count} townships; at most {len(units)}")
    return units


def _township_names(rng: random.Random) -> Iterator[Township]:
    """The curated townships, then composed names; a stem is used once per kind."""
    yield from names.TOWNSHIPS
    curated = {township.stem for township in names.TOWNSHIPS}
    stems = [
        (first + second, first_pinyin + second_pinyin)
        for first, first_pinyin in names.TOWNSHIP_FIRST
        for second, second_pinyin in names.TOWNSHIP_SECOND
        if first != second and first + second not in curated
    ]
    rng.shuffle(stems)
    kinds = [kind for kind, _ in COMPOSED_KINDS]
    weights = [weight for _, weight in COMPOSED_KINDS]
    for stem, pinyin in stems:
        yield Township(stem, pinyin, rng.choices(kinds, weights)[0])
    for kind in kinds:  # only very large registries get here
        for stem, pinyin in stems:
            yield Township(stem, pinyin, kind)


def render_unit(unit: Unit) -> str:
    """The text of units/<id>.yaml."""
    lines = [
        "# yaml-language-server: $schema=../schemas/unit.schema.json",
        "schema_version: 1",
        *key_value("id", unit.id),
        *key_value("name", unit.name),
        *key_value("kind", unit.kind),
        *key_value(
            "grassroots",
            unit.grassroots,
            comment="在此工作计为基层工作经历" if unit.grassroots else "",
        ),
        *key_value("group", unit.group),
        *key_items(
            "posts", [_post_pairs(post) for post in unit.posts], comment=_posts_comment(unit)
        ),
    ]
    return "\n".join(lines) + "\n"


def _post_pairs(post: PostTemplate) -> Pairs:
    return [
        ("id", post.id),
        ("title", post.title),
        ("rank", post.rank),
        ("head", True if post.head else None),
        ("seats", post.seats if post.seats > 1 else None),
    ]


def _posts_comment(unit: Unit) -> str:
    if unit.grassroots:
        return "领导职位；head 为党政正职，seats 为职数"
    return "领导职位"
