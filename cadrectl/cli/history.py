"""``cadrectl history ID`` and ``cadrectl diff REV [REV]``: the audit trail, readable."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from cadrectl.cli.options import FormatOption, output_format
from cadrectl.cli.render import console, print_json
from cadrectl.cli.state import state
from cadrectl.messages import t


def history_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID")],
    fmt: FormatOption = "text",
) -> int:
    from cadrectl.services.history import cadre_history

    fmt = output_format(fmt, ("text", "json"))
    story = cadre_history(state(ctx).paths(), cadre_id)
    if fmt == "json":
        print_json(
            {
                "id": story.id,
                "name": story.name,
                "entries": [
                    {
                        "commit": entry.commit,
                        "date": entry.date,
                        "author": entry.author,
                        "action": entry.action,
                        "subject": entry.subject,
                        "created": entry.created,
                        "changes": [_change(change) for change in entry.changes],
                    }
                    for entry in story.entries
                ],
            }
        )
        return 0
    out = console()
    out.print(
        f"[bold]{t('history.title', id=story.id, name=story.name, count=len(story.entries))}[/]"
    )
    for entry in story.entries:
        when = entry.date[:16].replace("T", " ")
        action = t(f"history.action.{entry.action}")
        out.print(
            f"\n[bold]{when}[/]  {entry.author}  [cyan]{action}[/]  [dim]{entry.commit[:8]}[/]"
        )
        out.print(f"  {entry.subject}", markup=False)
        if entry.created:
            out.print(f"  [green]{t('history.created')}[/]")
        for change in entry.changes:
            out.print(f"    {change.line()}", markup=False)
    return 0


def diff_command(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="REV")],
    new: Annotated[str | None, typer.Argument(metavar="[REV]")] = None,
    fmt: FormatOption = "text",
) -> int:
    from cadrectl.services.history import registry_diff

    fmt = output_format(fmt, ("text", "json"))
    diff = registry_diff(state(ctx).paths(), old, new)
    if fmt == "json":
        print_json(
            {
                "old": diff.old,
                "new": diff.new,
                "entered": diff.entered,
                "exited": diff.exited,
                "used": diff.used,
                "removed": diff.removed,
                "tiers": diff.tiers,
                "changed": [
                    who | {"changes": [_change(change) for change in changes]}
                    for who, changes in diff.changed
                ],
            }
        )
        return 0
    out = console()
    out.print(f"[bold]{t('diff.title', old=diff.old[:8], new=diff.new[:12])}[/]")
    sections = [
        ("diff.entered", [f"{w['id']} {w['name']}" for w in diff.entered]),
        ("diff.exited", [f"{w['id']} {w['name']}：{w['reason']}" for w in diff.exited]),
        ("diff.used", [f"{w['id']} {w['name']}：{w['unit']} {w['post']}" for w in diff.used]),
        ("diff.removed", [f"{w['id']} {w['name']}" for w in diff.removed]),
        ("diff.tiers", [f"{w['id']} {w['name']}：{_tier(w['old'])} → {_tier(w['new'])}"
                        for w in diff.tiers]),
    ]  # fmt: skip
    for key, lines in sections:
        if lines:
            out.print(f"\n[bold]{t(key, count=len(lines))}[/]")
            for line in lines:
                out.print(f"  {line}", markup=False)
    if diff.changed:
        out.print(f"\n[bold]{t('diff.changed', count=len(diff.changed))}[/]")
        for who, changes in diff.changed:
            out.print(f"  {who['id']} {who['name']}", markup=False)
            for change in changes:
                out.print(f"    {change.line()}", markup=False)
    if not any(lines for _, lines in sections) and not diff.changed:
        out.print(t("diff.none"))
    return 0


def _tier(tier: object) -> str:
    return t(f"ladder.tier.{tier if tier is not None else 'none'}")


def _change(change: Any) -> dict[str, Any]:
    from cadrectl.rules.fielddiff import show

    return {
        "field": change.field,
        "change": change.change,
        "old": None if change.old is None else show(change.old),
        "new": None if change.new is None else show(change.new),
    }
