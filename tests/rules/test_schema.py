"""Schema problems in the clerk's words, even for values Python itself will not print."""

from __future__ import annotations

from typing import Any

from cadrectl.store.reader import parse_text
from tests.conftest import FIXTURES


def test_an_integer_of_5000_digits_is_out_of_range_not_a_crash() -> None:
    from cadrectl.model.cadre import Cadre
    from cadrectl.services.registry import validate_model

    text = (FIXTURES / "registry" / "cadres" / "QX-2023-014.yaml").read_text(encoding="utf-8")
    text = text.replace("year: 2025", "year: " + "9" * 5000, 1)
    document = parse_text(text, "cadres/QX-2023-014.yaml")
    assert document.data is not None
    model, problems = validate_model(document.data, Cadre, "cadres/QX-2023-014.yaml")
    assert model is None
    assert [problem.code for problem in problems] == ["out-of-range"]
    assert "9999" not in problems[0].message


def _config_text() -> str:
    from cadrectl.services.profiles import profile_text

    return profile_text("county")


def _config_data(text: str) -> dict[str, object]:
    document = parse_text(text, "cadrectl.yaml")
    assert document.data is not None
    return document.data


def test_salvage_keeps_a_valid_config_whole() -> None:
    from cadrectl.model.config import Config
    from cadrectl.rules.schema import salvage

    data = _config_data(_config_text())
    assert salvage(data, Config) == Config.model_validate(data)


def test_salvage_takes_out_only_the_rule_at_fault() -> None:
    from cadrectl.model.config import Config
    from cadrectl.rules.schema import salvage

    data: dict[str, Any] = _config_data(_config_text())
    targets = data["policy"]["targets"]
    target, policy = next(iter(targets.items()))
    rules = policy["rules"]
    kinds = [rule["rule"] for rule in rules]
    rules.insert(1, {"rule": "no_such_rule", "years": 3})
    rules.append({"rule": "age_max", "years": "old"})  # a known kind with a bad value
    config = salvage(data, Config)
    assert config is not None
    assert [rule.rule for rule in config.policy.targets[target].rules] == kinds
    assert data["policy"]["targets"][target]["rules"][1]["rule"] == "no_such_rule"  # untouched


def test_salvage_lets_a_refused_key_take_its_default() -> None:
    from cadrectl.model.config import Config
    from cadrectl.rules.schema import salvage

    data: dict[str, Any] = _config_data(_config_text())
    data["warnings"] = {"age_within_months": "soon"}
    ranks = data["ranks"]
    data["ranks"] = [*ranks, {"name": "", "position": "副职"}]
    config = salvage(data, Config)
    assert config is not None
    assert (
        config.warnings == Config.model_validate({**data, "ranks": ranks, "warnings": {}}).warnings
    )
    assert [rank.name for rank in config.ranks] == [rank["name"] for rank in ranks]


def test_salvage_gives_up_when_nothing_valid_is_left() -> None:
    from cadrectl.model.config import Config
    from cadrectl.rules.schema import salvage

    assert salvage({"schema_version": 1, "ranks": 3}, Config) is None
    assert salvage({}, Config) is None
