"""Rules that span files: unique ids and id numbers, file names, and references that resolve."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import PurePosixPath

from cadrectl.core.problems import FieldPath, Problem, error
from cadrectl.rules.context import CadreFile, RuleContext, UnitFile

RegistryRule = Callable[[Sequence[CadreFile], RuleContext], Iterable[Problem]]
UnitRule = Callable[[Sequence[UnitFile], RuleContext], Iterable[Problem]]


def cadre_ids_unique(cadres: Sequence[CadreFile], ctx: RuleContext) -> Iterator[Problem]:
    """The id is the file name (cadres/<id>.yaml) and no two files share one."""
    seen: dict[str, str] = {}
    for entry in cadres:
        cadre_id, stem = entry.cadre.id, PurePosixPath(entry.file).stem
        if cadre_id != stem:
            yield error(entry.file, "id-filename-mismatch", ("id",), id=cadre_id, stem=stem)
        if cadre_id in seen:
            yield error(entry.file, "duplicate-id", ("id",), id=cadre_id, other=seen[cadre_id])
        else:
            seen[cadre_id] = entry.file


def id_numbers_unique(cadres: Sequence[CadreFile], ctx: RuleContext) -> Iterator[Problem]:
    seen: dict[str, CadreFile] = {}
    for entry in cadres:
        number = entry.cadre.id_number
        if number is None:
            continue
        number = number.upper()
        if number in seen:
            first = seen[number]
            yield error(
                entry.file, "duplicate-id-number", ("id_number",),
                other=first.file, name=first.cadre.name,
            )  # fmt: skip
        else:
            seen[number] = entry


def references_resolve(cadres: Sequence[CadreFile], ctx: RuleContext) -> Iterator[Problem]:
    """current.unit, reserve.target_posts, reserve.inspecting and reserve.used name units and
    posts that exist."""
    for entry in cadres:
        cadre = entry.cadre
        yield from _unit_exists(entry.file, ("current", "unit"), cadre.current.unit, ctx)
        for index, ref in enumerate(cadre.reserve.target_posts):
            unit_id, post_id = ref.split("/", 1)
            path: FieldPath = ("reserve", "target_posts", index)
            yield from _post_exists(entry.file, path, unit_id, post_id, ctx)
        for block, held in (("inspecting", cadre.reserve.inspecting), ("used", cadre.reserve.used)):
            if held is not None:
                path = ("reserve", block, "post")
                yield from _post_exists(entry.file, path, held.unit, held.post, ctx)


def _unit_exists(file: str, path: FieldPath, unit_id: str, ctx: RuleContext) -> Iterator[Problem]:
    if unit_id not in ctx.units:
        yield error(file, "unknown-unit", path, unit=unit_id)


def _post_exists(
    file: str, path: FieldPath, unit_id: str, post_id: str, ctx: RuleContext
) -> Iterator[Problem]:
    unit = ctx.units.get(unit_id)
    if unit is None:
        yield error(file, "unknown-unit", path, unit=unit_id)
    elif all(post.id != post_id for post in unit.posts):
        yield error(file, "unknown-post", path, unit=unit_id, post=post_id)


def units_consistent(units: Sequence[UnitFile], ctx: RuleContext) -> Iterator[Problem]:
    """Unit id = file name, unique; post ids unique within a unit; kinds, ranks, parents known."""
    seen: dict[str, str] = {}
    ranks = ctx.rank_order
    for entry in units:
        unit, stem = entry.unit, PurePosixPath(entry.file).stem
        if unit.id != stem:
            yield error(entry.file, "unit-filename-mismatch", ("id",), id=unit.id, stem=stem)
        if unit.id in seen:
            yield error(entry.file, "duplicate-unit-id", ("id",), id=unit.id, other=seen[unit.id])
        else:
            seen[unit.id] = entry.file
        if unit.kind not in ctx.config.unit_kinds:
            from cadrectl.core.messages import Msg

            yield error(
                entry.file, "unknown-code", ("kind",), value=unit.kind,
                list=Msg("label.list.unit_kinds"), allowed="、".join(ctx.config.unit_kinds),
            )  # fmt: skip
        if unit.parent is not None:
            yield from _unit_exists(entry.file, ("parent",), unit.parent, ctx)
        post_ids: set[str] = set()
        for index, post in enumerate(unit.posts):
            if post.id in post_ids:
                yield error(entry.file, "duplicate-post-id", ("posts", index, "id"), id=post.id)
            post_ids.add(post.id)
            if post.rank not in ranks:
                yield error(
                    entry.file, "unknown-rank", ("posts", index, "rank"),
                    value=post.rank, allowed="、".join(ranks),
                )  # fmt: skip


REGISTRY_RULES: list[RegistryRule] = [cadre_ids_unique, id_numbers_unique, references_resolve]
UNIT_RULES: list[UnitRule] = [units_consistent]
