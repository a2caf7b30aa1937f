"""``cadrectl cycle …``: the yearly 考察 → 推荐 → 调整 → 公示 → 执行 cycle, one commit per step.

The state lives in cycles/<year>/ (cycle.yaml, nominations.yaml, tallies.yaml, adjustment.yaml,
notice.txt, ladder.yaml). Every step is resumable: it reads the state, refuses what must come
first, and writes all its files in one all-or-none change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from cadrectl.errors import CadrectlError, UsageError
from cadrectl.messages import t
from cadrectl.model.dates import PartialDate
from cadrectl.rules.problems import Problem, format_path
from cadrectl.rules.timespan import add_months
from cadrectl.services.changes import ChangeResult, CommitMessage, apply_changes, writes
from cadrectl.services.registry import (
    LoadedRegistry,
    load_config,
    load_registry,
    require_complete,
)
from cadrectl.store import fastyaml, git
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.yamlwrite import dump_yaml, plain_values

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cadrectl.model.cadre import Cadre
    from cadrectl.model.config import Config
    from cadrectl.model.cycle import CycleState, Meeting, Nomination, Proposal, ProposalLine
    from cadrectl.rules.cycle import Missing, VoteResult
    from cadrectl.rules.tiers import Placement

M = TypeVar("M", bound="BaseModel")
Action = Literal["admit", "exit", "use", "retier"]
HEADER = "# 由 cadrectl cycle 维护；adjustment.yaml 的 decision/note 可手工填写\n"


# ---- the cycle's files ------------------------------------------------------------------------


@dataclass(frozen=True)
class CycleFiles:
    paths: RegistryPaths
    year: int

    def rel(self, name: str) -> str:
        return f"cycles/{self.year}/{name}"

    def read(self, name: str, model: type[M]) -> M | None:
        """The file as ``model`` (None when it does not exist), refused clearly when invalid."""
        from cadrectl.services.registry import validate_model
        from cadrectl.store.reader import read_document

        path = self.paths.checked(self.rel(name))  # refuses a link, a folder, a FIFO
        if not path.exists():
            return None
        document = read_document(path, self.rel(name))
        problems = document.problems
        found = None
        if document.data is not None:
            found, problems = validate_model(document.data, model, self.rel(name))
        if found is None:
            raise CadrectlError("cycle.bad-file", file=self.rel(name), detail=_summary(problems))
        return found

    def state(self) -> CycleState:
        from cadrectl.model.cycle import CycleState

        state = self.read("cycle.yaml", CycleState)
        if state is None:
            raise CadrectlError("cycle.not-open", year=self.year)
        return state

    def nominations(self) -> list[Nomination]:
        from cadrectl.model.cycle import Nominations

        found = self.read("nominations.yaml", Nominations)
        return list(found.nominations) if found else []

    def meetings(self) -> list[Meeting]:
        from cadrectl.model.cycle import Tallies

        found = self.read("tallies.yaml", Tallies)
        return list(found.meetings) if found else []

    def proposal(self) -> Proposal | None:
        from cadrectl.model.cycle import Proposal

        return self.read("adjustment.yaml", Proposal)


def _summary(problems: Sequence[Problem]) -> str:
    """The first few problems on one line: ``field: message；…``."""
    return "；".join(f"{format_path(p.field)}: {p.message}" for p in problems[:5])


# Files with a schema of their own, so an editor completes and checks them (decisions by hand).
SCHEMAS = {"CycleState": "cycle", "Nominations": "nominations", "Tallies": "tallies",
           "Proposal": "adjustment"}  # fmt: skip


def _text(model: BaseModel) -> str:
    header = HEADER
    schema = SCHEMAS.get(type(model).__name__)
    if schema is not None:
        header = f"# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n" + header
    return dump_yaml(model.model_dump(mode="python", by_alias=True, exclude_none=True), header)


def current_cycle(paths: RegistryPaths, year: int | None = None) -> CycleFiles:
    """The named year's cycle, or the one open cycle, or the latest one."""
    if year is not None:
        return CycleFiles(paths, year)
    years = _cycle_years(paths)
    if not years:
        raise CadrectlError("cycle.none")
    for candidate in years:
        if CycleFiles(paths, candidate).state().status == "open":
            return CycleFiles(paths, candidate)
    return CycleFiles(paths, years[-1])


def _cycle_years(paths: RegistryPaths) -> list[int]:
    """The years with a cycle.yaml, read without following links (check reports those)."""
    return sorted(
        int(folder.name)
        for folder in paths.scan(paths.cycles_dir).folders
        if folder.name.isascii() and folder.name.isdigit() and (folder / "cycle.yaml").is_file()
    )


def _commit(
    files: CycleFiles,
    texts: dict[str, str],
    key: str,
    action: str,
    details: Sequence[str] = (),
    **params: Any,
) -> ChangeResult:
    subject = t(key, year=files.year, **params)
    message = CommitMessage(
        subject, f"cycle-{action}", details=tuple(details),
        extra_trailers={"Cycle": str(files.year)},
    )  # fmt: skip
    return apply_changes(files.paths, texts, message)


def _open_state(files: CycleFiles) -> CycleState:
    state = files.state()
    if state.status == "closed":
        raise CadrectlError("cycle.closed", year=files.year)
    return state


# ---- open, status -----------------------------------------------------------------------------


