"""``cadrectl export lrmx|lrm`` and ``cadrectl import lrmx``: the 任免审批表 as it travels between
systems — every example reserve out and back in changing nothing, a form another tool wrote
read with clear warnings, a broken file refused with nothing written (issue 17)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from cadrectl.store import fastyaml
from tests.conftest import FIXTURES, git
from tests.exports.golden import assert_golden

FORMS = FIXTURES / "forms"
OUYANG = "QX-2019-007"  # 欧阳宇: family, photo, 九三学社, a 其间 轮岗
EVERYONE = "active,inspecting,used,exited"
NEW_RESERVE = ("--default", "reserve.source=组织推荐", "--default", "reserve.target_rank=正科",
               "--default", "reserve.direction=党群综合")  # fmt: skip


def head(root: Path) -> str:
    return git(root, "rev-parse", "HEAD").strip()


def imported(cli: Any, root: Path, *args: str | Path) -> Any:
    result = cli("-R", root, "import", "lrmx", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return result.json()


def codes(report: Any, severity: str | None = None) -> set[tuple[str | None, str]]:
    return {(p["element"], p["code"]) for p in report["problems"]
            if severity is None or p["severity"] == severity}  # fmt: skip


@pytest.fixture(scope="module")
def exported_pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every example reserve's form, as LRMX and as LRM (with .pic), from one registry."""
    from cadrectl.cli.app import run

    root = tmp_path_factory.mktemp("pool") / "example"
    shutil.copytree(Path(__file__).parents[2] / "registry-example", root)
    for fmt in ("lrmx", "lrm"):
        code = run(["-R", str(root), "export", fmt, "--all", "--status", EVERYONE, "-o",
                    str(root.parent / fmt), "--as-of", "2026-12-01"])  # fmt: skip
        assert code == 0
    return root.parent


@pytest.mark.parametrize("fmt", ["lrmx", "lrm"])
def test_every_example_reserve_sent_out_and_read_back_changes_nothing(
    fmt: str, exported_pool: Path, example_repo: Path, cli: Any
) -> None:
    before = head(example_repo)
    report = imported(cli, example_repo, exported_pool / fmt)
    assert report["rows"] == 130
    assert report["unchanged"] == 130, [p for p in report["people"] if p["status"] != "unchanged"]
    assert not codes(report, "error")
    assert head(example_repo) == before
    assert not git(example_repo, "status", "--porcelain")


