"""Changing units: ``unit add``, ``unit add-post`` and ``unit set``, validated, one commit each.

A unit file is written in the house style of registry-example (the schema line, block top
level, one flow mapping per post) and edited by splicing (:mod:`cadrectl.store.edit`), so the
clerk's comments and layout stay. :mod:`cadrectl.services.unit_checks` validates the new text
with the schema and the rules ``check`` runs over units before anything is written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from cadrectl.core.errors import CadrectlError, NotFound, UsageError
from cadrectl.core.messages import stored, t
from cadrectl.core.problems import FieldPath
from cadrectl.services.changes import ChangeResult, CommitMessage, apply_changes, writes
from cadrectl.services.unit_checks import check_unit_text
from cadrectl.services.units import UnitText, read_unit, unit_file
from cadrectl.services.values import coerce, refuse_unsafe
from cadrectl.store.edit import EditFailed, append_item, render_scalar, set_value
from cadrectl.store.registry import RegistryPaths

HEADER = "# yaml-language-server: $schema=../schemas/unit.schema.json"
# Fields `unit set` may change; the ids name the file and what cadres refer to, so they stay.
UNIT_FIELDS = ("name", "kind", "grassroots", "parent", "group")
POST_FIELDS = ("title", "rank", "head", "seats", "key")
FIXED_FIELDS = ("id", "schema_version")


def unit_key_order(path: FieldPath) -> Sequence[str]:
    """The keys of the unit mapping at ``path`` in schema order (where a new key goes)."""
    from cadrectl.model.paths import keys_at
    from cadrectl.model.unit import Unit

    return keys_at(Unit, path)


@writes("unit-add")
def add_unit(
    paths: RegistryPaths,
    unit_id: str,
    *,
    name: str,
    kind: str,
    grassroots: bool = False,
    group: str | None = None,
    parent: str | None = None,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl unit add ID --name N --kind K``: write units/<ID>.yaml and commit it."""
    file = unit_file(unit_id)
    if paths.checked(file).exists():
        raise CadrectlError("unit.exists", id=unit_id, file=file)
    values = {"name": name, "kind": kind, "group": group, "parent": parent}
    typed = {key: _typed_text((key,), value) for key, value in values.items()}
    _refuse_own_parent(unit_id, typed["parent"])
    text = unit_text(unit_id, typed, grassroots)
    check_unit_text(paths, file, text)
    subject = t("commit.unit-add", id=unit_id, name=typed["name"] or "", kind=typed["kind"] or "")
    return _commit(paths, file, text, subject, "unit-add", unit_id, (), no_commit)


def unit_text(unit_id: str, values: dict[str, str | None], grassroots: bool) -> str:
    """A new unit's file: schema line, then its fields in schema order; no posts yet."""
    comment = f"  # {stored('unit.comment.grassroots')}" if grassroots else ""
    lines = [
        HEADER,
        "schema_version: 1",
        f"id: {render_scalar(unit_id)}",
        f"name: {render_scalar(values['name'])}",
        f"kind: {render_scalar(values['kind'])}",
        f"grassroots: {render_scalar(grassroots)}{comment}",
    ]
    lines += [f"{key}: {render_scalar(values[key])}" for key in ("parent", "group") if values[key]]
    return "\n".join(lines) + "\n"


