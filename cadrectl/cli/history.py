"""``cadrectl history ID`` and ``cadrectl diff REV [REV]``: the audit trail, readable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.options import TextJsonOption, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import err_console, labelled, markup_text, shown
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.services.history import CadreHistory, RegistryDiff


def history_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.services.history import cadre_history

    fmt = output_format(fmt, ("text", "json"))
    story = cadre_history(state(ctx).paths(), cadre_id)
    emit(story, fmt, lambda out: _history_text(out, story))
    return 0


def _history_text(out: Console, story: CadreHistory) -> None:
    from cadrectl.rules.cycle_story import story_text

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


def diff_command(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="REV")],
    new: Annotated[str | None, typer.Argument(metavar="[REV]")] = None,
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.services.history import registry_diff

    fmt = output_format(fmt, ("text", "json"))
    diff = registry_diff(state(ctx).paths(), old, new)
    _warn_unplaced(diff)
    emit(diff, fmt, lambda out: _diff_text(out, diff))
    return 0


def _diff_text(out: Console, diff: RegistryDiff) -> None:
    out.print(f"[bold]{t('diff.title', old=diff.old[:8], new=diff.new[:12])}[/]")
    sections = [
        ("diff.entered", [f"{w['id']} {w['name']}" for w in diff.entered]),
        ("diff.exited", [labelled(f"{w['id']} {w['name']}", w["reason"]) for w in diff.exited]),
        ("diff.used", [labelled(f"{w['id']} {w['name']}", f"{w['unit']} {w['post']}")
                       for w in diff.used]),
        ("diff.removed", [f"{w['id']} {w['name']}" for w in diff.removed]),
        ("diff.tiers", [labelled(f"{w['id']} {w['name']}", f"{_tier(w['old'])} → {_tier(w['new'])}")
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


# The Action: trailer of each kind of commit, and how history names it (a commit by a later
# version, or a hand-written trailer, is shown as it is written).
ACTION_LABELS = {
    "add": "history.action.add", "set": "history.action.set", "edit": "history.action.edit",
    "record": "history.action.record", "exit": "history.action.exit",
    "use": "history.action.use", "init": "history.action.init",
    "inspect-for": "history.action.inspect-for", "inspect-end": "history.action.inspect-end",
    "manual": "history.action.manual", "cycle-open": "history.action.cycle-open",
    "cycle-inspect": "history.action.cycle-inspect",
    "cycle-nominate": "history.action.cycle-nominate",
    "cycle-tally": "history.action.cycle-tally", "cycle-propose": "history.action.cycle-propose",
    "cycle-publicize": "history.action.cycle-publicize",
    "cycle-object": "history.action.cycle-object",
    "cycle-resolve": "history.action.cycle-resolve",
    "cycle-apply": "history.action.cycle-apply", "cycle-close": "history.action.cycle-close",
    "cycle-file": "history.action.cycle-file", "cycle-step": "history.action.cycle-step",
    "unit-add": "history.action.unit-add", "unit-add-post": "history.action.unit-add-post",
    "unit-set": "history.action.unit-set", "import": "history.action.import",
}  # fmt: skip


def action_label(action: str) -> str:
    key = ACTION_LABELS.get(action)
    return t(key) if key is not None else shown(action)
