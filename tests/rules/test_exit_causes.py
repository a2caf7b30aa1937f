"""Why a reserve should leave, kept as codes; the reason a file records comes from cadrectl.yaml."""

from __future__ import annotations

from typing import Any

import pytest

from cadrectl.model.config import Config
from cadrectl.rules.config_rules import config_problems
from cadrectl.rules.tiers import ExitCause, exit_reason_for
from tests.rules.test_cadre_rules import cadre
from tests.rules.test_tiers import config, placed


def with_reasons(reasons: dict[str, str], exit_reasons: list[str] | None = None) -> Config:
    data: dict[str, Any] = config().model_dump(mode="python")
    data["policy"]["negative_list"]["reasons"] = reasons
    if exit_reasons is not None:
        data["exit_reasons"] = exit_reasons
    return Config.model_validate(data)


def test_a_failed_rule_is_an_unqualified_cause_naming_its_rule() -> None:
    data = cadre(resume=[])  # no grassroots service at all
    p = placed(data, config({"rule": "grassroots_years", "years": 2}), "2026-01-01")
    assert p.tier is None
    assert [cause.code for cause in p.exit_causes] == ["unqualified"]
    assert p.exit_causes[0].param("rule") == "grassroots_years"


def test_an_unqualified_exit_is_never_recorded_as_a_failed_assessment() -> None:
    # the old keyword match wrote 年度考核不称职 (the first reason) for every unmatched cause
    cause = ExitCause.of("unqualified", rule="grassroots_years", detail="基层工作经历满2年")
    assert exit_reason_for(cause, config()) == "不再符合资格条件"


@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        (ExitCause.of("grade", grade="不称职"), "年度考核不称职"),
        (ExitCause.of("grade", grade="基本称职"), "年度考核基本称职"),
        (ExitCause.of("age"), "超过年龄界限"),
        (ExitCause.of("votes"), "群众公认度不高"),
        (ExitCause.of("low-votes", share="16.7%"), "群众公认度不高"),
        (ExitCause.of("unused", years="8"), "长期备而不用"),
        (ExitCause.of("discipline", kind="政务记大过"), "受到处分"),
        (ExitCause.of("expelled", kind="开除党籍"), "违纪违法"),
    ],
)
def test_each_cause_has_its_default_reason(cause: ExitCause, reason: str) -> None:
    assert exit_reason_for(cause, config()) == reason


def test_the_config_names_the_reason_of_a_cause() -> None:
    cfg = with_reasons({"unqualified": "本人申请", "grade:基本称职": "群众公认度不高"})
    assert exit_reason_for(ExitCause.of("unqualified", rule="age_max"), cfg) == "本人申请"
    assert exit_reason_for(ExitCause.of("grade", grade="基本称职"), cfg) == "群众公认度不高"
    assert exit_reason_for(ExitCause.of("grade", grade="不称职"), cfg) == "年度考核不称职"


def test_a_reason_not_in_exit_reasons_is_never_written() -> None:
    cfg = with_reasons({}, exit_reasons=["本人申请", "调离"])
    assert exit_reason_for(ExitCause.of("age"), cfg) is None


def test_check_names_a_mapping_to_an_unlisted_reason_and_an_unknown_cause() -> None:
    cfg = with_reasons({"unqualified": "资格不符", "bogus": "本人申请"})
    codes = {(p.code, p.field) for p in config_problems("cadrectl.yaml", cfg)}
    assert ("unknown-exit-reason", ("policy", "negative_list", "reasons", "unqualified")) in codes
    assert ("not-allowed-value", ("policy", "negative_list", "reasons", "bogus")) in codes


def test_check_warns_when_a_default_reason_is_not_listed() -> None:
    cfg = with_reasons({}, exit_reasons=["年度考核不称职", "本人申请"])
    warned = {p.params["cause"] for p in config_problems("cadrectl.yaml", cfg)
              if p.code == "exit-cause-unmapped"}  # fmt: skip
    assert "age" in warned
    assert "grade:不称职" not in warned


def test_the_shown_text_follows_the_language_and_the_cause_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cause = ExitCause.of("grade", grade="不称职")
    chinese = cause.text()
    monkeypatch.setenv("CADRECTL_LANG", "en")
    assert cause.text() != chinese
    assert exit_reason_for(cause, config()) == "年度考核不称职"


def test_a_grade_of_another_scale_is_written_as_its_own_reason() -> None:
    """A university's 不合格 is 年度考核不合格 by default, not the civil service's 不称职; check
    warned about 不称职 and 基本称职 in a registry whose scale has neither."""
    base = config()
    negative = base.policy.negative_list.model_copy(update={"assessment_grades": ["不合格"]})
    cfg = base.model_copy(
        update={
            "assessment_scale": ["优秀", "合格", "基本合格", "不合格"],
            "exit_reasons": ["年度考核不合格", "超过年龄界限", "群众公认度不高", "长期备而不用",
                             "受到处分", "违纪违法", "不再符合资格条件"],
            "policy": base.policy.model_copy(update={"negative_list": negative}),
        }
    )  # fmt: skip
    assert exit_reason_for(ExitCause.of("grade", grade="不合格"), cfg) == "年度考核不合格"
    assert [p for p in config_problems("cadrectl.yaml", cfg) if p.severity == "warning"] == []
