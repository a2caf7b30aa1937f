"""Text reports: rich consoles, registry text made safe to print, tables, problem lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from cadrectl.core.messages import t

if TYPE_CHECKING:
    from rich.table import Table

    from cadrectl.core.problems import Problem


def mask_id_numbers(text: str) -> str:
    """:func:`cadrectl.core.privacy.mask_id_numbers`, imported when first used (not at --help)."""
    from cadrectl.core.privacy import mask_id_numbers as mask

    return mask(text)


def escape_unsafe(value: str, *, json: bool = False) -> str:
    """:func:`cadrectl.core.text.escape_unsafe`, imported when first used."""
    from cadrectl.core.text import escape_unsafe as escape_text

    return escape_text(value, json=json)


def console() -> Console:
    # Why emoji=False: rich would turn ":smile:" in a name into an emoji, even with markup off.
    out = Console(highlight=False, soft_wrap=True, emoji=False)
    if not out.is_terminal:  # piped into a file or another program: do not squeeze tables
        out.width = 240
    return out


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def shown(value: object) -> str:
    """Registry text as printed: control characters escaped (``\\x1b``), id numbers masked.

    For text printed with ``markup=False``; see :func:`markup_text` inside markup and
    :func:`cell` in a table. Values never reach rich's markup parser as they are: a name
    holding ``[/]`` would stop the command, one holding ``[bold]`` would change the output.
    """
    return mask_id_numbers(escape_unsafe(value if isinstance(value, str) else str(value)))


def bracketed(text: object) -> str:
    """``（…）`` in Chinese, `` (…)`` in English: the brackets of the display language."""
    return t("cli.bracketed", text=text)


def listed(items: Iterable[object], *, sep: str = "cli.enum-sep") -> str:
    """Items joined as the display language joins them: ``甲、乙`` or ``a, b`` (``sep`` names
    the separator: ``cli.list-sep`` for clauses, ``；`` or ``; ``)."""
    return t(sep).join(str(item) for item in items)


def labelled(label: object, text: object) -> str:
    """``label：text`` in Chinese, ``label: text`` in English."""
    return t("cli.labelled", label=label, text=text)


def markup_text(value: object) -> str:
    """Registry text to place inside rich markup: :func:`shown`, with markup escaped."""
    return escape(shown(value))


def cell(value: object) -> str | Text:
    """A table cell of registry text: :func:`shown`, and never read as markup."""
    text = shown(value)
    return Text(text) if "[" in text else text  # no "[": no markup (and no emoji: see console)


LARGE_TABLE = 300  # rows; above it, tables are laid out here rather than by rich


def print_table(out: Console, table: Table) -> None:
    """A ``box=None`` table: by rich when small, by plain column padding when large.

    Why: rich measures and wraps every cell, about 600 rows a second here, so a 10,000-row
    ``list``, ``ladder`` or coverage table took 12–19 s. A large table is written with each
    column padded to its widest cell (CJK characters two columns), the way rich lays out a table
    that fits, but not folded to the terminal's width; cell colours are dropped, the header
    stays bold.
    """
    from rich.text import Text

    def plain(cell: object) -> str:
        if isinstance(cell, Text):
            return cell.plain
        text = str(cell)
        return Text.from_markup(text).plain if "[" in text else text  # no "[": no markup

    if table.row_count <= LARGE_TABLE:
        out.print(table)
        return
    columns = [[plain(column.header), *map(plain, column.cells)] for column in table.columns]
    if any("\n" in cell for column in columns for cell in column):  # rich lays out line breaks
        out.print(table)
        return
    from cadrectl.core.textwidth import display_width

    sized = [[(cell, display_width(cell)) for cell in column] for column in columns]
    widths = [max(size for _, size in column) for column in sized]
    lines = [
        " " + "  ".join(cell + " " * (width - size) for (cell, size), width in cells) + " "
        for cells in (zip(row, widths, strict=True) for row in zip(*sized, strict=True))
    ]
    if table.title:
        out.print(plain(table.title), markup=False)
    out.print(lines[0], style="bold", markup=False)
    out.file.write("\n".join(lines[1:]) + "\n")


def problem_line(problem: Problem, field_label: str) -> str:
    """``cadres/X.yaml:12:5: 错误 [unknown-rank] 职级（current.rank）：…`` as rich markup."""
    where = problem.file
    if problem.line is not None:
        where += f":{problem.line}"
        if problem.column is not None:
            where += f":{problem.column}"
    color = "red" if problem.severity == "error" else "yellow"
    severity = t(f"check.severity.{problem.severity}")
    label = f"{markup_text(field_label)}{t('check.field-separator')}" if field_label else ""
    return (
        f"[bold]{markup_text(where)}[/]: [{color}]{severity}[/] [dim]\\[{problem.code}][/] "
        f"{label}{markup_text(problem.message)}"
    )


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback that draws on a terminal and is None when output is piped."""
    out = err_console()
    if not out.is_terminal:
        yield None
        return
    from rich.progress import Progress

    with Progress(console=out, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update
