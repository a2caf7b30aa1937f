"""The adjustment as a whole, for ``export adjustment``: the lines with each person's facts, and
the pool's structure and post coverage at the cycle's opening and after the lines."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from cadrectl.core.errors import CadrectlError
from cadrectl.exports.adjustment import AdjustmentView
from cadrectl.services.cycle.files import CycleFiles, at_revision, current_cycle
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.services.structure import declared_labels
from cadrectl.store import git
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cycle import CycleState, ProposalLine


def adjustment_view(paths: RegistryPaths, year: int | None, today: dt.date) -> AdjustmentView:
    """The proposal's lines and the pool before (as the cycle opened) and after them.

    Why the opening: after ``apply`` the registry is already the pool after the lines; compared
    with itself it showed 107 → 110 instead of 119 → 107.
    """
    from cadrectl.services.cycle.publicize import line_people

    files = current_cycle(paths, year)
    state = files.state()
    proposal = files.proposal()
    if proposal is None:
        raise CadrectlError("cycle.propose-first")
    registry = load_registry(paths)
    require_complete(registry)
    executed = _executed(state, proposal.lines)
    after = _after_lines(registry, files, proposal.lines, executed, today)
    opened = state.opened.as_date()
    with at_revision(paths, _opening_commit(paths, files)) as then:
        at_opening = load_registry(then)
        require_complete(at_opening)
        before, covered_before, posts = _measured(at_opening, opened)
    after_structure, covered_after, _ = _measured(after, today)
    config = registry.config
    draft = any(line.decision == "pending" for line in proposal.lines)
    return AdjustmentView(
        year=files.year,
        region=config.organization.region or config.organization.name,
        organization=config.organization.name,
        lines=list(proposal.lines),
        draft=draft,
        executed=frozenset(executed),
        people=line_people(registry, files, proposal, today),
        before=before,
        after=after_structure,
        covered_before=covered_before,
        covered_after=covered_after,
        posts=posts,
        labels=declared_labels(config),
    )


def _executed(state: CycleState, lines: list[ProposalLine]) -> set[int]:
    if state.applied is None:
        return set()
    if state.applied_lines is None:  # a year applied before the lines were recorded
        return {line.line for line in lines if line.decision == "accept"}
    return set(state.applied_lines)


def _opening_commit(paths: RegistryPaths, files: CycleFiles) -> str:
    """The commit that opened the cycle (its cycle.yaml first added), else HEAD."""
    if not git.is_repository(paths.root) or not git.has_commits(paths.root):
        return "HEAD"
    found = git.git(paths.root, "log", "--diff-filter=A", "--format=%H", "--",
                    files.rel("cycle.yaml"), check=False).split()  # fmt: skip
    return found[-1] if found else "HEAD"


def _after_lines(
    registry: LoadedRegistry,
    files: CycleFiles,
    lines: list[ProposalLine],
    executed: set[int],
    today: dt.date,
) -> LoadedRegistry:
    """Today's pool with every line not rejected and not yet executed carried out."""
    from cadrectl.rules.context import CadreFile
    from cadrectl.services.cycle.nominate import as_cadre

    waiting = [line for line in lines if line.decision != "reject" and line.line not in executed]
    leaving = {line.subject for line in waiting if line.action == "exit"}
    nominations = {n.id: n for n in files.nominations()}
    joining = [
        CadreFile(f"cycles/{files.year}/{line.subject}",
                  as_cadre(nominations[line.subject], today, f"N-{line.line:04d}"))
        for line in waiting
        if line.action == "admit" and line.subject in nominations
    ]  # fmt: skip
    cadres = [e for e in registry.cadres if e.cadre.id not in leaving] + joining
    return dataclasses.replace(registry, cadres=cadres)


def _measured(source: LoadedRegistry, as_of: dt.date) -> tuple[Any, int, int]:
    """The structure, the posts with their reserves per seat, and the posts counted."""
    from cadrectl.rules.coverage import post_coverage
    from cadrectl.services.ladder import compute_ladder
    from cadrectl.services.structure import analyse

    tier_of = compute_ladder(source, as_of).tier_of
    posts = post_coverage([u.unit for u in source.units], [c.cadre for c in source.cadres],
                          tier_of, source.config.coverage.reserves_per_seat)  # fmt: skip
    structure = analyse(source, as_of, None, (), tier_of).overall
    return structure, sum(1 for post in posts if post.covered), len(posts)
