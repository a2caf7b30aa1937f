"""Where the command line listens to what the layers below it do while they work.

Two moments a clerk must hear about as they happen: a writer waiting for another one's lock
(:mod:`cadrectl.store.lock`), and recovery finishing a change a killed command left
(:mod:`cadrectl.services.recovery`). Those modules call the functions set here; the command line
sets them. This module imports nothing, so setting them costs ``--help`` nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Called with the lock holder's details (pid, command, since) once, when a writer starts to wait.
lock_wait: Callable[[dict[str, object]], None] | None = None
# Called with a services.recovery.Recovery when an interrupted change was found.
recovered: Callable[[Any], None] | None = None
