"""What the root callback resolves once and hands to every command through ``ctx.obj``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer

from cadrectl.store.registry import RegistryPaths, find_registry


@dataclass(frozen=True)
class AppState:
    registry: Path | None
    debug: bool

    def paths(self, *, recover: bool = True) -> RegistryPaths:
        """The registry named by -R, $CADRECTL_REGISTRY or found upward (refuses if none).

        First, a change a killed command left half-done is completed or undone (saying so),
        so that no command reads a registry in between.
        """
        found = find_registry(self.registry)
        if recover:
            from cadrectl.services.recovery import finish_interrupted

            finish_interrupted(found)
        return found


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    if not isinstance(obj, AppState):  # a command invoked without the root callback
        return AppState(registry=None, debug=False)
    return obj