@writes("cycle-open")
def open_cycle(paths: RegistryPaths, year: int, *, major: bool, today: dt.date) -> ChangeResult:
    from cadrectl.model.cycle import CycleState

    for other_year in _cycle_years(paths):
        if CycleFiles(paths, other_year).state().status == "open":
            raise CadrectlError("cycle.another-open", year=other_year)
    files = CycleFiles(paths, year)
    if (paths.root / files.rel("cycle.yaml")).exists():
        raise CadrectlError("cycle.exists", year=year)
    config = load_config(paths)
    major = major or year in config.cycle.major_years
    state = CycleState(
        schema_version=1, year=year, major=major, status="open", opened=PartialDate.from_date(today)
    )
    key = "cycle.commit.open-major" if major else "cycle.commit.open"
    return _commit(files, {files.rel("cycle.yaml"): _text(state)}, key, "open")


@dataclass
class CycleStatus:
    year: int
    major: bool
    status: str
    inspect_missing: list[Missing]
    waived: list[tuple[str, str]]
    nominations: list[tuple[Nomination, Placement]]
    untallied: list[str]
    votes: dict[str, VoteResult]
    proposal: Proposal | None
    pending: list[int]
    publicity: Any
    open_objections: list[int]
    applied: PartialDate | None
    next_step: str
    marks: dict[str, bool] = field(default_factory=dict)  # phase → done (rules.cycle)


def cycle_status(paths: RegistryPaths, year: int | None, today: dt.date) -> CycleStatus:
    from cadrectl.rules.cycle import inspection_gaps, phase_marks, vote_results

    files = current_cycle(paths, year)
    state = files.state()
    registry = load_registry(paths)
    require_complete(registry)
    cadres = [entry.cadre for entry in registry.cadres]
    waived = {waiver.cadre for waiver in state.waivers}
    missing = inspection_gaps(cadres, state.year, waived)
    nominations = [n for n in files.nominations() if not n.withdrawn]
    meetings = files.meetings()
    reviewed = [(n, review(registry, n, today, meetings)) for n in nominations]
    voted = {subject for meeting in meetings for subject in meeting.votes}
    must_vote = [n.id for n in nominations]
    if state.major:
        must_vote += [c.id for c in cadres if c.reserve.status == "active"]
    untallied = [subject for subject in must_vote if subject not in voted]
    proposal = files.proposal()
    pending = (
        [line.line for line in proposal.lines if line.decision == "pending"] if proposal else []
    )
    publicity = state.publicity
    objections = [o.line for o in publicity.objections if o.resolved is None] if publicity else []
    status = CycleStatus(
        year=state.year,
        major=state.major,
        status=state.status,
        inspect_missing=missing,
        waived=[(w.cadre, w.reason) for w in state.waivers],
        nominations=reviewed,
        untallied=untallied,
        votes=vote_results(meetings, registry.config.cycle),
        proposal=proposal,
        pending=pending,
        publicity=publicity,
        open_objections=objections,
        applied=state.applied,
        next_step="",
    )
    unexecuted = _unexecuted(files, state)
    status.marks = phase_marks(
        inspect_missing=len(missing),
        nominations=len(nominations),
        meetings=len(meetings),
        untallied=len(untallied),
        proposed=proposal is not None,
        pending=len(pending),
        publicity_end=publicity.end.as_date() if publicity else None,
        open_objections=len(objections),
        applied=state.applied is not None,
        unexecuted=len(unexecuted),
        today=today,
    )
    status.next_step = _next_step(state, status, today)
    if state.applied is not None and state.status == "open":
        if status.open_objections:
            status.next_step = "resolve"  # close waits for every objection
        elif unexecuted:
            status.next_step = "apply"  # a line cleared after the apply is executed now
    return status


def _next_step(state: CycleState, status: CycleStatus, today: dt.date) -> str:
    if state.status == "closed":
        return "done"
    if state.applied is not None:
        return "close"
    if status.inspect_missing:
        return "inspect"
    if status.untallied:
        return "tally"
    if status.proposal is None:
        return "propose"
    if status.pending:
        return "decide"
    if state.publicity is None:
        return "publicize"
    if today <= state.publicity.end.as_date():
        return "wait-publicity"
    return "apply"


# ---- inspect ----------------------------------------------------------------------------------


@writes("cycle-inspect")
def waive_inspection(
    paths: RegistryPaths, cadre_id: str, reason: str, year: int | None
) -> ChangeResult:
    from cadrectl.model.cycle import Waiver

    files = current_cycle(paths, year)
    state = _open_state(files)
    if paths.existing_cadre_file(cadre_id) is None:
        raise CadrectlError("show.not-found", id=cadre_id)
    waivers = [w for w in state.waivers if w.cadre != cadre_id] + [
        Waiver(cadre=cadre_id, reason=reason)
    ]
    new = state.model_copy(update={"waivers": waivers})
    return _commit(
        files,
        {files.rel("cycle.yaml"): _text(new)},
        "cycle.commit.waive",
        "inspect",
        id=cadre_id,
        reason=reason,
    )


@writes("cycle-inspect")
def bulk_records(paths: RegistryPaths, source: Path, year: int | None) -> ChangeResult:
    """Append the records of a YAML list (each ``{cadre, kind, …fields}``) in one commit."""
    from cadrectl.services.edit import append_record, read_cadre, record_item

    files = current_cycle(paths, year)
    _open_state(files)
    texts: dict[str, str] = {}
    items = _record_list(source)
    for item in items:
        current = read_cadre(paths, str(item.get("cadre", "")))
        kind = str(item.get("kind", ""))
        record = record_item(kind, ((k, v) for k, v in item.items() if k not in ("cadre", "kind")))
        texts[current.file] = append_record(texts.get(current.file, current.text), kind, record)
    return _commit(files, texts, "cycle.commit.records", "inspect", count=len(items))


