"""The synthetic registry generator: valid files, consistent people, byte-for-byte determinism."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml_rs

from cadrectl.devtools.generate import generate_registry, main
from cadrectl.devtools.people import check_digit
from cadrectl.model.cadre import Cadre
from cadrectl.model.codes import CPC_MEMBERS
from cadrectl.model.config import Config
from cadrectl.model.dates import PartialDate, age_on
from cadrectl.model.unit import Unit

TODAY = dt.date(2026, 11, 1)
DOTTED_DATE = re.compile(r"[:\[{,] \d{4}\.\d")


class Registry:
    """A generated registry loaded through the fast read path and validated by the models."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = Config.model_validate(self._load(root / "cadrectl.yaml"))
        self.units = {path.stem: Unit.model_validate(self._load(path))
                      for path in sorted(root.glob("units/*.yaml"))}  # fmt: skip
        self.cadres = {path.stem: Cadre.model_validate(self._load(path))
                       for path in sorted(root.glob("cadres/*.yaml"))}  # fmt: skip

    @staticmethod
    def _load(path: Path) -> Any:
        return yaml_rs.loads(path.read_text(encoding="utf-8"))

    @property
    def rank_names(self) -> list[str]:
        return [rank.name for rank in self.config.ranks]

    def post_rank(self, ref: str) -> str | None:
        unit_id, post_id = ref.split("/")
        unit = self.units.get(unit_id)
        posts = {post.id: post.rank for post in unit.posts} if unit else {}
        return posts.get(post_id)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    root = tmp_path_factory.mktemp("registry")
    generate_registry(root, 40)
    return Registry(root)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*.yaml"))}


def test_same_arguments_give_identical_bytes(tmp_path: Path) -> None:
    generate_registry(tmp_path / "a", 40)
    generate_registry(tmp_path / "b", 40)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    generate_registry(tmp_path / "c", 40, seed=7)
    assert snapshot(tmp_path / "a") != snapshot(tmp_path / "c")


def test_layout_and_headers(registry: Registry) -> None:
    root = registry.root
    assert (root / "cycles").is_dir()
    assert len(registry.cadres) == 40
    assert len(registry.units) >= 12
    config_text = (root / "cadrectl.yaml").read_text(encoding="utf-8")
    assert config_text.startswith("# yaml-language-server: $schema=schemas/config.schema.json\n")
    for path in [*root.glob("units/*.yaml"), *root.glob("cadres/*.yaml")]:
        kind = "unit" if path.parent.name == "units" else "cadre"
        text = path.read_text(encoding="utf-8")
        assert text.startswith(f"# yaml-language-server: $schema=../schemas/{kind}.schema.json\n")
        assert text.splitlines()[1] == "schema_version: 1"
        assert "\r" not in text


def test_file_names_are_ids_and_ids_follow_entry(registry: Registry) -> None:
    prefix = registry.config.ids.prefix
    for stem, unit in registry.units.items():
        assert unit.id == stem
    for stem, cadre in registry.cadres.items():
        assert cadre.id == stem
        assert stem.startswith(f"{prefix}-{cadre.reserve.entered.year}-")
    serials = Counter(stem.rsplit("-", 1)[0] for stem in registry.cadres)
    for year_prefix, count in serials.items():
        expected = {f"{year_prefix}-{n:03d}" for n in range(1, count + 1)}
        assert expected <= set(registry.cadres)


def test_names_and_id_numbers_are_unique(registry: Registry) -> None:
    cadres = registry.cadres.values()
    assert len({cadre.name for cadre in cadres}) == len(cadres)
    assert len({cadre.id_number for cadre in cadres}) == len(cadres)


def test_id_numbers_agree_with_birth_and_gender(registry: Registry) -> None:
    for cadre in registry.cadres.values():
        number = cadre.id_number
        assert number is not None
        assert number[17] == check_digit(number[:17])
        assert number[6:12] == f"{cadre.birth.year:04d}{cadre.birth.month:02d}"
        if cadre.birth.day is not None:
            assert number[12:14] == f"{cadre.birth.day:02d}"
        assert int(number[16]) % 2 == (1 if cadre.gender == "男" else 0)


