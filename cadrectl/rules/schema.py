"""Pydantic's validation errors rewritten as problems in the clerk's words (never raw)."""

from __future__ import annotations

import copy
import difflib
from typing import TYPE_CHECKING, Any, TypeVar

from cadrectl.core.problems import FieldPath, Problem, error

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from cadrectl.core.messages import Msg

M = TypeVar("M", bound="BaseModel")

_TYPE_NAMES = {
    "string_type": "type.string",
    "int_type": "type.int",
    "int_parsing": "type.int",
    "int_from_float": "type.int",
    "float_type": "type.float",
    "float_parsing": "type.float",
    "bool_type": "type.bool",
    "bool_parsing": "type.bool",
    "list_type": "type.list",
    "dict_type": "type.mapping",
    "model_type": "type.mapping",
    "model_attributes_type": "type.mapping",
}
_RANGE = {"greater_than": ">", "greater_than_equal": "≥", "less_than": "<", "less_than_equal": "≤"}
_CUSTOM = {
    "date_dotted": "date-dotted",
    "date_format": "date-format",
    "date_invalid": "date-invalid",
    "date_has_time": "date-has-time",
    "date_type": "date-type",
    "id_number_unquoted": "id-number-unquoted",
    "votes_exceed_valid": "votes-exceed-valid",
    "valid_exceed_returned": "valid-exceed-returned",
    "returned_exceed_issued": "returned-exceed-issued",
    "duplicate_rank": "duplicate-rank",
    "age_bands_not_ascending": "age-bands-not-ascending",
    "procedure_steps": "procedure-steps",
}
_PATTERN_RULES = {
    r"^[0-9]{17}[0-9Xx]$": "18 位数字（最后一位可为 X） / 18 digits, the last may be X",
    r"^[0-9]{4}Q[1-4]$": "如 2026Q1 / e.g. 2026Q1",
}


def problems_from_validation(
    file: str, exc: ValidationError, model: type[BaseModel] | None = None
) -> list[Problem]:
    """One problem per pydantic error, with a stable code and the field path."""
    return [_problem(file, err, model) for err in exc.errors(include_url=False)]


def _problem(file: str, err: Any, model: type[BaseModel] | None) -> Problem:
    kind: str = err["type"]
    path: FieldPath = tuple(err["loc"])
    ctx: dict[str, Any] = err.get("ctx") or {}
    value = _short(err.get("input"))
    if kind in _CUSTOM:
        return error(file, _CUSTOM[kind], path, value=ctx.get("value", value), **_plain(ctx))
    if kind == "missing":
        return error(file, "missing-field", path)
    if kind == "invalid_key":  # a key that is no text (`1:`, `~:`, `? [a, b]`): unknown too
        key = str(path[-1]) if path else ""
        return error(file, "unknown-field", (*path[:-1], key), key=key, hint="")
    if kind == "extra_forbidden":
        key = str(path[-1]) if path else ""
        return error(file, "unknown-field", path, key=key, hint=_key_hint(model, path[:-1], key))
    if kind in _TYPE_NAMES:
        from cadrectl.core.messages import Msg

        return error(file, "wrong-type", path, expected=Msg(_TYPE_NAMES[kind]), value=value)
    if kind == "union_tag_invalid":  # a rule kind: say which are possible, however many
        tag, expected = str(ctx.get("tag", value)), str(ctx.get("expected_tags", ""))
        return error(file, "not-allowed-value", path, value=tag,
                     hint=_allowed_hint({"expected": expected}, tag, every=True))  # fmt: skip
    if kind == "union_tag_not_found":
        return error(file, "missing-field", (*path, str(ctx.get("discriminator", "")).strip("'")))
    if kind == "literal_error":
        return error(file, "not-allowed-value", path, value=value, hint=_allowed_hint(ctx, value))
    if kind == "string_pattern_mismatch":
        rule = _PATTERN_RULES.get(str(ctx.get("pattern")), str(ctx.get("pattern")))
        return error(file, "bad-format", path, value=value, rule=rule)
    if kind in {"string_too_short", "too_short"}:
        return error(file, "too-short", path)
    if kind in {"string_too_long", "too_long"}:
        return error(file, "too-long", path, max=ctx.get("max_length", ""))
    if kind in _RANGE:
        limit = next(iter(ctx.values()), "")
        return error(file, "out-of-range", path, value=value, rule=f"{_RANGE[kind]} {limit}")
    return error(file, "invalid-value", path, value=value)


