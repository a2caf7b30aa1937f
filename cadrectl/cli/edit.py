"""Commands that change the registry: add, set, edit, record, exit, use, inspect-for."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cadrectl.cli import complete
from cadrectl.cli.options import as_of_date
from cadrectl.cli.reporters.to_text import bracketed, console, err_console
from cadrectl.cli.state import state
from cadrectl.core.errors import CadrectlError
from cadrectl.core.messages import t

if TYPE_CHECKING:
    from cadrectl.model.dates import PartialDate
    from cadrectl.services.changes import ChangeResult

NoCommit = Annotated[bool, typer.Option("--no-commit", help=t("cli.opt.no-commit"))]
Assignments = Annotated[
    list[str] | None,
    typer.Argument(metavar="FIELD=VALUE…", autocompletion=complete.field_paths),
]
DateOption = Annotated[str | None, typer.Option("--date", help=t("cli.opt.date"))]
NoteOption = Annotated[str | None, typer.Option("--note", help=t("cli.opt.note"))]


def report(result: ChangeResult) -> int:
    from cadrectl.cli.reporters.to_text import shown

    if result.state == "written":
        err_console().print(t("git.not-a-repository"), markup=False)
    console().print(shown(t(f"edit.{result.state}", subject=result.subject)), markup=False)
    return 0


def set_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    assignments: Assignments = None,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.edit import set_fields
    from cadrectl.services.values import split_assignment

    pairs = [split_assignment(text) for text in assignments or []]
    return report(set_fields(state(ctx).paths(), cadre_id, pairs, no_commit=no_commit))


def record_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    kind: Annotated[
        str,
        typer.Argument(
            metavar="KIND", help=t("cli.arg.record-kind"), autocompletion=complete.record_kinds
        ),
    ],
    assignments: Assignments = None,
    replace: Annotated[bool, typer.Option("--replace", help=t("cli.opt.replace"))] = False,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.edit import add_record
    from cadrectl.services.values import split_assignment

    pairs = [split_assignment(text) for text in assignments or []]
    result = add_record(
        state(ctx).paths(), cadre_id, kind, pairs, replace=replace, no_commit=no_commit
    )
    return report(result)


def exit_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    reason: Annotated[str, typer.Option("--reason", help=t("cli.opt.reason"))],
    date: DateOption = None,
    note: NoteOption = None,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.edit import exit_cadre

    when = _typed_date(date)
    result = exit_cadre(
        state(ctx).paths(), cadre_id, reason=reason, date=when, note=note, no_commit=no_commit
    )
    return report(result)


def use_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    unit: Annotated[
        str, typer.Option("--unit", help=t("cli.opt.use-unit"), autocompletion=complete.unit_ids)
    ],
    post: Annotated[
        str, typer.Option("--post", help=t("cli.opt.use-post"), autocompletion=complete.post_ids)
    ],
    date: DateOption = None,
    note: NoteOption = None,
    no_commit: NoCommit = False,
) -> int:
    from cadrectl.services.edit import use_cadre

    when = _typed_date(date)
    result = use_cadre(
        state(ctx).paths(), cadre_id, unit=unit, post=post, date=when, note=note,
        no_commit=no_commit,
    )  # fmt: skip
    return report(result)


def inspect_for_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    unit: Annotated[
        str | None,
        typer.Option("--unit", help=t("cli.opt.inspect-unit"), autocompletion=complete.unit_ids),
    ] = None,
    post: Annotated[
        str | None,
        typer.Option("--post", help=t("cli.opt.inspect-post"), autocompletion=complete.post_ids),
    ] = None,
    end: Annotated[bool, typer.Option("--end", help=t("cli.opt.inspect-end"))] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", help=t("cli.opt.inspect-reason"))
    ] = None,
    date: DateOption = None,
    note: NoteOption = None,
    no_commit: NoCommit = False,
) -> int:
    """``inspect-for ID --unit U --post P`` (active → inspecting), or ``--end --reason R``."""
    from cadrectl.core.errors import UsageError
    from cadrectl.services.edit import end_inspection, inspect_for

    if end:
        if unit is not None or post is not None or note is not None:
            raise UsageError("cli.error.inspect-end-options")
        when = _typed_date(date)
        result = end_inspection(
            state(ctx).paths(), cadre_id, reason=reason or "", date=when, no_commit=no_commit
        )
        return report(result)
    if reason is not None:
        raise UsageError("cli.error.inspect-reason-needs-end")
    if unit is None or post is None:
        raise UsageError("cli.error.missing-option", name="--unit" if unit is None else "--post")
    when = _typed_date(date)
    result = inspect_for(
        state(ctx).paths(), cadre_id, unit=unit, post=post, date=when, note=note,
        no_commit=no_commit,
    )  # fmt: skip
    return report(result)


def add_command(
    ctx: typer.Context,
    assignments: Assignments = None,
    from_file: Annotated[
        Path | None, typer.Option("--from-file", help=t("cli.opt.from-file"))
    ] = None,
    no_commit: NoCommit = False,
) -> int:
    import datetime as dt

    from cadrectl.core.problems import format_path
    from cadrectl.services.add import (
        add_cadre,
        build_data,
        missing_required,
        required_fields,
        set_required,
    )
    from cadrectl.services.registry import load_config
    from cadrectl.services.values import split_assignment

    pairs = [split_assignment(text) for text in assignments or []]
    data = build_data(pairs, from_file, dt.date.today())
    if sys.stdin.isatty():
        required = required_fields(load_config(state(ctx).paths()))
        for path in missing_required(data, required, prompt=True):
            raw = typer.prompt(t("add.prompt", field=_label(format_path(path), path)))
            set_required(data, path, raw)
    _, result = add_cadre(state(ctx).paths(), data, no_commit=no_commit)
    return report(result)


def edit_command(
    ctx: typer.Context,
    cadre_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=complete.cadre_ids)],
    no_commit: NoCommit = False,
) -> int:
    """Open $EDITOR on a copy; on save validate; on an error offer to reopen (like visudo).

    Nothing is written unless the editor ends normally: an editor that exits with an error or
    is killed cancels the edit, and so does a draft too large to be a cadre file.
    """
    from cadrectl.services.edit import read_cadre, replace_text

    paths = state(ctx).paths()
    current = read_cadre(paths, cadre_id)
    editor = _editor_command()
    text = current.text
    with tempfile.TemporaryDirectory(prefix="cadrectl-edit-") as folder:
        draft = Path(folder) / f"{cadre_id}.yaml"
        draft.write_text(text, encoding="utf-8", newline="")
        while True:
            _run_editor(editor, draft)
            saved = _read_draft(draft)
            try:
                text = draft_text(saved)
                if text == current.text:
                    console().print(t("edit.cancelled"))
                    return 0
                result = replace_text(
                    paths, cadre_id, text, base_text=current.text, no_commit=no_commit
                )
                return report(result)
            except CadrectlError as exc:
                err_console().print(exc.render(), markup=False)
                if exc.key == "edit.changed-meanwhile":
                    err_console().print(t("edit.draft-kept", path=_keep_draft(draft)))
                    return 1
                if not sys.stdin.isatty() or not typer.confirm(t("edit.reopen"), default=True):
                    console().print(t("edit.cancelled"))
                    return 1


def _editor_command() -> list[str]:
    """The clerk's editor ($VISUAL, else $EDITOR, else :func:`default_editor`); refuses to
    start a terminal editor where there is no terminal."""
    configured = (os.environ.get("VISUAL") or "").strip() or (
        os.environ.get("EDITOR") or ""
    ).strip()
    if not configured:
        if sys.platform != "win32" and not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise CadrectlError("edit.no-editor")
        configured = default_editor()
    words = editor_words(configured)
    if not words:
        raise CadrectlError("edit.no-editor")
    return words


def editor_words(configured: str) -> list[str]:
    """The program and arguments of an editor setting (``code --wait``), split as the platform
    writes them.

    Why not shlex alone on Windows: its POSIX rules take ``\\`` for an escape, so
    ``C:\\Tools\\vim.exe`` would lose its backslashes. There a setting that is a program's path
    (spaces and all) is that program; else words split at spaces, with "double quotes".
    """
    windows = sys.platform == "win32"
    program = configured.strip('"')
    if windows and Path(program).is_file():
        return [program]
    try:
        words = shlex.split(configured, posix=not windows)
    except ValueError:
        raise CadrectlError("edit.bad-editor", editor=configured) from None
    return [word[1:-1] if len(word) > 1 and word[0] == word[-1] == '"' else word for word in words]


def _run_editor(editor: list[str], path: Path) -> None:
    # Why which: on Windows an editor is often a .cmd (VS Code's "code"), which is not started
    # by its bare name; its full path is.
    program = shutil.which(editor[0]) or editor[0]
    try:
        finished = subprocess.run([program, *editor[1:], str(path)], check=False)
    except OSError as exc:
        raise CadrectlError("edit.editor-failed", editor=editor[0], reason=str(exc)) from None
    if finished.returncode != 0:
        raise CadrectlError("edit.editor-status", editor=editor[0], code=finished.returncode)


def _read_draft(draft: Path) -> bytes:
    from cadrectl.store.textfile import MAX_FILE_BYTES, TextProblem, read_capped

    try:
        data = read_capped(draft)
    except OSError:
        raise CadrectlError("edit.draft-gone") from None
    if isinstance(data, TextProblem):
        raise CadrectlError("edit.draft-too-large", limit=MAX_FILE_BYTES)
    return data


def draft_text(saved: bytes) -> str:
    """The text of the draft as the editor saved it, read as a registry file is: the BOM that
    Notepad writes dropped (the file keeps its own), and a draft that is not UTF-8 refused.

    Why refused: read with replacement characters, a draft Notepad saved as ANSI (GBK) would
    have put ``\\ufffd`` in place of every Chinese character it changed.
    """
    from cadrectl.store.textfile import TextProblem, decode_registry_text

    text = decode_registry_text(saved)
    if not isinstance(text, TextProblem):
        return text
    if text.code == "encoding":
        raise CadrectlError("platform.draft-not-utf8", **text.params)
    return saved.decode("utf-8", errors="replace")  # a NUL: the check of the change says where


def _keep_draft(draft: Path) -> str:
    """A copy of the clerk's draft outside the editing folder, so their work is not lost."""
    fd, name = tempfile.mkstemp(prefix=f"cadrectl-{draft.stem}-", suffix=".yaml")
    with os.fdopen(fd, "wb") as handle:
        handle.write(draft.read_bytes())
    return name


def default_editor() -> str:
    """The editor when neither $VISUAL nor $EDITOR names one: Notepad on Windows, else vi (as
    git's own default)."""
    return "notepad" if sys.platform == "win32" else "vi"


def _typed_date(text: str | None) -> PartialDate:
    from cadrectl.core.errors import UsageError
    from cadrectl.model.dates import DateError, PartialDate

    if text is None:
        return PartialDate.from_date(as_of_date(None))
    try:
        return PartialDate.parse_typed(text)
    except DateError:
        raise UsageError("cli.error.bad-date", value=text) from None


def _label(dotted: str, path: tuple[str | int, ...]) -> str:
    from cadrectl.model.cadre import Cadre
    from cadrectl.model.titles import field_title

    title = field_title(Cadre, path)
    return title + bracketed(dotted) if title else dotted