def _record_list(source: Path) -> list[dict[str, Any]]:
    """The records of a bulk file: a YAML list of mappings, read like registry files."""
    from cadrectl.store.textfile import read_registry_text

    try:
        text = read_registry_text(source)  # capped: a bulk file is a few hundred KB at most
    except OSError:
        text = None
    if not isinstance(text, str):
        raise CadrectlError("add.bad-source", path=str(source))
    try:
        items = fastyaml.parse(text)
    except fastyaml.FastParseFailed:
        items = None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise CadrectlError("cycle.bulk-not-list", path=str(source))
    return items


# ---- nominate and review ----------------------------------------------------------------------


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

    return place(_as_cadre(nomination, today, meetings=meetings), registry.config, today)


def _as_cadre(
    nomination: Nomination,
    today: dt.date,
    cadre_id: str = "N-0000",
    meetings: Sequence[Meeting] = (),
) -> Cadre:
    from cadrectl.model.cadre import Cadre

    data = _with_votes(dict(nomination.cadre), nomination.id, meetings)
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


def _with_votes(data: dict[str, Any], subject: str, meetings: Sequence[Meeting]) -> dict[str, Any]:
    """The nominee's data with a 民主推荐 record for each meeting that voted on them."""
    votes = [
        {"year": m.date.year, "meeting": m.name, "ballots_issued": m.issued,
         "ballots_returned": m.returned, "ballots_valid": m.valid, "votes_for": m.votes[subject]}
        for m in meetings
        if subject in m.votes
    ]  # fmt: skip
    if not votes:
        return data
    records = dict(data.get("records") or {})
    records["recommendations"] = [*records.get("recommendations", []), *votes]
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
    from pydantic import ValidationError

    from cadrectl.model.cycle import Nomination, Nominations
    from cadrectl.rules.schema import problems_from_validation

    files = current_cycle(paths, year)
    state = _open_state(files)
    if state.proposed is not None and state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="nominate")
    registry = load_registry(paths)
    require_complete(registry)
    config = registry.config
    if source not in config.sources:
        raise CadrectlError("cycle.bad-source", value=source, allowed="、".join(config.sources))
    existing = files.nominations()
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
    )
    try:
        nominee = _as_cadre(nomination, today)
    except ValidationError as exc:
        problems = problems_from_validation(files.rel("nominations.yaml"), exc)
        raise CadrectlError("cycle.bad-nomination", detail=_summary(problems)) from None
    number = clean.get("id_number")
    if number and any(e.cadre.id_number == number for e in registry.cadres):
        raise CadrectlError("cycle.already-reserve", id_number=number)
    twin = next((n for n in existing if not n.withdrawn and number
                 and n.cadre.get("id_number") == number), None)  # fmt: skip
    if twin is not None:
        raise CadrectlError("cycle.duplicate-nominee", id_number=number, nomination=twin.id)
    problems = _nominee_problems(registry, nominee, today)
    if problems:
        raise CadrectlError("cycle.bad-nomination", detail=_summary(problems))
    text = _text(Nominations(schema_version=1, nominations=[*existing, nomination]))
    result = _commit(
        files,
        {files.rel("nominations.yaml"): text},
        "cycle.commit.nominate",
        "nominate",
        name=clean.get("name", ""),
        id=nomination_id,
    )
    return nomination_id, result


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
    state = _open_state(files)
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
    text = _text(Nominations(schema_version=1, nominations=nominations))
    return _commit(files, {files.rel("nominations.yaml"): text}, "cycle.commit.withdraw",
                   "nominate", id=nomination_id, name=str(found.cadre.get("name", "")))  # fmt: skip


# ---- tally ------------------------------------------------------------------------------------


@writes("cycle-tally")
def tally(
    paths: RegistryPaths, meeting_data: dict[str, Any], year: int | None, *, replace: bool = False
) -> ChangeResult:
    """Record one recommendation meeting; a second tally of the same meeting needs ``replace``."""
    from cadrectl.model.cycle import Meeting, Tallies
    from cadrectl.rules.cycle import meeting_problem

    files = current_cycle(paths, year)
    state = _open_state(files)
    if state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="tally")
    meeting = Meeting.model_validate(meeting_data)
    registry = load_registry(paths)
    require_complete(registry)
    known = {n.id for n in files.nominations()} | {
        e.cadre.id for e in registry.cadres if e.cadre.reserve.status == "active"
    }
    unknown = [subject for subject in meeting.votes if subject not in known]
    if unknown:
        raise CadrectlError("tally.unknown-candidate", candidates="、".join(unknown))
    problem = meeting_problem(meeting, registry.config.cycle)
    if problem is not None:
        key, params = problem
        raise CadrectlError(key, **params)
    earlier = files.meetings()
    if any(m.name == meeting.name for m in earlier) and not replace:
        raise CadrectlError("tally.already", meeting=meeting.name)
    meetings = [m for m in earlier if m.name != meeting.name] + [meeting]
    text = _text(Tallies(schema_version=1, meetings=meetings))
    return _commit(
        files,
        {files.rel("tallies.yaml"): text},
        "cycle.commit.tally",
        "tally",
        meeting=meeting.name,
        candidates=len(meeting.votes),
        places=meeting.places,
    )


# ---- propose and decide -----------------------------------------------------------------------


