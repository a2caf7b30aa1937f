"""The adjustment as a pure function (issue 13, 1 and 2): each case of who enters, leaves, is
used or changes tier, reasons kept as codes, and the re-check of decided lines at apply."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from cadrectl.model.cycle import ProposalLine
from cadrectl.rules.cycle import VoteResult
from cadrectl.rules.proposal import (
    NomineeFacts,
    ReserveFacts,
    UsedFacts,
    line_reason,
    proposal_lines,
    stale_lines,
)
from cadrectl.rules.tiers import ExitCause


def vote(subject: str, votes: int, valid: int = 60, passed: bool = True) -> VoteResult:
    return VoteResult(subject, votes, valid, passed, "全县干部大会")


def nominee_facts(
    cid: str,
    name: str,
    target: str,
    tier: int | None,
    result: VoteResult | None,
    through: bool | None = None,
) -> NomineeFacts:
    """A county's procedure (the vote only) unless ``through`` says otherwise."""
    passed = result is not None and result.passed if through is None else through
    return NomineeFacts(cid, name, target, tier, result, passed)


def reserve(cid: str, tier: int | None = 2, old: int | None = 2, *causes: ExitCause,
            voted: VoteResult | None = None, known: bool = True) -> ReserveFacts:  # fmt: skip
    return ReserveFacts(cid, f"人{cid}", tier, tuple(causes), voted, old, known)


def lines_of(
    nominees: Sequence[NomineeFacts] = (),
    reserves: Sequence[ReserveFacts] = (),
    used: Sequence[UsedFacts] = (),
    major: bool = False,
) -> list[ProposalLine]:
    return proposal_lines(nominees, reserves, used, major=major)


def test_a_qualified_nominee_who_passed_the_vote_is_admitted_with_the_vote_as_data() -> None:
    nominee = nominee_facts("N2026-001", "周晓梅", "副科", 1, vote("N2026-001", 50))
    [line] = lines_of([nominee])
    assert (line.line, line.action, line.subject, line.new_tier) == (1, "admit", "N2026-001", 1)
    assert line.causes is not None
    assert line.causes[0].code == "admit"
    assert line.causes[0].params == {"share": "83.3%", "meeting": "全县干部大会",
                                     "target": "副科", "tier": "1"}  # fmt: skip
    assert "83.3%" in line.reason
    assert "第一层次" in line.reason


@pytest.mark.parametrize(
    ("tier", "result"),
    [(None, vote("N1", 50)), (1, None), (1, vote("N1", 20, passed=False))],
    ids=["unqualified", "never-voted", "failed-the-vote"],
)
def test_a_nominee_enters_only_qualified_and_passed(
    tier: int | None, result: VoteResult | None
) -> None:
    assert lines_of([nominee_facts("N1", "甲", "副科", tier, result)]) == []


def test_a_cause_on_the_negative_list_makes_an_exit_with_every_cause_kept() -> None:
    grade = ExitCause.of("grade", grade="不称职")
    unused = ExitCause.of("unused", years="5")
    [line] = lines_of(reserves=[reserve("A", 2, 2, grade, unused)])
    assert line.action == "exit"
    assert [(c.code, c.params) for c in line.causes or []] == [
        ("grade", {"grade": "不称职"}), ("unused", {"years": "5"})]  # fmt: skip
    assert line.reason == "年度考核不称职；入库满5年未使用（长期备而不用）"


def test_a_failed_vote_is_an_exit_only_in_a_major_year() -> None:
    low = vote("A", 10, passed=False)
    assert lines_of(reserves=[reserve("A", voted=low)]) == []
    [line] = lines_of(reserves=[reserve("A", voted=low)], major=True)
    assert line.action == "exit"
    assert line.causes is not None
    assert (line.causes[0].code, line.causes[0].params) == ("low-votes", {"share": "16.7%"})


def test_a_tier_change_is_a_line_only_against_a_known_earlier_tier() -> None:
    [line] = lines_of(reserves=[reserve("A", 1, 2)])
    assert (line.action, line.old_tier, line.new_tier) == ("retier", 2, 1)
    assert line.reason == "层次变化：第二层次 → 第一层次"
    assert lines_of(reserves=[reserve("A", 1, None, known=False)]) == []  # new this year
    assert lines_of(reserves=[reserve("A", 2, 2)]) == []


