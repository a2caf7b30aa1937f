"""``cadrectl export …``: the Excel workbooks that go upward, and the 公示 notice (one module per
kind beside this)."""

from __future__ import annotations

import typer

from cadrectl.cli.export_adjustment import export_adjustment_command
from cadrectl.cli.export_card import export_card_command
from cadrectl.cli.export_forms import form_export_command
from cadrectl.cli.export_notice import export_notice_command
from cadrectl.cli.export_roster import export_roster_command
from cadrectl.cli.export_structure import export_structure_command
from cadrectl.cli.export_template import export_template_command
from cadrectl.cli.lazy import ClerkGroup, command

app = typer.Typer(no_args_is_help=True, add_completion=False, cls=ClerkGroup)

command(app, "roster", "cli.cmd.export-roster")(export_roster_command)
command(app, "structure", "cli.cmd.export-structure")(export_structure_command)
command(app, "card", "cli.cmd.export-card")(export_card_command)
command(app, "lrmx", "cli.cmd.export-lrmx")(form_export_command("lrmx"))
command(app, "lrm", "cli.cmd.export-lrm")(form_export_command("lrm"))
command(app, "adjustment", "cli.cmd.export-adjustment")(export_adjustment_command)
command(app, "notice", "cli.cmd.export-notice")(export_notice_command)
command(app, "template", "cli.cmd.export-template")(export_template_command)