def compute_lines(
    files: CycleFiles, registry: LoadedRegistry, state: CycleState, today: dt.date
) -> list[ProposalLine]:
    """The adjustment: admissions, exits (negative list, low votes), used, tier changes."""
    from cadrectl.model.cycle import LineCause, ProposalLine
    from cadrectl.rules.cycle import vote_results
    from cadrectl.rules.tiers import TIER_NAMES, ExitCause
    from cadrectl.services.ladder import compute_ladder

    votes = vote_results(files.meetings(), registry.config.cycle)
    lines: list[ProposalLine] = []

    def add(
        action: Action,
        subject: str,
        name: str,
        reason: str,
        old_tier: int | None = None,
        new_tier: int | None = None,
        causes: Sequence[ExitCause] = (),
    ) -> None:
        line = ProposalLine(
            line=len(lines) + 1,
            action=action,
            subject=subject,
            name=name,
            reason=reason,
            old_tier=old_tier,
            new_tier=new_tier,
            causes=[LineCause(code=c.code, params=dict(c.params)) for c in causes] or None,
        )
        lines.append(line)

    meetings = files.meetings()
    for nomination in files.nominations():
        if nomination.withdrawn:
            continue
        placement = review(registry, nomination, today, meetings)
        result = votes.get(nomination.id)
        if placement.tier is not None and result is not None and result.passed:
            reason = t(
                "cycle.reason.admit",
                share=f"{result.share:.1%}",
                meeting=result.meeting,
                target=nomination.target_rank,
                tier=placement.tier_label,
            )
            add(
                "admit",
                nomination.id,
                str(nomination.cadre.get("name", "")),
                reason,
                new_tier=placement.tier,
            )
    ladder = compute_ladder(registry, today)
    old = _previous_tiers(files, registry, today)
    for placement in ladder.placements:
        cadre = placement.cadre
        result = votes.get(cadre.id)
        causes = list(placement.exit_causes)
        if state.major and result is not None and not result.passed:
            causes.append(ExitCause.of("low-votes", share=f"{result.share:.1%}"))
        if causes:
            add(
                "exit",
                cadre.id,
                cadre.name,
                "；".join(dict.fromkeys(cause.text() for cause in causes)),
                old_tier=old.get(cadre.id),
                new_tier=placement.tier,
                causes=causes,
            )
        elif cadre.id in old and old[cadre.id] != placement.tier:
            add(
                "retier",
                cadre.id,
                cadre.name,
                t("cycle.reason.retier", old=TIER_NAMES[old[cadre.id]], new=placement.tier_label),
                old_tier=old[cadre.id],
                new_tier=placement.tier,
            )
    for entry in registry.cadres:
        used = entry.cadre.reserve.used
        if (
            entry.cadre.reserve.status == "used"
            and used is not None
            and used.date.year == state.year
        ):
            unit, post = _unit_and_post_names(registry, used.unit, used.post)
            add(
                "use",
                entry.cadre.id,
                entry.cadre.name,
                t("cycle.reason.used", date=used.date, unit=unit, post=post),
            )
    return lines


def _unit_and_post_names(registry: LoadedRegistry, unit_id: str, post_id: str) -> tuple[str, str]:
    """A unit's and a post's names for people to read (the ids where the unit is unknown)."""
    unit = next((u.unit for u in registry.units if u.unit.id == unit_id), None)
    if unit is None:
        return unit_id, post_id
    post = next((p.title for p in unit.posts if p.id == post_id), post_id)
    return unit.name, post


def _previous_tiers(
    files: CycleFiles, registry: LoadedRegistry, today: dt.date
) -> dict[str, int | None]:
    """Last year's recorded ladder, else the ladder a year before today on today's data."""
    from cadrectl.model.cycle import RecordedLadder

    recorded = CycleFiles(files.paths, files.year - 1).read("ladder.yaml", RecordedLadder)
    if recorded is not None:
        return dict(recorded.tiers)
    from cadrectl.services.ladder import compute_ladder

    year_ago = add_months(today, -12)
    return {p.cadre.id: p.tier for p in compute_ladder(registry, year_ago).placements}


@writes("cycle-propose")
def propose(
    paths: RegistryPaths,
    year: int | None,
    today: dt.date,
    decisions: Sequence[tuple[int, str, str | None]] = (),
    accept_rest: bool = False,
) -> ChangeResult:
    """Compute (or recompute) the adjustment, keeping the clerk's decisions; record new ones."""
    from cadrectl.model.cycle import Proposal
    from cadrectl.rules.cycle import carry_decisions, inspection_gaps

    files = current_cycle(paths, year)
    state = _open_state(files)
    if state.publicity is not None:
        raise CadrectlError("cycle.too-late", step="propose")
    registry = load_registry(paths)
    require_complete(registry)
    waived = {w.cadre for w in state.waivers}
    missing = inspection_gaps([e.cadre for e in registry.cadres], state.year, waived)
    if missing:
        raise CadrectlError(
            "cycle.inspect-first", count=len(missing), names="、".join(m.name for m in missing[:10])
        )
    old = files.proposal()
    lines = carry_decisions(old.lines if old else [], compute_lines(files, registry, state, today))
    for number, decision, note in decisions:
        index = next((i for i, line in enumerate(lines) if line.line == number), None)
        if index is None:
            raise CadrectlError("cycle.no-line", line=number)
        if decision == "reject" and not note:
            raise UsageError("cycle.reject-needs-note", line=number)
        lines[index] = lines[index].model_copy(update={"decision": decision, "note": note})
    if accept_rest:
        lines = [
            line.model_copy(update={"decision": "accept"}) if line.decision == "pending" else line
            for line in lines
        ]
    proposal = Proposal(schema_version=1, year=files.year, lines=lines)
    stamp = PartialDate.from_date(today)
    new_state = state.model_copy(
        update={"proposed": stamp, "inspect_done": state.inspect_done or stamp}
    )
    texts = {
        files.rel("adjustment.yaml"): _text(proposal),
        files.rel("cycle.yaml"): _text(new_state),
    }
    before = {line.line: line.decision for line in (old.lines if old else [])}
    decided = [
        t("cycle.commit.decided-line", line=line.line, name=line.name, subject=line.subject,
          action=t(f"cycle.action.{line.action}"),
          decision=t(f"cycle.decision.{line.decision}"))
        + (f"：{line.note}" if line.note else "")
        for line in lines
        if line.decision != "pending" and before.get(line.line) != line.decision
    ]  # fmt: skip
    return _commit(
        files,
        texts,
        "cycle.commit.propose",
        "propose",
        details=decided,
        lines=len(lines),
        pending=sum(1 for line in lines if line.decision == "pending"),
    )