def test_used_lines_name_the_unit_and_post() -> None:
    [line] = lines_of(used=[UsedFacts("A", "王五", "2026-05", "湖溪镇", "镇长")])
    assert line.action == "use"
    assert "湖溪镇" in line.reason
    assert "镇长" in line.reason


def test_lines_are_numbered_admissions_first() -> None:
    lines = lines_of([nominee_facts("N1", "甲", "副科", 2, vote("N1", 40))],
                     [reserve("A", 3, 2), reserve("B", 2, 2, ExitCause.of("age"))],
                     [UsedFacts("C", "丙", "2026-03", "城关镇", "副镇长")])  # fmt: skip
    assert [(x.line, x.action, x.subject) for x in lines] == [
        (1, "admit", "N1"), (2, "retier", "A"), (3, "exit", "B"), (4, "use", "C")]  # fmt: skip


def test_the_stored_reason_does_not_depend_on_the_display_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # issue 13 (2): CADRECTL_LANG=en turned every exit reason into 年度考核不称职, and the text
    # written into files followed the shell's language
    unqualified = ExitCause.of("unqualified", rule="grassroots_years",
                               key="ladder.detail.grassroots_years.short", years="2",
                               have="1年", met="None")  # fmt: skip
    reserves = [reserve("A", None, 2, unqualified), reserve("B", 1, 2)]
    monkeypatch.setenv("CADRECTL_LANG", "zh")
    chinese = lines_of(reserves=reserves)
    monkeypatch.setenv("CADRECTL_LANG", "en")
    english = lines_of(reserves=reserves)
    assert chinese == english
    assert "基层" in chinese[0].reason
    assert line_reason(english[0]).startswith("not qualified")
    assert line_reason(english[1]) == "tier: 第二层次 → 第一层次"


def test_a_line_written_before_causes_were_kept_shows_its_own_reason() -> None:
    [line] = lines_of(reserves=[reserve("A", 1, 2)])
    old = line.model_copy(update={"causes": None, "reason": "旧理由"})
    assert line_reason(old) == "旧理由"


def test_decided_lines_that_today_contradicts_are_stale() -> None:
    admit = lines_of([nominee_facts("N1", "甲", "副科", 1, vote("N1", 40))])[0]
    grade = ExitCause.of("grade", grade="不称职")
    exit_line = lines_of(reserves=[reserve("B", 2, 2, ExitCause.of("age"))])[0]
    retier = lines_of(reserves=[reserve("C", 1, 2)])[0]
    decided = [admit, exit_line, retier]
    assert stale_lines(decided, decided) == []
    # today: the nominee no longer qualifies, B left by hand, C was rated 不称职 in the 公示
    fresh = lines_of(reserves=[reserve("C", 1, 2, grade)])
    stale = stale_lines(decided, fresh)
    assert [(s.line, s.key) for s in stale] == [
        (admit.line, "cycle.stale.admit"), (exit_line.line, "cycle.stale.exit"),
        (retier.line, "cycle.stale.keep")]  # fmt: skip
    assert stale[2].now == "年度考核不称职"


def test_a_procedure_without_a_vote_admits_on_its_steps() -> None:
    # a village's 三荐两考: no vote; through its exam and 组织考察
    [line] = lines_of([nominee_facts("N1", "甲", "村后备", 2, None, through=True)])
    assert line.action == "admit"
    assert "选拔程序" in line.reason
    assert lines_of([nominee_facts("N1", "甲", "村后备", 2, None, through=False)]) == []


@pytest.mark.parametrize(
    ("unit", "post", "shown"),
    [
        ("湖溪镇", "党政办主任", "湖溪镇党政办主任"),
        ("县委宣传部", "县委常委、宣传部部长", "县委常委、宣传部部长"),
        ("青溪县人大常委会", "县人大常委会副主任", "县人大常委会副主任"),
        ("城关镇", "城关镇副镇长", "城关镇副镇长"),
        ("县发改局", "副局长", "县发改局副局长"),
        ("县委办公室", "办公室主任", "县委办公室办公室主任"),  # 县委 is not said: not its name
    ],
)
def test_a_post_is_shown_with_its_unit_once(unit: str, post: str, shown: str) -> None:
    from cadrectl.rules.people import unit_and_post

    assert unit_and_post(unit, post, "青溪县") == shown
