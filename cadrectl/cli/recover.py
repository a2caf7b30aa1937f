"""``cadrectl recover``: show, complete or undo a change that a crash or a kill interrupted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli.reporters.to_text import console, err_console, listed
from cadrectl.cli.state import state
from cadrectl.core.errors import UsageError
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.services.recovery import Recovery


def recover_command(
    ctx: typer.Context,
    complete: Annotated[
        bool, typer.Option("--complete", help=t("cli.opt.recover-complete"))
    ] = False,
    undo: Annotated[bool, typer.Option("--undo", help=t("cli.opt.recover-undo"))] = False,
) -> int:
    from cadrectl.services.recovery import pending_change, resolve_pending

    if complete and undo:
        raise UsageError("cli.error.exclusive", options="--complete, --undo")
    paths = state(ctx).paths(recover=False)
    if not complete and not undo:
        found = pending_change(paths)
        if found is None:
            console().print(t("recover.nothing"))
            return 0
        if found.outcome == "unreadable":
            err_console().print(t("recover.unreadable", error=found.error), markup=False)
            return 1
        console().print(describe(found, here=True), markup=False)
        return 1
    done = resolve_pending(paths, "complete" if complete else "undo")
    console().print(describe(done, chosen=True), markup=False)
    return 0


def describe(found: Recovery, *, chosen: bool = False, here: bool = False) -> str:
    """What recovery found or did, in the clerk's words (``here``: in ``cadrectl recover``,
    which need not tell the clerk to run itself)."""
    lines = []
    if found.stale_locks:
        lines.append(t("recover.stale-locks", files="、".join(found.stale_locks)))
    files = listed(found.foreign or found.files)
    if found.outcome == "undone":
        key = "recover.undone-by-choice" if chosen and not found.error else "recover.undone"
        if chosen and found.foreign:  # files edited since are never overwritten: say so
            key = "recover.undone-kept"
        lines.append(t(key, subject=found.subject, error=found.error, files=files))
    elif found.outcome == "diverged" and here:
        lines.append(t("recover.diverged-here", subject=found.subject, started=found.started,
                       files=files))  # fmt: skip
    elif found.outcome == "unreadable":
        lines.append(t("recover.unreadable", error=found.error))
    elif found.outcome != "completed" or found.subject:
        lines.append(
            t(
                f"recover.{found.outcome}",
                subject=found.subject,
                files=files,
                action=found.action,
                started=found.started,
            )
        )
    return "\n".join(lines)


def report_recovery(found: Recovery) -> None:
    """The reporter the root installs: every command says what recovery did before it runs."""
    text = describe(found)
    if text:
        err_console().print(text, markup=False)
