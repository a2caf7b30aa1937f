"""Problems are data: one frozen record per thing wrong, rendered through the message catalog."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

Severity = Literal["error", "warning"]
FieldPath = tuple[str | int, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one file. ``code`` is stable and names the catalog message."""

    file: str
    code: str
    severity: Severity = "error"
    field: FieldPath = ()
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False, compare=False)
    line: int | None = None
    column: int | None = None

    @property
    def message(self) -> str:
        from cadrectl.core.messages import t

        return t(f"problem.{self.code}", **self.params)

    @property
    def where(self) -> str:
        """``cadres/X.yaml:12:5`` (the line and column where known), as editors jump to it."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}" + (f":{self.column}" if self.column is not None else "")

    def at(self, line: int | None, column: int | None) -> Problem:
        return dataclasses.replace(self, line=line, column=column)

    def as_data(self) -> dict[str, Any]:
        """The problem as the JSON reports give it: where, what, and the message (ids masked)."""
        from cadrectl.core.privacy import mask_id_numbers

        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "field": format_path(self.field) or None,
            "code": self.code,
            "severity": self.severity,
            "message": mask_id_numbers(self.message),
        }


def error(file: str, code: str, path: FieldPath = (), **params: Any) -> Problem:
    return Problem(file=file, code=code, severity="error", field=path, params=params)


def warning(file: str, code: str, path: FieldPath = (), **params: Any) -> Problem:
    return Problem(file=file, code=code, severity="warning", field=path, params=params)


def format_path(path: FieldPath) -> str:
    """``('education', 1, 'major')`` → ``education[1].major``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
