"""The form's family (家庭主要成员及重要社会关系): added with ``record ID family``, changed with
``set``, shown by ``show``, refused when a member lacks a name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cadrectl.store import fastyaml

OUYANG = "QX-2019-007"


def family(root: Path) -> list[dict[str, Any]]:
    data = fastyaml.parse((root / "cadres" / f"{OUYANG}.yaml").read_text(encoding="utf-8"))
    return list(data["family"])


def test_a_member_is_recorded_and_shown(example_repo: Path, cli: Any) -> None:
    result = cli("-R", example_repo, "record", OUYANG, "family", "relation=女儿", "name=欧阳子涵",
                 "birth=2016-02", "party=群众", "work=青溪县实验小学学生")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert family(example_repo)[-1] == {"relation": "女儿", "name": "欧阳子涵", "birth": "2016-02",
                                        "party": "群众", "work": "青溪县实验小学学生"}  # fmt: skip
    shown = cli("-R", example_repo, "show", OUYANG).stdout
    assert "家庭主要成员及重要社会关系" in shown
    assert "王秀英 1958.11 群众 已去世" in shown


def test_a_member_without_a_name_is_refused(example_repo: Path, cli: Any) -> None:
    before = family(example_repo)
    result = cli("-R", example_repo, "record", OUYANG, "family", "relation=女儿")
    assert result.exit_code == 1
    assert "family[4].name" in result.stderr
    assert family(example_repo) == before


def test_a_member_is_changed_with_set(example_repo: Path, cli: Any) -> None:
    assert (
        cli("-R", example_repo, "set", OUYANG, "family[0].work=青溪县第二中学教师").exit_code == 0
    )
    assert family(example_repo)[0]["work"] == "青溪县第二中学教师"
