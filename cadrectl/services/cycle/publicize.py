"""``cycle publicize``: the 公示 in working days, its notice, and the objections it brings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import stored
from cadrectl.model.dates import PartialDate
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import CycleFiles, current_cycle, text_of
from cadrectl.services.registry import LoadedRegistry, load_registry, require_complete
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.cycle import Proposal, ProposalLine, Publicity
    from cadrectl.rules.people import BasicFacts


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
    state = files.open_state()
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
    issued = today or dt.date.today()
    people = line_people(registry, files, proposal, issued)
    notice = notice_text(registry, files.year, proposal, publicity, issued, people)
    texts = {
        files.rel("cycle.yaml"): text_of(state.model_copy(update={"publicity": publicity})),
        files.rel("notice.txt"): notice,
    }
    return files.commit(texts, "cycle.commit.publicize", "publicize", start=start, end=end,
                        days=days)  # fmt: skip


def notice_text(
    registry: LoadedRegistry,
    year: int,
    proposal: Proposal,
    publicity: Publicity,
    issued: dt.date,
    people: Mapping[str, BasicFacts],
) -> str:
    """The 公示 notice, dated ``issued`` (the step's --date), in Chinese whoever runs it: each
    accepted line's person with their basic facts and the proposed action. An exit's reason is
    published only where cycle.notice_reasons asks: a reason is about a person, and a notice is
    public."""
    from cadrectl.rules.proposal import line_reason

    config = registry.config

    def entry(line: ProposalLine) -> str:
        facts = people.get(line.subject)
        who = facts.sentence() if facts is not None else line.name
        action = stored(f"cycle.action.{line.action}")
        if line.action == "exit" and config.cycle.notice_reasons:
            action += f"（{line_reason(line, stored=True)}）"
        return f"{who}：{action}"

    # Why the proposal's own line numbers: an objection quotes the notice's number, and
    # publicize --object/--resolve take that number; renumbered, it would name another person.
    accepted = [line for line in proposal.lines if line.decision == "accept"]
    lines = "\n".join(f"{line.line}. {entry(line)}" for line in accepted)
    return config.cycle.notice.format(
        region=config.organization.region or config.organization.name,
        year=year,
        organization=config.organization.name,
        lines=lines or "（无）",
        start=cn_date(publicity.start.as_date()),
        end=cn_date(publicity.end.as_date()),
        days=publicity.days,
        contact=config.cycle.contact,
        date=cn_date(issued),
    )


def line_people(
    registry: LoadedRegistry, files: CycleFiles, proposal: Proposal, today: dt.date
) -> dict[str, BasicFacts]:
    """Each line's person (a nominee from their nomination) with their basic facts."""
    from cadrectl.rules.people import basic_facts
    from cadrectl.services.cycle.nominate import as_cadre

    units = {entry.unit.id: entry.unit.name for entry in registry.units}
    region = registry.config.organization.region or ""
    nominations = {n.id: n for n in files.nominations()}
    people = {}
    for line in proposal.lines:
        entry = registry.cadre(line.subject)
        if entry is not None:
            people[line.subject] = basic_facts(entry.cadre, units, region)
        elif line.subject in nominations:
            nominee = as_cadre(nominations[line.subject], today)
            people[line.subject] = basic_facts(nominee, units, region)
    return people


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@writes("cycle-object")
def object_to(
    paths: RegistryPaths, line: int, text: str, by: str | None, date: dt.date, year: int | None
) -> ChangeResult:
    from cadrectl.model.cycle import Objection

    files = current_cycle(paths, year)
    state = files.open_state()
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
    return files.commit({files.rel("cycle.yaml"): text_of(new)}, "cycle.commit.object",
                        "object", line=line)  # fmt: skip


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
    state = files.open_state()
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
    texts = {files.rel("cycle.yaml"): text_of(new)}
    if finding == "属实":
        proposal = files.proposal()
        assert proposal is not None  # an objection names a line of it
        drop = stored("cycle.dropped-on-objection", note=note)
        lines = [
            item.model_copy(update={"decision": "reject", "note": drop}) if item.line == line
            else item
            for item in proposal.lines
        ]  # fmt: skip
        texts[files.rel("adjustment.yaml")] = text_of(proposal.model_copy(update={"lines": lines}))
    key = "cycle.commit.resolve-upheld" if finding == "属实" else "cycle.commit.resolve"
    return files.commit(texts, key, "resolve", line=line)
