"""``cadrectl ladder [--as-of D] [--explain ID]``: tiers with reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli.options import (
    AsOfOption,
    FormatOption,
    SkipBrokenOption,
    as_of_date,
    output_format,
)
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import (
    bracketed,
    cell,
    labelled,
    listed,
    markup_text,
    print_table,
)
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.rules.tiers import Placement
    from cadrectl.services.ladder import Ladder


def ladder_command(
    ctx: typer.Context,
    as_of: AsOfOption = None,
    explain: Annotated[
        str | None, typer.Option("--explain", metavar="ID", help=t("cli.opt.explain"))
    ] = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.ladder import registry_ladder

    fmt = output_format(fmt)
    when = as_of_date(as_of)
    ladder = registry_ladder(state(ctx).paths(), when, skip_broken=skip_broken)
    warn_skipped(ladder.skipped)
    if explain:
        one = ladder.explaining(explain)
        emit(one, fmt, lambda out: _explain(out, one.placements[0]))
    else:
        emit(ladder, fmt, lambda out: _table(out, ladder))
    return 0


def _tier_title(tier: int | None) -> str:
    return t(f"ladder.tier.{tier if tier is not None else 'none'}")


def _table(out: Console, ladder: Ladder) -> None:
    from rich.table import Table

    out.print(f"[bold]{t('ladder.title', date=ladder.as_of, count=len(ladder.placements))}[/]")
    for tier in (1, 2, 3, None):
        group = [p for p in ladder.placements if p.tier == tier]
        if not group:
            continue
        table = Table(
            t("list.col.id"), t("list.col.name"), t("list.col.post"), t("list.col.rank"),
            t("list.col.target"), t("list.col.direction"), t("ladder.col.ready"),
            t("ladder.col.missing"), t("ladder.col.exit"),
            title=f"{_tier_title(tier)}  {len(group)}", title_justify="left",
            box=None, header_style="bold",
        )  # fmt: skip
        for p in group:
            cadre = p.cadre
            pending = [t(f"ladder.rule.{c.rule}") for c in p.checks if not c.ok]
            table.add_row(
                cell(cadre.id), cell(cadre.name), cell(cadre.current.post),
                cell(cadre.current.rank or ""), cell(cadre.reserve.target_rank),
                cell(cadre.reserve.direction), p.ready_on.isoformat() if p.ready_on else "—",
                cell(listed(pending) or "—"), cell(listed(p.exit_reasons, sep="cli.list-sep")),
            )  # fmt: skip
        out.print()
        print_table(out, table)


def _explain(out: Console, placement: Placement) -> None:
    cadre = placement.cadre
    out.print(
        "[bold]"
        + markup_text(t("ladder.explain.title", id=cadre.id, name=cadre.name,
                        target=cadre.reserve.target_rank, direction=cadre.reserve.direction,
                        tier=_tier_title(placement.tier)))
        + "[/]"
    )  # fmt: skip
    for check in placement.checks:
        mark = "[green]✓[/]" if check.ok else "[red]✗[/]"
        verdict = t("ladder.explain.pass") if check.ok else t("ladder.explain.fail")
        rule = markup_text(t(f"ladder.rule.{check.rule}"))
        out.print(f"{mark} {labelled(rule + bracketed(verdict), markup_text(check.detail))}")
        if check.basis:
            out.print(f"    [dim]{markup_text(t('ladder.explain.basis', basis=check.basis))}[/]")
        for item in check.evidence:
            out.print(f"    [dim]· {markup_text(str(item))}[/]")
    if placement.ready_on is not None:
        out.print(t("ladder.explain.ready", date=placement.ready_on), markup=False)
    if placement.exit_reasons:
        reasons = listed(placement.exit_reasons, sep="cli.list-sep")
        out.print(f"[red]{markup_text(t('ladder.explain.exit', reasons=reasons))}[/]")
