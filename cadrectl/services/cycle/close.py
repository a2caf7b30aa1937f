"""``cycle file`` (备案 with the department above) and ``cycle close`` (the year is over)."""

from __future__ import annotations

import datetime as dt

from cadrectl.core.errors import CadrectlError
from cadrectl.model.dates import PartialDate
from cadrectl.services.changes import ChangeResult, writes
from cadrectl.services.cycle.files import current_cycle, text_of
from cadrectl.services.cycle.status import open_objection_lines, unexecuted_lines
from cadrectl.services.registry import load_config
from cadrectl.store.registry import RegistryPaths


@writes("cycle-close")
def close_cycle(paths: RegistryPaths, year: int | None, today: dt.date) -> ChangeResult:
    files = current_cycle(paths, year)
    state = files.open_state()
    if state.applied is None:
        raise CadrectlError("cycle.apply-first")
    if load_config(paths).cycle.require_filing and not state.filings:
        raise CadrectlError("cycle.close-needs-filing")
    still_open = open_objection_lines(state)
    if still_open:
        raise CadrectlError("cycle.close-objections", lines="、".join(map(str, still_open)))
    left = unexecuted_lines(files, state)
    if left:
        raise CadrectlError("cycle.close-unexecuted", lines="、".join(map(str, left)))
    new = state.model_copy(update={"status": "closed", "closed": PartialDate.from_date(today)})
    return files.commit({files.rel("cycle.yaml"): text_of(new)}, "cycle.commit.close", "close")


@writes("cycle-file")
def file_upward(
    paths: RegistryPaths,
    to: str,
    date: dt.date,
    sent: str | None,
    note: str | None,
    year: int | None,
) -> ChangeResult:
    """``cycle file --to 单位 --date D``: the decided adjustment was filed with the department
    above (备案): what was sent, when, to whom. After the list is decided."""
    from cadrectl.model.cycle import Filing

    files = current_cycle(paths, year)
    state = files.open_state()
    proposal = files.proposal()
    if proposal is None or any(line.decision == "pending" for line in proposal.lines):
        raise CadrectlError("cycle.file-after-decision")
    filing = Filing(to=to, date=PartialDate.from_date(date), sent=sent, note=note)
    new = state.model_copy(update={"filings": [*state.filings, filing]})
    return files.commit({files.rel("cycle.yaml"): text_of(new)}, "cycle.commit.file", "file",
                        to=to, date=date)  # fmt: skip
