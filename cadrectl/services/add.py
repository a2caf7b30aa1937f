"""``cadrectl add``: a new reserve with the next id, written in the registry's house style."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cadrectl.core.errors import CadrectlError, UsageError
from cadrectl.core.messages import t
from cadrectl.core.problems import FieldPath, format_path
from cadrectl.model.dates import PartialDate
from cadrectl.rules import idnumber
from cadrectl.services.changes import ChangeResult, CommitMessage, apply_changes, writes
from cadrectl.services.values import coerce, put_value
from cadrectl.store.edit import render_scalar
from cadrectl.store.registry import RegistryPaths

if TYPE_CHECKING:
    from cadrectl.model.config import Config

HEADER = "# yaml-language-server: $schema=../schemas/cadre.schema.json\n"
# Fields the clerk must give in every registry (the rest have defaults or are optional);
# cadrectl.yaml's fields.required adds the profile's own (a county's rank dates).
REQUIRED: tuple[FieldPath, ...] = (
    ("name",), ("gender",), ("ethnicity",), ("birth",), ("party", "status"),
    ("current", "unit"), ("current", "post"), ("reserve", "source"), ("reserve", "target_rank"),
    ("reserve", "direction"),
)  # fmt: skip
# Required fields that hold lists: not asked for one by one at the terminal.
_LISTS = {("education",), ("resume",), ("reserve", "mentors")}
_BLOCK_MAPPINGS = {"reserve", "records", "form"}


def build_data(
    assignments: Sequence[tuple[FieldPath, str]], from_file: Path | None, today: dt.date
) -> dict[str, Any]:
    """The new cadre's data from a YAML file and/or FIELD=VALUE pairs, with defaults filled."""
    from cadrectl.model.cadre import Cadre

    data: dict[str, Any] = {}
    if from_file is not None:
        data = _read_source(from_file)
    for path, raw in assignments:
        put_value(data, path, coerce(Cadre, path, raw))
    number = data.get("id_number")
    born = idnumber.birth_date(number) if isinstance(number, str) else None
    gender = idnumber.gender(number) if isinstance(number, str) else None
    if born is not None and gender is not None:
        data.setdefault("birth", PartialDate(born.year, born.month))
        data.setdefault("gender", gender)
    data.setdefault("ethnicity", "汉族")
    reserve = data.setdefault("reserve", {})
    reserve.setdefault("status", "active")
    reserve.setdefault("entered", PartialDate(today.year, today.month))
    return data


# The order the terminal asks in: as the form reads (the profile's fields where they belong).
_ASKED_IN_ORDER: tuple[FieldPath, ...] = (
    ("name",), ("gender",), ("ethnicity",), ("birth",), ("party", "status"), ("work_start",),
    ("current", "unit"), ("current", "post"), ("current", "rank"), ("current", "post_since"),
    ("current", "rank_since"), ("reserve", "source"), ("reserve", "target_rank"),
    ("reserve", "direction"),
)  # fmt: skip


def required_fields(config: Config) -> tuple[FieldPath, ...]:
    """What a new cadre of this registry must hold: the model's own and the profile's."""
    wanted = set(REQUIRED) | {tuple(dotted.split(".")) for dotted in config.fields.required}
    ordered = [path for path in _ASKED_IN_ORDER if path in wanted]
    return (*ordered, *sorted(wanted - set(ordered), key=str))


def missing_required(
    data: dict[str, Any], required: Sequence[FieldPath], *, prompt: bool = False
) -> list[FieldPath]:
    """The required fields ``data`` lacks (with ``prompt``, those a terminal can ask for)."""
    return [
        path
        for path in required
        if _get(data, path) in (None, "", []) and not (prompt and path in _LISTS)
    ]


def set_required(data: dict[str, Any], path: FieldPath, raw: str) -> None:
    """Fill one prompted field, typed like any FIELD=VALUE."""
    from cadrectl.model.cadre import Cadre

    put_value(data, path, coerce(Cadre, path, raw))


@writes("add")
def add_cadre(
    paths: RegistryPaths, data: dict[str, Any], *, no_commit: bool = False
) -> tuple[str, ChangeResult]:
    """Write ``cadres/<next id>.yaml`` and commit it; returns the new id."""
    from cadrectl.services.registry import load_config

    config = load_config(paths)
    missing = missing_required(data, required_fields(config))
    if missing:
        raise UsageError("add.missing", fields=", ".join(format_path(p) for p in missing))
    entered = data["reserve"]["entered"]
    year = entered.year if isinstance(entered, PartialDate | dt.date) else dt.date.today().year
    cadre_id = next_id(paths, config.ids.prefix, year, config.ids.serial_digits)
    data = {"schema_version": 1, "id": cadre_id, **{k: v for k, v in data.items() if k != "id"}}
    text = cadre_text(data)
    file = paths.relative(paths.cadre_file(cadre_id))
    subject = t("commit.add", id=cadre_id, name=data.get("name", ""))
    message = CommitMessage(subject, "add", cadre_id)
    return cadre_id, apply_changes(paths, {file: text}, message, no_commit=no_commit)


def next_id(paths: RegistryPaths, prefix: str, year: int, digits: int) -> str:
    """``<prefix>-<year>-<serial>``, one past the highest serial of that year."""
    pattern = re.compile(rf"^{re.escape(prefix)}-{year}-([0-9]+)\.yaml$")
    serials = [
        int(match.group(1))
        for path in paths.folder_entries(paths.cadres_dir)
        if (match := pattern.match(path.name))
    ]
    return f"{prefix}-{year}-{max(serials, default=0) + 1:0{digits}d}"


def cadre_text(data: dict[str, Any]) -> str:
    """A cadre file in the house style of DESIGN.md: block top level, flow items."""
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.paths import keys_at

    order = keys_at(Cadre, ())
    lines = [HEADER.rstrip("\n")]
    for key in sorted(data, key=lambda k: order.index(k) if k in order else len(order)):
        value = data[key]
        if isinstance(value, dict) and key in _BLOCK_MAPPINGS:
            lines.append(f"{key}:")
            for inner_key, inner in value.items():
                lines.extend(_entry(inner_key, inner, "  "))
        else:
            lines.extend(_entry(key, value, ""))
    return "\n".join(lines) + "\n"


def _entry(key: str, value: Any, indent: str) -> list[str]:
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return [f"{indent}{key}:"] + [f"{indent}  - {render_scalar(item)}" for item in value]
    if isinstance(value, str) and _literal_block(value):  # a form's 简历 or 奖惩情况, as read
        return [f"{indent}{key}: |-"] + [f"{indent}  {line}" for line in value.split("\n")]
    return [f"{indent}{key}: {render_scalar(value)}"]


def _literal_block(text: str) -> bool:
    """Whether a text of several lines reads back the same as a ``|-`` block."""
    lines = text.split("\n")
    return (len(lines) > 1 and not text[:1].isspace() and all(lines)
            and all(line == line.rstrip() and line.replace("\u3000", " ").isprintable()
                    for line in lines))  # fmt: skip


def _read_source(path: Path) -> dict[str, Any]:
    from cadrectl.store.reader import read_document

    document = read_document(path, str(path))
    if document.data is None:
        detail = document.problems[0].message if document.problems else ""
        raise CadrectlError("add.unreadable", path=str(path), detail=detail)
    return document.data


def _get(data: Any, path: FieldPath) -> Any:
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data
