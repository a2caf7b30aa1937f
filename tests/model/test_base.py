"""The registry models share their sets of given fields, and nothing can change a shared one."""

from __future__ import annotations

import pydantic
import pytest

from cadrectl.model.cadre import Assessment


def test_instances_with_the_same_fields_share_one_set() -> None:
    first = Assessment.model_validate({"year": 2024, "grade": "称职"})
    second = Assessment.model_validate({"year": 2025, "grade": "优秀"})
    noted = Assessment.model_validate({"year": 2025, "grade": "优秀", "note": "x"})
    assert first.model_fields_set == {"year", "grade"}
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert noted.model_fields_set == {"year", "grade", "note"}


def test_a_copy_with_updates_leaves_the_shared_set_alone() -> None:
    first = Assessment.model_validate({"year": 2024, "grade": "称职"})
    second = Assessment.model_validate({"year": 2025, "grade": "优秀"})
    updated = first.model_copy(update={"note": "补录"})
    assert updated.model_fields_set == {"year", "grade", "note"}
    assert first.model_fields_set == second.model_fields_set == {"year", "grade"}


def test_assignment_is_refused_before_the_set_is_touched() -> None:
    first = Assessment.model_validate({"year": 2024, "grade": "称职"})
    second = Assessment.model_validate({"year": 2025, "grade": "优秀"})
    with pytest.raises(pydantic.ValidationError):
        first.note = "不可改"  # type: ignore[misc]
    assert second.model_fields_set == {"year", "grade"}


def test_exclude_unset_still_sees_each_instances_fields() -> None:
    plain = Assessment.model_validate({"year": 2024, "grade": "称职"})
    noted = Assessment.model_validate({"year": 2024, "grade": "称职", "note": "x"})
    assert plain.model_dump(exclude_unset=True) == {"year": 2024, "grade": "称职"}
    assert noted.model_dump(exclude_unset=True) == {"year": 2024, "grade": "称职", "note": "x"}
