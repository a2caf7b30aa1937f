"""The key families: message keys the code builds at run time from a code it holds, such as
``t(f"cycle.action.{line.action}")``. Declared here, in one place, so that a test can tell a
key that is used from one that is dead (tests/test_messages.py): a family's key is used when
each part of it after the prefix is a word the code names."""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "card.label.": "the 任免审批表's field labels, by field",
    "check.severity.": "error, warning",
    "cli.error.missing-": "a missing argument, option or parameter",
    "commit.": "commit subjects of the editing commands, by action",
    "cycle.action.": "admit, exit, use, retier",
    "cycle.decision.": "pending, accept, reject",
    "cycle.next.": "the cycle's next step",
    "cycle.phase.": "the cycle's phases in status",
    "cycle.state.": "open, closed",
    "cycle.step.": "the steps of the selection procedure",
    "edit.": "the editor's outcomes",
    "import.nomination.": "what a nomination needs beyond the candidate",
    "import.problem.": "what is wrong with a row of an imported sheet, by code",
    "import.status.": "new, changed, unchanged",
    "init.profile.": "the profiles' names",
    "label.": "field labels, by field path",
    "label.list.": "record list labels",
    "ladder.detail.": "a rule's result: ladder.detail.<rule>.<case>",
    "ladder.exit.": "the negative list's causes",
    "ladder.per.": "the period a record_count rule checks",
    "ladder.rule.": "the qualification rules' names",
    "ladder.tier.": "the tier names",
    "list.col.": "the list command's columns",
    "paths.": "what is wrong with a path in the registry",
    "problem.": "the problems check reports, by code",
    "record.kind.": "the kinds of records",
    "recover.": "what recovery did",
    "sheet.": "why a file cannot be read as a spreadsheet",
    "status.": "active, inspecting, used, exited",
    "template.guide.note.": "an entry sheet's own 填表说明 points, by kind",
    "template.hint.": "what to write in an entry sheet's column, by field",
    "template.kind.": "the entry sheets' kinds",
    "template.list.": "the code lists an entry sheet offers",
    "template.title.": "an entry sheet's title, by kind",
    "structure.dim.": "the structure report's dimensions",
    "structure.field.": "the structure report's fields",
    "warnings.": "warning texts, by kind",
    "warnings.kind.": "warning kinds' names",
}
