"""``cadrectl history ID`` and ``cadrectl diff REV [REV]``: the audit trail, readable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from cadrectl.cli.options import TextJsonOption, output_format
from cadrectl.cli.render import console, err_console, markup_text, print_json, shown
from cadrectl.cli.state import state
from cadrectl.core.messages import t
from cadrectl.core.privacy import mask_in

if TYPE_CHECKING:
    from cadrectl.rules.cycle_story import StoryEvent
    from cadrectl.services.history import RegistryDiff


def history_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID")],
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.model.outputs_history import HistoryOutput
    from cadrectl.rules.cycle_story import story_text
    from cadrectl.services.history import cadre_history

    fmt = output_format(fmt, ("text", "json"))
    story = cadre_history(state(ctx).paths(), cadre_id)
    if fmt == "json":
        print_json(
            mask_in(
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
                    "cycles": [
                        {"year": year, "events": [_event(e) for e in events]}
                        for year, events in story.cycles
                    ],
                }
            ),
            HistoryOutput,
        )
        return 0
    out = console()
    title = t("history.title", id=story.id, name=story.name, count=len(story.entries))
    out.print(f"[bold]{markup_text(title)}[/]")
    for entry in story.entries:
        when = entry.date[:16].replace("T", " ")
        action = action_label(entry.action)
        out.print(
            f"\n[bold]{when}[/]  {markup_text(entry.author)}  [cyan]{action}[/]"
            f"  [dim]{entry.commit[:8]}[/]"
        )
        out.print(f"  {shown(entry.subject)}", markup=False)
        if entry.created:
            out.print(f"  [green]{t('history.created')}[/]")
        for change in entry.changes:
            out.print(f"    {shown(change.line())}", markup=False)
    for year, events in story.cycles:
        out.print(f"\n[bold]{markup_text(t('history.cycle.title', year=year))}[/]")
        for event in events:
            out.print(f"  {event.date}  {shown(story_text(event))}", markup=False)
    return 0


def _event(event: StoryEvent) -> dict[str, Any]:
    from cadrectl.rules.cycle_story import story_text

    return {"date": event.date, "kind": event.kind, "text": story_text(event), **event.params}


def diff_command(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="REV")],
    new: Annotated[str | None, typer.Argument(metavar="[REV]")] = None,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.model.outputs_history import DiffOutput
    from cadrectl.services.history import registry_diff

    fmt = output_format(fmt, ("text", "json"))
    diff = registry_diff(state(ctx).paths(), old, new)
    _warn_unplaced(diff)
    if fmt == "json":
        print_json(
            mask_in(
                {
                    "old": diff.old,
                    "new": diff.new,
                    "entered": diff.entered,
                    "exited": diff.exited,
                    "used": diff.used,
                    "removed": diff.removed,
                    "tiers": diff.tiers,
                    "tiers_skipped": diff.tiers_skipped,
                    "tiers_unchecked": diff.tiers_unchecked,
                    "changed": [
                        who | {"changes": [_change(change) for change in changes]}
                        for who, changes in diff.changed
                    ],
                }
            ),
            DiffOutput,
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
                out.print(f"  {shown(line)}", markup=False)
    if diff.changed:
        out.print(f"\n[bold]{t('diff.changed', count=len(diff.changed))}[/]")
        for who, changes in diff.changed:
            out.print(f"  {shown(who['id'])} {shown(who['name'])}", markup=False)
            for change in changes:
                out.print(f"    {shown(change.line())}", markup=False)
    if not any(lines for _, lines in sections) and not diff.changed:
        out.print(t("diff.none"))
    return 0


def _warn_unplaced(diff: RegistryDiff) -> None:
    """Say which tiers were not compared, and why (never a silent gap in the list)."""
    warn = err_console()
    if diff.tiers_unchecked is not None:
        revision = diff.tiers_unchecked[:12]
        warn.print(t("diff.tiers-no-config", revision=revision), markup=False)
    if diff.tiers_skipped:
        files = "\n".join(f"  {file}" for file in diff.tiers_skipped)
        warn.print(t("diff.tiers-skipped", files=files), markup=False)


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


# The Action: trailer of each kind of commit, and how history names it (a commit by a later
# version, or a hand-written trailer, is shown as it is written).
ACTION_LABELS = {
    "add": "history.action.add", "set": "history.action.set", "edit": "history.action.edit",
    "record": "history.action.record", "exit": "history.action.exit",
    "use": "history.action.use", "init": "history.action.init",
    "manual": "history.action.manual", "cycle-open": "history.action.cycle-open",
    "cycle-inspect": "history.action.cycle-inspect",
    "cycle-nominate": "history.action.cycle-nominate",
    "cycle-tally": "history.action.cycle-tally", "cycle-propose": "history.action.cycle-propose",
    "cycle-publicize": "history.action.cycle-publicize",
    "cycle-object": "history.action.cycle-object",
    "cycle-resolve": "history.action.cycle-resolve",
    "cycle-apply": "history.action.cycle-apply", "cycle-close": "history.action.cycle-close",
    "cycle-file": "history.action.cycle-file", "cycle-step": "history.action.cycle-step",
}  # fmt: skip


def action_label(action: str) -> str:
    key = ACTION_LABELS.get(action)
    return t(key) if key is not None else shown(action)
