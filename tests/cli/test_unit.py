"""``cadrectl unit add|add-post|set|list|show`` in real temporary git repositories."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import git

UNIT = "qx-huxi-zhen"
CADRE = "QX-2023-014"  # the fixture registry's one cadre; its target post is zhenzhang


@pytest.fixture
def repo(registry: Path) -> Path:
    """The small fixture registry (one unit, one cadre) as a git repository with one commit."""
    return _committed(registry)


@pytest.fixture
def example_repo(example: Path) -> Path:
    """registry-example as a git repository with one commit."""
    return _committed(example)


def _committed(root: Path) -> Path:
    git(root, "init", "--quiet")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "起始")
    return root


def unit_path(root: Path, unit_id: str = UNIT) -> Path:
    return root / "units" / f"{unit_id}.yaml"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the registry (not git's, nor the parse cache, which is no part of it)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not {".git", ".cadrectl-cache"} & set(p.parts)
    }


def commits(root: Path) -> int:
    return len(git(root, "log", "--format=%H").split())


def assert_checks_clean(cli: Any, root: Path) -> None:
    result = cli("-R", root, "check", "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert [p for p in result.json()["problems"] if p["severity"] == "error"] == []


def assert_refused(cli: Any, root: Path, args: tuple[str, ...], code: int, words: str) -> None:
    """The command exits ``code`` with ``words`` in its message; no file or commit changes."""
    before, count = snapshot(root), commits(root)
    result = cli("-R", root, *args)
    assert result.exit_code == code, result.stdout + result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(root) == before
    assert commits(root) == count
    assert git(root, "status", "--porcelain") == ""


# ---- unit add ---------------------------------------------------------------------------------


def test_add_writes_the_house_style_file_and_commits_it(repo: Path, cli: Any) -> None:
    result = cli(
        "-R", repo, "unit", "add", "qx-qianshan-cun", "--name", "前山村", "--kind", "村",
        "--grassroots", "--parent", UNIT, "--group", "村社区",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "新增单位 qx-qianshan-cun 前山村（村）" in result.stdout
    assert unit_path(repo, "qx-qianshan-cun").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../schemas/unit.schema.json\n"
        "schema_version: 1\n"
        "id: qx-qianshan-cun\n"
        "name: 前山村\n"
        "kind: 村\n"
        "grassroots: true  # 在此工作计为基层工作经历\n"
        "parent: qx-huxi-zhen\n"
        "group: 村社区\n"
    )
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith("新增单位 qx-qianshan-cun 前山村（村）\n")
    assert "Action: unit-add" in message
    assert "Unit: qx-qianshan-cun" in message
    assert git(repo, "status", "--porcelain") == ""
    assert_checks_clean(cli, repo)


def test_add_without_grassroots_says_false_and_leaves_out_what_was_not_given(
    repo: Path, cli: Any
) -> None:
    result = cli(
        "-R", repo, "unit", "add", "qx-caizhengju", "--name", "县财政局", "--kind", "县直部门"
    )
    assert result.exit_code == 0, result.stderr
    text = unit_path(repo, "qx-caizhengju").read_text(encoding="utf-8")
    assert text.endswith("kind: 县直部门\ngrassroots: false\n")
    assert "parent" not in text
    assert "group" not in text
    assert_checks_clean(cli, repo)


def test_the_new_file_is_written_in_chinese_whatever_the_display_language(
    repo: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    result = cli(
        "-R", repo, "unit", "add", "qx-x", "--name", "某村", "--kind", "村", "--grassroots"
    )
    assert result.exit_code == 0, result.stderr
    assert "Add unit qx-x 某村 (村)" in result.stdout
    assert "# 在此工作计为基层工作经历" in unit_path(repo, "qx-x").read_text(encoding="utf-8")


def test_add_refuses_an_existing_id(repo: Path, cli: Any) -> None:
    args = ("unit", "add", UNIT, "--name", "湖溪镇", "--kind", "乡镇")
    assert_refused(cli, repo, args, 1, "cadrectl unit set")


@pytest.mark.parametrize("bad_id", ["../cadrectl", "/etc/passwd", "QX-Huxi", "a/b", "..", "_x", ""])
def test_add_refuses_an_id_that_is_no_unit_id(repo: Path, cli: Any, bad_id: str) -> None:
    assert_refused(cli, repo, ("unit", "add", bad_id, "--name", "某", "--kind", "村"), 2, "不合法")


def test_add_refuses_a_kind_cadrectl_yaml_does_not_list(repo: Path, cli: Any) -> None:
    args = ("unit", "add", "qx-x", "--name", "某", "--kind", "火星")
    assert_refused(cli, repo, args, 1, "“火星”不在 cadrectl.yaml 的单位类别中")
    assert not unit_path(repo, "qx-x").exists()


def test_add_refuses_a_parent_that_does_not_exist(repo: Path, cli: Any) -> None:
    args = ("unit", "add", "qx-x", "--name", "某村", "--kind", "村", "--parent", "qx-nowhere")
    assert_refused(cli, repo, args, 1, "units/qx-x.yaml:7:1: 上级单位（parent）")


def test_add_refuses_a_unit_as_its_own_parent(repo: Path, cli: Any) -> None:
    args = ("unit", "add", "qx-x", "--name", "某村", "--kind", "村", "--parent", "qx-x")
    assert_refused(cli, repo, args, 1, "不能是自己的上级单位")


@pytest.mark.parametrize("name", ["", "   "])
def test_add_refuses_an_empty_name(repo: Path, cli: Any, name: str) -> None:
    assert_refused(cli, repo, ("unit", "add", "qx-x", "--name", name, "--kind", "村"), 1, "name")


def test_add_refuses_a_control_character(repo: Path, cli: Any) -> None:
    args = ("unit", "add", "qx-x", "--name", "某\x1b[31m村", "--kind", "村")
    assert_refused(cli, repo, args, 2, "U+001B")


def test_add_refuses_a_unit_whose_id_another_file_holds(repo: Path, cli: Any) -> None:
    """A hand-made file under another name that already says id: qx-x (itself an error)."""
    text = unit_path(repo).read_text(encoding="utf-8").replace(f"id: {UNIT}", "id: qx-x")
    (repo / "units" / "qx-other.yaml").write_text(text, encoding="utf-8")
    _committed_again(repo)
    args = ("unit", "add", "qx-x", "--name", "某村", "--kind", "村")
    assert_refused(cli, repo, args, 1, "单位编号“qx-x”已被")


def _committed_again(root: Path) -> None:
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "手工")


def test_add_with_no_commit_stages_the_new_file(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "unit", "add", "qx-x", "--name", "某村", "--kind", "村", "--no-commit")
    assert result.exit_code == 0, result.stderr
    assert git(repo, "diff", "--cached", "--name-only").strip() == "units/qx-x.yaml"
    assert commits(repo) == 1


def test_add_outside_git_writes_and_warns(registry: Path, cli: Any) -> None:
    result = cli("-R", registry, "unit", "add", "qx-x", "--name", "某村", "--kind", "村")
    assert result.exit_code == 0
    assert "git init" in result.stderr
    assert unit_path(registry, "qx-x").is_file()


# ---- unit add-post ----------------------------------------------------------------------------


def test_add_post_appends_one_line_and_keeps_the_rest(repo: Path, cli: Any) -> None:
    before = unit_path(repo).read_text(encoding="utf-8")
    result = cli(
        "-R", repo, "unit", "add-post", UNIT, "jiwei-shuji", "--title", "纪委书记",
        "--rank", "副科", "--seats", "2", "--no-key",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    after = unit_path(repo).read_text(encoding="utf-8")
    line = "  - {id: jiwei-shuji, title: 纪委书记, rank: 副科, seats: 2, key: false}\n"
    assert after == before + line
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith(
        "单位 qx-huxi-zhen 湖溪镇 新增职位 jiwei-shuji 纪委书记（副科，职数 2）"
    )
    assert "Action: unit-add-post" in message
    assert f"Unit: {UNIT}" in message
    assert_checks_clean(cli, repo)


def test_add_post_to_a_unit_without_posts_starts_the_list(repo: Path, cli: Any) -> None:
    assert cli("-R", repo, "unit", "add", "qx-x", "--name", "某村", "--kind", "村").exit_code == 0
    result = cli(
        "-R", repo, "unit", "add-post", "qx-x", "shuji", "--title", "村党组织书记",
        "--rank", "科员", "--head",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    text = unit_path(repo, "qx-x").read_text(encoding="utf-8")
    assert text.endswith(
        "grassroots: false\nposts:\n  - {id: shuji, title: 村党组织书记, rank: 科员, head: true}\n"
    )
    assert commits(repo) == 3
    assert_checks_clean(cli, repo)


def test_add_post_refuses_a_post_id_the_unit_has(repo: Path, cli: Any) -> None:
    args = ("unit", "add-post", UNIT, "zhenzhang", "--title", "镇长", "--rank", "正科")
    assert_refused(cli, repo, args, 1, "posts.zhenzhang")


def test_add_post_refuses_a_rank_off_the_ladder(repo: Path, cli: Any) -> None:
    args = ("unit", "add-post", UNIT, "x", "--title", "某职", "--rank", "大官")
    assert_refused(cli, repo, args, 1, "职级（posts.x.rank）：职级“大官”不在")


@pytest.mark.parametrize(("seats", "words"), [("0", "≥ 1"), ("51", "≤ 50")])
def test_add_post_refuses_seats_out_of_range(repo: Path, cli: Any, seats: str, words: str) -> None:
    args = ("unit", "add-post", UNIT, "x", "--title", "某职", "--rank", "副科", "--seats", seats)
    assert_refused(cli, repo, args, 1, words)


@pytest.mark.parametrize("post_id", ["Zhenzhang", "镇长", "a/b", "_x"])
def test_add_post_refuses_a_malformed_post_id(repo: Path, cli: Any, post_id: str) -> None:
    args = ("unit", "add-post", UNIT, post_id, "--title", "某职", "--rank", "副科")
    assert_refused(cli, repo, args, 2, "职位编号")


def test_add_post_refuses_an_unknown_unit(repo: Path, cli: Any) -> None:
    args = ("unit", "add-post", "qx-nowhere", "x", "--title", "某职", "--rank", "副科")
    assert_refused(cli, repo, args, 1, "cadrectl unit list")


# ---- unit set ---------------------------------------------------------------------------------

COMMENTED = """\
# yaml-language-server: $schema=../schemas/unit.schema.json
# 湖溪镇：2024 年机构改革后的职位设置
schema_version: 1
id: qx-huxi-zhen
name:   湖溪镇   # 简称
kind: 乡镇
grassroots: true  # 在此工作计为基层工作经历

