"""Every ``--format json`` output validates against its committed schema (schemas/output/)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from cadrectl.services.schemas import generate_output_schemas
from tests.conftest import FIXTURES, PROJECT
from tests.integrity.registries import cycle_ready_to_apply, environment
from tests.test_schemas import check_jsonschema

OUTPUT = PROJECT / "schemas" / "output"
CADRE = "{cadre}"  # stands for the first cadre of `list`
FIRST = "{first}"  # stands for the registry's first commit

# Every command that prints JSON: its schema (schemas/output/<name>.schema.json) and a run of it.
COMMANDS: dict[str, tuple[str, ...]] = {
    "check": ("check",),
    "list": ("list",),
    "show": ("show", CADRE),
    "ladder": ("ladder",),
    "report-structure": ("report", "structure", "--group-by", "unit_kind"),
    "report-coverage": ("report", "coverage"),
    "report-warnings": ("report", "warnings"),
    "history": ("history", CADRE),
    "diff": ("diff", FIRST, "HEAD"),
    "cycle-status": ("cycle", "status", "--date", "2026-10-15"),
    "cycle-inspect": ("cycle", "inspect", "--date", "2026-10-15"),
    "unit-list": ("unit", "list"),
    "unit-show": ("unit", "show", "qx-huxi-zhen"),
    "import": ("import", "roster", str(FIXTURES / "sheets" / "roster.csv"), "--dry-run"),
    "import-lrmx": ("import", "lrmx", str(FIXTURES / "forms" / "other-tool.lrmx"), "--dry-run"),
}
# More runs of the same outputs, in shapes the first runs do not show.
MORE: list[tuple[str, tuple[str, ...]]] = [
    ("ladder", ("ladder", "--explain", CADRE)),
    ("report-structure", ("report", "structure")),
    ("diff", ("diff", FIRST)),
    ("list", ("list", "--status", "all")),
    ("unit-list", ("unit", "list", "--kind", "街道")),
    ("unit-show", ("unit", "show", "qx-caizhengju")),
]


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example registry with a rolling 2026 cycle inspected, proposed and publicized."""
    return cycle_ready_to_apply(tmp_path_factory.mktemp("outputs") / "pool")


def run_json(cli: Any, root: Path, args: tuple[str, ...]) -> Any:
    def fill(arg: str) -> str:
        if arg == CADRE:
            return str(cli("-R", root, "list", "--format", "json").json()[0]["id"])
        if arg == FIRST:
            return subprocess.run(
                ["git", "rev-list", "--max-parents=0", "HEAD"],
                cwd=root, capture_output=True, text=True, env=environment(), check=True,
            ).stdout.split()[0]  # fmt: skip
        return arg

    filled = [fill(arg) for arg in args]
    result = cli("-R", root, *filled, "--format", "json")
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


def assert_valid(data: Any, name: str, tmp_path: Path) -> None:
    """check-jsonschema, the stock validator, accepts ``data`` against the committed schema."""
    document = tmp_path / f"{name}.json"
    document.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    schema = OUTPUT / f"{name}.schema.json"
    result = subprocess.run(
        [check_jsonschema(), "--schemafile", str(schema), str(document)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_json_output_has_a_committed_schema() -> None:
    generated = {name.removeprefix("output/").removesuffix(".schema.json")
                 for name in generate_output_schemas()}  # fmt: skip
    assert generated == set(COMMANDS)
    for name in COMMANDS:
        assert (OUTPUT / f"{name}.schema.json").is_file(), "run: cadrectl dev schemas"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_output_matches_its_schema(name: str, pool: Path, cli: Any, tmp_path: Path) -> None:
    assert_valid(run_json(cli, pool, COMMANDS[name]), name, tmp_path)


@pytest.mark.parametrize(("name", "args"), MORE, ids=[" ".join(args) for _, args in MORE])
def test_more_runs_match_their_schema(
    name: str, args: tuple[str, ...], pool: Path, cli: Any, tmp_path: Path
) -> None:
    assert_valid(run_json(cli, pool, args), name, tmp_path)


def test_the_outputs_show_what_they_describe(pool: Path, cli: Any) -> None:
    """The runs above are not of empty lists: the nested shapes were validated too."""
    history = run_json(cli, pool, COMMANDS["history"])
    assert history["entries"]
    assert any(entry["changes"] for entry in history["entries"])
    diff = run_json(cli, pool, COMMANDS["diff"])
    assert diff["changed"]
    assert diff["changed"][0]["changes"]
    status = run_json(cli, pool, COMMANDS["cycle-status"])
    assert status["status"] == "open"
    assert status["proposal"]
    assert status["publicity"] is not None
    assert run_json(cli, pool, COMMANDS["ladder"])["cadres"][0]["checks"]


def test_a_check_with_problems_matches_its_schema(pool: Path, cli: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(pool, broken)
    cadre = sorted((broken / "cadres").glob("*.yaml"))[0]
    text = cadre.read_text(encoding="utf-8")
    cadre.write_text(text.replace("name:", "nmae:", 1) + "current: [\n", encoding="utf-8")
    output = run_json(cli, broken, ("check",))
    assert output["problems"]
    assert output["ok"] is False
    assert_valid(output, "check", tmp_path)


def test_an_undocumented_key_is_refused(pool: Path, cli: Any, tmp_path: Path) -> None:
    output = run_json(cli, pool, COMMANDS["check"])
    output["surprise"] = 1
    document = tmp_path / "check.json"
    document.write_text(json.dumps(output), encoding="utf-8")
    result = subprocess.run(
        [check_jsonschema(), "--schemafile", str(OUTPUT / "check.schema.json"), str(document)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1


def test_a_history_with_a_cycle_story_matches_its_schema(
    pool: Path, cli: Any, tmp_path: Path
) -> None:
    from cadrectl.store import fastyaml

    proposal = fastyaml.parse((pool / "cycles/2026/adjustment.yaml").read_text(encoding="utf-8"))
    subject = next(line["subject"] for line in proposal["lines"] if line["action"] == "exit")
    history = run_json(cli, pool, ("history", subject))
    [cycle] = history["cycles"]
    assert [event["kind"] for event in cycle["events"]] == ["line", "publicity"]
    assert_valid(history, "history", tmp_path)


def test_a_document_that_strays_from_its_contract_is_not_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pydantic import ValidationError

    from cadrectl.cli.reporters.to_json import print_json
    from cadrectl.model.outputs import WarningsOutput

    with pytest.raises(ValidationError):
        print_json({"as_of": "2026-10-01", "warnings": [], "stray": 1}, WarningsOutput)
    assert capsys.readouterr().out == ""
    print_json({"as_of": "2026-10-01", "warnings": []}, WarningsOutput)
    assert capsys.readouterr().out == '{"as_of": "2026-10-01", "warnings": []}\n'
