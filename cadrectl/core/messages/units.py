"""Messages of the unit commands (cadrectl unit …): key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
