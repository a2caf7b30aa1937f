"""``cadrectl unit add|add-post|set|list|show``: the units and their posts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.edit import NoCommit, report
from cadrectl.cli.lazy import ClerkGroup, command
from cadrectl.cli.options import FormatOption, SkipBrokenOption, TextJsonOption, output_format
from cadrectl.cli.reporters import emit
from cadrectl.cli.reporters.to_text import cell, listed, markup_text, print_table
from cadrectl.cli.skipped import warn_skipped
from cadrectl.cli.state import state
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from cadrectl.services.units import UnitListing, UnitView

app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)

UnitArgument = Annotated[
    str, typer.Argument(metavar="UNIT", help=t("cli.arg.unit-id"), autocompletion=complete.unit_ids)
]


@command(app, "add", "cli.cmd.unit-add")
def add_command(
    ctx: typer.Context,
    unit_id: Annotated[str, typer.Argument(metavar="ID", help=t("cli.arg.unit-id"))],
    name: Annotated[str, typer.Option("--name", help=t("cli.opt.unit-name"))],
    kind: Annotated[str, typer.Option("--kind", help=t("cli.opt.unit-kind"))],
    group: Annotated[str | None, typer.Option("--group", help=t("cli.opt.unit-group"))] = None,
    grassroots: Annotated[
        bool, typer.Option("--grassroots/--no-grassroots", help=t("cli.opt.unit-grassroots"))
    ] = False,
    parent: Annotated[
        str | None, typer.Option("--parent", metavar="UNIT", help=t("cli.opt.unit-parent"))
    ] = None,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.unit_changes import add_unit

    result = add_unit(
        state(ctx).paths(), unit_id, name=name, kind=kind, grassroots=grassroots, group=group,
        parent=parent, no_commit=no_commit,
    )  # fmt: skip
    return report(result)


@command(app, "add-post", "cli.cmd.unit-add-post")
def add_post_command(
    ctx: typer.Context,
    unit_id: UnitArgument,
    post_id: Annotated[str, typer.Argument(metavar="POST", help=t("cli.arg.post-id"))],
    title: Annotated[str, typer.Option("--title", help=t("cli.opt.post-title"))],
    rank: Annotated[str, typer.Option("--rank", help=t("cli.opt.post-rank"))],
    seats: Annotated[int, typer.Option("--seats", help=t("cli.opt.post-seats"))] = 1,
    head: Annotated[bool, typer.Option("--head", help=t("cli.opt.post-head"))] = False,
    key: Annotated[bool, typer.Option("--key/--no-key", help=t("cli.opt.post-key"))] = True,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.unit_changes import add_post

    result = add_post(
        state(ctx).paths(), unit_id, post_id, title=title, rank=rank, seats=seats, head=head,
        key=key, no_commit=no_commit,
    )  # fmt: skip
    return report(result)


@command(app, "set", "cli.cmd.unit-set")
def set_command(
    ctx: typer.Context,
    unit_id: UnitArgument,
    assignments: Annotated[
        list[str] | None,
        typer.Argument(metavar="FIELD=VALUE…", help=t("cli.arg.unit-assignments")),
    ] = None,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.unit_changes import set_unit_fields, split_unit_assignment

    pairs = [split_unit_assignment(text) for text in assignments or []]
    return report(set_unit_fields(state(ctx).paths(), unit_id, pairs, no_commit=no_commit))


@command(app, "list", "cli.cmd.unit-list")
def list_command(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option("--kind", help=t("cli.opt.unit-kind-filter"))] = None,
    fmt: FormatOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.units import list_units

    fmt = output_format(fmt)
    listing = list_units(state(ctx).paths(), kind=kind, skip_broken=skip_broken)
    warn_skipped(listing.skipped)
    emit(listing, fmt, lambda out: _list_text(out, listing))
    return 0


def _yes_no(value: bool) -> str:
    return t("unit.yes") if value else t("unit.no")


def _list_text(out: Console, listing: UnitListing) -> None:
    from rich.table import Table

    table = Table(
        t("unit.col.id"), t("unit.col.name"), t("unit.col.kind"), t("unit.col.group"),
        t("unit.col.parent"), t("unit.col.grassroots"), t("unit.col.posts"), t("unit.col.seats"),
        box=None, header_style="bold",
    )  # fmt: skip
    none = t("unit.none")
    for row in listing.rows:
        table.add_row(
            cell(row.id), cell(row.name), cell(row.kind), cell(row.group or none),
            cell(row.parent or none), _yes_no(row.grassroots), str(row.posts), str(row.seats),
        )  # fmt: skip
    print_table(out, table)
    out.print(t("unit.count", count=len(listing.rows)))


@command(app, "show", "cli.cmd.unit-show")
def show_command(
    ctx: typer.Context,
    unit_id: UnitArgument,
    fmt: TextJsonOption = "text",
    skip_broken: SkipBrokenOption = False,
) -> int:
    from cadrectl.services.units import show_unit

    fmt = output_format(fmt, ("text", "json"))
    view = show_unit(state(ctx).paths(), unit_id, skip_broken=skip_broken)
    warn_skipped(view.skipped)
    emit(view, fmt, lambda out: _show_text(out, view))
    return 0


def _show_text(out: Console, view: UnitView) -> None:
    from rich.table import Table

    unit, none = view.unit, t("unit.none")
    out.print(f"[bold]{markup_text(t('unit.show.title', name=unit.name, id=unit.id))}[/]")
    parent = unit.parent
    if view.parent_name and unit.parent:
        parent = t("unit.show.title", name=view.parent_name, id=unit.parent)
    facts = Table(show_header=False, box=None, padding=(0, 2))
    for label, value in (
        (t("unit.show.kind"), unit.kind),
        (t("unit.show.group"), unit.group or none),
        (t("unit.show.parent"), parent or none),
        (t("unit.show.grassroots"), _yes_no(unit.grassroots)),
        (t("unit.show.file"), view.file),
        (t("unit.show.children"), "、".join(view.children) or none),
        (t("unit.show.cadres"), "、".join(view.cadres) or none),
    ):
        facts.add_row(f"[dim]{markup_text(label)}[/]", cell(value))
    out.print(facts)
    seats = sum(post.seats for post in unit.posts)
    out.print(f"[bold]{markup_text(t('unit.show.posts', count=len(unit.posts), seats=seats))}[/]")
    if not unit.posts:
        out.print(t("unit.show.no-posts"))
        return
    posts = Table(
        t("unit.post.col.id"), t("unit.post.col.title"), t("unit.post.col.rank"),
        t("unit.post.col.seats"), t("unit.post.col.head"), t("unit.post.col.key"),
        t("unit.post.col.reserves"), box=None, header_style="bold",
    )  # fmt: skip
    for post in unit.posts:
        reserves = listed(view.reserves.get(post.id, [])) or none
        posts.add_row(
            cell(post.id), cell(post.title), cell(post.rank), str(post.seats),
            _yes_no(post.head), _yes_no(post.key), cell(reserves),
        )  # fmt: skip
    print_table(out, posts)