posts:  # 领导职位；head 为党政正职，seats 为职数
  - {id: shuji, title: 党委书记, rank: 正科, head: true}   # 兼人武部第一书记
  - {id: zhenzhang, title: 镇长, rank: 正科, head: true}
  # 副职
  - {id: fuzhenzhang, title: 副镇长, rank: 副科, seats: 3}
"""


@pytest.fixture
def commented(repo: Path) -> Path:
    """The fixture registry whose unit file carries the clerk's comments and spacing."""
    unit_path(repo).write_text(COMMENTED, encoding="utf-8")
    _committed_again(repo)
    return repo


def test_set_changes_fields_keeps_comments_and_commits_once(commented: Path, cli: Any) -> None:
    result = cli(
        "-R", commented, "unit", "set", UNIT, "name=湖溪镇人民政府", "posts.fuzhenzhang.seats=4",
        "posts.shuji.seats=2", "group=乡镇街道",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    expected = (
        COMMENTED.replace("name:   湖溪镇   # 简称", "name:   湖溪镇人民政府   # 简称")
        .replace("rank: 副科, seats: 3}", "rank: 副科, seats: 4}")
        .replace("head: true}   # 兼", "head: true, seats: 2}   # 兼")
        .replace("基层工作经历\n", "基层工作经历\ngroup: 乡镇街道\n")
    )
    assert unit_path(commented).read_text(encoding="utf-8") == expected
    message = git(commented, "log", "-1", "--format=%B")
    assert message.startswith(
        "修改单位 qx-huxi-zhen 湖溪镇：name: 湖溪镇 → 湖溪镇人民政府；"
        "posts.fuzhenzhang.seats: 3 → 4；posts.shuji.seats: 1 → 2；group: ∅ → 乡镇街道\n"
    )
    assert "Action: unit-set" in message
    assert f"Unit: {UNIT}" in message
    assert commits(commented) == 3
    assert_checks_clean(cli, commented)


@pytest.mark.parametrize(
    ("assignment", "line"),
    [("grassroots=否", "grassroots: false  # 在此工作计为基层工作经历"),
     ("posts.zhenzhang.head=false", "{id: zhenzhang, title: 镇长, rank: 正科, head: false}"),
     ("posts.fuzhenzhang.key=否", "rank: 副科, seats: 3, key: false}"),
     ("posts.fuzhenzhang.title=副镇长（常务）", "title: 副镇长（常务）,"),
     ("kind=街道", "kind: 街道")],
)  # fmt: skip
def test_set_reads_each_value_by_its_field_type(
    commented: Path, cli: Any, assignment: str, line: str
) -> None:
    result = cli("-R", commented, "unit", "set", UNIT, assignment)
    assert result.exit_code == 0, result.stderr
    assert line in unit_path(commented).read_text(encoding="utf-8")
    assert_checks_clean(cli, commented)


def test_set_of_the_value_already_there_changes_nothing(commented: Path, cli: Any) -> None:
    assert_refused(cli, commented, ("unit", "set", UNIT, "kind=乡镇"), 1, "没有需要修改的内容")


@pytest.mark.parametrize(
    ("assignment", "code", "words"),
    [("posts.nope.seats=2", 1, "没有职位 nope；它的职位有：shuji、zhenzhang、fuzhenzhang"),
     ("posts.fuzhenzhang.seats=abc", 2, "posts.fuzhenzhang.seats 应为数字"),
     ("posts.fuzhenzhang.seats=0", 1, "职数（posts.fuzhenzhang.seats）"),
     ("posts.fuzhenzhang.rank=大官", 1, "职级“大官”不在"),
     ("grassroots=maybe", 2, "grassroots 只能是"),
     ("kind=火星", 1, "units/qx-huxi-zhen.yaml:6:1: 单位类别（kind）"),
     ("parent=qx-nowhere", 1, "qx-nowhere"),
     ("parent=qx-huxi-zhen", 1, "不能是自己的上级单位"),
     ("name=", 1, "单位名称（name）"),
     ("nmae=湖溪", 2, "不能修改字段“nmae”"),
     ("posts.shuji.nmae=x", 2, "不能修改字段“posts.shuji.nmae”"),
     ("id=qx-x", 2, "“id”是编号"),
     ("schema_version=2", 2, "“schema_version”是编号"),
     ("posts.shuji.id=x", 2, "“posts.shuji.id”是编号"),
     ("posts=[]", 2, "cadrectl unit add-post"),
     ("posts.shuji=x", 2, "cadrectl unit add-post"),
     ("name", 2, "应写成 字段=值"),
     ("=x", 2, "应写成 字段=值"),
     ("name=湖溪\x1b[2J镇", 2, "U+001B")],
)  # fmt: skip
def test_set_refuses_bad_input_and_writes_nothing(
    commented: Path, cli: Any, assignment: str, code: int, words: str
) -> None:
    assert_refused(cli, commented, ("unit", "set", UNIT, assignment), code, words)


def test_set_refuses_all_when_one_assignment_is_bad(commented: Path, cli: Any) -> None:
    args = ("unit", "set", UNIT, "name=湖溪镇人民政府", "posts.fuzhenzhang.seats=99")
    assert_refused(cli, commented, args, 1, "≤ 50")


def test_set_without_assignments_is_refused(commented: Path, cli: Any) -> None:
    assert_refused(cli, commented, ("unit", "set", UNIT), 2, "没有需要修改的内容")


def test_set_refuses_an_unknown_unit(repo: Path, cli: Any) -> None:
    assert_refused(cli, repo, ("unit", "set", "qx-nowhere", "name=x"), 1, "cadrectl unit list")


@pytest.mark.parametrize("bad_id", ["../cadres/QX-2023-014", "units/qx-huxi-zhen", "QX"])
def test_set_refuses_an_id_that_is_no_unit_id(repo: Path, cli: Any, bad_id: str) -> None:
    assert_refused(cli, repo, ("unit", "set", bad_id, "name=x"), 2, "不合法")


def test_set_refuses_a_unit_file_with_uncommitted_changes(repo: Path, cli: Any) -> None:
    path = unit_path(repo)
    path.write_text(path.read_text(encoding="utf-8") + "# 手工备注\n", encoding="utf-8")
    result = cli("-R", repo, "unit", "set", UNIT, "name=湖溪镇人民政府")
    assert result.exit_code == 1
    assert "units/qx-huxi-zhen.yaml" in result.stderr
    assert "git commit" in result.stderr
    assert path.read_text(encoding="utf-8").endswith("seats: 3}\n# 手工备注\n")
    assert commits(repo) == 1


def test_set_refuses_a_unit_file_that_does_not_parse(repo: Path, cli: Any) -> None:
    unit_path(repo).write_text("schema_version: 1\nid: x\n\tname: y\n", encoding="utf-8")
    _committed_again(repo)
    assert_refused(cli, repo, ("unit", "set", UNIT, "name=湖溪镇"), 1, "cadrectl check")


def test_set_with_no_commit_stages_the_change(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "unit", "set", UNIT, "posts.fuzhenzhang.seats=4", "--no-commit")
    assert result.exit_code == 0, result.stderr
    assert git(repo, "diff", "--cached", "--name-only").strip() == f"units/{UNIT}.yaml"
    assert commits(repo) == 1


def test_set_speaks_english_when_asked(
    commented: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CADRECTL_LANG", "en")
    assert_refused(cli, commented, ("unit", "set", UNIT, "posts.nope.seats=2"), 1, "has no post")
    result = cli("-R", commented, "unit", "set", UNIT, "posts.fuzhenzhang.seats=4")
    assert result.exit_code == 0, result.stderr
    assert "Change unit qx-huxi-zhen 湖溪镇: posts.fuzhenzhang.seats: 3 → 4" in result.stdout


def test_a_set_does_not_touch_other_files(example_repo: Path, cli: Any) -> None:
    before = snapshot(example_repo)
    result = cli("-R", example_repo, "unit", "set", UNIT, "posts.fuzhenzhang.seats=4")
    assert result.exit_code == 0, result.stderr
    after = snapshot(example_repo)
    assert {name for name in after if after[name] != before.get(name)} == {f"units/{UNIT}.yaml"}
    assert_checks_clean(cli, example_repo)


def test_history_names_the_unit_actions() -> None:
    from cadrectl.cli.history import action_label

    assert action_label("unit-add") == "新增单位"
    assert action_label("unit-add-post") == "新增职位"
    assert action_label("unit-set") == "修改单位"


# ---- unit list --------------------------------------------------------------------------------


def test_list_prints_every_unit_as_a_table(example: Path, cli: Any) -> None:
    result = cli("-R", example, "unit", "list")
    assert result.exit_code == 0, result.stderr
    assert "共 41 个单位" in result.stdout
    line = next(line for line in result.stdout.splitlines() if UNIT in line)
    assert line.split() == [UNIT, "湖溪镇", "乡镇", "乡镇街道", "—", "是", "9", "11"]


def test_list_as_json_is_ordered_by_id(example: Path, cli: Any) -> None:
    rows = cli("-R", example, "unit", "list", "--format", "json").json()
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    huxi = next(row for row in rows if row["id"] == UNIT)
    assert huxi == {
        "id": UNIT, "name": "湖溪镇", "kind": "乡镇", "group": "乡镇街道", "parent": None,
        "grassroots": True, "posts": 9, "seats": 11,
    }  # fmt: skip


def test_list_as_csv_says_yes_and_no(example: Path, cli: Any) -> None:
    result = cli("-R", example, "unit", "list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 41
    by_id = {row["id"]: row for row in rows}
    assert by_id[UNIT]["grassroots"] == "是"
    assert by_id["qx-caizhengju"]["grassroots"] == "否"
    assert by_id[UNIT]["parent"] == ""


def test_list_filters_by_kind(example: Path, cli: Any) -> None:
    rows = cli("-R", example, "unit", "list", "--kind", "街道", "--format", "json").json()
    assert rows
    assert {row["kind"] for row in rows} == {"街道"}


def test_list_refuses_a_kind_cadrectl_yaml_does_not_list(example: Path, cli: Any) -> None:
    result = cli("-R", example, "unit", "list", "--kind", "火星")
    assert result.exit_code == 2
    assert "乡镇、街道" in result.stderr


def test_list_refuses_a_broken_unit_file_unless_told_to_skip_it(example: Path, cli: Any) -> None:
    unit_path(example, "qx-baishi-xiang").write_text("id: x\n\tname: y\n", encoding="utf-8")
    result = cli("-R", example, "unit", "list", "--format", "json")
    assert result.exit_code == 1
    assert "units/qx-baishi-xiang.yaml" in result.stderr
    assert result.stdout == ""
    result = cli("-R", example, "unit", "list", "--format", "json", "--skip-broken")
    assert result.exit_code == 0
    assert len(result.json()) == 40
    assert "units/qx-baishi-xiang.yaml" in result.stderr


def test_list_is_not_stopped_by_a_broken_cadre_file(example: Path, cli: Any) -> None:
    (example / "cadres" / "QX-2019-001.yaml").write_text("id: x\n\tname: y\n", encoding="utf-8")
    result = cli("-R", example, "unit", "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(result.json()) == 41


# ---- unit show --------------------------------------------------------------------------------


def test_show_as_json_tells_who_targets_each_post(repo: Path, cli: Any) -> None:
    assert cli("-R", repo, "unit", "add", "qx-qianshan-cun", "--name", "前山村", "--kind", "村",
               "--parent", UNIT).exit_code == 0  # fmt: skip
    data = cli("-R", repo, "unit", "show", UNIT, "--format", "json").json()
    assert data["file"] == f"units/{UNIT}.yaml"
    assert data["children"] == ["qx-qianshan-cun"]
    assert data["cadres"] == [CADRE]
    assert [post["id"] for post in data["posts"]] == ["shuji", "zhenzhang", "fuzhenzhang"]
    assert data["posts"][1] == {
        "id": "zhenzhang", "title": "镇长", "rank": "正科", "head": True, "seats": 1,
        "key": True, "reserves": [CADRE],
    }  # fmt: skip
    village = cli("-R", repo, "unit", "show", "qx-qianshan-cun", "--format", "json").json()
    assert village["parent"] == UNIT
    assert village["parent_name"] == "湖溪镇"
    assert village["posts"] == []


def test_show_as_text(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "unit", "show", UNIT)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("湖溪镇（qx-huxi-zhen）\n")
    assert "职位（3 个，职数合计 5）" in out
    line = next(line for line in out.splitlines() if "zhenzhang" in line and "fu" not in line)
    assert line.split() == ["zhenzhang", "镇长", "正科", "1", "是", "是", CADRE]


def test_show_of_a_unit_without_posts_says_how_to_add_them(repo: Path, cli: Any) -> None:
    assert cli("-R", repo, "unit", "add", "qx-x", "--name", "某村", "--kind", "村").exit_code == 0
    assert "cadrectl unit add-post" in cli("-R", repo, "unit", "show", "qx-x").stdout


def test_show_refuses_an_unknown_or_unsafe_id(repo: Path, cli: Any) -> None:
    result = cli("-R", repo, "unit", "show", "qx-nowhere")
    assert result.exit_code == 1
    assert "cadrectl unit list" in result.stderr
    assert cli("-R", repo, "unit", "show", "../cadrectl").exit_code == 2


def test_show_names_the_problems_of_an_invalid_unit_file(repo: Path, cli: Any) -> None:
    path = unit_path(repo)
    path.write_text(path.read_text(encoding="utf-8").replace("seats: 3", "seats: 三"), "utf-8")
    result = cli("-R", repo, "unit", "show", UNIT)
    assert result.exit_code == 1
    assert "units/qx-huxi-zhen.yaml:10" in result.stderr
    assert result.stdout == ""


def test_help_of_the_group_lists_its_commands(cli: Any) -> None:
    out = cli("unit", "--help").stdout
    for name in ("add", "add-post", "set", "list", "show"):
        assert name in out