# ---- publicize --------------------------------------------------------------------------------


def work_calendar(registry: LoadedRegistry) -> Any:
    from cadrectl.rules.workdays import WorkCalendar, YearDays

    configured = {
        year: YearDays(
            frozenset(d.as_date() for d in days.holidays),
            frozenset(d.as_date() for d in days.workdays),
        )
        for year, days in registry.config.cycle.holidays.items()
    }
    return WorkCalendar(configured)


@writes("cycle-publicize")
def publicize(
    paths: RegistryPaths,
    start: dt.date,
    days: int | None,
    year: int | None,
    *,
    today: dt.date | None = None,
    replace: bool = False,
    note: str | None = None,
) -> ChangeResult:
    """Start the 公示: count its working days, write the notice, record the period.

    ``replace`` re-dates a 公示 that has not begun on ``today`` (with ``note``, the reason). The
    start may not come before the list was decided.
    """
    from cadrectl.model.cycle import Publicity
    from cadrectl.rules.workdays import MIN_PUBLICITY_DAYS, UnknownYear, publicity_end

    files = current_cycle(paths, year)
    state = _open_state(files)
    proposal = files.proposal()
    if proposal is None:
        raise CadrectlError("cycle.propose-first")
    pending = [line.line for line in proposal.lines if line.decision == "pending"]
    if pending:
        raise CadrectlError("cycle.decide-first", lines="、".join(map(str, pending)))
    if state.publicity is not None:
        if not replace:
            raise CadrectlError(
                "cycle.already-publicized", start=state.publicity.start, end=state.publicity.end
            )
        if today is not None and today >= state.publicity.start.as_date():
            raise CadrectlError("cycle.publicity-begun", start=state.publicity.start)
        if state.publicity.objections:
            raise CadrectlError("cycle.publicity-has-objections")
    if state.proposed is not None and start < state.proposed.as_date():
        raise CadrectlError("cycle.publicity-before-decision", start=start, decided=state.proposed)
    registry = load_registry(paths)
    require_complete(registry)
    days = days or registry.config.cycle.publicity_days
    if days < MIN_PUBLICITY_DAYS:
        raise UsageError("cycle.too-few-days", days=days, min=MIN_PUBLICITY_DAYS)
    calendar = work_calendar(registry)
    try:
        end = publicity_end(start, days, calendar)
    except UnknownYear as exc:
        raise CadrectlError("cycle.unknown-holidays", year=exc.year) from None
    except ValueError:
        raise CadrectlError("cycle.start-not-workday", date=start) from None
    publicity = Publicity(
        start=PartialDate.from_date(start),
        days=days,
        end=PartialDate.from_date(end),
        redated=note if state.publicity is not None else None,
    )
    notice = notice_text(registry, files.year, proposal, publicity, today or dt.date.today())
    texts = {
        files.rel("cycle.yaml"): _text(state.model_copy(update={"publicity": publicity})),
        files.rel("notice.txt"): notice,
    }
    return _commit(
        files, texts, "cycle.commit.publicize", "publicize", start=start, end=end, days=days
    )


def notice_text(
    registry: LoadedRegistry, year: int, proposal: Proposal, publicity: Any, issued: dt.date
) -> str:
    """The 公示 notice, dated ``issued`` (the step's --date). An exit's reason is published only
    where cycle.notice_reasons asks: a reason is about a person, and a notice is public."""
    config = registry.config

    def entry(line: ProposalLine) -> str:
        action = t(f"cycle.action.{line.action}")
        if line.action == "exit" and not config.cycle.notice_reasons:
            return f"{line.name}：{action}"
        return f"{line.name}：{action}（{line.reason}）"

    accepted = [line for line in proposal.lines if line.decision == "accept"]
    lines = "\n".join(f"{i}. {entry(line)}" for i, line in enumerate(accepted, start=1))
    today = issued
    return config.cycle.notice.format(
        region=config.organization.region or config.organization.name,
        year=year,
        organization=config.organization.name,
        lines=lines or "（无）",
        start=_cn_date(publicity.start.as_date()),
        end=_cn_date(publicity.end.as_date()),
        days=publicity.days,
        contact=config.cycle.contact,
        date=_cn_date(today),
    )


