"""``cycle nominate``: new candidates, checked like cadres, and 资格审查 by the ladder's rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cadrectl.core.errors import CadrectlError
from cadrectl.model.dates import PartialDate
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import CycleFiles, current_cycle, summary, text_of
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.yamlwrite import plain_values

if TYPE_CHECKING:
    from cadrectl.core.problems import Problem
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.cycle import Meeting, Nomination
    from cadrectl.rules.tiers import Placement


def review(
    registry: LoadedRegistry,
    nomination: Nomination,
    today: dt.date,
    meetings: Sequence[Meeting] = (),
) -> Placement:
    """资格审查: the nominee placed by the same rules as the ladder (tier None: cannot enter).

    The year's recommendation meetings count as the nominee's 民主推荐 records.
    """
    from cadrectl.rules.tiers import place

    return place(as_cadre(nomination, today, meetings=meetings), registry.config, today)


def as_cadre(
    nomination: Nomination,
    today: dt.date,
    cadre_id: str = "N-0000",
    meetings: Sequence[Meeting] = (),
) -> Cadre:
    from cadrectl.model.cadre import Cadre

    data = with_cycle_records(nomination, meetings)
    data.update(schema_version=1, id=cadre_id)
    data["reserve"] = {
        "mentors": [],
        **(nomination.cadre.get("reserve") or {}),
        "status": "active",
        "entered": f"{today.year}-{today.month:02d}",
        "source": nomination.source,
        "target_rank": nomination.target_rank,
        "direction": nomination.direction,
    }
    return Cadre.model_validate(data)


def with_cycle_records(nomination: Nomination, meetings: Sequence[Meeting]) -> dict[str, Any]:
    """The nominee's data with what the year recorded of them: a 民主推荐 record for each
    meeting that voted on them, and their 综合考试 as an exam record.

    Why: 资格审查 and the ladder read a cadre's records; a policy's exam_score rule found no
    exam in a nominee's data, and the nominee could never qualify.
    """
    from cadrectl.core.messages import stored

    data = dict(nomination.cadre)
    found = {
        "recommendations": [m.record_for(nomination.id) for m in meetings
                            if nomination.id in m.votes],
        "exams": [{"date": r.date, "name": stored("cycle.exam-name"), "score": r.score}
                  for r in nomination.steps if r.step == "exam" and r.score is not None],
    }  # fmt: skip
    if not any(found.values()):
        return data
    records = dict(data.get("records") or {})
    for kind, items in found.items():
        if items:
            records[kind] = [*records.get(kind, []), *items]
    return {**data, "records": records}


@writes("cycle-nominate")
def nominate(
    paths: RegistryPaths,
    data: dict[str, Any],
    *,
    source: str,
    by: str,
    target_rank: str,
    direction: str,
    year: int | None,
    today: dt.date,
) -> tuple[str, ChangeResult]:
    from cadrectl.model.cycle import Nominations

    files = nominating_cycle(paths, year)
    registry = load_registry(paths)
    require_complete(registry)
    existing = files.nominations()
    nomination = new_nomination(
        registry, files, existing, data, source=source, by=by, target_rank=target_rank,
        direction=direction, today=today,
    )  # fmt: skip
    text = text_of(Nominations(schema_version=1, nominations=[*existing, nomination]))
    result = files.commit(
        {files.rel("nominations.yaml"): text},
        "cycle.commit.nominate",
        "nominate",
        name=nomination.cadre.get("name", ""),
        id=nomination.id,
    )
    return nomination.id, result


def nominating_cycle(paths: RegistryPaths, year: int | None) -> CycleFiles:
    """The cycle that takes nominations: open, and its adjustment not yet publicized."""
    files = current_cycle(paths, year)
    state = files.open_state()
    if state.proposed is not None and state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="nominate")
    return files


def new_nomination(
    registry: LoadedRegistry,
    files: CycleFiles,
    existing: Sequence[Nomination],
    data: dict[str, Any],
    *,
    source: str,
    by: str,
    target_rank: str,
    direction: str,
    today: dt.date,
    nominated: PartialDate | None = None,
) -> Nomination:
    """The next nomination of the year for the candidate ``data``, checked as ``check`` would
    check their file once admitted; refused (CadrectlError) when anything is wrong."""
    from pydantic import ValidationError

    from cadrectl.model.cycle import Nomination
    from cadrectl.rules.schema import problems_from_validation

    config = registry.config
    if source not in config.sources:
        raise CadrectlError("cycle.bad-source", value=source, allowed="、".join(config.sources))
    nomination_id = f"N{files.year}-{len(existing) + 1:03d}"
    clean = {k: v for k, v in data.items() if k not in ("id", "schema_version", "reserve")}
    kept = {k: v for k, v in (data.get("reserve") or {}).items() if k in NOMINEE_RESERVE_FIELDS}
    if kept:  # target posts, mentors and plan travel with the nominee into the pool
        clean["reserve"] = kept
    nomination = Nomination(
        id=nomination_id,
        source=source,
        nominated_by=by,
        cadre=plain_values(clean),
        target_rank=target_rank,
        direction=direction,
        nominated=nominated or PartialDate.from_date(today),
    )
    try:
        nominee = as_cadre(nomination, today)
    except ValidationError as exc:
        problems = problems_from_validation(files.rel("nominations.yaml"), exc)
        raise CadrectlError("cycle.bad-nomination", detail=summary(problems)) from None
    number = clean.get("id_number")
    if number and any(e.cadre.id_number == number for e in registry.cadres):
        raise CadrectlError("cycle.already-reserve", id_number=number)
    twin = next((n for n in existing if not n.withdrawn and number
                 and n.cadre.get("id_number") == number), None)  # fmt: skip
    if twin is not None:
        raise CadrectlError("cycle.duplicate-nominee", id_number=number, nomination=twin.id)
    problems = _nominee_problems(registry, nominee, today)
    if problems:
        raise CadrectlError("cycle.bad-nomination", detail=summary(problems))
    return nomination


NOMINEE_RESERVE_FIELDS = ("target_posts", "mentors", "plan")


def _nominee_problems(registry: LoadedRegistry, nominee: Cadre, today: dt.date) -> list[Problem]:
    """The errors ``check`` would find in the nominee's file once admitted: the GB 11643 check
    digit and its agreement with birth and gender, dates in order, party membership, and the
    units and posts named (the rules of add and check, run before the vote, not after it)."""
    from cadrectl.rules.cadre_rules import CADRE_RULES
    from cadrectl.rules.context import CadreFile
    from cadrectl.rules.registry_rules import references_resolve

    entry = CadreFile("nominations.yaml", nominee)
    ctx = registry.context(today)
    found = [problem for rule in CADRE_RULES for problem in rule(entry, ctx)]
    found += [p for p in references_resolve([entry], ctx) if p.file == entry.file]
    return [problem for problem in found if problem.severity == "error"]


@writes("cycle-nominate")
def withdraw_nomination(
    paths: RegistryPaths, nomination_id: str, note: str, year: int | None
) -> ChangeResult:
    """``cycle nominate --withdraw N --note``: the nomination stays on file, marked withdrawn."""
    from cadrectl.model.cycle import Nominations

    files = current_cycle(paths, year)
    state = files.open_state()
    if state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="withdraw")
    existing = files.nominations()
    found = next((n for n in existing if n.id == nomination_id), None)
    if found is None:
        raise CadrectlError("cycle.no-nomination", id=nomination_id)
    if found.withdrawn:
        raise CadrectlError("cycle.already-withdrawn", id=nomination_id)
    nominations = [
        n.model_copy(update={"withdrawn": True, "withdrawn_note": note}) if n.id == nomination_id
        else n
        for n in existing
    ]  # fmt: skip
    text = text_of(Nominations(schema_version=1, nominations=nominations))
    name = str(found.cadre.get("name", ""))
    return files.commit({files.rel("nominations.yaml"): text}, "cycle.commit.withdraw",
                        "nominate", id=nomination_id, name=name)  # fmt: skip