def _key_hint(model: type[BaseModel] | None, parent: FieldPath, key: str) -> Msg | str:
    from cadrectl.core.messages import Msg
    from cadrectl.model.paths import keys_at

    if model is None:
        return ""
    close = difflib.get_close_matches(key, keys_at(model, parent), n=1, cutoff=0.6)
    return Msg("hint.did-you-mean", suggestion=close[0]) if close else ""


def _allowed_hint(ctx: dict[str, Any], value: str, *, every: bool = False) -> Msg | str:
    """``，是不是“X”`` for a near miss, else the allowed values when there are few; with
    ``every``, the allowed values always (after the near miss, if any)."""
    from cadrectl.core.messages import Msg

    expected = str(ctx.get("expected", ""))
    options = [part.strip().strip("'") for part in expected.replace(" or ", ",").split(",")]
    options = [option for option in options if option]
    close = difflib.get_close_matches(value, options, n=1, cutoff=0.5)
    if not close:
        close = [option for option in options if value and value in option][:1]
    allowed = Msg("hint.allowed", allowed="、".join(options))
    if close and every:
        return Msg("hint.did-you-mean-of", suggestion=close[0], allowed="、".join(options))
    if close:
        return Msg("hint.did-you-mean", suggestion=close[0])
    if every or len(options) <= 8:
        return allowed
    return ""


def salvage(data: dict[str, Any], model: type[M], rounds: int = 20) -> M | None:
    """``data`` as ``model`` once the parts validation refuses are taken out (None when
    nothing valid is left).

    Why: one wrong rule in cadrectl.yaml should be one error, while every cadre is still checked
    against the ranks, grades and policy the clerk wrote; measured against the defaults instead,
    a county's cadres each got errors for codes the config does define. A refused value is
    removed where it stands (a list item, or a key, so that its default applies); a missing
    required key takes its container with it. The problems themselves are reported from the
    first validation, as written.
    """
    from pydantic import ValidationError

    current = copy.deepcopy(data)
    for _ in range(rounds):
        try:
            return model.model_validate(current)
        except ValidationError as exc:
            paths = {_data_path(current, err) for err in exc.errors(include_url=False)}
        if () in paths:
            return None
        # Deepest and last first, so that removing one item does not move another's index.
        for path in sorted(paths, key=lambda p: (len(p), [str(part) for part in p]), reverse=True):
            _remove(current, path)
    return None


def _data_path(data: Any, err: Any) -> FieldPath:
    """The path of the data an error is about, without pydantic's union tags; for a missing
    key, its container."""
    loc = tuple(err["loc"])
    if err["type"] == "missing":
        loc = loc[:-1]
    path: list[str | int] = []
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            node = node[part]
        else:
            continue  # a tag pydantic adds (the union member), not a key of the data
        path.append(part)
    return tuple(path)


def _remove(data: Any, path: FieldPath) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    last = path[-1]
    if isinstance(node, dict):
        node.pop(last, None)
    elif isinstance(node, list) and isinstance(last, int) and last < len(node):
        del node[last]


def _plain(ctx: dict[str, Any]) -> dict[str, str]:
    return {key: str(val) for key, val in ctx.items() if key != "value"}


def _short(value: Any) -> str:
    try:
        text = str(value)
    except ValueError:  # an integer past Python's 4,300 digits for str() (issue 12: values)
        return "…"
    return text if len(text) <= 60 else text[:57] + "…"
