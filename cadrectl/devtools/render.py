"""The text of generated files: cadres/<id>.yaml and cadrectl.yaml, in DESIGN.md's layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cadrectl.devtools import months
from cadrectl.devtools.cadres import Draft
from cadrectl.devtools.career import RANKS, Stint
from cadrectl.devtools.people import Study
from cadrectl.devtools.records import Records
from cadrectl.devtools.yamltext import Month, Pairs, key_items, key_map, key_value

RANK_POSITIONS: tuple[str | None, ...] = (None, "副职", "正职", "副职", "正职")
RANK_LEVELS: tuple[str | None, ...] = (None, "乡科级", "乡科级", "县处级", "县处级")
CADRE_HEADER = "# yaml-language-server: $schema=../schemas/cadre.schema.json"
CONFIG_HEADER = "# yaml-language-server: $schema=schemas/config.schema.json"


def assign_ids(drafts: Sequence[Draft], prefix: str) -> tuple[list[str], int]:
    """``<prefix>-<year entered>-<serial>``, serials in order of entry and restarting each year."""
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].entered, i))
    serials: dict[int, int] = {}
    numbers: list[tuple[int, int]] = [(0, 0)] * len(drafts)
    for i in order:
        year = months.year_of(drafts[i].entered)
        serials[year] = serials.get(year, 0) + 1
        numbers[i] = (year, serials[year])
    digits = max(3, len(str(max(serials.values(), default=1))))
    return [f"{prefix}-{year}-{serial:0{digits}d}" for year, serial in numbers], digits


def render_cadre(draft: Draft, cadre_id: str) -> str:
    """The text of cadres/<id>.yaml, in the layout of DESIGN.md."""
    who = draft.identity
    birth: Month | dt.date = (
        who.birth if draft.birth_as_day else Month(who.birth.year, who.birth.month)
    )
    lines = [
        CADRE_HEADER,
        "schema_version: 1",
        *key_value("id", cadre_id),
        *key_value("name", who.name),
        *key_value("gender", who.gender),
        *key_value("ethnicity", who.ethnicity),
        *key_value("birth", birth),
        *key_value("id_number", who.id_number),
        *key_value("native_place", who.native_place),
        *key_value("birthplace", who.birthplace),
        *[line for key, value in draft.extras for line in key_value(key, value)],
        *key_map("party", draft.party),
        *key_value("work_start", months.month(draft.work_start)),
        *key_items("education", [_study_pairs(study) for study in draft.education]),
        *key_map("current", draft.current),
        *key_items(
            "resume",
            [_stint_pairs(stint) for stint in draft.resume],
            comment="按时间顺序；当前经历不填截止时间",
        ),
        *_reserve_lines(draft),
        *_records_lines(draft.records),
    ]
    return "\n".join(lines) + "\n"


def _study_pairs(study: Study) -> Pairs:
    return [
        ("kind", study.kind),
        ("level", study.level),
        ("degree", study.degree),
        ("school", study.school),
        ("major", study.major),
        ("graduated", study.graduated),
    ]


def _stint_pairs(stint: Stint) -> Pairs:
    return [
        ("from", months.month(stint.start)),
        ("to", months.month(stint.end) if stint.end is not None else None),
        ("unit", stint.unit),
        ("post", stint.post),
        ("rank", stint.rank),
        ("grassroots", True if stint.grassroots else None),
        ("grassroots_head", True if stint.head else None),
    ]


def _reserve_lines(draft: Draft) -> list[str]:
    lines = ["reserve:"]
    for key, value in draft.reserve:
        lines += key_value(key, value, 2)
    if draft.used:
        lines += key_map("used", draft.used, 2)
    if draft.exited:
        lines += key_map("exited", draft.exited, 2)
    lines += key_items("exceptions", draft.exceptions, 2, comment="破格提拔（条例 第九条）")
    return lines


def _records_lines(records: Records) -> list[str]:
    sections = [
        ("assessments", records.assessments),
        ("inspections", records.inspections),
        ("evaluations", records.evaluations),
        ("trainings", records.trainings),
        ("practice", records.practice),
        ("recommendations", records.recommendations),
        ("rewards", records.rewards),
        ("discipline", records.discipline),
        ("talks", records.talks),
    ]
    lines: list[str] = []
    for key, rows in sections:
        lines += key_items(key, rows, 2)
    return ["records:  # 台账", *lines] if lines else []


def render_config(region: str, prefix: str, serial_digits: int) -> str:
    """The text of cadrectl.yaml, with every code list written out."""
    from cadrectl.model.codes import (
        DEFAULT_ASSESSMENT_SCALE,
        DEFAULT_DIRECTIONS,
        DEFAULT_EXIT_REASONS,
        DEFAULT_SOURCES,
        DEFAULT_UNIT_KINDS,
    )
    from cadrectl.services.profiles import county_settings_text

    ranks = [
        [("name", name), ("position", position), ("level", level)]
        for name, position, level in zip(RANKS, RANK_POSITIONS, RANK_LEVELS, strict=True)
    ]
    lines = [
        CONFIG_HEADER,
        f"# {region}后备干部库（示例数据：人员均为虚构，由 cadrectl.devtools.generate 生成）",
        "schema_version: 1",
        "organization:",
        *key_value("name", f"中共{region}委组织部", 2),
        *key_value("region", region, 2),
        "ids:",
        *key_value("prefix", prefix, 2, comment=f"编号如 {prefix}-2026-{1:0{serial_digits}d}"),
        *key_value("serial_digits", serial_digits, 2),
        *key_items("ranks", ranks, comment="由低到高；相邻即上下级"),
        *key_value("directions", DEFAULT_DIRECTIONS),
        *key_value("assessment_scale", DEFAULT_ASSESSMENT_SCALE, comment="由高到低"),
        *key_value("sources", DEFAULT_SOURCES),
        *key_value("exit_reasons", DEFAULT_EXIT_REASONS, comment="负面清单及其他调出原因"),
        *key_value("unit_kinds", DEFAULT_UNIT_KINDS),
    ]
    return "\n".join(lines) + "\n" + county_settings_text()
