"""The text of the 基本情况表's boxes: 学历学位 and schools, 简历, 奖惩情况, 年度考核结果, 培训,
实践锻炼 and 来源, each as the form prints it (dates ``2014.03``, a line per entry, 无 when
there is none)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cadrectl.core.messages import stored
from cadrectl.exports.columns import dotted

if TYPE_CHECKING:
    from cadrectl.model.cadre import (
        Cadre,
        Discipline,
        Education,
        Milestone,
        Practice,
        Reward,
        Secondment,
        Training,
    )
    from cadrectl.model.dates import PartialDate

SPAN_WIDTH = 16  # characters of ``2014.03--2018.06``, so open periods line up


def education_of(cadre: Cadre, kind: str) -> list[Education]:
    return [entry for entry in cadre.education if entry.kind == kind]


def degrees(cadre: Cadre, kind: str) -> str:
    """学历 and 学位 of each entry of a kind, a line each: ``大学\\n管理学学士``."""
    return "\n".join(
        "\n".join(part for part in (entry.level, entry.degree) if part)
        for entry in education_of(cadre, kind)
    )


def schools(cadre: Cadre, kind: str) -> str:
    """毕业院校系及专业 of each entry of a kind, a line each."""
    return "\n".join(
        f"{entry.school or ''}{entry.major or ''}" for entry in education_of(cadre, kind)
    )


def period(start: PartialDate, end: PartialDate | None) -> str:
    """``2014.03--2018.06``; an open period ``2021.09--`` padded to the same width."""
    text = f"{start.dotted()}--{end.dotted() if end else ''}"
    return text.ljust(SPAN_WIDTH)


def resume_text(cadre: Cadre) -> str:
    """One line per entry: ``2014.03--2018.06  湖溪镇人民政府党政办主任``."""
    return "\n".join(
        f"{period(entry.from_, entry.to)}  {entry.unit}{entry.post}" for entry in cadre.resume
    )


def assessments_text(cadre: Cadre) -> str:
    """``2023年：称职；2024年：优秀``, by year; 无 when there is none."""
    entries = sorted(cadre.records.assessments, key=lambda entry: entry.year)
    parts = [stored("card.assessment", year=entry.year, grade=entry.grade) for entry in entries]
    return stored("card.assessment-sep").join(parts) or stored("card.none")


def trainings_text(trainings: Sequence[Training]) -> str:
    """A line per training: ``2025.06  青溪县中青年干部培训班（县委党校，12天）``."""
    lines = [
        stored("card.training", when=months(item.from_, item.to), name=item.name,
          organizer=item.organizer, amount=training_amount(item))
        for item in sorted(trainings, key=lambda item: item.from_)
    ]  # fmt: skip
    return "\n".join(lines) or stored("card.none")


def training_amount(item: Training) -> str:
    if item.days is not None:
        return stored("card.days", days=f"{item.days:g}")
    if item.hours is not None:
        return stored("card.hours", hours=f"{item.hours:g}")
    if item.counted_days is not None:  # from its dates
        return stored("card.days", days=f"{item.counted_days:g}")
    return ""


def months(start: PartialDate, end: PartialDate | None) -> str:
    """``2025.06`` within one month, else ``2024.03--2025.03`` (``2024.03--`` when open)."""
    if end is not None and (start.year, start.month) == (end.year, end.month):
        return start.dotted()
    return f"{start.dotted()}--{end.dotted() if end else ''}"


def practice_text(practice: Sequence[Practice], secondments: Sequence[Secondment] = ()) -> str:
    """A line per posting, by date: ``2024.03--2025.03  挂职：县重点工程指挥部副指挥``; an
    抽调/选派 as ``2026.03--  抽调：2026年驻村工作队（第一组）石西村``."""
    dated = [
        (item.from_, stored("card.practice", when=months(item.from_, item.to), kind=item.kind,
                       where=f"{item.unit}{item.post or ''}"))
        for item in practice
    ] + [
        (item.from_, stored("card.secondment", when=months(item.from_, item.to), batch=item.batch,
                       group=f"（{item.group}）" if item.group else "", where=item.unit))
        for item in secondments
    ]  # fmt: skip
    return "\n".join(line for _, line in sorted(dated, key=lambda pair: pair[0])) or stored(
        "card.none"
    )


def milestones_text(milestones: Sequence[Milestone]) -> str:
    """成长纪实, a line each by date: ``2026.07  防汛抗洪一线：连续坚守七昼夜``."""
    lines = [
        stored("card.milestone", when=item.date.dotted(), event=item.event,
          performance=f"：{item.performance}" if item.performance else "")
        for item in sorted(milestones, key=lambda item: item.date)
    ]  # fmt: skip
    return "\n".join(lines) or stored("card.none")


def rewards_text(cadre: Cadre) -> str:
    """Rewards and sanctions by date, a line each; 无 when there is none."""
    records = cadre.records
    dated = [(item.date, reward_line(item)) for item in records.rewards] + [
        (item.date, sanction_line(item)) for item in records.discipline
    ]  # fmt: skip
    return "\n".join(line for _, line in sorted(dated, key=lambda pair: pair[0])) or stored(
        "card.none"
    )


def reward_line(item: Reward) -> str:
    """``2024.12  县优秀共产党员（县委）``; without the brackets when no one is named."""
    if item.by:
        return stored("card.reward", when=dotted(item.date), name=item.name, by=item.by)
    return stored("card.reward-plain", when=dotted(item.date), name=item.name)


def sanction_line(item: Discipline) -> str:
    """``2026.03  记过（政务）``; ``2024.09  诫勉`` when the kind names its system already."""
    if item.kind == item.system:
        return stored("card.sanction-plain", when=dotted(item.date), kind=item.kind)
    return stored("card.sanction", when=dotted(item.date), kind=item.kind, system=item.system)


def source_text(source: str, background: str | None) -> str:
    """来源, with the background in brackets: ``组织推荐（选调生）``."""
    return stored("card.source", source=source, background=background) if background else source
