"""Rules within one cadre's file: identity, dates in order, status, and the registry's codes."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

from cadrectl.core.problems import FieldPath, Problem, error, warning
from cadrectl.model.dates import PartialDate, age_on
from cadrectl.rules import idnumber
from cadrectl.rules.context import CadreFile, RuleContext

CadreRule = Callable[[CadreFile, RuleContext], Iterable[Problem]]

_ADULT_AGE = 18  # 中国共产党章程 第一条: 年满十八岁 may apply to join
_MIN_WORK_AGE = 16  # 劳动法 第十五条: no employment under sixteen


def id_number_agrees(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """GB 11643: the check digit is right, and the number agrees with birth and gender."""
    cadre, path = entry.cadre, ("id_number",)
    number = cadre.id_number
    if number is None:
        return
    if not idnumber.has_valid_check_digit(number):
        expected = idnumber.check_digit(number[:17])
        yield error(entry.file, "id-number-checksum", path, expected=expected)
        return
    born = idnumber.birth_date(number)
    if born is None:
        yield error(entry.file, "id-number-date", path, digits=number[6:14])
        return
    birth = cadre.birth
    same = (born.year, born.month) == (birth.year, birth.month) and birth.day in (None, born.day)
    if not same:
        yield error(entry.file, "id-number-birth", path, from_id=born.isoformat(), birth=birth)
    from_id = idnumber.gender(number)
    if from_id is not None and from_id != cadre.gender:
        yield error(entry.file, "id-number-gender", path, from_id=from_id, gender=cadre.gender)


def life_dates_in_order(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """Birth before work start (at 16 or older); party joined at 18 or older."""
    cadre = entry.cadre
    if cadre.work_start is None:
        pass  # whether it must be filled in is the profile's (fields.required)
    elif cadre.work_start <= cadre.birth:
        yield error(
            entry.file, "work-before-birth", ("work_start",),
            work_start=cadre.work_start, birth=cadre.birth,
        )  # fmt: skip
    else:
        age = age_on(cadre.birth, cadre.work_start.as_date())
        if age < _MIN_WORK_AGE:
            yield warning(entry.file, "work-too-young", ("work_start",), age=age)
    joined = cadre.party.joined
    if joined is not None:
        age = age_on(cadre.birth, joined.as_date())
        # A month-only date could be any day of the month: refuse only when no day would do.
        latest = _last_day(joined)
        if age < _ADULT_AGE and age_on(cadre.birth, latest) < _ADULT_AGE:
            yield error(entry.file, "party-too-young", ("party", "joined"), joined=joined, age=age)
    elif cadre.party_status in {"中共党员", "中共预备党员"}:
        yield error(entry.file, "party-joined-missing", ("party",))


def resume_in_order(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """Each entry from ≤ to; only the last may be open; gaps and overlaps are warnings."""
    resume = entry.cadre.resume
    for index, item in enumerate(resume):
        path: FieldPath = ("resume", index)
        if item.to is not None and item.to < item.from_:
            yield _order(entry.file, (*path, "to"), "from", item.from_, "to", item.to)
        if item.to is None and index != len(resume) - 1:
            yield error(entry.file, "resume-open-not-last", (*path, "to"))
        if index == 0 or resume[index - 1].to is None:
            continue
        previous_end = resume[index - 1].to
        assert previous_end is not None
        if item.from_.as_date() > previous_end.as_date():
            yield warning(
                entry.file, "resume-gap", (*path, "from"), end=previous_end, start=item.from_
            )
        elif item.from_.as_date() < previous_end.as_date():
            yield warning(
                entry.file, "resume-overlap", (*path, "from"), end=previous_end, start=item.from_
            )


def records_in_time(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """Record dates are not after today nor before birth; spans run forwards."""
    cadre, today = entry.cadre, ctx.today
    for path, when in _dated_items(entry):
        if when.as_date() > today:
            yield error(entry.file, "date-in-future", path, date=when, today=today.isoformat())
        elif when <= cadre.birth and path != ("work_start",):  # that one has its own rule
            yield error(entry.file, "before-birth", path, date=when, birth=cadre.birth)
    for path, span in _spans(entry):
        if span.to is not None and span.to < span.from_:
            yield _order(entry.file, (*path, "to"), "from", span.from_, "to", span.to)
    for index, assessment in enumerate(cadre.records.assessments):
        if assessment.year > today.year:
            path = ("records", "assessments", index, "year")
            yield error(entry.file, "date-in-future", path, date=assessment.year, today=today)


def one_assessment_per_year(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    first_index: dict[int, int] = {}
    for index, assessment in enumerate(entry.cadre.records.assessments):
        if assessment.year in first_index:
            yield error(
                entry.file, "duplicate-assessment", ("records", "assessments", index, "year"),
                year=assessment.year, first=first_index[assessment.year] + 1,
            )  # fmt: skip
        else:
            first_index[assessment.year] = index


def status_consistent(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """Each status but active needs its block, and only its own: inspecting reserve.inspecting
    (date, unit, post), used reserve.used (date, unit, post), exited reserve.exited (date,
    reason)."""
    reserve = entry.cadre.reserve
    if reserve.status == "inspecting" and reserve.inspecting is None:
        yield error(entry.file, "inspecting-missing", ("reserve", "status"))
    if reserve.status == "used" and reserve.used is None:
        yield error(entry.file, "used-missing", ("reserve", "status"))
    if reserve.status == "exited" and reserve.exited is None:
        yield error(entry.file, "exited-missing", ("reserve", "status"))
    blocks = (("inspecting", reserve.inspecting), ("used", reserve.used),
              ("exited", reserve.exited))  # fmt: skip
    for block, value in blocks:
        if value is not None and reserve.status != block:
            yield error(
                entry.file, "status-block-mismatch", ("reserve", block),
                status=reserve.status, block=block,
            )  # fmt: skip
    if reserve.entered <= entry.cadre.birth:
        yield error(entry.file, "before-birth", ("reserve", "entered"),
                    date=reserve.entered, birth=entry.cadre.birth)  # fmt: skip
    if reserve.in_pool and not reserve.mentors:
        yield warning(entry.file, "no-mentor", ("reserve", "mentors"))


def codes_known(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """Ranks, directions, sources, grades and exit reasons come from cadrectl.yaml."""
    cadre, config = entry.cadre, ctx.config
    ranks = ctx.rank_order
    rank_fields: list[tuple[FieldPath, str | None]] = [
        (("current", "rank"), cadre.current.rank),
        (("reserve", "target_rank"), cadre.reserve.target_rank),
    ]
    rank_fields += [(("resume", i, "rank"), item.rank) for i, item in enumerate(cadre.resume)]
    for path, rank in rank_fields:
        if rank is not None and rank not in ranks:
            yield error(entry.file, "unknown-rank", path, value=rank, allowed="、".join(ranks))
    current = ranks.get(cadre.current.rank) if cadre.current.rank is not None else None
    target = ranks.get(cadre.reserve.target_rank)
    in_pool = cadre.reserve.in_pool
    if in_pool and current is not None and target is not None and target <= current:
        yield warning(
            entry.file, "target-not-above", ("reserve", "target_rank"),
            target=cadre.reserve.target_rank, rank=cadre.current.rank,
        )  # fmt: skip
    checks: list[tuple[FieldPath, str, str]] = [
        (("reserve", "direction"), cadre.reserve.direction, "directions"),
        (("reserve", "source"), cadre.reserve.source, "sources"),
    ]
    if cadre.reserve.exited is not None:
        checks.append(
            (("reserve", "exited", "reason"), cadre.reserve.exited.reason, "exit_reasons")
        )
    if config.backgrounds and cadre.reserve.background is not None:
        checks.append((("reserve", "background"), cadre.reserve.background, "backgrounds"))
    if config.evaluation_scale:
        checks += [
            (("records", "evaluations", i, "potential"), item.potential, "evaluation_scale")
            for i, item in enumerate(cadre.records.evaluations)
        ]
    checks += [
        (("records", "assessments", i, "grade"), item.grade, "assessment_scale")
        for i, item in enumerate(cadre.records.assessments)
    ]
    checks += [
        (("records", "practice", i, "kind"), item.kind, "practice_kinds")
        for i, item in enumerate(cadre.records.practice)
    ]
    for path, value, list_name in checks:
        allowed: list[str] = getattr(config, list_name)
        if value not in allowed:
            yield _unknown_code(entry.file, path, value, list_name, allowed)
    yield from _discipline_known(entry, config.policy.sanctions)


def _discipline_known(entry: CadreFile, sanctions: dict[str, dict[str, int]]) -> Iterator[Problem]:
    """Each 处分 names a system and a kind of ``policy.sanctions`` (an enterprise's own too)."""
    for index, record in enumerate(entry.cadre.records.discipline):
        path: FieldPath = ("records", "discipline", index)
        kinds = sanctions.get(record.system)
        if kinds is None:
            yield _unknown_code(entry.file, (*path, "system"), record.system, "sanctions",
                                list(sanctions))  # fmt: skip
        elif record.kind not in kinds:
            yield error(entry.file, "discipline-kind", (*path, "kind"), value=record.kind,
                        system=record.system, kinds="、".join(kinds))  # fmt: skip


def _unknown_code(
    file: str, path: FieldPath, value: str, list_name: str, allowed: list[str]
) -> Problem:
    from cadrectl.core.messages import Msg

    return error(
        file, "unknown-code", path,
        value=value, list=Msg(f"label.list.{list_name}"), allowed="、".join(allowed),
    )  # fmt: skip


def _order(
    file: str, path: FieldPath, first_label: str, first: object, second_label: str, second: object
) -> Problem:
    from cadrectl.core.messages import Msg

    return error(
        file, "date-order", path,
        first_label=Msg(f"label.{first_label}"), first=first,
        second_label=Msg(f"label.{second_label}"), second=second,
    )  # fmt: skip


def _dated_items(entry: CadreFile) -> Iterator[tuple[FieldPath, PartialDate]]:
    """Every dated field of the file that cannot lie in the future, with its path."""
    cadre = entry.cadre
    optional: list[tuple[FieldPath, PartialDate | None]] = [
        (("work_start",), cadre.work_start),
        (("current", "post_since"), cadre.current.post_since),
        (("current", "rank_since"), cadre.current.rank_since),
    ]
    yield from ((path, when) for path, when in optional if when is not None)
    yield ("reserve", "entered"), cadre.reserve.entered
    if cadre.reserve.inspecting is not None:
        yield ("reserve", "inspecting", "date"), cadre.reserve.inspecting.date
    if cadre.reserve.used is not None:
        yield ("reserve", "used", "date"), cadre.reserve.used.date
    if cadre.reserve.exited is not None:
        yield ("reserve", "exited", "date"), cadre.reserve.exited.date
    for index, resume_entry in enumerate(cadre.resume):
        yield ("resume", index, "from"), resume_entry.from_
        if resume_entry.to is not None:
            yield ("resume", index, "to"), resume_entry.to
    records = cadre.records
    dated: list[tuple[str, Sequence[_Dated]]] = [
        ("inspections", records.inspections),
        ("rewards", records.rewards),
        ("discipline", records.discipline),
        ("talks", records.talks),
        ("exams", records.exams),
        ("milestones", records.milestones),
    ]
    for kind, items in dated:
        for index, item in enumerate(items):
            yield ("records", kind, index, "date"), item.date
    for path, span in _spans(entry):
        yield (*path, "from"), span.from_


class _Dated(Protocol):
    @property
    def date(self) -> PartialDate: ...


class _Span(Protocol):
    @property
    def from_(self) -> PartialDate: ...
    @property
    def to(self) -> PartialDate | None: ...


def _spans(entry: CadreFile) -> Iterator[tuple[FieldPath, _Span]]:
    records = entry.cadre.records
    for index, training in enumerate(records.trainings):
        yield ("records", "trainings", index), training
    for index, practice in enumerate(records.practice):
        yield ("records", "practice", index), practice
    for index, secondment in enumerate(records.secondments):
        yield ("records", "secondments", index), secondment


def _last_day(value: PartialDate) -> dt.date:
    if value.day is not None:
        return value.as_date()
    return dt.date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])


