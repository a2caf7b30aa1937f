"""The one exception family: user-facing errors carry a catalog key, the CLI maps them to exits."""

from __future__ import annotations

from typing import Any


class CadrectlError(Exception):
    """A refusal the clerk can act on; its text comes from the message catalog."""

    exit_code = 1

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def render(self) -> str:
        """The message: whole id numbers masked, control characters shown escaped.

        Why: a message may echo what was typed or read (a value, a path, a file's problems),
        and it is printed to a terminal and often pasted into a chat or a ticket.
        """
        from cadrectl.core.messages import t
        from cadrectl.core.privacy import mask_id_numbers
        from cadrectl.core.text import escape_unsafe

        return mask_id_numbers(escape_unsafe(t(self.key, **self.params)))


class RegistryNotFound(CadrectlError):
    """No registry could be found from -R, $CADRECTL_REGISTRY or the working folder."""


class UsageError(CadrectlError):
    """The command's arguments do not make sense (exit 2)."""

    exit_code = 2


class NotFound(CadrectlError):
    """A cadre, unit or file named on the command line does not exist."""
