"""A watchdog for the hostile corpus: no case may hang the suite."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from types import FrameType

import pytest

CASE_LIMIT = 120.0  # seconds: a case (all its commands) that runs longer has hung


class Hung(BaseException):  # BaseException: no `except Exception` can swallow it
    """Raised into a test that ran over its time."""


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """Interrupt a test that runs over :data:`CASE_LIMIT` (a read that loops or blocks)."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise Hung(f"the case ran over {CASE_LIMIT:.0f} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, CASE_LIMIT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