def test_forms_read_into_an_empty_registry_give_the_same_forms_back(
    exported_pool: Path, example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    """The parser's round trip: each form made a new reserve, whose form is the same text."""
    for path in (example_repo / "cadres").iterdir():
        path.unlink()
    shutil.rmtree(example_repo / "cycles")
    git(example_repo, "add", "--all")
    git(example_repo, "commit", "--quiet", "-m", "空库")
    report = imported(cli, example_repo, exported_pool / "lrmx", *NEW_RESERVE)
    assert report["new"] == 130, codes(report, "error")
    again = tmp_path / "again"
    assert cli("-R", example_repo, "export", "lrmx", "--all", "--status", "active", "-o", again,
               "--as-of", "2026-12-01").exit_code == 0  # fmt: skip
    first = {path.name: _elements(path) for path in (exported_pool / "lrmx").iterdir()}
    for path in again.iterdir():
        assert _elements(path) == first[path.name], path.name


def _elements(path: Path) -> dict[str, Any]:
    root = etree.fromstring(path.read_bytes())
    return {child.tag: [etree.tostring(item) for item in child] or (child.text or "")
            for child in root}  # fmt: skip


def test_a_form_another_tool_wrote_is_read_with_clear_warnings(
    example_repo: Path, cli: Any
) -> None:
    report = imported(cli, example_repo, FORMS / "other-tool.lrmx", *NEW_RESERVE)
    assert report["ok"]
    assert report["written"]
    assert codes(report) >= {
        (None, "xml-ampersand"), ("ZhaoPian", "photo-unreadable"), (None, "elements-missing"),
        ("BeiZhu", "element-unknown"), ("JianLi", "resume-study"),
    }  # fmt: skip
    person = report["people"][0]
    data = fastyaml.parse((example_repo / "cadres" / f"{person['id']}.yaml").read_text("utf-8"))
    assert data["name"] == "叶晓岚"  # inner spaces dropped
    assert data["ethnicity"] == "畲族"  # 畲 read as 畲族
    assert data["birth"] == "1990-03"  # a dotted month
    assert data["party"] == {"status": "中共党员", "joined": "2012-06"}
    assert "birthplace" not in data  # blank values are no values
    assert "title" not in data
    assert data["education"] == [{"kind": "全日制", "level": "大学", "degree": "管理学学士",
                                  "school": "浙江工商大学", "major": "行政管理"}]  # fmt: skip
    assert data["current"] == {"unit": "qx-huxi-zhen", "post": "党委委员、副镇长"}
    assert [(r["from"], r.get("to"), r["unit"], r["post"]) for r in data["resume"]] == [
        ("2013-07", "2016-03", "湖溪镇", "科员"),
        ("2016-03", "2020-05", "湖溪镇", "社会事务办公室主任"),
        ("2020-05", None, "湖溪镇", "党委委员、副镇长"),
    ]  # fmt: skip
    assert [(p["kind"], p["unit"]) for p in data["records"]["practice"]] == [
        ("跟岗", "县委办公室"), ("挂职", "县重点工程指挥部"),
    ]  # fmt: skip
    assert data["records"]["assessments"] == [
        {"year": 2021, "grade": "称职"}, {"year": 2022, "grade": "称职"},
        {"year": 2023, "grade": "优秀"},
    ]  # fmt: skip
    assert data["family"][1] == {"relation": "父亲", "name": "叶宏", "birth": "1962-05",
                                 "party": "群众", "deceased": True}  # fmt: skip
    assert data["form"]["elements"] == {"BeiZhu": "2024年起分管乡村振兴工作"}
    assert data["form"]["resume"].startswith("2009.09—2013.07")  # kept verbatim: line 1 is study
    assert "& 嘉奖" in data["form"]["rewards"]
    assert not (example_repo / "photos" / f"{person['id']}.jpg").exists()  # broken: left out


def test_the_same_form_again_changes_nothing(example_repo: Path, cli: Any) -> None:
    imported(cli, example_repo, FORMS / "other-tool.lrmx", *NEW_RESERVE)
    before = head(example_repo)
    report = imported(cli, example_repo, FORMS / "other-tool.lrmx")
    assert (report["new"], report["changed"], report["unchanged"]) == (0, 0, 1)
    assert head(example_repo) == before


def test_a_changed_form_is_shown_field_by_field_and_keeps_what_the_file_adds(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "欧阳宇.lrmx"
    assert cli("-R", example_repo, "export", "lrmx", OUYANG, "-o", out).exit_code == 0
    text = out.read_text("utf-8")
    text = (
        text.replace("2022年：优秀；", "2022年：优秀；2026年：优秀；")
        .replace(
            "2024.08--         政协青溪县委员会副主席",
            "2024.08--2026.11  政协青溪县委员会副主席\r\n2026.11--         政协青溪县委员会主席",
        )
        .replace("<JianKangZhuangKuang>健康", "<JianKangZhuangKuang>良好")
    )
    out.write_text(text, "utf-8")
    report = imported(cli, example_repo, out)
    assert report["changed"] == 1, report["problems"]
    assert report["written"]
    changes = report["people"][0]["changes"]
    assert any(change.startswith("health: 健康 → 良好") for change in changes)
    data = fastyaml.parse((example_repo / "cadres" / f"{OUYANG}.yaml").read_text("utf-8"))
    assert {"year": 2026, "grade": "优秀"} in data["records"]["assessments"]
    last, new = data["resume"][-2:]
    assert (last["to"], new["from"], new["post"]) == ("2026-11", "2026-11", "主席")
    assert data["resume"][0]["grassroots"] is True  # the file's own marks stay
    assert "Source: 欧阳宇.lrmx" in git(example_repo, "log", "-1", "--format=%B")


def test_a_broken_file_refuses_the_whole_import(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    good = tmp_path / "good.lrmx"
    shutil.copy(FORMS / "other-tool.lrmx", good)
    (tmp_path / "bad.lrmx").write_bytes(b"\x89PNG not a form")
    (tmp_path / "root.lrmx").write_text("<Root/>", "utf-8")
    before = head(example_repo)
    report = imported(cli, example_repo, tmp_path, *NEW_RESERVE)
    assert not report["ok"]
    assert not report["written"]
    errors = {(p["file"], p["code"]) for p in report["problems"] if p["severity"] == "error"}
    assert errors == {("bad.lrmx", "lrmx-not-xml"), ("root.lrmx", "lrmx-no-person")}
    assert head(example_repo) == before


def test_a_new_reserve_without_what_no_form_says_is_refused_by_field(
    example_repo: Path, cli: Any
) -> None:
    report = imported(cli, example_repo, FORMS / "other-tool.lrmx")
    missing = {p["message"] for p in report["problems"] if p["code"] == "form-field-missing"}
    assert len(missing) == 3
    assert all("--default reserve." in m for m in missing)
    assert not report["written"]


@pytest.mark.parametrize(
    ("args", "code"),
    [(("nothing-here.lrmx",), 1), (("notes.txt",), 2), ((".",), 2)],
)  # fmt: skip
def test_what_is_no_form_is_refused_before_anything_is_read(
    args: tuple[str, ...], code: int, example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("x", "utf-8")
    result = cli("-R", example_repo, "import", "lrmx", *args)
    assert result.exit_code == code, result.stderr


def test_lrm_carries_the_photo_in_a_pic_beside_it(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "ouyang.lrm"
    assert cli("-R", example_repo, "export", "lrm", OUYANG, "-o", out).exit_code == 0
    photo = (example_repo / "photos" / f"{OUYANG}.jpg").read_bytes()
    assert out.with_suffix(".pic").read_bytes() == photo
    assert "欧阳宇".encode("gbk") in out.read_bytes()


def test_the_lrmx_export_is_the_form_in_the_common_order(
    example_repo: Path, cli: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    out = tmp_path / "f.lrmx"
    args = ("-R", example_repo, "export", "lrmx", OUYANG, "-o", out, "--as-of", "2026-12-01",
            "--proposed-post", "政协青溪县委员会主席", "--reason", "工作需要",
            "--reporting-unit", "中共青溪县委组织部", "--filled-by", "张明")  # fmt: skip
    assert cli(*args).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="utf-8"?>\r\n<Person>\r\n  <XingMing>')
    assert cli(*args).exit_code == 0
    assert out.read_bytes() == data  # byte for byte
    root = etree.fromstring(data)
    tree = {child.tag: (child.text or "") if child.tag != "JiaTingChengYuan"
            else [{part.tag: part.text or "" for part in item} for item in child]
            for child in root}  # fmt: skip
    assert tree.pop("ZhaoPian")  # base64 of photos/QX-2019-007.jpg
    assert_golden("lrmx/QX-2019-007", tree, request)


def test_masked_forms_leave_out_the_id_number_and_name_files_without_it(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "forms"
    result = cli("-R", example_repo, "export", "lrmx", "--all", "--target-rank", "正处", "-o", out,
                 "--mask-id")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    names = sorted(path.name for path in out.iterdir())
    assert names
    assert all(not any(ch.isdigit() for ch in name) for name in names)
    assert all(b"<ShenFenZheng></ShenFenZheng>" in path.read_bytes() for path in out.iterdir())


def test_a_fields_file_beside_the_output_fills_each_form(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "forms"
    out.mkdir()
    (out / "任免审批表.yaml").write_text(
        f"reporting_unit: 中共青溪县委组织部\ncadres:\n  {OUYANG}: {{reason: 工作需要}}\n", "utf-8"
    )
    assert cli("-R", example_repo, "export", "lrmx", "--all", "-o", out,
               "--name-pattern", "{编号}").exit_code == 0  # fmt: skip
    own = (out / f"{OUYANG}.lrmx").read_text("utf-8")
    other = (out / "QX-2019-001.lrmx").read_text("utf-8")
    assert "<RenMianLiYou>工作需要</RenMianLiYou>" in own
    assert "<RenMianLiYou></RenMianLiYou>" in other
    assert "<ChengBaoDanWei>中共青溪县委组织部</ChengBaoDanWei>" in other
    (out / "任免审批表.yaml").write_text("reason: [not, text]\n", "utf-8")
    bad = cli("-R", example_repo, "export", "lrmx", "--all", "-o", out)
    assert bad.exit_code == 1
    assert "任免审批表.yaml" in bad.stderr


@pytest.mark.parametrize(
    "args",
    [("export", "lrmx", OUYANG, "-o", "x.xlsx"), ("export", "lrmx", "-o", "d"),
     ("export", "lrmx", OUYANG, "-o", "x.lrmx", "--name-pattern", "{年龄}")],
)  # fmt: skip
def test_export_usage_mistakes_exit_2(args: tuple[str, ...], example_repo: Path, cli: Any) -> None:
    assert cli("-R", example_repo, *args).exit_code == 2


def _lrm(fields: dict[int, str]) -> bytes:
    values = [fields.get(index, "") for index in range(33)]
    return ('"' + '","'.join(values) + '"').encode("gbk")


def test_a_hand_written_lrm_with_its_pic_becomes_a_reserve(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "上报"
    folder.mkdir()
    family = ["妻子@女儿" + "@" * 11, "王芳@李想" + "@" * 11, "198802@201507" + "@" * 11,
              "群众@群众" + "@" * 11, "县人民医院护士@县实验小学学生" + "@" * 11]  # fmt: skip
    lrm = _lrm({
        0: "李明", 1: "男", 2: "19860512", 3: "汉族", 4: "浙江青溪", 5: "2008.06", 6: "健康",
        7: "浙江青溪", 8: "200807", 9: "大学#工学学士@研究生#公共管理硕士",
        10: "浙江工业大学土木工程专业#@浙江大学公共管理专业#", 16: "城乡建设",
        17: "2008.07--2015.03  石门镇科员\r\n2015.03--         石门镇副镇长",
        18: "无", 19: "2024年：优秀；2025年：称职",
        **dict(zip(range(20, 25), family, strict=True)),
        25: "石门镇副镇长", 30: "20261201",
    })  # fmt: skip
    (folder / "李明.lrm").write_bytes(lrm)
    (folder / "李明.PIC").write_bytes((FORMS / "photo.jpg").read_bytes())
    report = imported(cli, example_repo, folder, *NEW_RESERVE)
    assert report["new"] == 1, report["problems"]
    new_id = report["people"][0]["id"]
    data = fastyaml.parse((example_repo / "cadres" / f"{new_id}.yaml").read_text("utf-8"))
    assert str(data["birth"]) == "1986-05-12"
    assert [e["kind"] for e in data["education"]] == ["全日制", "在职"]
    assert data["education"][1]["school"] == "浙江大学"
    assert [m["name"] for m in data["family"]] == ["王芳", "李想"]
    assert data["current"] == {"unit": "qx-shimen-zhen", "post": "副镇长"}
    assert "form" not in data  # 无 is no 奖惩情况 text
    photo = example_repo / "photos" / f"{new_id}.jpg"
    assert photo.read_bytes() == (FORMS / "photo.jpg").read_bytes()
    assert f"photos/{new_id}.jpg" in git(example_repo, "show", "--name-only", "--format=", "HEAD")