def _cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@writes("cycle-object")
def object_to(
    paths: RegistryPaths, line: int, text: str, by: str | None, date: dt.date, year: int | None
) -> ChangeResult:
    from cadrectl.model.cycle import Objection

    files = current_cycle(paths, year)
    state = _open_state(files)
    if state.publicity is None:
        raise CadrectlError("cycle.publicize-first")
    if state.applied is not None:
        raise CadrectlError("cycle.too-late", step="object")
    proposal = files.proposal()
    if proposal is None or all(item.line != line for item in proposal.lines):
        raise CadrectlError("cycle.no-line", line=line)
    objection = Objection(line=line, date=PartialDate.from_date(date), by=by, text=text)
    publicity = state.publicity.model_copy(
        update={"objections": [*state.publicity.objections, objection]}
    )
    new = state.model_copy(update={"publicity": publicity})
    return _commit(
        files, {files.rel("cycle.yaml"): _text(new)}, "cycle.commit.object", "object", line=line
    )


@writes("cycle-resolve")
def resolve(
    paths: RegistryPaths,
    line: int,
    note: str,
    date: dt.date,
    year: int | None,
    finding: Literal["属实", "不属实"] = "不属实",
) -> ChangeResult:
    """Close the objections to a line: 不属实, the line is executed (on the next apply, also
    after an earlier one); 属实, the line is dropped (decision reject, the note kept) and the
    person's file is left as it is."""
    files = current_cycle(paths, year)
    state = _open_state(files)
    if state.publicity is None:
        raise CadrectlError("cycle.publicize-first")
    open_ones = [o for o in state.publicity.objections if o.line == line and o.resolved is None]
    if not open_ones:
        raise CadrectlError("cycle.no-objection", line=line)
    if finding == "属实" and line in (state.applied_lines or []):
        raise CadrectlError("cycle.line-executed", line=line)
    resolved = {"resolved": PartialDate.from_date(date), "resolution": note, "finding": finding}
    objections = [
        o.model_copy(update=resolved) if o.line == line and o.resolved is None else o
        for o in state.publicity.objections
    ]
    new = state.model_copy(
        update={"publicity": state.publicity.model_copy(update={"objections": objections})}
    )
    texts = {files.rel("cycle.yaml"): _text(new)}
    if finding == "属实":
        proposal = files.proposal()
        assert proposal is not None  # an objection names a line of it
        drop = t("cycle.dropped-on-objection", note=note)
        lines = [
            item.model_copy(update={"decision": "reject", "note": drop}) if item.line == line
            else item
            for item in proposal.lines
        ]  # fmt: skip
        texts[files.rel("adjustment.yaml")] = _text(proposal.model_copy(update={"lines": lines}))
    key = "cycle.commit.resolve-upheld" if finding == "属实" else "cycle.commit.resolve"
    return _commit(files, texts, key, "resolve", line=line)


# ---- apply and close --------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplyResult:
    change: ChangeResult | None
    applied: list[int]
    blocked: list[int]
    admitted: list[str]


@writes("cycle-apply")
def apply_cycle(paths: RegistryPaths, year: int | None, today: dt.date) -> ApplyResult:
    """Apply the accepted, unblocked lines in one all-or-none commit, then tag the registry.

    Everything is computed from the last commit (uncommitted cycle files are refused); a run
    killed half-way is finished by the journal before any later command reads the registry.
    """
    from cadrectl.rules.cycle import after_end

    files = current_cycle(paths, year)
    _open_state(files)
    if git.is_repository(paths.root):
        dirty = git.dirty_paths(paths.root, [f"cycles/{files.year}"])
        if dirty:  # apply works from what is committed; an edit not committed would be ignored
            raise CadrectlError("cycle.uncommitted", files="、".join(dirty))
    with _committed(paths) as base:
        committed = CycleFiles(base, files.year)
        state = committed.state()
        if state.applied is not None and not _unexecuted(committed, state):
            _tag_applied(paths, files.year, t("cycle.commit.applied-tag", year=files.year))
            return ApplyResult(None, [], [], [])  # applied already: nothing changes
        if state.publicity is None:
            raise CadrectlError("cycle.publicize-first")
        if not after_end(today, state.publicity.end.as_date()):
            raise CadrectlError("cycle.publicity-running", end=state.publicity.end)
        texts, applied, blocked, admitted = _apply_texts(committed, state, today)
    change = _commit(files, texts, "cycle.commit.apply", "apply", lines=len(applied),
                     admitted=len(admitted))  # fmt: skip
    if change.state == "committed":
        _tag_applied(paths, files.year, change.subject)
    return ApplyResult(change, applied, blocked, admitted)


def _tag_applied(paths: RegistryPaths, year: int, message: str) -> None:
    """Tag the applied year (again, when a killed apply had committed but not tagged)."""
    tag = f"cycle-{year}"
    if git.is_repository(paths.root) and not git.git(paths.root, "tag", "--list", tag).strip():
        git.git(paths.root, "tag", "-a", tag, "-m", message)


@contextlib.contextmanager
def _committed(paths: RegistryPaths) -> Iterator[RegistryPaths]:
    """The registry as of its last commit (the working tree when it is not a repository)."""
    if not git.is_repository(paths.root) or not git.has_commits(paths.root):
        yield paths
        return
    with tempfile.TemporaryDirectory(prefix="cadrectl-apply-") as folder:
        git.export_tree(paths.root, "HEAD", Path(folder))
        yield RegistryPaths(Path(folder))


