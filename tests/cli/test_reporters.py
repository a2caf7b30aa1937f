"""The reporter layer: commands hand results to one module per format, none branch on --format."""

from __future__ import annotations

import ast
import importlib
import inspect
import io
import json
import pkgutil
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel

import cadrectl.services
from cadrectl.cli.reporters import Streamed, Tabular, emit
from cadrectl.model.outputs import CheckOutput

CLI = Path(__file__).parents[2] / "cadrectl" / "cli"


def _format_branches(path: Path) -> list[str]:
    """``fmt == "json"`` and the like: a comparison of the format option with a literal."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        names = [n.id for n in [node.left, *node.comparators] if isinstance(n, ast.Name)]
        literals = [n.value for n in node.comparators if isinstance(n, ast.Constant)]
        if "fmt" in names and any(v in ("text", "json", "csv") for v in literals):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_command_module_branches_on_the_output_format() -> None:
    modules = list(CLI.glob("*.py"))
    assert modules
    assert [hit for path in modules for hit in _format_branches(path)] == []


def test_the_branch_finder_sees_a_branch(tmp_path: Path) -> None:
    """The scan above would pass on anything if it could not see what it looks for."""
    source = tmp_path / "probe.py"
    source.write_text('fmt = "text"\nif fmt == "json":\n    pass\n', encoding="utf-8")
    assert _format_branches(source) == ["probe.py:2"]


def _reportable_results() -> list[type]:
    """Every class in services that describes itself as data for a report."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(cadrectl.services.__path__, "cadrectl.services."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and "contract" in vars(cls) and "as_data" in vars(cls):
                found[cls.__qualname__] = cls
    return list(found.values())


def test_every_result_reports_against_a_published_contract() -> None:
    from cadrectl.services.schemas import output_models

    published = {model for _, model in output_models()}  # each under schemas/output/
    results = _reportable_results()
    assert len(results) >= 10, [r.__name__ for r in results]
    for result in results:
        contract = vars(result)["contract"]
        assert issubclass(contract, BaseModel), result
        assert contract in published, (result, contract)


@pytest.mark.parametrize(
    ("module", "result"),
    [
        ("cadrectl.services.browse", "CadreListing"),
        ("cadrectl.services.ladder", "Ladder"),
        ("cadrectl.services.structure", "StructureReport"),
        ("cadrectl.services.coverage", "CoverageReport"),
        ("cadrectl.services.warnings", "WarningsReport"),
    ],
)
def test_results_of_commands_offering_csv_have_rows(module: str, result: str) -> None:
    """``list``, ``ladder`` and the three reports offer --format csv in help: their results must
    give rows (the text-and-json commands' results need not)."""
    cls = getattr(importlib.import_module(module), result)
    assert callable(getattr(cls, "as_rows", None)), result


class _Plain:
    contract: ClassVar[type[BaseModel]] = CheckOutput

    def as_data(self) -> dict[str, Any]:
        return {"ok": True, "files": 2, "problems": []}


class _Rows(_Plain):
    def as_rows(self) -> tuple[list[str], list[dict[str, object]]]:
        return ["name", "ok"], [{"name": "=SUM(A1)", "ok": True}]


class _Stream(_Plain):
    def as_stream(self) -> tuple[dict[str, Any], str, Any]:
        return {"as_of": "2026-12-01"}, "cadres", iter([{"id": "A"}, {"id": "B"}])


def _printed(monkeypatch: pytest.MonkeyPatch, result: Any, fmt: str) -> str:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    emit(result, fmt, lambda console: console.print("文本报告"))
    return out.getvalue()


def test_emit_prints_json_checked_against_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    assert json.loads(_printed(monkeypatch, _Plain(), "json")) == _Plain().as_data()


def test_emit_refuses_json_that_strays_from_its_contract(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pydantic import ValidationError

    class Stray(_Plain):
        def as_data(self) -> dict[str, Any]:
            return {"ok": True, "files": 2, "problems": [], "extra": 1}

    with pytest.raises(ValidationError):
        _printed(monkeypatch, Stray(), "json")


def test_emit_streams_a_result_given_in_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(_Stream(), Streamed)
    printed = json.loads(_printed(monkeypatch, _Stream(), "json"))
    assert printed == {"as_of": "2026-12-01", "cadres": [{"id": "A"}, {"id": "B"}]}


def test_emit_writes_csv_rows_safe_for_a_spreadsheet(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(_Rows(), Tabular)
    lines = _printed(monkeypatch, _Rows(), "csv").splitlines()
    assert lines == ["name,ok", "'=SUM(A1),是"]


def test_emit_refuses_csv_for_a_result_without_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(TypeError, match="no CSV rows"):
        _printed(monkeypatch, _Plain(), "csv")


def test_emit_hands_text_to_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _printed(monkeypatch, _Plain(), "text") == "文本报告\n"
