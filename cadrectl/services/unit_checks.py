"""Validating a unit file's new text before it is written, as ``check`` would validate it.

:func:`cadrectl.services.changes.apply_changes` validates cadre files only ("other files are
validated by the step that writes them"): this is that step for units/. The text must pass the
unit schema, and the rules over units and the references of cadres to units and posts must
find no error the registry did not have before the change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from cadrectl.core.errors import CadrectlError
from cadrectl.core.problems import Problem
from cadrectl.rules.context import UnitFile
from cadrectl.rules.registry_rules import REGISTRY_RULES, UNIT_RULES
from cadrectl.services.registry import LoadedRegistry, load_registry, require_config
from cadrectl.store.reader import parse_text
from cadrectl.store.registry import RegistryPaths

ErrorKey = tuple[str, str, object]


def check_unit_text(
    paths: RegistryPaths, file: str, text: str, today: dt.date | None = None
) -> None:
    """Refuse (exit 1, listing the problems) a unit text that is invalid or adds a rule error."""
    from cadrectl.model.unit import Unit
    from cadrectl.services.registry import validate_model

    registry = load_registry(paths)
    require_config(registry)
    document = parse_text(text, file)
    problems = list(document.problems)
    unit = None
    if document.data is not None:
        unit, found = validate_model(document.data, Unit, file)
        problems += found
    if not problems and unit is not None:
        before = {_key(p) for p in _rule_errors(registry, today)}
        units = [entry for entry in registry.units if entry.file != file]
        units = sorted([*units, UnitFile(file, unit)], key=lambda entry: entry.file)
        after = _rule_errors(dataclasses.replace(registry, units=units), today)
        problems += [p for p in after if _key(p) not in before]
    if problems:
        raise CadrectlError("unit.invalid", problems=_render(paths, file, text, problems))


def _rule_errors(registry: LoadedRegistry, today: dt.date | None) -> list[Problem]:
    """The errors of the rules a unit can change: over the units, and cadres' references."""
    ctx = registry.context(today)
    found: list[Problem] = []
    for unit_rule in UNIT_RULES:
        found.extend(unit_rule(registry.units, ctx))
    for registry_rule in REGISTRY_RULES:
        found.extend(registry_rule(registry.cadres, ctx))
    return [problem for problem in found if problem.severity == "error"]


def _key(problem: Problem) -> ErrorKey:
    return (problem.file, problem.code, problem.field)


def _render(paths: RegistryPaths, file: str, text: str, problems: list[Problem]) -> str:
    """One line per problem, ``file:line:column: 字段（field）：message``; the changed file's
    lines are those of the new text, and its posts are named by id (``posts.shuji.rank``)."""
    from cadrectl.services.check import locate_problems
    from cadrectl.store.yamlfile import Diagnosis, diagnose, locate

    root = diagnose(text)
    data = parse_text(text, file).data
    lines = []
    for problem in problems:
        if problem.file != file:
            problem = locate_problems(paths, [problem])[0]
        elif problem.line is None and not isinstance(root, Diagnosis):
            problem = problem.at(*locate(root, problem.field))
        label = _label(problem, data if problem.file == file else None)
        lines.append(f"  {problem.where}: {label + '：' if label else ''}{problem.message}")
    return "\n".join(lines)


def _label(problem: Problem, data: dict[str, Any] | None) -> str:
    """``职级（posts.shuji.rank）``: the field as the clerk names it in ``unit set``."""
    from cadrectl.core.messages import language
    from cadrectl.model.titles import describe_field, field_title
    from cadrectl.model.unit import Unit

    path = problem.field
    posts = data.get("posts") if data is not None else None
    if len(path) < 2 or path[0] != "posts" or not isinstance(path[1], int):
        return describe_field(problem.file, path)
    post = posts[path[1]] if isinstance(posts, list) and path[1] < len(posts) else None
    post_id = post.get("id") if isinstance(post, dict) else None
    if not isinstance(post_id, str):
        return describe_field(problem.file, path)
    dotted = ".".join(["posts", post_id, *(str(part) for part in path[2:])])
    title = field_title(Unit, path)
    return f"{title}（{dotted}）" if title and language() != "en" else dotted
