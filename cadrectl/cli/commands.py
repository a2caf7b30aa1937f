"""The top-level commands: name, help line and function or group, in the order ``--help`` shows.

Each is named as ``"module:attribute"`` and imported only when it runs (:mod:`cadrectl.cli.lazy`).
A new top-level command is a row here and a function in the module whose name says what it does;
a new command of a group is registered on that group's ``typer.Typer`` in its module.
"""

from __future__ import annotations

from cadrectl.cli.lazy import Entry

_CLI = "cadrectl.cli."

COMMANDS = (
    Entry("init", "cli.cmd.init", _CLI + "init:init"),
    Entry("check", "cli.cmd.check", _CLI + "check:check"),
    Entry("list", "cli.cmd.list", _CLI + "browse:list_cadres"),
    Entry("show", "cli.cmd.show", _CLI + "browse:show"),
    Entry("add", "cli.cmd.add", _CLI + "edit:add_command"),
    Entry("set", "cli.cmd.set", _CLI + "edit:set_command"),
    Entry("edit", "cli.cmd.edit", _CLI + "edit:edit_command"),
    Entry("record", "cli.cmd.record", _CLI + "edit:record_command"),
    Entry("exit", "cli.cmd.exit", _CLI + "edit:exit_command"),
    Entry("use", "cli.cmd.use", _CLI + "edit:use_command"),
    Entry("inspect-for", "cli.cmd.inspect-for", _CLI + "edit:inspect_for_command"),
    Entry("ladder", "cli.cmd.ladder", _CLI + "ladder:ladder_command"),
    Entry("history", "cli.cmd.history", _CLI + "history:history_command"),
    Entry("diff", "cli.cmd.diff", _CLI + "history:diff_command"),
    Entry("recover", "cli.cmd.recover", _CLI + "recover:recover_command"),
    Entry("schemas", "cli.cmd.registry-schemas", _CLI + "schemas:schemas_command"),
    Entry("editor-setup", "cli.cmd.editor-setup", _CLI + "editor:editor_setup_command"),
    # groups: each module owns its typer.Typer (its commands are registered there)
    Entry("report", "cli.cmd.report", _CLI + "report:app"),
    Entry("export", "cli.cmd.export", _CLI + "export:app"),
    Entry("cycle", "cli.cmd.cycle", _CLI + "cycle:app"),
    Entry("unit", "cli.cmd.unit", _CLI + "unit:app"),
    Entry("import", "cli.cmd.import", _CLI + "imports:app"),
    Entry("dev", "cli.cmd.dev", _CLI + "dev:app", hidden=True),
)
