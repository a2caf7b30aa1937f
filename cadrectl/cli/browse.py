"""``cadrectl list`` and ``cadrectl show ID``: browse the registry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.options import (
    AsOfOption,
    FormatOption,
    SkipBrokenOption,
    TextJsonOption,
    as_of_date,
    output_format,
)
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import cell, labelled, listed, markup_text, print_table
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from cadrectl.model.cadre import Cadre, Reserve
    from cadrectl.model.dates import PartialDate
    from cadrectl.services.browse import CadreRow, CadreView

_COLUMNS = (
    "id",
    "name",
    "gender",
    "birth",
    "unit",
    "post",
    "rank",
    "target",
    "direction",
    "status",
)


def list_cadres(
    ctx: typer.Context,
    status: Annotated[str, typer.Option("--status", help=t("cli.opt.status"))] = "active",
    target_rank: Annotated[
        str | None, typer.Option("--target-rank", help=t("cli.opt.target-rank"))
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help=t("cli.opt.unit"), autocompletion=complete.unit_ids)
    ] = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.browse import list_cadres as list_service

    fmt = output_format(fmt)
    listing = list_service(
        state(ctx).paths(),
        status=status,
        target_rank=target_rank,
        unit=unit,
        as_of=as_of_date(as_of),
        skip_broken=skip_broken,
    )
    warn_skipped(listing.skipped)
    emit(listing, fmt, lambda out: _list_text(out, listing.rows))
    return 0


def _list_text(out: Console, rows: list[CadreRow]) -> None:
    from rich.table import Table

    table = Table(*(t(f"list.col.{name}") for name in _COLUMNS), box=None, header_style="bold")
    for row in rows:
        birth = row.birth[:7].replace("-", ".")
        table.add_row(
            cell(row.id), cell(row.name), cell(row.gender),
            cell(f"{birth}({t('age.years', age=row.age)})"), cell(row.unit_name), cell(row.post),
            cell(row.rank), cell(row.target_rank), cell(row.direction), t(f"status.{row.status}"),
        )  # fmt: skip
    print_table(out, table)
    out.print(t("list.count", count=len(rows)))


def show(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    fmt: TextJsonOption = "text",
) -> int:
    from cadrectl.services.browse import show_cadre

    fmt = output_format(fmt, ("text", "json"))
    view = show_cadre(state(ctx).paths(), cadre_id)
    emit(view, fmt, lambda out: _show_text(out, view))
    return 0


def _show_text(out: Console, view: CadreView) -> None:
    for title, table in _sections(view.entry.cadre, view.unit_names):
        out.print(f"[bold]{title}[/]")
        out.print(table)


def _sections(cadre: Cadre, unit_names: dict[str, str]) -> list[tuple[str, Table]]:
    from rich.table import Table

    def facts(pairs: Sequence[tuple[str, object]]) -> Table:
        table = Table(show_header=False, box=None, padding=(0, 2))
        for label, value in pairs:
            table.add_row(f"[dim]{markup_text(label)}[/]", cell("" if value is None else value))
        return table

    none, now = t("show.none"), t("show.now")
    personal = facts(
        [
            ("编号 id", cadre.id),
            ("姓名 name", cadre.name),
            ("性别 gender", cadre.gender),
            ("民族 ethnicity", cadre.ethnicity),
            ("出生年月 birth", cadre.birth.dotted()),
            ("籍贯 native_place", cadre.native_place),
            ("政治面貌 party", cadre.party.status),
            ("入党时间 joined", _dotted(cadre.party.joined)),
            ("参加工作时间 work_start", _dotted(cadre.work_start)),
        ]
    )
    education = facts(
        [
            (e.kind, " ".join(filter(None, [e.level, e.degree, e.school, e.major])))
            for e in cadre.education
        ]
        or [("", none)]
    )
    current = cadre.current
    post = facts(
        [
            ("单位 unit", unit_names.get(current.unit, current.unit)),
            ("职务 post", current.post),
            ("职级 rank", current.rank),
            ("任现职时间 post_since", _dotted(current.post_since)),
            ("任现职级时间 rank_since", _dotted(current.rank_since)),
        ]
    )
    resume = facts(
        [
            (f"{r.from_.dotted()}--{r.to.dotted() if r.to else now}", f"{r.unit}{r.post}")
            for r in cadre.resume
        ]
        or [("", none)]
    )
    reserve = cadre.reserve
    reserve_table = facts(
        [
            ("状态 status", t(f"status.{reserve.status}")),
            ("入库时间 entered", reserve.entered.dotted()),
            ("来源 source", reserve.source),
            ("拟培养层级 target_rank", reserve.target_rank),
            ("培养方向 direction", reserve.direction),
            ("拟任职位 target_posts", listed(reserve.target_posts) or none),
            ("联系帮带人 mentors", listed(reserve.mentors) or none),
            *_status_block(reserve, unit_names),
        ]
    )
    from cadrectl.model.inspections import RECORD_LISTS

    records = cadre.records
    grades = t("cli.list-sep").join(labelled(a.year, a.grade) for a in records.assessments) or none
    record_table = facts(
        [(t("record.kind.assessment"), grades)]
        + [
            (t(f"record.kind.{kind}"), len(getattr(records, plural)))
            for kind, plural in RECORD_LISTS.items()
            if kind != "assessment"
        ]
    )
    family = [
        (member.relation, " ".join(filter(None, [
            member.name, _dotted(member.birth), member.party,
            t("show.deceased") if member.deceased else member.work,
        ])))
        for member in cadre.family
    ]  # fmt: skip
    sections = [
        (t("show.section.personal"), personal),
        (t("show.section.education"), education),
        (t("show.section.current"), post),
        (t("show.section.resume"), resume),
        (t("show.section.reserve"), reserve_table),
        (t("show.section.records"), record_table),
    ]
    if family:
        sections.append((t("show.section.family"), facts(family)))
    return sections


def _dotted(value: PartialDate | None) -> str | None:
    return value.dotted() if value is not None else None


def _status_block(reserve: Reserve, unit_names: dict[str, str]) -> list[tuple[str, object]]:
    """The block of a reserve not simply in the pool: whom they are inspected for, where they
    were used, why they left."""
    if reserve.inspecting is not None:
        item = reserve.inspecting
        unit = unit_names.get(item.unit, item.unit)
        return [("考察对象 inspecting", f"{item.date.dotted()} {unit} {item.post}")]
    if reserve.used is not None:
        unit = unit_names.get(reserve.used.unit, reserve.used.unit)
        return [("使用 used", f"{reserve.used.date.dotted()} {unit} {reserve.used.post}")]
    if reserve.exited is not None:
        return [("调出 exited", f"{reserve.exited.date.dotted()} {reserve.exited.reason}")]
    return []
