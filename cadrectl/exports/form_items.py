"""The items of a 简历's ``（其间：…）`` as the form writes them: 挂职/轮岗, 抽调, and 在职 study
— one writer, which the exports use and the import compares what it read against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cadrectl.core.messages import stored

if TYPE_CHECKING:
    from cadrectl.model.cadre import Education, Practice, Secondment
    from cadrectl.model.dates import PartialDate

_PARTY_SCHOOLS = ("中央党校", "省委党校")


def span(start: PartialDate, end: PartialDate | None) -> str:
    return f"{start.dotted()}--{end.dotted() if end else ''}"


def practice_item(item: Practice) -> str:
    """``2019.06--2019.12在县委办公室轮岗``, with ``，任轮岗干部`` when a post is named."""
    post = stored("form.practice-post", post=item.post) if item.post else ""
    return stored("form.practice", span=span(item.from_, item.to), unit=item.unit,
                  kind=item.kind, post=post)  # fmt: skip


def secondment_item(item: Secondment) -> str:
    """``2026.03--抽调参加2026年驻村工作队（第一组），派驻石西村``."""
    group = f"（{item.group}）" if item.group else ""
    return stored("form.secondment", span=span(item.from_, item.to), batch=item.batch,
                  group=group, unit=item.unit)  # fmt: skip


def study_start(entry: Education) -> PartialDate | None:
    """When a study shows in the 简历: its start, else its end; None for neither."""
    return entry.from_ or entry.graduated


def study_item(entry: Education) -> str | None:
    """An 在职 study: ``2014.09--2017.05在浙江大学公共管理专业在职研究生学习，获公共管理硕士学位``,
    or ``2017.05在…毕业`` when only its end is known; None without a school or any date."""
    if entry.kind != "在职" or not entry.school or study_start(entry) is None:
        return None
    major = entry.major or ""
    if major and not major.endswith("专业"):
        major += "专业"
    level = entry.level
    for prefix in _PARTY_SCHOOLS:  # 中央党校大学 at 中央党校…: the school says the 党校
        if level.startswith(prefix) and prefix in entry.school:
            level = level.removeprefix(prefix)
    degree = stored("form.study-degree", degree=entry.degree) if entry.degree else ""
    where = {"school": entry.school, "major": major, "level": level, "degree": degree}
    if entry.from_ is not None:
        return stored("form.study", span=span(entry.from_, entry.graduated), **where)
    assert entry.graduated is not None
    return stored("form.graduated", when=entry.graduated.dotted(), **where)
