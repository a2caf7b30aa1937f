"""Rules over cadrectl.yaml itself: the policy names ranks, levels and grades that exist."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from cadrectl.core.problems import FieldPath, Problem, error, warning
from cadrectl.model.codes import EDUCATION_LEVELS
from cadrectl.rules.structure import AGE_UNDER, DIMENSIONS

if TYPE_CHECKING:
    from cadrectl.model.config import Config
    from cadrectl.model.coverage import UnitSelector
    from cadrectl.model.policy import RecordCount


def config_problems(file: str, config: Config) -> Iterator[Problem]:
    """Policy targets are ranks; education minimums are ZB64 levels; grades are on the scale."""
    ranks = [rank.name for rank in config.ranks]
    for target, policy in config.policy.targets.items():
        base: FieldPath = ("policy", "targets", target)
        if target not in ranks:
            yield error(file, "unknown-rank", base, value=target, allowed="、".join(ranks))
        for index, spec in enumerate(policy.rules):
            path: FieldPath = (*base, "rules", index, "min")
            if spec.rule == "education" and spec.min not in EDUCATION_LEVELS:
                yield error(file, "not-allowed-value", path, value=spec.min,
                            hint="；" + "、".join(EDUCATION_LEVELS))  # fmt: skip
            if spec.rule == "latest_assessment" and spec.min not in config.assessment_scale:
                yield _unknown_grade(file, path, spec.min, config.assessment_scale)
            if spec.rule == "title_min" and config.title_level(spec.min) is None:
                levels = "、".join(level.name for level in config.titles)
                yield error(file, "not-allowed-value", path, value=spec.min,
                            hint="；" + levels)  # fmt: skip
            if spec.rule == "record_count":
                yield from _record_count_problems(file, path[:-1], spec)
    declared = [item.name for item in config.structure.fields] if config.structure else []
    yield from _structure_field_problems(file, config)
    dimensions = (*DIMENSIONS, AGE_UNDER, *declared)
    for index, goal in enumerate(config.coverage.targets):
        if goal.dimension not in dimensions:
            yield error(file, "not-allowed-value", ("coverage", "targets", index, "dimension"),
                        value=goal.dimension, hint="；" + "、".join(dimensions))  # fmt: skip
        elif goal.dimension == AGE_UNDER and not goal.value.isdigit():
            yield error(file, "bad-format", ("coverage", "targets", index, "value"),
                        value=goal.value, rule="35")  # fmt: skip
    yield from _coverage_unit_rules(file, config)
    for index, grade in enumerate(config.policy.negative_list.assessment_grades):
        if grade not in config.assessment_scale:
            path = ("policy", "negative_list", "assessment_grades", index)
            yield _unknown_grade(file, path, grade, config.assessment_scale)
    yield from _exit_reason_mapping(file, config)


def _coverage_unit_rules(file: str, config: Config) -> Iterator[Problem]:
    """coverage.units and coverage.ratios: each rule names a kind or a unit (one of them, once
    in its list), a kind from unit_kinds; a count has a bound, and its min is not above its max.

    A rule naming a unit that units/ lacks is not seen here (config rules see no units):
    report coverage shows it as a failed line."""
    from cadrectl.core.messages import Msg

    kinds = Msg("label.list.unit_kinds")
    sections: tuple[tuple[str, Sequence[UnitSelector]], ...] = (
        ("units", config.coverage.units), ("ratios", config.coverage.ratios),
    )  # fmt: skip
    for section, rules in sections:
        seen: dict[tuple[str, str], int] = {}
        for index, rule in enumerate(rules):
            path: FieldPath = ("coverage", section, index)
            if (rule.kind is None) == (rule.unit is None):
                yield error(file, "coverage-rule-selector", path)
                continue
            if rule.kind is not None and rule.kind not in config.unit_kinds:
                yield error(file, "unknown-code", (*path, "kind"), value=rule.kind, list=kinds,
                            allowed="、".join(config.unit_kinds))  # fmt: skip
            key = ("kind", rule.kind) if rule.kind is not None else ("unit", str(rule.unit))
            if key in seen:
                yield error(file, "coverage-rule-duplicate", path, value=key[1],
                            other=seen[key] + 1)  # fmt: skip
            seen.setdefault(key, index)
    for index, count in enumerate(config.coverage.units):
        if count.min is None and count.max is None:
            yield error(file, "coverage-rule-no-bound", ("coverage", "units", index))
        elif count.min is not None and count.max is not None and count.min > count.max:
            yield error(file, "coverage-rule-reversed", ("coverage", "units", index),
                        min=count.min, max=count.max)  # fmt: skip


def _structure_field_problems(file: str, config: Config) -> Iterator[Problem]:
    """structure.fields: each names a field of the cadre's file, once, under a name that is not
    a dimension of its own already."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.paths import field_at

    taken = {*DIMENSIONS, AGE_UNDER}
    for index, item in enumerate(config.structure.fields if config.structure else []):
        path: FieldPath = ("structure", "fields", index)
        if item.name in taken:
            yield error(file, "structure-field-taken", (*path, "name"), value=item.name)
        taken.add(item.name)
        if field_at(Cadre, tuple(item.source.split("."))) is None:
            yield error(file, "structure-field-unknown", (*path, "field"), value=item.source)


def _record_count_problems(file: str, path: FieldPath, spec: RecordCount) -> Iterator[Problem]:
    """A count needs something to count to, and one window: a period or a number of years."""
    if spec.min is None and spec.min_days is None:
        yield error(file, "record-count-no-minimum", path)
    if spec.per is not None and spec.within_years is not None:
        yield error(file, "record-count-two-windows", path)


def _exit_reason_mapping(file: str, config: Config) -> Iterator[Problem]:
    """Each exit cause is written as one of exit_reasons: the mapping names known causes and
    listed reasons, and a cause left to its default finds that default listed (else apply
    would refuse the line after the 公示)."""
    from cadrectl.rules.tiers import CAUSE_REASONS, EXIT_CAUSES, cause_reason

    given = config.policy.negative_list.reasons
    listed = "、".join(config.exit_reasons)
    for key, reason in given.items():
        path: FieldPath = ("policy", "negative_list", "reasons", key)
        if key.partition(":")[0] not in EXIT_CAUSES:
            yield error(file, "not-allowed-value", path, value=key,
                        hint="；" + "、".join(EXIT_CAUSES))  # fmt: skip
        elif reason not in config.exit_reasons:
            yield error(file, "unknown-exit-reason", path, value=reason, allowed=listed)
    grades = config.policy.negative_list.assessment_grades
    causes: list[tuple[str, str, str | None]] = [(f"grade:{g}", "grade", g) for g in grades]
    causes += [(code, code, None) for code in CAUSE_REASONS]
    for key, code, detail in causes:
        default = cause_reason(code, detail, config)
        if default is not None and default not in config.exit_reasons:
            yield warning(file, "exit-cause-unmapped", ("exit_reasons",), cause=key,
                          reason=default)  # fmt: skip


def _unknown_grade(file: str, path: FieldPath, grade: str, scale: list[str]) -> Problem:
    from cadrectl.core.messages import Msg

    return error(file, "unknown-code", path, value=grade, list=Msg("label.list.assessment_scale"),
                 allowed="、".join(scale))  # fmt: skip
