"""README.md's "A short tour" runs as a test: every command line of its ``sh`` blocks, in order,
exactly as written, in one shell, each expected to exit 0.

The tour starts anywhere (its first line makes ``~/演示库`` with ``init --example`` and ``cd``s
into it); here it starts in a fresh git copy of registry-example, with a home folder of its own,
``cadrectl`` from this virtual environment first on PATH, and the few things the tour takes from
the clerk's world: an editor (one that closes without a change), a git identity, and the
spreadsheets its last block reads, kept in ``~/表格``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tests.sheetfiles import id_number, write_xls, write_xlsx

README = PROJECT / "README.md"
# The folder the tour's last block reads the clerk's spreadsheets from (its ``cd ~/表格``).
SHEETS = "表格"
needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="the tour is bash")


# --- reading the commands out of a Markdown page --------------------------------------------------


def section(markdown: str, heading: str) -> str:
    """The text under ``heading`` (a whole heading line) up to the next heading of its level."""
    level = heading.split(" ", 1)[0]
    start = markdown.index(f"\n{heading}\n") + len(heading) + 2
    following = re.search(rf"^{level} ", markdown[start:], re.MULTILINE)
    return markdown[start : start + following.start()] if following else markdown[start:]


def marked(markdown: str, marker: str) -> str:
    """The text between ``<!-- marker -->`` and ``<!-- /marker -->``."""
    start = markdown.index(f"<!-- {marker} -->")
    return markdown[start : markdown.index(f"<!-- /{marker} -->", start)]


def sh_blocks(markdown: str) -> list[str]:
    """The contents of the fenced ```sh blocks, in order."""
    return re.findall(r"^```sh\n(.*?)^```", markdown, re.MULTILINE | re.DOTALL)


def command_lines(block: str) -> list[str]:
    """The commands of a block, one a line: lines continued with a trailing backslash are
    joined, blank lines and full-line comments left out, trailing ``# comments`` kept."""
    joined = block.replace("\\\n", " ")
    lines = [line for line in joined.splitlines() if line.strip()]
    return [line for line in lines if not line.lstrip().startswith("#")]


# --- running them ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ran:
    """What one shell run of ``steps`` did: how many steps were started, and the output of
    each (stdout and stderr together, with bash's ``+ command`` trace)."""

    steps: list[str]
    outputs: list[str]
    returncode: int

    def failure(self) -> str:
        """A message naming the step that failed and what it printed; "" when none did."""
        if self.returncode == 0:
            return ""
        if not self.outputs:
            return f"bash exited {self.returncode} before the first step"
        number = len(self.outputs)
        return (
            f"step {number} of {len(self.steps)} exited {self.returncode}:\n"
            f"{self.steps[number - 1]}\n--- its output ---\n{self.outputs[-1]}"
        )


def shell_environment(home: Path) -> dict[str, str]:
    """The test's environment (conftest's git identity and isolation) with a home folder of
    its own, this virtual environment's ``cadrectl`` first on PATH and an editor that closes
    without a change (``cadrectl edit`` then changes nothing)."""
    bin_folder = Path(sys.executable).parent
    assert (bin_folder / "cadrectl").exists(), f"no cadrectl beside {sys.executable}"
    env = {key: value for key, value in os.environ.items() if key not in ("VISUAL", "PWD")}
    env.update(HOME=str(home), PATH=f"{bin_folder}{os.pathsep}{env.get('PATH', '')}",
               EDITOR="true")  # fmt: skip
    return env


def run_in_one_shell(steps: list[str], cwd: Path, env: dict[str, str], log: Path) -> Ran:
    """Run ``steps`` in order in one ``bash`` (so ``cd`` and ``export`` carry over), stopping
    at the first command that fails (``set -e``); each step's output is kept apart."""
    log.mkdir(parents=True, exist_ok=True)
    script = ["set -e -o pipefail -x"]  # -x: each command, as run, heads its step's output
    for number, step in enumerate(steps):
        # A brace group runs in this shell; the step's own lines are copied as they are.
        script += ["{", step, f'}} >"{log}/{number}.out" 2>&1 </dev/null']
    (log / "steps.sh").write_text("\n".join(script) + "\n", encoding="utf-8")
    done = subprocess.run(["bash", str(log / "steps.sh")], cwd=cwd, env=env, timeout=900,
                          check=False)  # fmt: skip
    outputs = []
    for number in range(len(steps)):
        out = log / f"{number}.out"
        if not out.exists():
            break
        outputs.append(out.read_text(encoding="utf-8", errors="replace"))
    return Ran(steps, outputs, done.returncode)


# --- the clerk's spreadsheets the tour's last block reads -----------------------------------------

WANG = id_number("330781", dt.date(1988, 4, 12), 1, True)
CHEN = id_number("330781", dt.date(1993, 7, 15), 2, False)
ZHAO = id_number("330781", dt.date(1995, 3, 8), 12, False)


def clerks_spreadsheets(folder: Path) -> None:
    """The pool kept until now in a spreadsheet, and what lower units and offices send: the
    files the tour names, small and correct, in the layouts clerks use."""
    folder.mkdir(parents=True)
    header: list[object] = [
        "序号", "姓名", "性别", "民族", "出生年月", "籍贯", "政治面貌", "入党时间",
        "参加工作时间", "公民身份号码", "全日制学历学位", "全日制毕业院校系及专业", "工作单位",
        "现任职务", "职级", "任现职时间", "任现职级时间", "培养方向", "拟培养层级", "入库时间",
    ]  # fmt: skip
    write_xlsx(folder / "后备干部名册.xlsx", [
        ["青溪县科级后备干部名册"],
        ["填报单位：中共青溪县委组织部", None, None, None, "填报日期：2026年11月"],
        header,
        [1, "王立新", "男", "汉族", "1988.04", "浙江兰溪", "中共党员", "2009.06", "2010.08", WANG,
         "大学学士", "浙江工业大学土木工程", "湖溪镇", "党委委员、副镇长", "副科", "2021.09",
         "2021.09", "城建交通", "正科", "2023.12"],
        [2, "陈敏", "女", "汉族", "1993.07", "浙江青溪", "中共党员", "2015.05", "2016.08", CHEN,
         "研究生硕士", "浙江大学公共管理", "城东街道", "党政办主任", "科员", "2020.03",
         "2016.08", "党群综合", "副科", "2024.12"],
    ], ["A1:T1"])  # fmt: skip
    write_xls(folder / "湖溪镇报送.xls", [
        ["湖溪镇后备干部名册"],
        ["序号", "姓名", "性别", "民族", "出生年月", "政治面貌", "入党时间", "参加工作时间",
         "公民身份号码", "全日制学历学位", "工作单位", "现任职务", "职级", "任现职时间",
         "任现职级时间", "培养方向", "拟培养层级", "来源"],
        [1, "王立新", "男", "汉族", "1988.04", "中共党员", "2009.06", "2010.08", WANG,
         "大学学士", "湖溪镇", "党委副书记", "副科", "2026.11", "2021.09", "城建交通", "正科",
         "组织推荐"],
        [2, "赵静", "女", "汉族", "1995.03", "中共党员", "2016.06", "2017.08", ZHAO, "大学学士",
         "湖溪镇", "党政办主任", "科员", "2022.03", "2017.08", "党群综合", "副科", "组织推荐"],
    ], [(0, 0, 0, 17)])  # fmt: skip
    write_xlsx(folder / "2026年度考核.xlsx", [
        ["2024—2026年度考核结果"],
        ["序号", "姓名", "身份证号", "2024年", "2025年", "2026年"],
        [1, "王立新", WANG, "称职", "优秀", "优秀"],
        [2, "陈敏", CHEN, "称职", "称职", "称职"],
    ], ["A1:F1"])  # fmt: skip
    write_xlsx(folder / "党校培训.xlsx", [
        ["姓名", "身份证号", "培训名称", "主办单位", "开始时间", "结束时间", "天数"],
        ["王立新", WANG, "全县中青年干部培训班", "县委党校", "2026.05.06", "2026.05.15", 10],
        ["陈敏", CHEN, "全县中青年干部培训班", "县委党校", "2026.05.06", "2026.05.15", 10],
    ])  # fmt: skip
    write_xlsx(folder / "推荐人选.xlsx", [
        ["姓名", "性别", "民族", "出生年月", "政治面貌", "入党时间", "参加工作时间", "学历学位",
         "工作单位", "现任职务", "职级", "任现职时间", "任现职级时间", "推荐人", "拟培养层级",
         "培养方向"],
        ["陈思远", "男", "汉族", "1992.05", "中共党员", "2014.06", "2014.08", "大学学士",
         "湖溪镇", "党建办主任", "科员", "2021.03", "2014.08", "湖溪镇党委", "副科", "经济"],
    ])  # fmt: skip


# --- the test -------------------------------------------------------------------------------------


def tour_commands() -> list[str]:
    tour = section(README.read_text(encoding="utf-8"), "## A short tour")
    return [line for block in sh_blocks(tour) for line in command_lines(block)]


def test_the_tour_is_read_as_the_reader_sees_it() -> None:
    commands = tour_commands()
    assert commands[0].startswith("cadrectl init ~/演示库 --example")
    assert all(line.startswith(("cadrectl ", "cd ", "export ")) for line in commands), commands
    placeholders = [line for line in commands if {"...", "…"} & set(line.split("#")[0].split())]
    assert placeholders == [], "a tour line must run as written, not stand for a command"


@needs_bash
@pytest.mark.slow  # some forty commands, each a process of its own (about 40 s)
def test_the_readme_tour_runs_in_order_exactly_as_written(
    example_repo: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    clerks_spreadsheets(home / SHEETS)
    ran = run_in_one_shell(tour_commands(), example_repo, shell_environment(home),
                           tmp_path / "log")  # fmt: skip
    if ran.returncode != 0:
        pytest.fail(ran.failure(), pytrace=False)
    assert len(ran.outputs) == len(ran.steps)
    assert (home / "演示库" / "exports" / "县级后备干部名册.xlsx").is_file()
    assert (home / "青溪后备库" / "exports" / "填报表.xlsx").is_file()
