"""cadrectl init --profile: a complete cadrectl.yaml for each kind of pool, clean on creation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cadrectl.services.profiles import PROFILES, county_settings_text, profile_text, to_fill
from tests.conftest import PROJECT, git


@pytest.mark.parametrize("profile", PROFILES)
def test_each_profile_makes_a_registry_that_passes_check(
    cli: Any, tmp_path: Path, profile: str
) -> None:
    root = tmp_path / profile
    result = cli("init", root, "--profile", profile)
    assert result.exit_code == 0, result.stderr
    assert (root / "cadrectl.yaml").read_text(encoding="utf-8") == profile_text(profile)
    report = cli("-R", root, "check", "--format", "json").json()
    assert report["ok"], report["problems"]
    assert report["problems"] == []  # not even a warning
    assert git(root, "status", "--porcelain") == ""


@pytest.mark.parametrize("profile", PROFILES)
def test_init_prints_the_lines_to_fill_in(cli: Any, tmp_path: Path, profile: str) -> None:
    result = cli("init", tmp_path / profile, "--profile", profile)
    lines = to_fill(profile_text(profile))
    keys = [item.text.split(":")[0] for item in lines]
    assert keys == ["name", "region", "contact"]  # the organization, its short name, 公示 contact
    for item in lines:
        assert f"第 {item.line} 行：{item.text}" in result.stdout
    assert "cadrectl unit add" in result.stdout


def test_the_county_profile_is_the_default(cli: Any, tmp_path: Path) -> None:
    assert cli("init", tmp_path / "r").exit_code == 0
    assert (tmp_path / "r" / "cadrectl.yaml").read_text(encoding="utf-8") == profile_text("county")


def test_a_village_or_an_enterprise_never_sees_a_civil_service_article() -> None:
    for profile in ("township", "enterprise", "university"):
        text = profile_text(profile)
        assert "条例 第" not in text, profile
        assert "rank_step" not in text, profile
    county = profile_text("county")
    assert "{rule: rank_step, basis: 条例 第九条}" in county
    assert "{rule: health, basis: 条例 第八条(六)}" in county


def test_registry_example_has_the_county_policy() -> None:
    """The example generator writes the county profile's settings after its code lists."""
    text = (PROJECT / "registry-example" / "cadrectl.yaml").read_text(encoding="utf-8")
    assert text.endswith(county_settings_text())


def test_an_unknown_profile_is_refused_and_nothing_is_made(cli: Any, tmp_path: Path) -> None:
    result = cli("init", tmp_path / "r", "--profile", "village")
    assert result.exit_code == 2
    assert "county" in result.stderr
    assert "township" in result.stderr
    assert not (tmp_path / "r").exists()


def test_the_example_is_a_county_and_takes_no_other_profile(cli: Any, tmp_path: Path) -> None:
    assert cli("init", tmp_path / "r", "--example", "--profile", "township").exit_code == 2
    assert not (tmp_path / "r").exists()
    assert cli("init", tmp_path / "r", "--example", "--profile", "county").exit_code == 0


def test_help_names_each_profile_in_chinese(cli: Any) -> None:
    out = cli("init", "--help").stdout
    for word in ("县区机关", "乡镇（村级后备）", "国有企业", "高等学校"):
        assert word in out