@writes("unit-add-post")
def add_post(
    paths: RegistryPaths,
    unit_id: str,
    post_id: str,
    *,
    title: str,
    rank: str,
    seats: int = 1,
    head: bool = False,
    key: bool = True,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl unit add-post UNIT POST --title T --rank R``: one post appended to posts."""
    from pydantic import TypeAdapter, ValidationError

    from cadrectl.model.unit import PostId

    try:
        TypeAdapter(PostId).validate_python(post_id)
    except ValidationError:
        raise UsageError("unit.bad-post-id", post=post_id) from None
    current = read_unit(paths, unit_id)
    if any(post.get("id") == post_id for post in current.posts()):
        raise CadrectlError("unit.post-exists", unit=unit_id, post=post_id)
    item: dict[str, Any] = {
        "id": post_id,
        "title": _typed_text(("posts", 0, "title"), title),
        "rank": _typed_text(("posts", 0, "rank"), rank),
    }
    if head:
        item["head"] = True
    if seats != 1:
        item["seats"] = seats
    if not key:
        item["key"] = False
    text = _edited(lambda: append_item(current.text, ("posts",), item, unit_key_order))
    check_unit_text(paths, current.file, text)
    subject = t(
        "commit.unit-add-post", id=unit_id, name=current.name, post=post_id,
        title=item["title"] or "", rank=item["rank"] or "", seats=seats,
    )  # fmt: skip
    details = (f"posts + {render_scalar(item)}",)
    return _commit(paths, current.file, text, subject, "unit-add-post", unit_id, details, no_commit)


def split_unit_assignment(text: str) -> tuple[str, str]:
    """``posts.fuzhenzhang.seats=3`` → ``("posts.fuzhenzhang.seats", "3")``."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise UsageError("unit.bad-assignment", text=text)
    refuse_unsafe((name.strip(),), value)  # before strip(): it would drop a NEL unseen
    return name.strip(), value.strip()


@writes("unit-set")
def set_unit_fields(
    paths: RegistryPaths,
    unit_id: str,
    assignments: Sequence[tuple[str, str]],
    *,
    no_commit: bool = False,
) -> ChangeResult:
    """``cadrectl unit set UNIT FIELD=VALUE…``: typed, validated, one commit for all fields."""
    from cadrectl.model.unit import Unit

    if not assignments:
        raise UsageError("edit.no-change")
    current = read_unit(paths, unit_id)
    text = current.text
    details = []
    for name, raw in assignments:
        path = field_path(current, name)
        try:
            value = coerce(Unit, path, raw)
        except UsageError as exc:  # named as the clerk typed it, not as posts[8].seats
            if "path" in exc.params:
                exc.params["path"] = name
            raise
        if path == ("parent",):
            _refuse_own_parent(unit_id, value)
        old = _old_value(current, path)
        text = _edited(functools.partial(set_value, text, path, value, unit_key_order))
        details.append(f"{name}: {_show(old)} → {_show(value)}")
    if text == current.text:
        raise CadrectlError("edit.no-change")
    check_unit_text(paths, current.file, text)
    subject = t("commit.unit-set", id=unit_id, name=current.name, changes="；".join(details))
    return _commit(paths, current.file, text, subject, "unit-set", unit_id, details, no_commit)


def field_path(current: UnitText, name: str) -> FieldPath:
    """The file's path of a field as the clerk names it: ``name``, ``posts.<post id>.seats``."""
    parts = name.split(".")
    if parts[0] == "posts":
        if len(parts) != 3:
            raise UsageError("unit.whole-posts", field=name)
        post_id, post_field = parts[1], parts[2]
        index = next(
            (i for i, post in enumerate(current.posts()) if post.get("id") == post_id), None
        )
        if index is None:
            known = "、".join(str(post.get("id")) for post in current.posts()) or "—"
            raise NotFound("unit.unknown-post", unit=current.id, post=post_id, posts=known)
        if post_field == "id":
            raise UsageError("unit.fixed-field", field=name)
        if post_field not in POST_FIELDS:
            raise UsageError("unit.bad-field", field=name, fields=", ".join(POST_FIELDS))
        return ("posts", _file_index(current, index), post_field)
    if len(parts) == 1 and parts[0] in FIXED_FIELDS:
        raise UsageError("unit.fixed-field", field=name)
    if len(parts) != 1 or parts[0] not in UNIT_FIELDS:
        allowed = ", ".join([*UNIT_FIELDS, "posts.<…>." + "|".join(POST_FIELDS)])
        raise UsageError("unit.bad-field", field=name, fields=allowed)
    return (parts[0],)


def _file_index(current: UnitText, index: int) -> int:
    """The index in the file's posts list of the ``index``-th post mapping."""
    posts = current.data.get("posts")
    assert isinstance(posts, list)
    mappings = [i for i, post in enumerate(posts) if isinstance(post, dict)]
    return mappings[index]


def _old_value(current: UnitText, path: FieldPath) -> Any:
    """The value at ``path`` as written, or the model's default where the key is missing."""
    from cadrectl.model.unit import Post, Unit

    data: Any = current.data
    try:
        for part in path:
            data = data[part]
    except (KeyError, IndexError, TypeError):
        model = Post if path[0] == "posts" else Unit
        info = model.model_fields.get(str(path[-1]))
        return None if info is None or info.is_required() else info.get_default()
    return data


def _typed_text(path: FieldPath, value: str | None) -> str | None:
    """A text typed as an option: checked for control characters, stripped; empty is none."""
    if value is None:
        return None
    refuse_unsafe(path, value)
    return value.strip() or None


def _refuse_own_parent(unit_id: str, parent: object) -> None:
    if parent == unit_id:
        raise CadrectlError("unit.own-parent", id=unit_id)


def _edited(action: Callable[[], str]) -> str:
    try:
        return action()
    except EditFailed as exc:
        raise CadrectlError(f"problem.{exc.code}", **exc.params) from None


def _commit(
    paths: RegistryPaths,
    file: str,
    text: str,
    subject: str,
    action: str,
    unit_id: str,
    details: Sequence[str],
    no_commit: bool,
) -> ChangeResult:
    message = CommitMessage(subject, action, None, tuple(details), {"Unit": unit_id})
    return apply_changes(paths, {file: text}, message, no_commit=no_commit)


def _show(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
