"""``cadrectl report coverage``: reserves per key post (一职双备) and the structure targets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from cadrectl.cli.options import (
    AsOfOption,
    FormatOption,
    SkipBrokenOption,
    as_of_date,
    output_format,
)
from cadrectl.cli.render import cell, console, markup_text, print_csv, print_json, print_table
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.rules.coverage import PostCoverage, TargetCheck
    from cadrectl.services.coverage import CoverageReport


def coverage_command(
    ctx: typer.Context,
    as_of: AsOfOption = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.coverage import coverage_report

    fmt = output_format(fmt)
    report = coverage_report(state(ctx).paths(), as_of_date(as_of), skip_broken=skip_broken)
    warn_skipped(report.skipped)
    if fmt == "json":
        from cadrectl.model.outputs import CoverageOutput

        print_json(_as_dict(report), CoverageOutput)
    elif fmt == "csv":
        _csv(report)
    else:
        _text(report)
    return 0


def _post_dict(post: PostCoverage) -> dict[str, Any]:
    return {
        "unit": post.unit_id,
        "unit_name": post.unit_name,
        "post": post.post_id,
        "title": post.title,
        "rank": post.rank,
        "seats": post.seats,
        "needed": post.needed,
        "reserves": [{"id": c.id, "name": c.name, "tier": c.tier} for c in post.reserves],
        "ready": post.ready,
        "covered": post.covered,
    }


def _target_dict(target: TargetCheck) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(target) | {"ok": target.ok}


def _as_dict(report: CoverageReport) -> dict[str, Any]:
    return {
        "as_of": report.as_of.isoformat(),
        "reserves_per_seat": report.reserves_per_seat,
        "posts": [_post_dict(post) for post in report.posts],
        "uncovered": [f"{p.unit_id}/{p.post_id}" for p in report.uncovered],
        "without_ready": [f"{p.unit_id}/{p.post_id}" for p in report.without_ready],
        "targets": [_target_dict(target) for target in report.targets],
    }


def _text(report: CoverageReport) -> None:
    from rich.table import Table

    out = console()
    per_seat = f"{report.reserves_per_seat:g}"
    out.print(f"[bold]{t('coverage.title', date=report.as_of, per_seat=per_seat)}[/]")
    table = Table(
        t("coverage.col.unit"), t("coverage.col.post"), t("coverage.col.seats"),
        t("coverage.col.reserves"), t("coverage.col.ready"), t("coverage.col.status"),
        t("coverage.col.names"), box=None, header_style="bold",
    )  # fmt: skip
    for post in report.posts:
        missing = post.needed - len(post.reserves)
        status = (
            f"[green]{t('coverage.met')}[/]"
            if post.covered
            else f"[red]{t('coverage.short', missing=missing)}[/]"
        )
        ready = f"[red]{post.ready}[/]" if post.ready == 0 else str(post.ready)
        names = "、".join(f"{c.name}{'*' if c.tier == 1 else ''}" for c in post.reserves)
        table.add_row(cell(post.unit_name), cell(post.title), str(post.seats),
                      str(len(post.reserves)), ready, status, cell(names))  # fmt: skip
    print_table(out, table)
    covered = len(report.posts) - len(report.uncovered)
    out.print(
        t("coverage.summary", posts=len(report.posts), covered=covered,
          uncovered=len(report.uncovered), unready=len(report.without_ready))
    )  # fmt: skip
    out.print(f"\n[bold]{t('coverage.targets')}[/]")
    if not report.targets:
        out.print(t("coverage.no-targets"))
    for target in report.targets:
        goals = []
        if target.min_percent is not None:
            goals.append(t("coverage.goal-min", min=f"{target.min_percent:g}"))
        if target.max_percent is not None:
            goals.append(t("coverage.goal-max", max=f"{target.max_percent:g}"))
        mark = "[green]✓[/]" if target.ok else "[red]✗[/]"
        dimension = t(f"structure.dim.{target.dimension}")
        value = (
            t("structure.age-under-value", age=target.value)
            if target.dimension == "age_under"
            else target.value
        )
        line = t("coverage.target-line", dimension=dimension, value=value,
                 actual=f"{target.actual:.2f}", goal="，".join(goals))  # fmt: skip
        out.print(f"{mark} {markup_text(line)}")


def _csv(report: CoverageReport) -> None:
    fields = ["unit", "unit_name", "post", "title", "rank", "seats", "needed", "ready", "covered",
              "reserves"]  # fmt: skip
    rows = (
        _post_dict(post) | {"reserves": "、".join(c.name for c in post.reserves)}
        for post in report.posts
    )
    print_csv(fields, rows)
