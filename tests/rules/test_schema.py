"""Schema problems in the clerk's words, even for values Python itself will not print."""

from __future__ import annotations

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