def exceptions_valid(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """破格 waives only rules that exist and may be waived (条例 第九条)."""
    from cadrectl.model.policy import RULE_KINDS, STATUTORY_RULES

    for index, exception in enumerate(entry.cadre.reserve.exceptions):
        for position, rule in enumerate(exception.waives):
            path: FieldPath = ("reserve", "exceptions", index, "waives", position)
            if rule in STATUTORY_RULES:
                yield error(entry.file, "exception-not-waivable", path, rule=rule)
            elif rule not in RULE_KINDS:
                waivable = "、".join(k for k in RULE_KINDS if k not in STATUTORY_RULES)
                yield error(entry.file, "exception-unknown-rule", path, rule=rule, rules=waivable)


def training_days_known(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """A training counts toward the training rule by its days, its hours, or its dates; one
    with none of them (month-only dates) would count for nothing without a word."""
    for index, item in enumerate(entry.cadre.records.trainings):
        if item.counted_days is None:
            path: FieldPath = ("records", "trainings", index, "days")
            yield warning(entry.file, "training-days-unknown", path, name=item.name)


def required_fields_present(entry: CadreFile, ctx: RuleContext) -> Iterator[Problem]:
    """The fields this registry's profile requires of everyone (``fields.required``)."""
    for dotted in ctx.config.fields.required:
        value: object = entry.cadre
        for part in dotted.split("."):
            value = getattr(value, part, None)
        if value is None or value == [] or value == "":
            yield error(entry.file, "required-by-config", tuple(dotted.split(".")))


CADRE_RULES: list[CadreRule] = [
    id_number_agrees,
    life_dates_in_order,
    resume_in_order,
    records_in_time,
    one_assessment_per_year,
    status_consistent,
    codes_known,
    exceptions_valid,
    training_days_known,
    required_fields_present,
]