def _apply_texts(
    files: CycleFiles, state: CycleState, today: dt.date
) -> tuple[dict[str, str], list[int], list[int], list[str]]:
    from cadrectl.services.ladder import compute_ladder

    proposal = files.proposal()
    assert proposal is not None
    blocked = _blocked(state)
    done = set(state.applied_lines or [])
    registry = load_registry(files.paths)
    require_complete(registry)
    nominations = {n.id: n for n in files.nominations()}
    meetings = files.meetings()
    texts: dict[str, str] = _recommendation_texts(files.paths, registry, meetings)
    applied: list[int] = []
    admitted: list[str] = []
    for line in proposal.lines:
        if line.decision != "accept" or line.line in blocked or line.line in done:
            continue
        if line.action == "admit":
            cadre_id = _next_free_id(files.paths, registry, files.year, set(admitted))
            nominee = nominations[line.subject]
            texts[f"cadres/{cadre_id}.yaml"] = _admission_text(nominee, cadre_id, today, meetings)
            admitted.append(cadre_id)
        elif line.action == "exit":
            reason = _exit_reason(line, registry.config)
            file = f"cadres/{line.subject}.yaml"
            texts[file] = _exit_text(files.paths, texts.get(file), line, today, reason)
        applied.append(line.line)
    ladder = compute_ladder(registry, today)
    executed = done | set(applied)
    leaving = {
        line.subject for line in proposal.lines if line.line in executed and line.action == "exit"
    }
    tiers = {p.cadre.id: p.tier for p in ladder.placements if p.cadre.id not in leaving}
    texts[files.rel("ladder.yaml")] = dump_yaml(
        {"as_of": today.isoformat(), "tiers": tiers}, HEADER
    )
    new_state = state.model_copy(
        update={"applied": state.applied or PartialDate.from_date(today),
                "applied_lines": sorted(executed)}
    )  # fmt: skip
    texts[files.rel("cycle.yaml")] = _text(new_state)
    return texts, applied, blocked, admitted


def _blocked(state: CycleState) -> list[int]:
    """Lines with an objection still open: not executed until it is resolved."""
    if state.publicity is None:
        return []
    return sorted({o.line for o in state.publicity.objections if o.resolved is None})


def _unexecuted(files: CycleFiles, state: CycleState) -> list[int]:
    """Accepted lines an apply has not executed (blocked then, or cleared since); [] before
    the first apply, and for a year applied before lines were recorded."""
    proposal = files.proposal()
    if state.applied is None or state.applied_lines is None or proposal is None:
        return []
    done = set(state.applied_lines)
    return [line.line for line in proposal.lines
            if line.decision == "accept" and line.line not in done]  # fmt: skip


def _next_free_id(
    paths: RegistryPaths, registry: LoadedRegistry, year: int, taken: set[str]
) -> str:
    from cadrectl.services.add import next_id

    config = registry.config
    cadre_id = next_id(paths, config.ids.prefix, year, config.ids.serial_digits)
    prefix, _, serial = cadre_id.rpartition("-")
    number = int(serial)
    while cadre_id in taken:
        number += 1
        cadre_id = f"{prefix}-{number:0{config.ids.serial_digits}d}"
    return cadre_id


def _admission_text(
    nomination: Nomination, cadre_id: str, today: dt.date, meetings: Sequence[Meeting]
) -> str:
    from cadrectl.services.add import cadre_text

    data = _with_votes(dict(nomination.cadre), nomination.id, meetings)
    data.update(schema_version=1, id=cadre_id)
    given = dict(nomination.cadre.get("reserve") or {})
    data["reserve"] = {
        "status": "active",
        "entered": PartialDate(today.year, today.month),
        "source": nomination.source,
        "target_rank": nomination.target_rank,
        "direction": nomination.direction,
        "target_posts": given.get("target_posts"),
        "mentors": given.get("mentors") or [],
        "plan": given.get("plan")
        or t("cycle.admitted-plan", year=today.year, nomination=nomination.id),
    }
    data["reserve"] = {k: v for k, v in data["reserve"].items() if v is not None}
    return cadre_text(data)


def _exit_text(
    paths: RegistryPaths, text: str | None, line: ProposalLine, today: dt.date, reason: str
) -> str:
    """The cadre's file (``text`` where this apply changed it already) with the exit written."""
    from cadrectl.services.edit import read_cadre, status_change

    current = read_cadre(paths, line.subject)
    if current.data.get("reserve", {}).get("status") == "exited":
        return text or current.text  # an earlier apply did this one
    block = {"date": PartialDate(today.year, today.month), "reason": reason, "note": line.reason}
    return status_change(text or current.text, "exited", block)


def _recommendation_texts(
    paths: RegistryPaths, registry: LoadedRegistry, meetings: Sequence[Meeting]
) -> dict[str, str]:
    """Sitting reserves' files with the year's votes added to records.recommendations.

    Why: a vote for a reserve stayed in tallies.yaml, so a 10 % share never reached the
    negative list of a later year. A meeting already recorded in a file is not added again.
    """
    from cadrectl.services.edit import append_record, read_cadre

    texts: dict[str, str] = {}
    reserves = {e.cadre.id: e.cadre for e in registry.cadres if e.cadre.reserve.status == "active"}
    for meeting in meetings:
        for subject, votes in meeting.votes.items():
            cadre = reserves.get(subject)
            if cadre is None or any(
                r.year == meeting.date.year and r.meeting == meeting.name
                for r in cadre.records.recommendations
            ):
                continue
            file = f"cadres/{subject}.yaml"
            record = {"year": meeting.date.year, "meeting": meeting.name,
                      "ballots_issued": meeting.issued, "ballots_returned": meeting.returned,
                      "ballots_valid": meeting.valid, "votes_for": votes}  # fmt: skip
            text = texts.get(file) or read_cadre(paths, subject).text
            texts[file] = append_record(text, "recommendation", record)
    return texts


