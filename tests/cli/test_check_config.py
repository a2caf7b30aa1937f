"""check refuses a policy that names ranks, levels or grades that do not exist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

POLICY = """
policy:
  targets:
    正科长:
      rules:
        - {rule: education, min: 本科}
        - {rule: latest_assessment, min: 良好}
    正科:
      rules:
        - {rule: years_in_rank, years: 2}
        - {rule: no_such_rule}
"""


def test_policy_problems_are_reported_with_lines(registry: Path, cli: Any) -> None:
    config = registry / "cadrectl.yaml"
    config.write_text(config.read_text(encoding="utf-8") + POLICY, encoding="utf-8")
    report = cli("-R", registry, "check", "--format", "json").json()
    codes = sorted(p["code"] for p in report["problems"])
    assert "not-allowed-value" in codes  # rule: no_such_rule (the schema refuses it)
    assert all(p["file"] == "cadrectl.yaml" for p in report["problems"])
    assert all(p["line"] for p in report["problems"] if not p["code"].startswith("config-"))


def test_policy_values_are_checked_against_the_registry(registry: Path, cli: Any) -> None:
    config = registry / "cadrectl.yaml"
    text = POLICY.replace("        - {rule: no_such_rule}\n", "")
    config.write_text(config.read_text(encoding="utf-8") + text, encoding="utf-8")
    report = cli("-R", registry, "check", "--format", "json").json()
    found = {(p["code"], p["field"]) for p in report["problems"]}
    assert ("unknown-rank", "policy.targets.正科长") in found
    assert ("not-allowed-value", "policy.targets.正科长.rules[0].min") in found
    assert ("unknown-code", "policy.targets.正科长.rules[1].min") in found


def test_a_roster_template_with_an_unknown_field_is_refused(registry: Path, cli: Any) -> None:
    config = registry / "cadrectl.yaml"
    template = (
        "rosters:\n  科级:\n    title: 名册\n    columns:\n"
        "      - {field: name}\n      - {field: reserve.period}\n      - {field: shoe_size}\n"
    )
    config.write_text(config.read_text(encoding="utf-8") + template, encoding="utf-8")
    report = cli("-R", registry, "check", "--format", "json").json()
    assert [(p["code"], p["field"]) for p in report["problems"]] == [
        ("unknown-roster-field", "rosters.科级.columns[2].field")
    ]
    assert report["problems"][0]["line"] == 16  # the third column of the template


def test_one_unknown_rule_kind_is_one_error_and_the_rest_is_checked_as_written(
    example: Path, cli: Any
) -> None:
    """Measured against the defaults instead, each of 130 cadres drew errors for codes the
    config does define; now the clerk sees the one line at fault, with the kinds to choose."""
    config = example / "cadrectl.yaml"
    text = config.read_text(encoding="utf-8")
    assert "{rule: work_years, years: 5" in text
    config.write_text(text.replace("{rule: work_years,", "{rule: work_yeras,", 1), "utf-8")
    report = cli("-R", example, "check", "--format", "json").json()
    problems = report["problems"]
    assert [p["code"] for p in problems] == ["config-partly-unusable", "not-allowed-value"]
    bad = problems[1]
    assert bad["file"] == "cadrectl.yaml"
    assert bad["line"]
    assert bad["field"].startswith("policy.targets.")
    assert bad["field"].endswith("rules[3]")  # after rank_step, since_last_promotion, health
    assert "是不是“work_years”" in bad["message"]
    for kind in ("work_years", "grassroots_years", "education", "age_max", "training"):
        assert kind in bad["message"]


def test_a_config_with_nothing_valid_left_is_checked_against_the_defaults(
    registry: Path, cli: Any
) -> None:
    (registry / "cadrectl.yaml").write_text("schema_version: 1\nranks: 3\n", encoding="utf-8")
    report = cli("-R", registry, "check", "--format", "json").json()
    assert "config-unusable" in [p["code"] for p in report["problems"]]
