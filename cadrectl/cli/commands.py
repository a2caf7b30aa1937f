"""The command tree: every command's name, help line and function, in the order ``--help`` shows.

The functions are named as ``"module:function"`` and imported only when their command runs
(:mod:`cadrectl.cli.lazy`); a new command is a new row here and a function in the module whose
name says what it does.
"""

from __future__ import annotations

from cadrectl.cli.lazy import Entry

_CLI = "cadrectl.cli."

REPORT = (
    Entry("structure", "cli.cmd.report-structure", _CLI + "report:structure"),
    Entry("coverage", "cli.cmd.report-coverage", _CLI + "coverage:coverage_command"),
    Entry("warnings", "cli.cmd.report-warnings", _CLI + "warnings:warnings_command"),
)

EXPORT = (
    Entry("roster", "cli.cmd.export-roster", _CLI + "export_roster:export_roster_command"),
    Entry(
        "structure", "cli.cmd.export-structure", _CLI + "export_structure:export_structure_command"
    ),
    Entry("card", "cli.cmd.export-card", _CLI + "export_card:export_card_command"),
    Entry(
        "adjustment",
        "cli.cmd.export-adjustment",
        _CLI + "export_adjustment:export_adjustment_command",
    ),
)

CYCLE = tuple(
    Entry(step, f"cli.cmd.cycle-{step}", f"{_CLI}cycle:{step}_command")
    for step in (
        "open",
        "status",
        "inspect",
        "nominate",
        "tally",
        "propose",
        "publicize",
        "apply",
        "close",
    )
)

DEV = (Entry("schemas", "cli.cmd.schemas", _CLI + "dev:schemas"),)

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
    Entry("ladder", "cli.cmd.ladder", _CLI + "ladder:ladder_command"),
    Entry("history", "cli.cmd.history", _CLI + "history:history_command"),
    Entry("diff", "cli.cmd.diff", _CLI + "history:diff_command"),
    Entry("report", "cli.cmd.report", children=REPORT),
    Entry("export", "cli.cmd.export", children=EXPORT),
    Entry("cycle", "cli.cmd.cycle", children=CYCLE),
    Entry("dev", "cli.cmd.dev", children=DEV, hidden=True),
)
