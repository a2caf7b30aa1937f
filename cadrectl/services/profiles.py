"""The kinds of pool ``cadrectl init --profile`` starts: a complete, commented cadrectl.yaml each.

The profiles are data (cadrectl/data/profiles/<name>.yaml), written from DOMAIN.md and
practice: a county's civil-service pool with the statutory rules and their articles, a
township's village reserves (三荐两考, no rank dates, talks and trainings counted), a
state-owned enterprise's middle managers (its nine-step year, its own sanctions) and a
university's (专业技术职务 levels, teachers without an administrative rank). docs/profiles.md
explains each line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cadrectl.core.errors import UsageError

PROFILES: tuple[str, ...] = ("county", "township", "enterprise", "university")
DEFAULT_PROFILE = "county"
_FOLDER = Path(__file__).resolve().parent.parent / "data" / "profiles"
_PLACEHOLDER = "××"


def profile_text(name: str) -> str:
    """The cadrectl.yaml of the profile ``name``; refused (exit 2) for a name that is none."""
    if name not in PROFILES:
        raise UsageError("init.bad-profile", profile=name, profiles="、".join(PROFILES))
    return (_FOLDER / f"{name}.yaml").read_text(encoding="utf-8")


def county_settings_text() -> str:
    """The county profile from its ``policy:`` on (policy, coverage, warnings, rosters): what
    the example generator writes after its own code lists."""
    text = profile_text(DEFAULT_PROFILE)
    start = re.search(r"^policy:", text, re.MULTILINE)
    if start is None:  # the data file is the project's own; a missing section is a defect
        raise RuntimeError("the county profile has no policy section")
    return text[start.start() :]


@dataclass(frozen=True)
class ToFill:
    """A line of a new cadrectl.yaml still holding the profile's ``××`` placeholder."""

    line: int
    text: str


def to_fill(text: str) -> list[ToFill]:
    """The lines the clerk must change before the registry is theirs (the ``××`` ones)."""
    return [
        ToFill(number, line.split("#", 1)[0].strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if _PLACEHOLDER in line.split("#", 1)[0]
    ]
