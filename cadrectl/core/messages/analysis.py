"""Messages of the structure analysis added for every kind of pool: key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