def test_id_numbers_are_quoted_and_dates_are_dashed(registry: Registry) -> None:
    for path in registry.root.glob("cadres/*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert 'id_number: "' in text
        assert not DOTTED_DATE.search(text), path.name


def test_check_digit_matches_the_standard_vector() -> None:
    assert check_digit("36042619910101007") == "1"


def test_references_resolve(registry: Registry) -> None:
    ranks = registry.rank_names
    for cadre in registry.cadres.values():
        assert cadre.current.unit in registry.units
        assert cadre.current.rank in ranks
        reserve = cadre.reserve
        assert reserve.target_rank in ranks
        assert reserve.target_posts
        for ref in reserve.target_posts:
            assert registry.post_rank(ref) == reserve.target_rank, (cadre.id, ref)
        if reserve.used is not None:
            ref = f"{reserve.used.unit}/{reserve.used.post}"
            assert registry.post_rank(ref) == reserve.target_rank
        assert reserve.source in registry.config.sources
        assert reserve.direction in registry.config.directions
        if reserve.exited is not None:
            assert reserve.exited.reason in registry.config.exit_reasons
        for assessment in cadre.records.assessments:
            assert assessment.grade in registry.config.assessment_scale
    for unit in registry.units.values():
        assert unit.kind in registry.config.unit_kinds
        assert all(post.rank in ranks for post in unit.posts)


def test_target_rank_is_one_above_the_rank_held(registry: Registry) -> None:
    ranks = registry.rank_names
    for cadre in registry.cadres.values():
        assert cadre.current.rank is not None, cadre.id  # the county profile requires it
        step = ranks.index(cadre.reserve.target_rank) - ranks.index(cadre.current.rank)
        assert step == (0 if cadre.reserve.status == "used" else 1), cadre.id


def test_every_target_rank_and_status_is_present(registry: Registry) -> None:
    cadres = registry.cadres.values()
    assert {cadre.reserve.target_rank for cadre in cadres} == {"副科", "正科", "副处", "正处"}
    assert {cadre.reserve.status for cadre in cadres} == {"active", "used", "exited"}
    assert any(cadre.reserve.exceptions for cadre in cadres)
    assert all(cadre.reserve.mentors for cadre in cadres)


def test_resume_runs_without_gaps_from_work_start_to_current(registry: Registry) -> None:
    ranks = registry.rank_names
    for cadre in registry.cadres.values():
        resume, current = cadre.resume, cadre.current
        assert resume[0].from_ == cadre.work_start
        for before, after in itertools.pairwise(resume):
            assert before.to == after.from_, cadre.id
            assert before.from_ < after.from_
        last = resume[-1]
        assert last.to is None
        assert (last.post, last.rank) == (current.post, current.rank)
        assert last.unit == registry.units[current.unit].name
        assert last.from_ == current.post_since
        assert current.rank_since <= current.post_since <= PartialDate.from_date(TODAY)
        held = [entry.rank for entry in resume if entry.rank is not None]
        assert [ranks.index(rank) for rank in held] == sorted(ranks.index(rank) for rank in held)
        first_in_rank = next(entry for entry in resume if entry.rank == current.rank)
        assert first_in_rank.from_ == current.rank_since


def test_life_dates_are_in_order(registry: Registry) -> None:
    for cadre in registry.cadres.values():
        birth = cadre.birth.as_date()
        assert 24 <= age_on(cadre.birth, TODAY) <= 53, cadre.id
        assert cadre.work_start is not None, cadre.id  # the county profile requires it
        assert age_on(cadre.birth, cadre.work_start.as_date()) >= 18
        for study in cadre.education:
            assert study.graduated is not None
            assert study.graduated <= PartialDate.from_date(TODAY)
            if study.kind == "全日制":
                assert study.graduated < cadre.work_start
        party = cadre.party
        if party.short_status in CPC_MEMBERS:
            assert party.joined is not None
            assert age_on(cadre.birth, party.joined.as_date()) >= 18
            if party.short_status == "中共预备党员":
                assert (TODAY - party.joined.as_date()).days <= 366
        if party.short_status in {"无党派人士", "群众", "共青团员"}:
            assert party.joined is None
        reserve = cadre.reserve
        assert cadre.work_start < reserve.entered <= PartialDate.from_date(TODAY)
        for event in (reserve.used, reserve.exited):
            if event is not None:
                assert reserve.entered < event.date <= PartialDate.from_date(TODAY)
        assert birth < TODAY


def record_dates(cadre: Cadre) -> list[PartialDate]:
    records = cadre.records
    dates: list[PartialDate] = []
    dates += [item.date for item in records.inspections]
    dates += [item.from_ for item in records.trainings] + [item.to for item in records.trainings]
    dates += [item.from_ for item in records.practice]
    dates += [item.to for item in records.practice if item.to is not None]
    dates += [item.date for item in records.rewards]
    dates += [item.date for item in records.discipline]
    dates += [item.date for item in records.talks]
    dates += [exception.approved for exception in cadre.reserve.exceptions]
    return dates


def test_records_fall_between_work_start_and_today(registry: Registry) -> None:
    today = PartialDate.from_date(TODAY)
    for cadre in registry.cadres.values():
        assert cadre.work_start is not None, cadre.id
        work_start = cadre.work_start
        start = work_start.as_date()
        for date in record_dates(cadre):
            assert start <= date.as_date() <= TODAY, (cadre.id, date)
        years = [item.year for item in cadre.records.assessments]
        assert len(years) == len(set(years)), cadre.id
        assert all(work_start.year <= year < TODAY.year for year in years)
        for evaluation in cadre.records.evaluations:
            assert evaluation.quarter < f"{today.year}Q{(today.month - 1) // 3 + 1}"
        for item in cadre.records.recommendations:
            assert item.ballots_issued is not None
            assert item.ballots_returned is not None
            assert item.ballots_issued >= item.ballots_returned >= item.ballots_valid
            assert item.ballots_valid >= item.votes_for
        mentors = {mentor.split("（")[0] for mentor in cadre.reserve.mentors}
        assert {talk.by for talk in cadre.records.talks} <= mentors


def test_an_exit_for_a_failed_assessment_has_that_grade(registry: Registry) -> None:
    for cadre in registry.cadres.values():
        exited = cadre.reserve.exited
        if exited is not None and exited.reason.startswith("年度考核"):
            grade = exited.reason.removeprefix("年度考核")
            assert any(item.grade == grade for item in cadre.records.assessments)
        if exited is not None and exited.reason == "受到处分":
            assert cadre.records.discipline


def test_a_thousand_cadres_look_like_a_county_pool(tmp_path: Path) -> None:
    generate_registry(tmp_path, 1000)
    registry = Registry(tmp_path)
    cadres = list(registry.cadres.values())
    assert len(cadres) == 1000
    assert len({cadre.id_number for cadre in cadres}) == 1000
    women = sum(cadre.gender == "女" for cadre in cadres) / 1000
    non_cpc = sum(cadre.party.short_status not in CPC_MEMBERS for cadre in cadres) / 1000
    minorities = Counter(cadre.ethnicity for cadre in cadres if cadre.ethnicity != "汉族")
    assert 0.32 <= women <= 0.42
    assert 0.08 <= non_cpc <= 0.18
    assert minorities["畲族"] > 10
    assert {cadre.current.unit for cadre in cadres} <= set(registry.units)
    ages = [age_on(cadre.birth, TODAY) for cadre in cadres]
    assert min(ages) <= 27
    assert max(ages) >= 48


def test_refuses_to_write_over_a_registry(tmp_path: Path) -> None:
    generate_registry(tmp_path, 5)
    with pytest.raises(FileExistsError):
        generate_registry(tmp_path, 5)
    generate_registry(tmp_path, 3, overwrite=True)
    assert len(list(tmp_path.glob("cadres/*.yaml"))) == 3


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--cadres", "12", "--seed", "3"]) == 0
    assert len(list(tmp_path.glob("cadres/*.yaml"))) == 12
    assert main([str(tmp_path), "--cadres", "12"]) == 1
    assert "--force" in capsys.readouterr().err