def _exit_reason(line: ProposalLine, config: Config) -> str:
    """The exit reason a line's causes are recorded as (cadrectl.yaml's mapping, or refused).

    Why: the reason goes into the person's file for good; it is read from the causes the
    proposal stored as codes, never guessed from the words the line was shown in.
    """
    from cadrectl.rules.tiers import ExitCause, exit_reason_for

    if not line.causes:
        raise CadrectlError("cycle.line-without-causes", line=line.line, name=line.name)
    causes = [ExitCause(c.code, tuple(sorted(c.params.items()))) for c in line.causes]
    for cause in causes:
        reason = exit_reason_for(cause, config)
        if reason is not None:
            return reason
    raise CadrectlError(
        "cycle.exit-reason-unmapped",
        line=line.line,
        name=line.name,
        causes="、".join(cause.code for cause in causes),
    )


@writes("cycle-close")
def close_cycle(paths: RegistryPaths, year: int | None, today: dt.date) -> ChangeResult:
    files = current_cycle(paths, year)
    state = _open_state(files)
    if state.applied is None:
        raise CadrectlError("cycle.apply-first")
    if load_config(paths).cycle.require_filing and not state.filings:
        raise CadrectlError("cycle.close-needs-filing")
    still_open = _blocked(state)
    if still_open:
        raise CadrectlError("cycle.close-objections", lines="、".join(map(str, still_open)))
    left = _unexecuted(files, state)
    if left:
        raise CadrectlError("cycle.close-unexecuted", lines="、".join(map(str, left)))
    new = state.model_copy(update={"status": "closed", "closed": PartialDate.from_date(today)})
    return _commit(files, {files.rel("cycle.yaml"): _text(new)}, "cycle.commit.close", "close")


@writes("cycle-file")
def file_upward(
    paths: RegistryPaths,
    to: str,
    date: dt.date,
    sent: str | None,
    note: str | None,
    year: int | None,
) -> ChangeResult:
    """``cycle file --to 单位 --date D``: the decided adjustment was filed with the department
    above (备案): what was sent, when, to whom. After the list is decided."""
    from cadrectl.model.cycle import Filing

    files = current_cycle(paths, year)
    state = _open_state(files)
    proposal = files.proposal()
    if proposal is None or any(line.decision == "pending" for line in proposal.lines):
        raise CadrectlError("cycle.file-after-decision")
    filing = Filing(to=to, date=PartialDate.from_date(date), sent=sent, note=note)
    new = state.model_copy(update={"filings": [*state.filings, filing]})
    return _commit(files, {files.rel("cycle.yaml"): _text(new)}, "cycle.commit.file", "file",
                   to=to, date=date)  # fmt: skip


# ---- the adjustment as a whole: lines and the structure before and after ---------------------


@dataclass(frozen=True)
class AdjustmentView:
    year: int
    region: str
    organization: str
    lines: list[ProposalLine]
    before: Any  # services.structure.Breakdown
    after: Any
    covered_before: int
    covered_after: int
    posts: int


def adjustment_view(paths: RegistryPaths, year: int | None, today: dt.date) -> AdjustmentView:
    """The proposal's lines, and the pool's structure and post coverage before and after it."""
    from cadrectl.rules.context import CadreFile
    from cadrectl.rules.coverage import post_coverage
    from cadrectl.services.ladder import compute_ladder
    from cadrectl.services.structure import analyse

    files = current_cycle(paths, year)
    proposal = files.proposal()
    if proposal is None:
        raise CadrectlError("cycle.propose-first")
    registry = load_registry(paths)
    require_complete(registry)
    kept = [line for line in proposal.lines if line.decision != "reject"]
    leaving = {line.subject for line in kept if line.action == "exit"}
    nominations = {n.id: n for n in files.nominations()}
    joining = [
        CadreFile(f"cycles/{files.year}/{line.subject}", _as_cadre(nominations[line.subject], today,
                                                                  f"N-{line.line:04d}"))
        for line in kept
        if line.action == "admit" and line.subject in nominations
    ]  # fmt: skip
    after = LoadedRegistry(
        paths=registry.paths, config=registry.config, config_ok=registry.config_ok,
        cadres=[e for e in registry.cadres if e.cadre.id not in leaving] + joining,
        units=registry.units, files=registry.files,
    )  # fmt: skip
    config = registry.config

    def measured(source: LoadedRegistry) -> tuple[Any, int, int]:
        """The structure, the posts with two reserves per seat, and the posts counted."""
        tier_of = compute_ladder(source, today).tier_of
        posts = post_coverage([u.unit for u in source.units], [c.cadre for c in source.cadres],
                              tier_of, config.coverage.reserves_per_seat)  # fmt: skip
        structure = analyse(source, today, None, (), tier_of).overall
        return structure, sum(1 for post in posts if post.covered), len(posts)

    before, covered_before, posts = measured(registry)
    after_structure, covered_after, _ = measured(after)
    return AdjustmentView(
        year=files.year,
        region=config.organization.region or config.organization.name,
        organization=config.organization.name,
        lines=list(proposal.lines),
        before=before,
        after=after_structure,
        covered_before=covered_before,
        covered_after=covered_after,
        posts=posts,
    )
