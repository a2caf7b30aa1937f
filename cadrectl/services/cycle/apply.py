"""``cycle apply``: the decided lines executed in one commit, from what is committed, after
re-checking each against today's data; the year tagged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cadrectl.core.errors import CadrectlError
from cadrectl.core.messages import stored, t
from cadrectl.model.dates import PartialDate
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import HEADER, CycleFiles, at_revision, current_cycle, text_of
from cadrectl.services.cycle.nominate import with_cycle_records
from cadrectl.services.cycle.propose import compute_lines, with_year_votes
from cadrectl.services.cycle.status import open_objection_lines, unexecuted_lines
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store import git
from cadrectl.store.registry import RegistryPaths
from cadrectl.store.yamlwrite import dump_yaml

if TYPE_CHECKING:
    from cadrectl.model.config import Config
    from cadrectl.model.cycle import CycleState, Meeting, Nomination, ProposalLine


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
    files.open_state()
    if git.is_repository(paths.root):
        dirty = git.dirty_paths(paths.root, [f"cycles/{files.year}"])
        if dirty:  # apply works from what is committed; an edit not committed would be ignored
            raise CadrectlError("cycle.uncommitted", files="、".join(dirty))
    with at_revision(paths) as base:
        committed = CycleFiles(base, files.year)
        state = committed.state()
        if state.applied is not None and not unexecuted_lines(committed, state):
            _tag_applied(paths, files.year, t("cycle.commit.applied-tag", year=files.year))
            return ApplyResult(None, [], [], [])  # applied already: nothing changes
        if state.publicity is None:
            raise CadrectlError("cycle.publicize-first")
        if not after_end(today, state.publicity.end.as_date()):
            raise CadrectlError("cycle.publicity-running", end=state.publicity.end)
        texts, applied, blocked, admitted = _apply_texts(committed, state, today)
    change = files.commit(texts, "cycle.commit.apply", "apply", lines=len(applied),
                          admitted=len(admitted))  # fmt: skip
    if change.state == "committed":
        _tag_applied(paths, files.year, change.subject)
    return ApplyResult(change, applied, blocked, admitted)


def _tag_applied(paths: RegistryPaths, year: int, message: str) -> None:
    """Tag the applied year (again, when a killed apply had committed but not tagged)."""
    tag = f"cycle-{year}"
    if git.is_repository(paths.root) and not git.git(paths.root, "tag", "--list", tag).strip():
        git.git(paths.root, "tag", "-a", tag, "-m", message)


def _apply_texts(
    files: CycleFiles, state: CycleState, today: dt.date
) -> tuple[dict[str, str], list[int], list[int], list[str]]:
    from cadrectl.services.ladder import compute_ladder

    proposal = files.proposal()
    assert proposal is not None
    blocked = open_objection_lines(state)
    done = set(state.applied_lines or [])
    registry = load_registry(files.paths)
    require_complete(registry)
    nominations = {n.id: n for n in files.nominations()}
    meetings = files.meetings()
    skip = set(blocked) | done
    todo = [line for line in proposal.lines if line.decision == "accept" and line.line not in skip]
    _refuse_stale(files, registry, state, today, todo)
    texts: dict[str, str] = _recommendation_texts(files.paths, registry, meetings)
    applied: list[int] = []
    admitted: list[str] = []
    joined = dict(state.admitted)  # nomination → cadre id: history tells the story by it
    for line in todo:
        if line.action == "admit":
            cadre_id = _next_free_id(files.paths, registry, files.year, set(admitted))
            nominee = nominations[line.subject]
            texts[f"cadres/{cadre_id}.yaml"] = _admission_text(nominee, cadre_id, today, meetings)
            admitted.append(cadre_id)
            joined[line.subject] = cadre_id
        elif line.action == "exit":
            reason = _exit_reason(line, registry.config)
            file = f"cadres/{line.subject}.yaml"
            texts[file] = _exit_text(files.paths, texts.get(file), line, today, reason)
        applied.append(line.line)
    ladder = compute_ladder(with_year_votes(registry, meetings), today)
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
                "applied_lines": sorted(executed), "admitted": joined}
    )  # fmt: skip
    texts[files.rel("cycle.yaml")] = text_of(new_state)
    return texts, applied, blocked, admitted


def _refuse_stale(
    files: CycleFiles,
    registry: LoadedRegistry,
    state: CycleState,
    today: dt.date,
    todo: Sequence[ProposalLine],
) -> None:
    """Refuse, naming the lines, where a decision no longer holds on today's data.

    Why: the files may have changed during the 公示 (a 不称职 recorded, an exit by hand, the
    nominee added under another id); what was decided on older facts must be looked at again
    (an objection found 属实 drops a line), not executed blindly.
    """
    from cadrectl.rules.proposal import Stale, stale_lines

    stale = stale_lines(todo, compute_lines(files, registry, state, today))
    numbers = {n.id: n.cadre.get("id_number") for n in files.nominations()}
    pooled = {e.cadre.id_number for e in registry.cadres if e.cadre.id_number}
    stale += [Stale(line.line, line.name, "cycle.stale.duplicate") for line in todo
              if line.action == "admit" and numbers.get(line.subject) in pooled]  # fmt: skip
    if stale:
        found = "；".join(
            f"{item.line} {item.name}：{t(item.key, now=item.now)}"
            for item in sorted(stale, key=lambda item: item.line)
        )
        raise CadrectlError("cycle.apply-stale", lines=found)


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

    data = with_cycle_records(nomination, meetings)
    data.update(schema_version=1, id=cadre_id)
    inspected = [
        {"date": r.date, "by": r.body or stored("cycle.inspection-by"),
         "conclusion": r.note or r.result}
        for r in nomination.steps
        if r.step == "inspection" and r.passed
    ]  # fmt: skip
    if inspected:  # the nominee's 组织考察 is the cadre's first inspection record
        records = dict(data.get("records") or {})
        records["inspections"] = [*records.get("inspections", []), *inspected]
        data["records"] = records
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
        or stored("cycle.admitted-plan", year=today.year, nomination=nomination.id),
    }
    data["reserve"] = {k: v for k, v in data["reserve"].items() if v is not None}
    return cadre_text(data)


def _exit_text(
    paths: RegistryPaths, text: str | None, line: ProposalLine, today: dt.date, reason: str
) -> str:
    """The cadre's file (``text`` where this apply changed it already) with the exit written."""
    from cadrectl.rules.proposal import line_reason
    from cadrectl.services.edit import read_cadre, status_change

    current = read_cadre(paths, line.subject)
    if current.data.get("reserve", {}).get("status") == "exited":
        return text or current.text  # an earlier apply did this one
    note = line_reason(line, stored=True)
    block = {"date": PartialDate(today.year, today.month), "reason": reason, "note": note}
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
    reserves = {e.cadre.id: e.cadre for e in registry.cadres if e.cadre.reserve.in_pool}
    for meeting in meetings:
        for subject in meeting.votes:
            cadre = reserves.get(subject)
            if cadre is None or any(
                r.year == meeting.date.year and r.meeting == meeting.name
                for r in cadre.records.recommendations
            ):
                continue
            file = f"cadres/{subject}.yaml"
            text = texts.get(file) or read_cadre(paths, subject).text
            texts[file] = append_record(text, "recommendation", meeting.record_for(subject))
    return texts


def _exit_reason(line: ProposalLine, config: Config) -> str:
    """The exit reason a line's causes are recorded as (cadrectl.yaml's mapping, or refused).

    Why: the reason goes into the person's file for good; it is read from the causes the
    proposal stored as codes, never guessed from the words the line was shown in.
    """
    from cadrectl.rules.proposal import line_causes
    from cadrectl.rules.tiers import exit_reason_for

    causes = line_causes(line)
    if not causes:
        raise CadrectlError("cycle.line-without-causes", line=line.line, name=line.name)
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
