"""``cadrectl export notice -o FILE.txt|FILE.docx [--year Y]``: the cycle's 公示 notice."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cadrectl.cli.reporters.to_text import console
from cadrectl.cli.state import state
from cadrectl.core.messages import t

# Why not options.OutputOption: its help names the .xlsx the other exports write.
NoticeOutputOption = Annotated[
    Path, typer.Option("--output", "-o", help=t("cli.opt.notice-output"))
]


def export_notice_command(
    ctx: typer.Context,
    output: NoticeOutputOption,
    year: Annotated[int | None, typer.Option("--year", help=t("cli.opt.cycle-year"))] = None,
) -> int:
    from cadrectl.services.export_notice import export_notice

    result = export_notice(state(ctx).paths(), output, year=year)
    console().print(t("notice.written", year=result.year, path=str(result.path)), markup=False)
    return 0
