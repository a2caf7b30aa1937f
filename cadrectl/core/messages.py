"""The one message catalog: every user-facing string, in Chinese (default) and English.

``CADRECTL_LANG=en`` switches to English. Keys are stable; both languages are complete
(tests/test_messages.py checks that every key has both and that their placeholders agree).
"""

from __future__ import annotations

import contextvars
import os
import string
from typing import Any

# The language of the message being rendered, for values that render themselves inside it
# (a span of time: 1年11个月 in a Chinese message, 1 years 11 months in an English one).
_RENDERING: contextvars.ContextVar[str | None] = contextvars.ContextVar("rendering", default=None)


def language() -> str:
    value = os.environ.get("CADRECTL_LANG", "zh").strip().lower()
    return "en" if value.startswith("en") else "zh"


def rendering_language() -> str:
    """The language of the message being rendered (the display language outside one)."""
    return _RENDERING.get() or language()


def in_language(lang: str, key: str, /, **params: Any) -> str:
    return _render(key, lang, params)


def t(key: str, /, **params: Any) -> str:
    """The message ``key`` in the clerk's language, with ``params`` filled in."""
    return _render(key, language(), params)


def stored(key: str, /, **params: Any) -> str:
    """The message ``key`` in Chinese, whatever the display language.

    Why: text written into registry files (a proposal line's reason, an exit's note, the 公示
    notice) is part of the record; it may not depend on who ran the command, in which shell.
    """
    return _render(key, "zh", params)


def _render(key: str, lang: str, params: dict[str, Any]) -> str:
    entry = CATALOG.get(key)
    if entry is None:
        entry = CATALOG["internal.missing-message"]
        params = {"key": key}
    text = entry[1] if lang == "en" else entry[0]
    token = _RENDERING.set(lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        if os.environ.get("CADRECTL_STRICT_MESSAGES"):  # the test suite sets it
            raise
        return text
    finally:
        _RENDERING.reset(token)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


CATALOG: dict[str, tuple[str, str]] = {
    "internal.missing-message": ("（缺少消息：{key}）", "(missing message: {key})"),
    # ---- the command line ------------------------------------------------------------------
    "cli.help": (
        "cadrectl：后备干部库管理工具（YAML 文件 + git）。",
        "cadrectl: the reserve-cadre registry (YAML files in git).",
    ),
    "cli.opt.registry": (
        "后备干部库所在文件夹（默认：$CADRECTL_REGISTRY，或向上查找 cadrectl.yaml）",
        "The registry folder (default: $CADRECTL_REGISTRY, or the nearest cadrectl.yaml upward)",
    ),
    "cli.opt.version": ("显示版本并退出", "Show the version and exit"),
    "cli.opt.debug": ("出错时显示完整的调用栈", "Show full tracebacks on errors"),
    "cli.opt.format": ("输出格式：text、json 或 csv", "Output format: text, json or csv"),
    "cli.opt.format-nocsv": ("输出格式：text 或 json", "Output format: text or json"),
    "cli.opt.strict": ("有警告也以失败退出", "Fail on warnings too"),
    "cli.opt.paths": (
        "只报告这些文件（或文件夹）的问题；总是加载整个库",
        "Report only the problems of these files (or folders); the whole registry is loaded",
    ),
    "cli.opt.status": (
        "按后备状态筛选：active、used、exited 或 all",
        "Filter by status: active, used, exited or all",
    ),
    "cli.opt.target-rank": ("按拟培养层级筛选", "Filter by target rank"),
    "cli.opt.unit": ("按工作单位编号筛选", "Filter by unit id"),
    "cli.opt.as-of": (
        "计算年龄等的截止日期（默认今天）",
        "Reference date for ages (default: today)",
    ),
    "cli.opt.example": ("用青溪县示例数据初始化", "Initialize with the 青溪县 example data"),
    "cli.opt.check-only": (
        "只检查已提交的 schema 是否最新，不写入",
        "Only check that the committed schemas are current; write nothing",
    ),
    "cli.cmd.check": ("校验整个后备干部库", "Validate the whole registry"),
    "cli.cmd.init": (
        "新建后备干部库（git、配置、文件夹）",
        "Create a registry (git, config, folders)",
    ),
    "cli.cmd.list": ("列出后备干部", "List reserve cadres"),
    "cli.cmd.show": ("显示一名后备干部的档案", "Show one reserve cadre's file"),
    "cli.cmd.dev": ("开发者工具", "Developer tools"),
    "cli.cmd.schemas": (
        "由模型重新生成 schemas/*.schema.json",
        "Regenerate schemas/*.schema.json from the models",
    ),
    "cli.error.internal": (
        "内部错误：{error}。这是 cadrectl 的缺陷，请报告（加 --debug 可看调用栈）。",
        "Internal error: {error}. This is a bug in cadrectl; please report it"
        " (--debug shows the traceback).",
    ),
    "cli.error.interrupted": ("已中断。", "Interrupted."),
    # Typer's own words (cli/typerwords.py)
    "cli.usage": ("用法：", "Usage: "),
    "cli.help.options": ("选项", "Options"),
    "cli.help.arguments": ("参数", "Arguments"),
    "cli.help.commands": ("命令", "Commands"),
    "cli.help.default": ("[默认：{value}]", "[default: {value}]"),
    "cli.help.required": ("[必填]", "[required]"),
    "cli.opt.help": ("显示此帮助并退出", "Show this message and exit."),
    "cli.error.try-help": (
        "运行 '{command} {option}' 查看帮助。",
        "Try '{command} {option}' for help.",
    ),
    "cli.error.usage": ("错误：{message}", "Error: {message}"),
    "cli.error.no-such-option": ("没有这个选项：{option}", "No such option: {option}"),
    "cli.error.no-such-command": ("没有这个命令：{name}", "No such command: {name}"),
    "cli.error.did-you-mean": ("（是不是：{names}）", " (did you mean: {names})"),
    "cli.error.missing-option": ("缺少选项 {name}", "Missing option {name}."),
    "cli.error.missing-argument": ("缺少参数 {name}", "Missing argument {name}."),
    "cli.error.bad-value": ("{name} 的值无效：{detail}", "Invalid value for {name}: {detail}"),
    "cli.error.bad-format": (
        "不支持的输出格式“{value}”，可用：{allowed}",
        "Unsupported output format '{value}'; use one of: {allowed}",
    ),
    "cli.error.bad-date": (
        "日期“{value}”无法识别，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY.MM",
        "Cannot read the date '{value}'; write YYYY-MM-DD, YYYY-MM or YYYY.MM",
    ),
    "cli.error.bad-status": (
        "未知的状态“{value}”，可用：active、used、exited、all",
        "Unknown status '{value}'; use active, used, exited or all",
    ),
    "registry.not-found": (
        "找不到后备干部库：当前文件夹及其上级都没有 cadrectl.yaml。"
        "请用 -R 路径 指定，或运行 cadrectl init 新建。",
        "No registry found: no cadrectl.yaml here or in any parent folder."
        " Pass -R PATH, or run 'cadrectl init' to create one.",
    ),
    "registry.not-a-registry": (
        "“{path}”不是后备干部库（缺少 cadrectl.yaml）。请检查路径，或运行 cadrectl init {path}。",
        "'{path}' is not a registry (no cadrectl.yaml). Check the path,"
        " or run 'cadrectl init {path}'.",
    ),
    "registry.config-invalid": (
        "cadrectl.yaml 有错误，请先运行 cadrectl check 并修正。",
        "cadrectl.yaml has errors; run 'cadrectl check' and fix them first.",
    ),
    "init.exists": (
        "“{path}”已经是后备干部库（有 cadrectl.yaml），未作改动。",
        "'{path}' already holds a registry (cadrectl.yaml); nothing changed.",
    ),
    "init.not-empty": (
        "“{path}”不是空文件夹；请指定一个新的或空的文件夹。",
        "'{path}' is not empty; name a new or empty folder.",
    ),
    "init.done": ("已新建后备干部库：{path}", "Created a registry at {path}"),
    "init.commit": ("新建后备干部库", "Create the registry"),
    "init.no-git": (
        "警告：找不到 git，未建立版本库；修改将没有审计记录。安装 git 后运行 git init。",
        "Warning: git not found, so no repository was made; changes will have no audit trail."
        " Install git and run 'git init'.",
    ),
    "init.example-missing": (
        "本安装包中没有示例数据（registry-example）。",
        "This installation does not include the example data (registry-example).",
    ),
    "lock.held": (
        "另一个 cadrectl（{command}，进程 {pid}，自 {since}）正在修改后备干部库，"
        "等了 {seconds} 秒仍未结束；请稍后再试（等待时长可用 CADRECTL_LOCK_WAIT 设置）。",
        "Another cadrectl ({command}, process {pid}, since {since}) is changing the registry"
        " and did not finish within {seconds} s; try again shortly (CADRECTL_LOCK_WAIT sets"
        " the wait).",
    ),
    "lock.waiting": (
        "另一个 cadrectl（{command}，进程 {pid}）正在修改后备干部库，等它完成……",
        "Another cadrectl ({command}, process {pid}) is changing the registry; waiting for it…",
    ),
    "lock.cannot": (
        "无法在 {path} 建立写入锁（{reason}）；后备干部库所在位置可能是只读的。未作任何改动。",
        "Cannot take the write lock at {path} ({reason}); the registry may be read-only."
        " Nothing was changed.",
    ),
    "write.read-only": (
        "无法写入 {path}：文件或文件夹是只读的（或没有权限）。未作任何改动。",
        "Cannot write {path}: it is read-only (or not yours to write). Nothing was changed.",
    ),
    "write.disk-full": (
        "无法写入 {path}：磁盘已满。未作任何改动；腾出空间后再试。",
        "Cannot write {path}: the disk is full. Nothing was changed; free some space and retry.",
    ),
    "write.failed": (
        "无法写入 {path}（{reason}）。未作任何改动。",
        "Cannot write {path} ({reason}). Nothing was changed.",
    ),
    "git.commit-refused": (
        "git 拒绝了这次提交（多半是库里的 git 钩子 pre-commit 或 commit-msg 不同意），"
        "修改已撤销，文件保持原样。git 的输出：\n{detail}",
        "git refused the commit (most likely one of the registry's hooks, pre-commit or"
        " commit-msg); the change was undone and the files are as they were. git said:\n{detail}",
    ),
    "edit.head-moved": (
        "本命令运行期间，后备干部库有了新的提交（不是 cadrectl 做的）；为免覆盖，未作任何改动。"
        "请重新运行本命令。",
        "A commit was made in the registry (not by cadrectl) while this command ran; to"
        " overwrite nothing, nothing was changed. Run the command again.",
    ),
    "edit.changed-meanwhile": (
        "{files} 在你修改期间被另一个命令改过了；为免覆盖别人的修改，未作任何改动。",
        "{files} changed while you were editing; to overwrite nobody's change, nothing was"
        " changed.",
    ),
    "edit.draft-kept": (
        "你改好的内容保存在 {path}，可据此重新修改。",
        "Your draft is kept at {path}; start again from it.",
    ),
    "edit.no-editor": (
        "没有终端，又没有设置编辑器（$VISUAL 或 $EDITOR），无法打开编辑器；未作任何改动。",
        "There is no terminal and no editor is set ($VISUAL or $EDITOR), so no editor can be"
        " opened; nothing was changed.",
    ),
    "edit.bad-editor": (
        "编辑器设置“{editor}”写法不对（引号不配对？）；未作任何改动。",
        "The editor setting '{editor}' is malformed (unbalanced quotes?); nothing was changed.",
    ),
    "edit.editor-failed": (
        "无法启动编辑器 {editor}（{reason}）；未作任何改动。",
        "Cannot start the editor {editor} ({reason}); nothing was changed.",
    ),
    "edit.editor-status": (
        "编辑器 {editor} 异常退出（退出码 {code}）；未保存，未作任何改动。",
        "The editor {editor} did not end normally (exit status {code}); nothing was saved or"
        " changed.",
    ),
    "edit.draft-gone": (
        "编辑的文件不见了；未作任何改动。",
        "The file being edited is gone; nothing was changed.",
    ),
    "edit.draft-too-large": (
        "保存的文件超过档案文件的上限 {limit} 字节；未作任何改动。",
        "The saved file is larger than a cadre file may be ({limit} bytes); nothing was changed.",
    ),
    "recover.completed": (
        "上次被中断的修改（{subject}）已补完并提交。",
        "The change that was interrupted last time ({subject}) has been completed and committed.",
    ),
    "recover.committed": (
        "上次的修改（{subject}）其实已经提交；已清理它留下的记录。",
        "The last change ({subject}) had been committed after all; its journal was cleared.",
    ),
    "recover.undone": (
        "上次被中断的修改（{subject}）无法补完，已撤销，文件恢复原样：{error}",
        "The change that was interrupted last time ({subject}) could not be completed and was"
        " undone; the files are as they were: {error}",
    ),
    "recover.undone-by-choice": (
        "已撤销被中断的修改（{subject}），文件恢复原样。",
        "The interrupted change ({subject}) was undone; the files are as they were.",
    ),
    "recover.diverged": (
        "上次被中断的修改（{subject}，{started}）涉及的文件此后又被改过：{files}。"
        "未作任何处理；请运行 cadrectl recover 查看，再用 --complete 或 --undo 决定。",
        "The change interrupted last time ({subject}, {started}) touches files changed since:"
        " {files}. Nothing was done; run 'cadrectl recover' to see it, then choose --complete"
        " or --undo.",
    ),
    "recover.unreadable": (
        "被中断修改的记录无法读取（{error}）；请运行 cadrectl recover --undo 清除它。",
        "The journal of an interrupted change cannot be read ({error}); run"
        " 'cadrectl recover --undo' to clear it.",
    ),
    "recover.stale-locks": (
        "已删除被中断的 git 留下的锁文件：{files}。",
        "Removed the lock files an interrupted git left: {files}.",
    ),
    "recover.nothing": ("没有被中断的修改。", "There is no interrupted change."),
    "recover.held": (
        "有一个尚未完成的修改：{subject}（{action}，始于 {started}），涉及：{files}。"
        "用 --complete 补完并提交，或用 --undo 撤销。",
        "A change is unfinished: {subject} ({action}, started {started}), touching: {files}."
        " Use --complete to finish and commit it, or --undo to undo it.",
    ),
    "recover.running": (
        "另一个 cadrectl 正在进行这个修改：{subject}；等它完成即可。",
        "Another cadrectl is making this change right now: {subject}; let it finish.",
    ),
    "recover.foreign": (
        "这些文件在中断后又被改过，不能补完：{files}。请用 --undo（这些文件保持现状），"
        "或先用 git 撤销那些改动。",
        "These files changed after the interruption, so the change cannot be completed: {files}."
        " Use --undo (those files are left as they are), or undo their changes with git first.",
    ),
    "recover.git-lock": (
        "无法删除 git 的锁文件 {path}；请手工删除它。",
        "Cannot remove git's lock file {path}; delete it by hand.",
    ),
    "cli.error.exclusive": (
        "这些选项只能选一个：{options}。",
        "Choose only one of these options: {options}.",
    ),
    "cycle.commit.applied-tag": (
        "执行 {year} 年度后备干部调整",
        "Apply the {year} reserve-pool adjustment",
    ),
    "cli.cmd.recover": (
        "补完或撤销一个被中断的修改（崩溃、断电、被终止之后）",
        "Finish or undo a change that a crash, power cut or kill interrupted",
    ),
    "cli.opt.recover-complete": (
        "补完被中断的修改并提交",
        "Complete the interrupted change and commit it",
    ),
    "cli.opt.recover-undo": (
        "撤销被中断的修改，文件恢复原样",
        "Undo the interrupted change; the files go back as they were",
    ),
    "git.no-identity": (
        'git 不知道提交人是谁。请先运行：git config --global user.name "你的名字" 和 '
        'git config --global user.email "you@example.org"',
        'git does not know who you are. Run: git config --global user.name "Your Name" and'
        ' git config --global user.email "you@example.org"',
    ),
    "git.failed": ("git {command} 失败：{detail}", "git {command} failed: {detail}"),
    "git.bad-revision": ("git 中没有版本“{revision}”。", "git has no revision '{revision}'."),
    "git.not-a-repository": (
        "警告：后备干部库不是 git 仓库，这次修改没有审计记录。请在库中运行 git init。",
        "Warning: the registry is not a git repository, so this change has no audit trail."
        " Run 'git init' in the registry.",
    ),
    "git.need-repository": (
        "后备干部库不是 git 仓库，没有历史可查。请在库中运行 git init。",
        "The registry is not a git repository, so there is no history. Run 'git init' in it.",
    ),
    "edit.dirty": (
        "这些文件有尚未提交的改动：{files}。"
        "请先提交（git commit）或撤销（git checkout -- 文件），再运行本命令。",
        "These files have uncommitted changes: {files}. Commit them (git commit) or discard them"
        " (git checkout -- FILE) first.",
    ),
    "edit.invalid": (
        "修改后的档案不合格，未作任何改动：\n{problems}",
        "The changed file would not be valid; nothing was changed:\n{problems}",
    ),
    "edit.bad-id": (
        "编号“{id}”不合法：只能用字母、数字、- 和 _，且不能含路径。",
        "The id '{id}' is not allowed: use letters, digits, - and _ only, no paths.",
    ),
    "edit.bad-path": (
        "字段路径“{path}”写法不对；例如 current.post、education[1].major。",
        "The field path '{path}' is malformed; e.g. current.post, education[1].major.",
    ),
    "edit.bad-assignment": (
        "“{text}”应写成 字段=值，例如 current.post=镇长。",
        "'{text}' should read FIELD=VALUE, e.g. current.post=镇长.",
    ),
    "edit.bad-bool": (
        "{path} 只能是 true/false（或 是/否），不是“{value}”。",
        "{path} takes true/false (or 是/否), not '{value}'.",
    ),
    "edit.bad-number": (
        "{path} 应为数字，不是“{value}”。",
        "{path} takes a number, not '{value}'.",
    ),
    "edit.no-change": ("没有需要修改的内容。", "Nothing to change."),
    "edit.committed": ("已修改并提交：{subject}", "Changed and committed: {subject}"),
    "edit.staged": (
        "已修改并暂存（未提交）：{subject}",
        "Changed and staged (not committed): {subject}",
    ),
    "edit.unchanged": ("没有变化：{subject}", "No change: {subject}"),
    "edit.written": ("已修改：{subject}", "Changed: {subject}"),
    "problem.edit-unparsable": (
        "文件本身有错误（{reason}，第 {line} 行），请先运行 cadrectl check 修正。",
        "The file itself has an error ({reason}, line {line}); fix it first (cadrectl check).",
    ),
    "problem.edit-mismatch": (
        "无法在保留原有格式的前提下修改 {path}；请用 cadrectl edit 手工修改。",
        "Cannot change {path} while keeping the file's layout; use 'cadrectl edit'.",
    ),
    "problem.edit-no-such-field": (
        "档案中没有 {path} 这一项。",
        "The file has no {path}.",
    ),
    "problem.edit-not-a-list": (
        "{path} 不是列表，不能追加。",
        "{path} is not a list; cannot append.",
    ),
    # ---- editing ---------------------------------------------------------------------------
    "cli.cmd.add": (
        "新增后备干部：字段=值…、--from-file 或在终端逐项输入",
        "Add a reserve cadre: FIELD=VALUE…, --from-file, or prompts on a terminal",
    ),
    "cli.cmd.set": (
        "修改字段：cadrectl set ID current.post=镇长 education[1].major=…",
        "Change fields: cadrectl set ID current.post=镇长 education[1].major=…",
    ),
    "cli.cmd.edit": (
        "用编辑器修改档案（保存时校验）",
        "Edit a file in $EDITOR (validated on save)",
    ),
    "cli.cmd.record": (
        "追加台账记录：cadrectl record ID assessment year=2025 grade=优秀",
        "Append a record: cadrectl record ID assessment year=2025 grade=优秀",
    ),
    "cli.cmd.exit": ("调出后备干部库（档案保留）", "Move a cadre out of the pool (the file stays)"),
    "cli.cmd.use": ("标记为已使用（提拔任职）", "Mark a cadre as used (promoted into a post)"),
    "cli.cmd.history": ("一名后备干部的修改历史", "The change history of one cadre"),
    "cli.cmd.diff": ("两个版本之间库的变化", "What changed in the registry between two revisions"),
    "cli.opt.no-commit": (
        "只写入并暂存，不提交（留给你自己 git commit）",
        "Write and stage only; do not commit",
    ),
    "cli.opt.date": ("日期（默认今天）：YYYY-MM-DD、YYYY-MM 或 YYYY.MM", "Date (default today)"),
    "cli.opt.note": ("备注", "A note"),
    "cli.opt.reason": (
        "调出原因（取自 cadrectl.yaml 的调出原因）",
        "The exit reason (from cadrectl.yaml)",
    ),
    "cli.opt.use-unit": ("任职单位编号", "The unit id of the new post"),
    "cli.opt.use-post": ("任职岗位编号", "The post id of the new post"),
    "cli.opt.replace": (
        "替换同一年度已有的考核结果",
        "Replace an existing assessment of that year",
    ),
    "cli.opt.from-file": ("从 YAML 文件读取新档案的内容", "Read the new cadre from a YAML file"),
    "cli.arg.record-kind": (
        "记录种类：assessment 年度考核、inspection 考察、evaluation 季度评议、training 培训、"
        "practice 实践锻炼、recommendation 民主推荐、reward 奖励、discipline 处分、talk 谈心谈话",
        "Record kind: assessment, inspection, evaluation, training, practice, recommendation,"
        " reward, discipline, talk",
    ),
    "add.prompt": ("{field}", "{field}"),
    "add.missing": ("缺少必填项：{fields}", "Required fields are missing: {fields}"),
    "add.unreadable": ("无法读取“{path}”：{detail}", "Cannot read '{path}': {detail}"),
    "add.bad-source": (
        "“{path}”不是 UTF-8 的 YAML 映射。",
        "'{path}' is not a UTF-8 YAML mapping.",
    ),
    "edit.cancelled": ("已取消，未作任何改动。", "Cancelled; nothing changed."),
    "edit.reopen": ("重新打开编辑器修改？", "Reopen the editor to fix it?"),
    "edit.not-active": (
        "{id} 的状态是“{status}”，不在库中，不能再调出或使用。",
        "{id} is '{status}', not active; it cannot be exited or used again.",
    ),
    "record.bad-kind": (
        "未知的记录种类“{kind}”；可用：{kinds}",
        "Unknown record kind '{kind}'; use: {kinds}",
    ),
    "record.assessment-exists": (
        "{id} 已有 {year} 年度考核结果；要替换请加 --replace。",
        "{id} already has an assessment for {year}; add --replace to replace it.",
    ),
    "record.kind.assessment": ("年度考核", "assessment"),
    "record.kind.inspection": ("考察", "inspection"),
    "record.kind.evaluation": ("季度评议", "evaluation"),
    "record.kind.training": ("培训", "training"),
    "record.kind.practice": ("实践锻炼", "practice"),
    "record.kind.recommendation": ("民主推荐", "recommendation"),
    "record.kind.reward": ("奖励", "reward"),
    "record.kind.discipline": ("处分", "discipline"),
    "record.kind.talk": ("谈心谈话", "talk"),
    "commit.add": ("新增后备干部 {id} {name}", "Add reserve cadre {id} {name}"),
    "commit.set": ("修改 {id} {name}：{changes}", "Change {id} {name}: {changes}"),
    "commit.edit": ("编辑 {id} {name} 的档案", "Edit the file of {id} {name}"),
    "commit.record": (
        "记录 {id} {name}：{kind} {summary}",
        "Record for {id} {name}: {kind} {summary}",
    ),
    "commit.exit": ("调出 {id} {name}：{reason}", "Exit {id} {name}: {reason}"),
    "commit.use": (
        "使用 {id} {name}：任 {unit} {post}",
        "Use {id} {name}: appointed {unit} {post}",
    ),
    "history.title": (
        "{id} {name} 的档案历史（{count} 次提交）",
        "History of {id} {name} ({count} commits)",
    ),
    # ---- export notice ---------------------------------------------------------------------
    "cli.cmd.export-notice": (
        "年度调整的公示通知（.txt 或 .docx，供打印或发送）",
        "The cycle's publicity (公示) notice, as .txt or .docx to print or send",
    ),
    "cli.opt.notice-output": ("输出的 .txt 或 .docx 文件", "The .txt or .docx file to write"),
    "notice.bad-suffix": (
        "公示通知只能导出为 .txt 或 .docx：{path}",
        "The notice can be exported only as .txt or .docx: {path}",
    ),
    "notice.not-publicized": (
        "{year} 年度调整还没有公示，没有公示通知可导出；"
        "请先运行 cadrectl cycle publicize --start 日期。",
        "The {year} cycle has not been publicized, so there is no notice to export;"
        " run 'cadrectl cycle publicize --start DATE' first.",
    ),
    "notice.missing": (
        "{year} 年度调整已经公示，但 {file} 不见了；可用 git checkout -- {file} 从提交中恢复。",
        "The {year} cycle was publicized but {file} is missing;"
        " restore it from the history with 'git checkout -- {file}'.",
    ),
    "notice.written": (
        "已导出 {year} 年度公示通知：{path}",
        "Exported the {year} publicity notice: {path}",
    ),
    "history.created": ("建立档案", "file created"),
    "history.cycle.title": ("{year} 年度调整", "The {year} cycle"),
    "history.cycle.nominated": (
        "提名 {id}（{source}，推荐人：{by}，拟培养层级：{target}）",
        "nominated as {id} ({source}, by {by}, for {target})",
    ),
    "history.cycle.withdrawn": ("推荐撤回", "nomination withdrawn"),
    "history.cycle.votes": (
        "{meeting}：得票 {votes}/{valid}（{share}）",
        "{meeting}: {votes} of {valid} valid votes ({share})",
    ),
    "history.cycle.line": (
        "调整名单第 {line} 行，{action}：{reason}；决定：{decision}",
        "adjustment line {line}, {action}: {reason}; decision: {decision}",
    ),
    "history.cycle.publicity": ("公示 {start} 至 {end}", "publicized {start} to {end}"),
    "history.cycle.objection": (
        "公示期间反映：{text}（核查：{finding}）",
        "objection during the publicity: {text} (finding: {finding})",
    ),
    "history.cycle.unresolved": ("未办结", "open"),
    "history.cycle.applied": ("执行（第 {lines} 行）", "applied (line {lines})"),
    "history.cycle.note": ("（说明：{note}）", " (note: {note})"),
    "history.action.add": ("新增", "add"),
    "history.action.set": ("修改", "set"),
    "history.action.edit": ("编辑", "edit"),
    "history.action.record": ("记录", "record"),
    "history.action.exit": ("调出", "exit"),
    "history.action.use": ("使用", "use"),
    "history.action.init": ("建库", "init"),
    "history.action.manual": ("手工修改", "by hand"),
    "history.action.cycle-open": ("开始年度调整", "cycle opened"),
    "history.action.cycle-inspect": ("年度考察", "cycle inspection"),
    "history.action.cycle-nominate": ("推荐提名", "nomination"),
    "history.action.cycle-tally": ("民主推荐计票", "vote tally"),
    "history.action.cycle-propose": ("调整名单", "adjustment proposed"),
    "history.action.cycle-publicize": ("公示", "公示 (publicity)"),
    "history.action.cycle-object": ("公示反映", "objection"),
    "history.action.cycle-resolve": ("反映办结", "objection resolved"),
    "history.action.cycle-apply": ("执行年度调整", "adjustment applied"),
    "history.action.cycle-close": ("结束年度调整", "cycle closed"),
    "diff.title": ("从 {old} 到 {new} 的变化", "Changes from {old} to {new}"),
    "diff.entered": ("新入库（{count} 人）", "Entered ({count})"),
    "diff.exited": ("调出（{count} 人）", "Exited ({count})"),
    "diff.used": ("已使用（{count} 人）", "Used ({count})"),
    "diff.removed": ("档案被删除（{count} 个）", "Files removed ({count})"),
    "diff.tiers": ("层次变化（{count} 人）", "Tier changes ({count})"),
    "diff.changed": ("档案修改（{count} 人）", "Changed files ({count})"),
    "diff.none": ("没有变化。", "No changes."),
    # ---- ladder (梯队) ----------------------------------------------------------------------
    "cli.cmd.ladder": (
        "梯队：每名在库后备干部的层次及理由",
        "The ladder: every active reserve's tier, with reasons",
    ),
    "cli.opt.explain": ("逐条说明一名后备干部的层次", "Explain one cadre's placement rule by rule"),
    "ladder.not-active": (
        "{id} 不是在库的后备干部（用 cadrectl list --status all 查看）。",
        "{id} is not an active reserve (see cadrectl list --status all).",
    ),
    "ladder.title": (
        "梯队（截至 {date}，共 {count} 人）",
        "Ladder as of {date} ({count} reserves)",
    ),
    "ladder.tier.1": ("第一层次（近期）", "Tier 1 (near term)"),
    "ladder.tier.2": ("第二层次（中期）", "Tier 2 (medium term)"),
    "ladder.tier.3": ("第三层次（远期）", "Tier 3 (long term)"),
    "ladder.tier.none": ("未定层次", "Not placed"),
    "ladder.col.ready": ("条件全部满足", "All met on"),
    "ladder.col.exit": ("建议调出", "Exit suggested"),
    "ladder.col.missing": ("待满足条件", "Conditions pending"),
    "ladder.explain.title": (
        "{id} {name}：拟培养 {target}（{direction}），{tier}",
        "{id} {name}: target {target} ({direction}), {tier}",
    ),
    "ladder.explain.ready": ("全部条件满足于 {date}。", "All conditions met on {date}."),
    "ladder.explain.exit": (
        "负面清单建议调出：{reasons}",
        "The negative list suggests exit: {reasons}",
    ),
    "ladder.explain.pass": ("符合", "met"),
    "ladder.explain.fail": ("不符合", "not met"),
    "ladder.explain.basis": ("依据：{basis}", "basis: {basis}"),
    "ladder.waived": ("{detail}（破格：{reason}）", "{detail} (exception: {reason})"),
    "ladder.years": ("{years}年", "{years} years"),
    "ladder.years-months": ("{years}年{months}个月", "{years} years {months} months"),
    "ladder.evidence.training": (
        "{start} {name}（{organizer}，{days}天）",
        "{start} {name} ({organizer}, {days} days)",
    ),
    "ladder.evidence.discipline": (
        "{date} {kind}：影响期 {months} 个月，{end} 期满",
        "{date} {kind}: {months} months, over on {end}",
    ),
    "ladder.rule.policy": ("资格条件", "policy"),
    "ladder.rule.work_years": ("工龄", "years of work"),
    "ladder.rule.grassroots_years": ("基层工作经历", "grassroots years"),
    "ladder.rule.years_in_rank": ("任现职级年限", "years in rank"),
    "ladder.rule.posts_below": ("下一级职位经历", "posts at the level below"),
    "ladder.rule.education": ("学历", "education"),
    "ladder.rule.age_max": ("年龄", "age"),
    "ladder.rule.latest_assessment": ("年度考核", "annual assessment"),
    "ladder.rule.training": ("培训", "training"),
    "ladder.rule.recommendation_share": ("民主推荐", "recommendation votes"),
    "ladder.rule.discipline": ("处分影响期", "discipline period"),
    "ladder.rule.rank_step": ("不越级", "no level skipping"),
    "ladder.rule.since_last_promotion": ("提拔满一年", "a year since promotion"),
    "ladder.rule.health": ("身体健康", "health"),
    "ladder.detail.policy.missing": (
        "cadrectl.yaml 的 policy.targets 中没有“{target}”的资格条件",
        "cadrectl.yaml has no policy.targets entry for '{target}'",
    ),
    "ladder.detail.work_years.ok": (
        "参加工作满{years}年（{start} 参加工作，{met} 已满）",
        "{years} years of work (since {start}, reached {met})",
    ),
    "ladder.detail.work_years.wait": (
        "参加工作满{years}年：{met}（{start} 参加工作）",
        "{years} years of work: {met} (working since {start})",
    ),
    "ladder.detail.grassroots_years.ok": (
        "基层工作经历满{years}年（已有 {have}，{met} 已满）",
        "{years} grassroots years (has {have}, reached {met})",
    ),
    "ladder.detail.grassroots_years.wait": (
        "基层工作经历满{years}年：{met}（已有 {have}，仍在基层任职）",
        "{years} grassroots years: {met} (has {have}, still serving there)",
    ),
    "ladder.detail.grassroots_years.short": (
        "基层工作经历满{years}年：只有 {have}，现不在基层任职",
        "{years} grassroots years: only {have}, not serving at the grassroots now",
    ),
    "ladder.detail.years_in_rank.ok": (
        "任{rank}满{years}年（{since} 起，{met} 已满）",
        "{years} years as {rank} (since {since}, reached {met})",
    ),
    "ladder.detail.years_in_rank.wait": (
        "任{rank}满{years}年：{met}",
        "{years} years as {rank}: on {met}",
    ),
    "ladder.detail.posts_below.ok": (
        "在{rank}职级任过 {have} 个职位（要求 {count} 个以上）",
        "held {have} posts at {rank} (at least {count} required)",
    ),
    "ladder.detail.posts_below.short": (
        "在{rank}职级只任过 {have} 个职位（要求 {count} 个以上）",
        "held only {have} posts at {rank} (at least {count} required)",
    ),
    "ladder.detail.education.ok": (
        "最高学历 {have}（要求 {min} 以上）",
        "highest education {have} ({min} or above)",
    ),
    "ladder.detail.education.short": (
        "最高学历 {have}，低于要求的 {min}",
        "highest education {have}, below the required {min}",
    ),
    "ladder.detail.age_max.ok": (
        "{age}岁，不超过{years}周岁（{deadline} 起超龄）",
        "aged {age}, within {years} (over the limit from {deadline})",
    ),
    "ladder.detail.age_max.over": ("{age}岁，超过{years}周岁", "aged {age}, over {years}"),
    "ladder.detail.latest_assessment.ok": (
        "{year}年度考核{grade}（要求{min}以上）",
        "{year} assessment {grade} ({min} or better)",
    ),
    "ladder.detail.latest_assessment.short": (
        "{year}年度考核{grade}，低于{min}",
        "{year} assessment {grade}, below {min}",
    ),
    "ladder.detail.latest_assessment.none": ("没有年度考核结果", "no annual assessment recorded"),
    "ladder.detail.training.ok": (
        "近{within}年党校等培训 {have} 天（要求 {days} 天）",
        "{have} days of party-school training in {within} years ({days} required)",
    ),
    "ladder.detail.training.after": (
        "近{within}年党校等培训 {have} 天，不足 {days} 天，须在提任后一年内补足",
        "{have} of {days} training days in {within} years; to be completed within a year after",
    ),
    "ladder.detail.training.short": (
        "近{within}年党校等培训只有 {have} 天（要求 {days} 天）",
        "only {have} training days in {within} years ({days} required)",
    ),
    "ladder.detail.recommendation_share.ok": (
        "{year}年民主推荐得票率 {share}（{votes}/{valid}，要求 {min} 以上）",
        "{year} recommendation share {share} ({votes}/{valid}, at least {min})",
    ),
    "ladder.detail.recommendation_share.short": (
        "{year}年民主推荐得票率 {share}（{votes}/{valid}），低于 {min}",
        "{year} recommendation share {share} ({votes}/{valid}), below {min}",
    ),
    "ladder.detail.recommendation_share.none": ("没有民主推荐记录", "no democratic recommendation"),
    "ladder.detail.discipline.ok": ("处分影响期已满（{met}）", "discipline period over ({met})"),
    "ladder.detail.discipline.wait": ("处分影响期满：{met}", "discipline period over: {met}"),
    "ladder.detail.discipline.none": ("没有处分", "no discipline"),
    "ladder.detail.discipline.expelled": ("{date} {kind}", "{date} {kind}"),
    "ladder.detail.rank_step.ok": ("{rank} → {target}，不越级", "{rank} → {target}, one step"),
    "ladder.detail.rank_step.reached": (
        "现职级 {rank} 已不低于拟培养层级 {target}",
        "current rank {rank} is not below the target {target}",
    ),
    "ladder.detail.rank_step.skip": (
        "{rank} → {target} 越级（条例 第九条不允许）",
        "{rank} → {target} skips a level (not allowed)",
    ),
    "ladder.detail.rank_step.unknown": (
        "职级 {rank} 或 {target} 不在职级序列中",
        "{rank} or {target} is not on the rank ladder",
    ),
    "ladder.detail.since_last_promotion.ok": (
        "{since} 任现职级，已满 {months} 个月",
        "in rank since {since}, {months} months passed",
    ),
    "ladder.detail.since_last_promotion.wait": (
        "任现职级满{months}个月：{met}（{since} 任现职级）",
        "{months} months in rank: {met} (since {since})",
    ),
    "ladder.detail.health.ok": ("健康状况：{health}", "health: {health}"),
    "ladder.detail.health.short": ("健康状况：{health}", "health: {health}"),
    "ladder.exit.age": ("超过年龄界限", "over the age limit"),
    "ladder.exit.grade": ("年度考核{grade}", "annual assessment {grade}"),
    "ladder.exit.votes": ("群众公认度不高", "low recommendation votes"),
    "ladder.exit.unused": ("入库满{years}年未使用（长期备而不用）", "unused after {years} years"),
    "ladder.exit.discipline": ("受到处分（{kind}）", "under discipline ({kind})"),
    "ladder.exit.expelled": ("违纪违法（{kind}）", "expelled ({kind})"),
    "ladder.exit.unqualified": ("不符合任职资格：{detail}", "not qualified: {detail}"),
    "ladder.exit.low-votes": (
        "换届民主推荐得票率 {share}，未达到要求",
        "recommendation share {share} in the major year, too low",
    ),
    # ---- report coverage and warnings -----------------------------------------------------
    "cli.cmd.report-coverage": (
        "职位覆盖：每个关键职位的后备人数（一职双备）和结构目标",
        "Post coverage: reserves per key post (two per seat) and the structure targets",
    ),
    "cli.cmd.report-warnings": (
        "预警：近期需要处理的事项（年龄、培训、评议、考核、处分、条件到期……）",
        "Warnings: what to act on soon (age, training, evaluations, discipline, conditions due…)",
    ),
    "coverage.title": (
        "职位覆盖（截至 {date}，每个职数配备 {per_seat} 名后备）",
        "Post coverage as of {date} ({per_seat} reserves per seat)",
    ),
    "coverage.col.unit": ("单位", "Unit"),
    "coverage.col.post": ("职位", "Post"),
    "coverage.col.seats": ("职数", "Seats"),
    "coverage.col.reserves": ("后备", "Reserves"),
    "coverage.col.ready": ("第一层次", "Tier 1"),
    "coverage.col.status": ("一职双备", "Two per seat"),
    "coverage.col.names": ("人选", "Names"),
    "coverage.met": ("已达到", "met"),
    "coverage.short": ("缺 {missing} 人", "{missing} short"),
    "coverage.summary": (
        "关键职位 {posts} 个：{covered} 个达到一职双备，{uncovered} 个未达到，"
        "{unready} 个没有第一层次人选。",
        "{posts} key posts: {covered} with two per seat, {uncovered} short,"
        " {unready} without a tier-1 reserve.",
    ),
    "coverage.targets": ("结构目标", "Structure targets"),
    "coverage.target-line": (
        "{dimension} {value}：实际 {actual}%（目标 {goal}）",
        "{dimension} {value}: actual {actual}% (target {goal})",
    ),
    "coverage.goal-min": ("不低于 {min}%", "at least {min}%"),
    "coverage.goal-max": ("不高于 {max}%", "at most {max}%"),
    "coverage.no-targets": (
        "cadrectl.yaml 未设定结构目标（coverage.targets）。",
        "cadrectl.yaml sets no structure targets (coverage.targets).",
    ),
    "warnings.title": ("预警（截至 {date}，共 {count} 条）", "Warnings as of {date} ({count})"),
    "warnings.col.date": ("日期", "Date"),
    "warnings.col.kind": ("事项", "Kind"),
    "warnings.col.message": ("说明", "Details"),
    "warnings.none": ("没有需要处理的事项。", "Nothing to act on."),
    "warnings.kind.age-limit": ("年龄将到上限", "age limit ahead"),
    "warnings.kind.discipline": ("处分影响期内", "discipline in effect"),
    "warnings.kind.met-this-month": ("本月条件到期", "condition due this month"),
    "warnings.kind.long-in-pool": ("入库多年未使用", "long in the pool"),
    "warnings.kind.no-assessment": ("缺年度考核", "no assessment"),
    "warnings.kind.no-evaluation": ("缺季度评议", "no quarterly evaluation"),
    "warnings.kind.no-training": ("今年未培训", "no training this year"),
    "warnings.kind.no-mentor": ("无联系帮带人", "no mentor"),
    "warnings.age-limit": (
        "将于 {date} 超过拟培养层级的年龄上限（{years}周岁）",
        "passes the target's age limit ({years}) on {date}",
    ),
    "warnings.discipline": ("处分影响期至 {date} 期满", "discipline period ends on {date}"),
    "warnings.met-this-month": ("{detail}", "{detail}"),
    "warnings.long-in-pool": (
        "{entered} 入库，已满 {years} 年仍未使用",
        "in the pool since {entered}, {years} years without use",
    ),
    "warnings.no-assessment": ("没有 {year} 年度考核结果", "no assessment for {year}"),
    "warnings.no-evaluation": ("没有 {quarter} 季度评议", "no evaluation for {quarter}"),
    "warnings.no-training": ("{year} 年没有培训记录", "no training recorded in {year}"),
    "warnings.no-mentor": ("没有联系帮带人", "no mentor"),
    # ---- exports ---------------------------------------------------------------------------
    "cli.cmd.export": (
        "导出上报用的 Excel 表格和公示通知",
        "Export the Excel workbooks that go upward, and the 公示 notice",
    ),
    "cli.opt.output": ("输出的 .xlsx 文件", "The .xlsx file to write"),
    "cli.opt.mask-id": (
        "公民身份号码只显示前 6 位和后 4 位",
        "Show only the first 6 and last 4 digits of id numbers",
    ),
    "cli.cmd.export-roster": (
        "后备干部名册（按 cadrectl.yaml 的名册模板）",
        "The roster, by a template",
    ),
    "cli.opt.template": (
        "名册模板名称（cadrectl.yaml 的 rosters）",
        "Roster template name (rosters in cadrectl.yaml)",
    ),
    "roster.no-template": (
        "cadrectl.yaml 中没有名为“{name}”的名册模板；现有：{names}",
        "cadrectl.yaml has no roster template '{name}'; it has: {names}",
    ),
    "export.written": ("已导出：{path}（{rows} 行）", "Exported {path} ({rows} rows)"),
    "export.bad-suffix": (
        "输出文件应以 .xlsx 结尾：{path}",
        "The output file must end in .xlsx: {path}",
    ),
    # ---- the yearly cycle ------------------------------------------------------------------
    "cli.cmd.cycle": (
        "年度调整：一年一考察、一年一推荐、一年一调整",
        "The yearly cycle: inspect, recommend, adjust",
    ),
    "cli.cmd.cycle-open": (
        "开始一个年度的调整",
        "Open a year's cycle",
    ),
    "cli.cmd.cycle-status": (
        "本年度调整进展到哪一步、还缺什么",
        "Where the cycle stands and what is missing",
    ),
    "cli.cmd.cycle-inspect": (
        "考察阶段：待考察清单、免于考察、批量录入",
        "Inspection: the checklist, waivers, bulk records",
    ),
    "cli.cmd.cycle-nominate": (
        "提名新人选（资格审查同梯队规则）",
        "Nominate a new candidate (reviewed by the ladder's rules)",
    ),
    "cli.cmd.cycle-tally": (
        "录入民主推荐会议得票",
        "Record a democratic-recommendation meeting",
    ),
    "cli.cmd.cycle-propose": (
        "生成调整名单；--accept/--reject 逐行审定",
        "Compute the adjustment; --accept/--reject lines",
    ),
    "cli.cmd.cycle-publicize": (
        "公示：按工作日计算期限、记录和办结反映",
        "The publicity period in working days; objections",
    ),
    "cli.cmd.cycle-apply": (
        "公示期满后执行调整（一次提交并打标签）",
        "Apply after the publicity (one commit and a tag)",
    ),
    "cli.cmd.cycle-close": (
        "结束本年度调整",
        "Close the year's cycle",
    ),
    "cli.opt.cycle-year": (
        "年度（默认进行中的调整）",
        "The year (default: the open cycle)",
    ),
    "cli.opt.major": (
        "换届年份的全面调整",
        "A full adjustment (换届 year)",
    ),
    "cli.opt.waive": (
        "免于本年考察的后备干部编号",
        "A cadre excused from this year's inspection",
    ),
    "cli.opt.waive-reason": (
        "免于考察的理由",
        "Why the cadre is excused",
    ),
    "cli.opt.nominate-source": (
        "推荐方式",
        "How the candidate was nominated",
    ),
    "cli.opt.nominate-by": (
        "推荐人或推荐单位",
        "Who nominated the candidate",
    ),
    "cli.opt.direction": (
        "培养方向",
        "Direction",
    ),
    "cli.opt.meeting": (
        "推荐会议名称",
        "The meeting's name",
    ),
    "cli.opt.places": (
        "推荐名额",
        "Places",
    ),
    "cli.opt.issued": (
        "发出票数",
        "Ballots issued",
    ),
    "cli.opt.returned": (
        "收回票数",
        "Ballots returned",
    ),
    "cli.opt.valid": (
        "有效票数",
        "Valid ballots",
    ),
    "cli.opt.accept-rest": (
        "其余待定的行一律同意",
        "Accept every line still pending",
    ),
    "cli.opt.accept": (
        "同意调整名单的这些行：行号、范围或逗号分隔，如 1-3,5,7-9",
        "Accept these lines of the adjustment: numbers, ranges or a list, e.g. 1-3,5,7-9",
    ),
    "cli.opt.reject": (
        "不同意这些行（写法同 --accept；须加 --note 说明）",
        "Reject these lines (written as for --accept; with --note)",
    ),
    "cli.error.bad-lines": (
        "行号“{text}”写法不对：写行号、从小到大的范围或用逗号分隔，如 1-3,5,7-9。",
        "The lines '{text}' are malformed: give numbers, rising ranges or a list, e.g. 1-3,5,7-9.",
    ),
    "cli.opt.publicity-start": (
        "公示开始日期（须为工作日）",
        "First day of the publicity (a working day)",
    ),
    "cli.opt.publicity-days": (
        "公示工作日数（不少于5）",
        "Working days of publicity (at least 5)",
    ),
    "cli.opt.object": (
        "对调整名单某一行的反映",
        "Record an objection to a line",
    ),
    "cli.opt.object-text": (
        "反映的内容",
        "What the objection says",
    ),
    "cli.opt.object-by": (
        "反映人",
        "Who objected",
    ),
    "cli.opt.resolve": (
        "办结对某一行的反映",
        "Resolve the objection to a line",
    ),
    "cycle.admitted-plan": (
        "{year}年度调整新进（{nomination}），培养计划待定",
        "Admitted in the {year} cycle ({nomination}); plan to follow",
    ),
    "cycle.already-applied": (
        "本年度调整已经执行，没有需要改动的。",
        "The cycle was applied already; nothing to change.",
    ),
    "cycle.already-publicized": (
        "已在公示（{start} 至 {end}）。",
        "The publicity is on already ({start} to {end}).",
    ),
    "cycle.already-reserve": (
        "公民身份号码 {id_number} 已在后备干部库中。",
        "The id number {id_number} is already in the pool.",
    ),
    "cycle.another-open": (
        "{year} 年度调整还未结束；先运行 cadrectl cycle close。",
        "The {year} cycle is still open; run 'cadrectl cycle close' first.",
    ),
    "cycle.applied-on": (
        "已于 {date} 执行",
        "applied on {date}",
    ),
    "cycle.apply-first": (
        "请先执行调整（cadrectl cycle apply）。",
        "Apply the cycle first (cadrectl cycle apply).",
    ),
    "cycle.bad-file": (
        "{file} 有错误：{detail}",
        "{file} has errors: {detail}",
    ),
    "cycle.bad-nomination": (
        "提名信息不完整或有误：{detail}",
        "The nomination is incomplete or wrong: {detail}",
    ),
    "cycle.bad-source": (
        "推荐方式“{value}”不在 cadrectl.yaml 的来源中（{allowed}）。",
        "'{value}' is not a source in cadrectl.yaml ({allowed}).",
    ),
    "cycle.bad-vote": (
        "“{text}”应写成 编号=得票数。",
        "'{text}' should read ID=VOTES.",
    ),
    "cycle.blocked-lines": (
        "第 {lines} 行有未办结的反映，本次不执行。",
        "Lines {lines} have open objections and are not applied.",
    ),
    "cycle.bulk-bad-kind": (
        "第 {index} 条的记录种类“{kind}”不对。",
        "Item {index} has an unknown record kind '{kind}'.",
    ),
    "cycle.bulk-not-list": (
        "{path} 应为记录的列表（每条含 cadre 和 kind）。",
        "{path} should be a list of records (each with cadre and kind).",
    ),
    "cycle.closed": (
        "{year} 年度调整已结束，只能查看。",
        "The {year} cycle is closed; it is history now.",
    ),
    "cycle.commit.apply": (
        "执行 {year} 年度后备干部调整：{lines} 项（新进 {admitted} 人）",
        "Apply the {year} cycle: {lines} lines ({admitted} admitted)",
    ),
    "cycle.commit.close": (
        "结束 {year} 年度后备干部调整",
        "Close the {year} cycle",
    ),
    "cycle.commit.nominate": (
        "{year} 年度提名 {id} {name}",
        "Nominate {id} {name} in the {year} cycle",
    ),
    "cycle.commit.object": (
        "{year} 年度公示：收到对第 {line} 行的反映",
        "{year} publicity: objection to line {line}",
    ),
    "cycle.commit.open": (
        "开始 {year} 年度后备干部调整",
        "Open the {year} cycle",
    ),
    "cycle.commit.open-major": (
        "开始 {year} 年度后备干部调整（换届）",
        "Open the {year} cycle (major)",
    ),
    "cycle.commit.propose": (
        "{year} 年度调整名单：{lines} 行，待定 {pending} 行",
        "{year} adjustment: {lines} lines, {pending} pending",
    ),
    "cycle.commit.publicize": (
        "{year} 年度调整公示：{start} 至 {end}（{days}个工作日）",
        "{year} publicity: {start} to {end} ({days} working days)",
    ),
    "cycle.commit.records": (
        "{year} 年度考察：批量录入 {count} 条记录",
        "{year} inspection: {count} records entered",
    ),
    "cycle.commit.resolve": (
        "{year} 年度公示：第 {line} 行的反映已办结",
        "{year} publicity: objection to line {line} resolved",
    ),
    "cycle.commit.tally": (
        "{year} 年度民主推荐：{meeting}（{candidates} 名人选，{places} 个名额）",
        "{year} recommendation: {meeting} ({candidates} candidates, {places} places)",
    ),
    "cycle.commit.waive": (
        "{year} 年度考察：{id} 免于考察（{reason}）",
        "{year} inspection: {id} excused ({reason})",
    ),
    "cycle.decide-first": (
        "调整名单第 {lines} 行还未审定（cadrectl cycle propose --accept/--reject）。",
        "Lines {lines} are still pending (cadrectl cycle propose --accept/--reject).",
    ),
    "cycle.exists": (
        "{year} 年度调整已经开始过。",
        "The {year} cycle exists already.",
    ),
    "cycle.failed": (
        "未通过",
        "not passed",
    ),
    "cycle.passed": (
        "通过",
        "passed",
    ),
    "cycle.inspect-complete": (
        "{year} 年度考察已全部完成。",
        "The {year} inspection is complete.",
    ),
    "cycle.inspect-first": (
        "还有 {count} 人未完成考察（{names}…）；先完成考察或说明理由免于考察。",
        "{count} reserves are not inspected yet ({names}…); finish or waive them first.",
    ),
    "cycle.major": (
        "换届调整",
        "major",
    ),
    "cycle.rolling": (
        "年度滚动调整",
        "rolling",
    ),
    "cycle.missing-line": (
        "{id} {name}：缺{what}",
        "{id} {name}: missing {what}",
    ),
    "cycle.need-assessment": (
        "{year}年度考核",
        "the {year} assessment",
    ),
    "cycle.need-inspection": (
        "考察记录",
        "an inspection",
    ),
    "cycle.no-line": (
        "调整名单中没有第 {line} 行。",
        "The adjustment has no line {line}.",
    ),
    "cycle.no-objection": (
        "第 {line} 行没有未办结的反映。",
        "Line {line} has no open objection.",
    ),
    "cycle.no-proposal": (
        "还没有调整名单（cadrectl cycle propose）",
        "no adjustment yet (cadrectl cycle propose)",
    ),
    "cycle.no-votes": (
        "未推荐",
        "no votes yet",
    ),
    "cycle.nominate-needs": (
        "提名须给出 {fields}。",
        "A nomination needs {fields}.",
    ),
    "cycle.none": (
        "还没有年度调整；运行 cadrectl cycle open 年份。",
        "There is no cycle yet; run 'cadrectl cycle open YEAR'.",
    ),
    "cycle.not-open": (
        "{year} 年度调整还未开始（cadrectl cycle open {year}）。",
        "The {year} cycle has not been opened (cadrectl cycle open {year}).",
    ),
    "cycle.object-needs-text": (
        "记录反映须用 --text 写明内容。",
        "An objection needs --text.",
    ),
    "cycle.objection-line": (
        "对第 {line} 行的反映：{text}（{state}）",
        "objection to line {line}: {text} ({state})",
    ),
    "cycle.objection-open": (
        "未办结，暂缓执行",
        "open: blocks the line",
    ),
    "cycle.objection-resolved": (
        "{date} 已办结",
        "resolved {date}",
    ),
    "cycle.propose-first": (
        "还没有调整名单；先运行 cadrectl cycle propose。",
        "There is no adjustment yet; run 'cadrectl cycle propose'.",
    ),
    "cycle.publicity-line": (
        "公示 {start} 至 {end}（{days}个工作日）",
        "publicity {start} to {end} ({days} working days)",
    ),
    "cycle.publicity-running": (
        "公示到 {end} 才结束，期满后再执行。",
        "The publicity runs until {end}; apply after it ends.",
    ),
    "cycle.publicize-first": (
        "还没有公示；先运行 cadrectl cycle publicize --start 日期。",
        "No publicity yet; run 'cadrectl cycle publicize --start DATE'.",
    ),
    "cycle.publicize-needs-start": (
        "请用 --start 给出公示开始日期。",
        "Give the first day with --start.",
    ),
    "cycle.qualified": (
        "资格审查通过（{tier}）",
        "qualified ({tier})",
    ),
    "cycle.unqualified": (
        "资格审查不通过：{reasons}",
        "not qualified: {reasons}",
    ),
    "cycle.reason.admit": (
        "资格审查通过，{meeting}得票率 {share}，拟列为{target}后备（{tier}）",
        "qualified; {share} in {meeting}; to enter for {target} ({tier})",
    ),
    "cycle.reason.admit-procedure": (
        "资格审查通过，经选拔程序各步骤，拟列为{target}后备（{tier}）",
        "qualified and through every step of the procedure; to enter for {target} ({tier})",
    ),
    "cycle.next.resolve": (
        "核查并办结公示期间的反映（cadrectl cycle publicize --resolve 行号 --finding 属实|不属实"
        " --note 说明）",
        "Look into the objections of the 公示 and resolve them (cadrectl cycle publicize"
        " --resolve LINE --finding 属实|不属实 --note TEXT)",
    ),
    "cli.opt.finding": (
        "与 --resolve 一起用：核查认定。属实：该行不予执行；不属实（默认）：该行照常执行",
        "With --resolve: the finding. 属实 (true): the line is dropped; 不属实 (default): it is"
        " executed",
    ),
    "cycle.bad-finding": (
        "--finding 只能是“属实”或“不属实”，不是“{value}”。",
        "--finding takes 属实 or 不属实, not '{value}'.",
    ),
    "cli.opt.tally-replace": (
        "替换同名会议已记录的计票（更正录入错误）",
        "Replace the tally already recorded for a meeting of this name (to correct it)",
    ),
    "tally.already": (
        "已经记录过“{meeting}”的计票；如要更正，请加 --replace（原记录在 git 历史中保留）。",
        "A tally for '{meeting}' is recorded already; to correct it, add --replace (the old one"
        " stays in git's history).",
    ),
    "tally.votes-over-places": (
        "得票合计 {total} 超过有效票 {valid} × 名额 {places} = {most}："
        "每张有效票最多推荐 {places} 人。",
        "The votes add up to {total}, more than {valid} valid ballots × {places} places ="
        " {most}: a valid ballot names at most {places} people.",
    ),
    "cycle.duplicate-nominee": (
        "身份证号 {id_number} 已在本年度的推荐 {nomination} 中；同一人不能推荐两次"
        "（如需更正，先用 --withdraw {nomination} 撤回）。",
        "The id number {id_number} is nominated already ({nomination}); one person is nominated"
        " once (to correct it, withdraw {nomination} first with --withdraw).",
    ),
    "cycle.no-nomination": ("本年度没有推荐 {id}。", "This year has no nomination {id}."),
    "cycle.already-withdrawn": ("推荐 {id} 已经撤回。", "Nomination {id} is withdrawn already."),
    "cycle.commit.withdraw": (
        "{year} 年度推荐：撤回 {id} {name}",
        "{year} nominations: {id} {name} withdrawn",
    ),
    "cli.opt.withdraw": (
        "撤回这个推荐（提名编号，如 N2026-001；须加 --note 说明）",
        "Withdraw this nomination (its number, e.g. N2026-001; with --note)",
    ),
    "cycle.withdraw-needs-note": (
        "撤回推荐须用 --note 说明原因。",
        "Withdrawing a nomination needs --note with the reason.",
    ),
    "cli.opt.publicity-replace": (
        "与 --start 一起用：公示尚未开始时改期（须加 --note 说明原因）",
        "With --start: re-date a 公示 that has not begun (with --note, the reason)",
    ),
    "cycle.redate-needs-note": (
        "公示改期须用 --note 说明原因。",
        "Re-dating the 公示 needs --note with the reason.",
    ),
    "cycle.publicity-begun": (
        "公示已于 {start} 开始，不能再改期。",
        "The 公示 began on {start}; it can no longer be re-dated.",
    ),
    "cycle.publicity-has-objections": (
        "公示已收到反映，不能改期。",
        "The 公示 has objections already; it cannot be re-dated.",
    ),
    "cycle.publicity-before-decision": (
        "公示开始日期 {start} 早于调整名单审定的日期 {decided}；公示只能在审定之后开始。",
        "The 公示 cannot start on {start}, before the list was decided ({decided}).",
    ),
    "cli.cmd.cycle-file": (
        "记录向上级组织部门报送备案（报送单位、日期、材料）",
        "Record the filing with the department above (to whom, when, what was sent)",
    ),
    "cli.opt.file-to": ("报送备案的上级部门", "The department the adjustment was filed with"),
    "cli.opt.file-sent": (
        "报送了什么，如“调整名单、公示情况”",
        "What was sent, e.g. the adjustment and the 公示",
    ),
    "cycle.file-after-decision": (
        "调整名单审定之后才能报送备案（cycle propose 逐行决定）。",
        "Filing comes after the list is decided (cycle propose, line by line).",
    ),
    "cycle.commit.file": (
        "{year} 年度调整：{date} 报送{to}备案",
        "{year} adjustment: filed with {to} on {date}",
    ),
    "cycle.close-needs-filing": (
        "本库要求报送备案后才能结束年度调整（cycle.require_filing）；"
        "请先运行 cadrectl cycle file。",
        "This registry requires the filing before the year closes (cycle.require_filing); run"
        " 'cadrectl cycle file' first.",
    ),
    "history.action.cycle-step": ("选拔程序", "procedure step"),
    "history.action.cycle-file": ("报送备案", "filed upward"),
    "cycle.commit.decided-line": (
        "第 {line} 行 {name}（{subject}）{action}：{decision}",
        "line {line} {name} ({subject}) {action}: {decision}",
    ),
    "cycle.dropped-on-objection": (
        "公示期间反映属实，不予执行：{note}",
        "Objection found true during the 公示; not executed: {note}",
    ),
    "cycle.commit.resolve-upheld": (
        "{year} 年度调整：第 {line} 行的反映经核查属实，该行不予执行",
        "{year} adjustment: the objection to line {line} was found true; the line is dropped",
    ),
    "cycle.line-executed": (
        "第 {line} 行已经执行，不能再认定反映属实而撤销；请用 cadrectl exit/edit 等命令更正档案，"
        "并在 --note 中说明。",
        "Line {line} has been executed already, so the objection cannot drop it now; correct the"
        " file with cadrectl exit/edit and say why in --note.",
    ),
    "cycle.uncommitted": (
        "本年度调整的文件有尚未提交的改动：{files}。执行调整只依据已提交的内容；"
        "请先提交（git commit）或撤销这些改动。",
        "The cycle's files have uncommitted changes: {files}. Apply works from what is committed;"
        " commit (git commit) or discard them first.",
    ),
    "cycle.close-objections": (
        "还有未办结的公示反映（第 {lines} 行）；办结后才能结束本年度调整。",
        "Objections are still open (lines {lines}); resolve them before closing the year.",
    ),
    "cycle.close-unexecuted": (
        "调整名单第 {lines} 行已同意但尚未执行；请先运行 cadrectl cycle apply。",
        "Lines {lines} are accepted but not executed yet; run 'cadrectl cycle apply' first.",
    ),
    "cycle.line-without-causes": (
        "调整名单第 {line} 行（{name}）没有记录调出情形（由旧版本的 cycle propose 生成），"
        "无法确定写入档案的调出原因；未作任何改动。请重新运行 cadrectl cycle propose。",
        "Line {line} ({name}) of the adjustment records no exit cause (an older cycle propose"
        " wrote it), so the exit reason for the file is unknown; nothing was changed. Run"
        " 'cadrectl cycle propose' again.",
    ),
    "cycle.exit-reason-unmapped": (
        "调整名单第 {line} 行（{name}）的调出情形（{causes}）在 cadrectl.yaml 中没有对应的调出原因"
        "（policy.negative_list.reasons，且须列在 exit_reasons 中）；未作任何改动。",
        "Line {line} ({name}): its exit causes ({causes}) have no exit reason in cadrectl.yaml"
        " (policy.negative_list.reasons, listed in exit_reasons); nothing was changed.",
    ),
    "cycle.reason.retier": (
        "层次变化：{old} → {new}",
        "tier: {old} → {new}",
    ),
    "cycle.reason.used": (
        "{date} 任 {unit} {post}",
        "appointed {unit} {post} on {date}",
    ),
    "cycle.reject-needs-note": (
        "不同意第 {line} 行须用 --note 说明理由。",
        "Rejecting line {line} needs a --note.",
    ),
    "cycle.resolve-needs-note": (
        "办结反映须用 --note 写明核查结论。",
        "Resolving needs --note with the finding.",
    ),
    "cycle.start-not-workday": (
        "{date} 不是工作日；公示第一天须是工作日。",
        "{date} is not a working day; the publicity must start on one.",
    ),
    "cycle.too-few-days": (
        "公示期 {days} 个工作日太短，不少于 {min} 个工作日。",
        "{days} working days is too short; at least {min}.",
    ),
    "cycle.too-late": (
        "公示已开始，不能再{step}。",
        "The publicity has started; too late to {step}.",
    ),
    "cycle.unknown-holidays": (
        "不知道 {year} 年的节假日安排（chinese-calendar 只到 2026 年）。请按国务院办公厅的通"
        "知在 cadrectl.yaml 的 cycle.holidays.{year} 中填写 holidays（放假日）和 workdays（调"
        "休上班日）。",
        "The {year} holidays are unknown (chinese-calendar knows up to 2026). Add cycle.holid"
        "ays.{year} with holidays and workdays to cadrectl.yaml from the State Council's noti"
        "ce.",
    ),
    "cycle.untallied": (
        "尚无推荐得票：{subjects}",
        "no votes yet for: {subjects}",
    ),
    "cycle.votes": (
        "得票 {votes}/{valid}，{result}",
        "{votes}/{valid} votes, {result}",
    ),
    "cycle.waive-needs-reason": (
        "免于考察须用 --reason 说明理由。",
        "A waiver needs --reason.",
    ),
    "cycle.waived-line": (
        "{id} 免于考察：{reason}",
        "{id} excused: {reason}",
    ),
    "cycle.status-title": (
        "{year} 年度后备干部调整（{kind}，{status}）",
        "The {year} cycle ({kind}, {status})",
    ),
    "cycle.state.open": (
        "进行中",
        "open",
    ),
    "cycle.state.closed": (
        "已结束",
        "closed",
    ),
    "cycle.phase.inspect": (
        "一、考察",
        "1. Inspection",
    ),
    "cycle.phase.recommend": (
        "二、推荐",
        "2. Recommendation",
    ),
    "cycle.phase.adjust": (
        "三、调整名单",
        "3. Adjustment",
    ),
    "cycle.phase.publicize": (
        "四、公示",
        "4. Publicity",
    ),
    "cycle.phase.apply": (
        "五、执行",
        "5. Apply",
    ),
    "cycle.apply-stale": (
        "以下各行的决定已与现有数据不符，未执行任何调整：{lines}。请核实：属实的，先登记反映"
        "（cycle publicize --object 行号），再按属实办结（--resolve 行号 --finding 属实）",
        "the data no longer supports these lines, so nothing was applied: {lines}. Check them;"
        " where it is so, record an objection (cycle publicize --object N) and resolve it as"
        " upheld (--resolve N --finding 属实)",
    ),
    "cycle.stale.admit": (
        "人选已不符合资格条件或推荐结果{now}",
        "the nominee no longer qualifies or passed the vote{now}",
    ),
    "cycle.stale.exit": (
        "已不在库，或调出情形已不存在{now}",
        "no longer in the pool, or the cause to leave is gone{now}",
    ),
    "cycle.stale.keep": (
        "现已有调出情形：{now}",
        "now has a cause to leave: {now}",
    ),
    "cycle.stale.duplicate": (
        "人选已在库（公民身份号码相同）{now}",
        "the nominee is in the pool already (same id number){now}",
    ),
    # ---- cycle inspect: the bulk file and its template ------------------------------------
    "cli.opt.inspect-from-file": (
        "批量录入记录： YAML 文件， 或 --template 写出的 .xlsx。 YAML 是一个列表， 每项写 cadre"
        "（后备干部编号）、 kind（记录种类： assessment 年度考核、 inspection 考察， 或 "
        "evaluation、 training、 practice、 recommendation、 reward、 discipline、 talk）"
        " 和该种记录的字段（与 cadrectl record 相同）， 例如 - {{cadre: QX-2019-001, "
        "kind: assessment, year: 2026, grade: 称职}} 和 - {{cadre: QX-2019-001, "
        "kind: inspection, date: 2026-09-10, by: 县委组织部考察组, conclusion: 继续培养}}；"
        " 格式见 schemas/inspections.schema.json。 .xlsx 读第一个有“编号”列的工作表，"
        " 按表头认列： 编号、 记录种类（年度考核或考察）、 考核年度、 考核等次、 考核备注、"
        " 考察时间、 考察组、 考察结论、 主要优点、 主要不足； 其他列（序号、 姓名、 单位及职务）"
        " 只供对照。"
        " 空行， 以及考核等次和考察结论都没填的行（YAML 中 grade: 或 conclusion: 留空的项）"
        " 尚未填写， 跳过。 记录须是在库后备干部本年度的， 每人每年年度考核、 考察各一条，"
        " 等次取自 cadrectl.yaml； 全部合格才写入， 一次提交； 否则列出每个问题"
        "（文件:行号: 字段）， 什么也不写。 不超过 1 MiB",
        "Enter records in bulk: a YAML file, or the .xlsx that --template writes. The YAML is a"
        " list; each item names cadre (the reserve's id), kind (assessment, inspection, or"
        " evaluation, training, practice, recommendation, reward, discipline, talk) and that"
        " kind's fields, as for 'cadrectl record', e.g."
        " - {{cadre: QX-2019-001, kind: assessment, year: 2026, grade: 称职}} and"
        " - {{cadre: QX-2019-001, kind: inspection, date: 2026-09-10, by: 县委组织部考察组,"
        " conclusion: 继续培养}}; its schema is schemas/inspections.schema.json. An .xlsx is read"
        " from its first sheet with a 编号 column, the columns by their headers: 编号, 记录种类"
        " (年度考核 or 考察), 考核年度, 考核等次, 考核备注, 考察时间, 考察组, 考察结论, 主要优点,"
        " 主要不足; other columns (序号, 姓名, 单位及职务) are for orientation. Empty rows, and"
        " rows with neither 考核等次 nor 考察结论 (in YAML, items with grade: or conclusion:"
        " left empty) are not filled in yet and are skipped. Records are for active reserves"
        " and the cycle's year, one assessment and one inspection a cadre a year, grades from"
        " cadrectl.yaml; written all or none in one commit, else every problem is listed"
        " (file:line: field) and nothing is written. At most 1 MiB",
    ),
    "cli.opt.inspect-template": (
        "写出本年度还缺年度考核或考察的在库后备干部（免于考察的除外）， 每条缺的记录一行"
        "（一项）， 填写后用 --from-file 录入； 须与 -o 同用； 不提交， 也不覆盖已有的文件",
        "Write the records this cycle's year still misses (active reserves, the waived left out),"
        " one row (or item) each, to fill in and enter with --from-file; needs -o; nothing is"
        " committed, and an existing file is never overwritten",
    ),
    "cli.opt.inspect-output": (
        "--template 写出的文件：FILE.yaml 或 FILE.xlsx",
        "The file --template writes: FILE.yaml or FILE.xlsx",
    ),
    "cycle.template-options": (
        "-o 只与 --template 同用，--template 须有 -o，且不能与 --waive 或 --from-file 同用。",
        "-o goes with --template, --template needs -o, and neither goes with --waive or"
        " --from-file.",
    ),
    "cycle.template-bad-suffix": (
        "模板文件应以 .yaml、.yml 或 .xlsx 结尾：{path}",
        "The template file must end in .yaml, .yml or .xlsx: {path}",
    ),
    "cycle.template-exists": (
        "{path} 已存在，未覆盖（其中可能已有填写的记录）；请换一个文件名，或先删除它。",
        "{path} exists and was not overwritten (it may hold filled-in records); choose another"
        " name, or delete it first.",
    ),
    "cycle.template-unwritable": (
        "无法写出“{path}”：{detail}",
        "Cannot write '{path}': {detail}",
    ),
    "cycle.template-written": (
        "已写出 {path}：{year} 年度待录入 {rows} 条记录；填写后运行 cadrectl cycle inspect "
        "--from-file {path}",
        "Wrote {path}: {rows} records of {year} to fill in; then run cadrectl cycle inspect"
        " --from-file {path}",
    ),
    "cycle.template-no-schema": (
        "本库的 schemas/ 中还没有 inspections.schema.json，模板中未写 $schema 行"
        "（在库目录中运行 cadrectl dev schemas schemas 可补上）。",
        "The registry's schemas/ has no inspections.schema.json yet, so the template has no"
        " $schema line (run cadrectl dev schemas schemas in the registry to add it).",
    ),
    "cycle.template.sheet": ("待录入", "To fill in"),
    "cycle.template.title": (
        "{region}{year}年度后备干部考察和年度考核录入表",
        "{region} reserve cadres: {year} inspections and assessments to enter",
    ),
    "cycle.template.note": (
        "填写说明：年度考核填“考核等次”（{scale}），考察填“考察时间、考察组、考察结论”（优点、不足"
        "可选）；不要改动“编号”和“记录种类”。填好后运行 cadrectl cycle inspect --from-file "
        "本文件；考核等次和考察结论都未填的行不录入。",
        "How to fill in: for an assessment, 考核等次 ({scale}); for an inspection, 考察时间, 考察组"
        " and 考察结论 (strengths and shortcomings optional); leave 编号 and 记录种类 as they are."
        " Then run cadrectl cycle inspect --from-file with this file; rows with neither 考核等次"
        " nor 考察结论 are not entered.",
    ),
    "cycle.template.yaml-note": (
        "{year} 年度考察待录入（cadrectl cycle inspect --template）。年度考核填 grade（{scale}），"
        "\n考察填 date（YYYY-MM-DD）、by（考察组）、conclusion（考察结论），可加 strengths、"
        "shortcomings；\n不要改动 cadre 和 kind。填好后运行 cadrectl cycle inspect --from-file "
        "本文件；\ngrade 或 conclusion 仍空着的项不录入。",
        "{year} inspection to fill in (cadrectl cycle inspect --template). For an assessment,"
        " grade ({scale});\nfor an inspection, date (YYYY-MM-DD), by, conclusion, and optionally"
        " strengths, shortcomings;\nleave cadre and kind as they are. Then run cadrectl cycle"
        " inspect --from-file with this file;\nitems whose grade or conclusion is still empty"
        " are not entered.",
    ),
    "cycle.template.col.seq": ("序号", "No."),
    "cycle.template.col.cadre": ("编号", "ID"),
    "cycle.template.col.name": ("姓名", "Name"),
    "cycle.template.col.unit-post": ("单位及职务", "Unit and post"),
    "cycle.template.col.kind": ("记录种类", "Kind"),
    "cycle.template.col.year": ("考核年度", "Year"),
    "cycle.template.col.grade": ("考核等次", "Grade"),
    "cycle.template.col.note": ("考核备注", "Assessment note"),
    "cycle.template.col.date": ("考察时间", "Inspection date"),
    "cycle.template.col.by": ("考察组", "Inspected by"),
    "cycle.template.col.conclusion": ("考察结论", "Conclusion"),
    "cycle.template.col.strengths": ("主要优点", "Strengths"),
    "cycle.template.col.shortcomings": ("主要不足", "Shortcomings"),
    "cycle.bulk-invalid": (
        "{file} 有 {count} 处问题，未录入任何记录：\n{problems}",
        "{file} has {count} problems; no record was entered:\n{problems}",
    ),
    "cycle.bulk-nothing-filled": (
        "{path} 中没有填写好的记录（{skipped} 条的考核等次或考察结论还空着），未录入。",
        "{path} holds no filled-in record ({skipped} still lack a grade or a conclusion);"
        " nothing was entered.",
    ),
    "cycle.bulk-skipped": (
        "{count} 条的考核等次或考察结论还空着，这次未录入；填好后可再用同一文件录入"
        "（已录入的记录不会重复录入）。",
        "{count} items still lack a grade or a conclusion and were not entered; fill them in"
        " and enter the same file again (records entered already are not entered twice).",
    ),
    "cycle.bulk-entered-before": (
        "{count} 条与档案中已有的记录完全相同（已录入过），跳过。",
        "{count} items are in the cadres' files already, exactly so (entered before); skipped.",
    ),
    "cycle.bulk-xls": (
        "不能读取 .xls（旧版 Excel）：{path}；请在 Excel 或 WPS 中另存为 .xlsx。",
        "An .xls (old Excel) file cannot be read: {path}; save it as .xlsx in Excel or WPS.",
    ),
    "cycle.bulk-bad-workbook": (
        "“{path}”不能作为 Excel 工作簿（.xlsx）读取：{detail}",
        "'{path}' cannot be read as an Excel workbook (.xlsx): {detail}",
    ),
    "cycle.bulk-workbook-too-large": (
        "“{path}”超过 {limit} MiB，不像是考察录入表。",
        "'{path}' is larger than {limit} MiB; it is not an inspection sheet.",
    ),
    "cycle.bulk-no-header": (
        "“{path}”的工作表中找不到表头（前 10 行中有“{header}”列的一行）。",
        "No sheet of '{path}' has a header row (a row among the first 10 with a '{header}'"
        " column).",
    ),
    "cycle.bulk-too-many-rows": (
        "“{path}”超过 {limit} 行，不像是考察录入表。",
        "'{path}' has more than {limit} rows; it is not an inspection sheet.",
    ),
    "problem.bulk-not-list": (
        "顶层应为记录的列表：每条以“- ”开头，写 cadre 和 kind。",
        "The top level should be a list of records: each starts with '- ' and names cadre and"
        " kind.",
    ),
    "problem.bulk-unknown-cadre": (
        "库中没有编号为 {id} 的后备干部。",
        "The registry has no cadre {id}.",
    ),
    "problem.bulk-cadre-unreadable": (
        "{id} 的档案文件有错误，读不出来；请先运行 cadrectl check 并改正。",
        "The file of {id} has errors and cannot be read; run cadrectl check and fix it first.",
    ),
    "problem.bulk-not-active": (
        "{id} 的状态是“{status}”，不在库中；考察只录入在库后备干部的记录（其他请用 cadrectl "
        "record）。",
        "{id} is {status}, not in the pool; the inspection enters records of active reserves"
        " only (use cadrectl record for others).",
    ),
    "problem.bulk-other-year": (
        "这条{kind}是 {year} 年的，不是本年度调整的 {cycle} 年，不算本年度的；其他年度的记录请用 "
        "cadrectl record 录入。",
        "This {kind} is for {year}, not for the cycle's year {cycle}, so it would not count;"
        " enter other years' records with cadrectl record.",
    ),
    "problem.bulk-duplicate": (
        "{id} 的 {year} 年{kind}与第 {line} 行的重复；每人每年一条。",
        "The {year} {kind} of {id} repeats the one on line {line}; one a year for each cadre.",
    ),
    "problem.bulk-already-recorded": (
        "{id} 的档案中已有 {year} 年的{kind}，与这条不同；每人每年一条，不再录入（要修改已有的"
        "记录，请用 cadrectl edit {id}）。",
        "The file of {id} has a {year} {kind} already, and a different one; one a year for each"
        " cadre (to change it, use cadrectl edit {id}).",
    ),
    "cycle.action.admit": (
        "拟新进",
        "admit",
    ),
    "cycle.action.exit": (
        "拟调出",
        "exit",
    ),
    "cycle.action.use": (
        "已使用",
        "used",
    ),
    "cycle.action.retier": (
        "层次调整",
        "re-tier",
    ),
    "cycle.decision.pending": (
        "待定",
        "pending",
    ),
    "cycle.decision.accept": (
        "同意",
        "accepted",
    ),
    "cycle.decision.reject": (
        "不同意",
        "rejected",
    ),
    "cycle.next": (
        "下一步：",
        "Next:",
    ),
    "cycle.next.inspect": (
        "完成考察：录入年度考核和考察记录（cadrectl record 或 cycle inspect --from-file）",
        "finish the inspection (cadrectl record, or cycle inspect --from-file)",
    ),
    "cycle.next.step": (
        "登记选拔程序的下一步（cadrectl cycle step 步骤 提名编号=结果…）",
        "record the next step of the procedure (cadrectl cycle step STEP N=RESULT…)",
    ),
    "cycle.step.qualification": ("资格审查", "qualification review"),
    "cycle.step.vote": ("民主推荐", "democratic vote"),
    "cycle.step.unit-vote": ("单位推荐", "unit vote"),
    "cycle.step.exam": ("综合考试", "exam"),
    "cycle.step.committee": ("党委研究", "party committee"),
    "cycle.step.inspection": ("组织考察", "inspection"),
    "cycle.step-passed": ("通过", "passed"),
    "cycle.step-failed": ("未通过", "failed"),
    "cycle.step-open": ("待办", "to do"),
    "cycle.unscreened": ("待登记程序步骤：{subjects}", "waiting for a step: {subjects}"),
    "cycle.step-not-in-procedure": (
        "本库的选拔程序（cadrectl.yaml 的 cycle.procedure）没有“{step}”这一步：{procedure}",
        "the registry's procedure (cycle.procedure in cadrectl.yaml) has no step {step}:"
        " {procedure}",
    ),
    "cycle.step-bad-value": (
        "{id}：“{value}”不是{step}的结果（可填：{allowed}）",
        "{id}: '{value}' is not a result of the {step} (allowed: {allowed})",
    ),
    "cycle.step-earlier": (
        "{id} 尚未通过前一步“{earlier}”（{state}），不能登记“{step}”",
        "{id} has not passed the earlier step {earlier} ({state}); cannot record {step}",
    ),
    "cycle.step-recorded": (
        "{id} 的“{step}”已登记（{result}）；更正请加 --replace",
        "{id}: {step} is recorded already ({result}); add --replace to correct it",
    ),
    "cycle.step-needs-body": (
        "登记党委研究须写明研究机构：--body（如 公司党委）",
        "a party-committee decision needs the body: --body",
    ),
    "cycle.step-withdrawn": ("{id} 的推荐已撤回", "{id} was withdrawn"),
    "cycle.bad-step": (
        "没有“{step}”这一步；可登记：qualification（资格审查）、exam（综合考试）、"
        "committee（党委研究）、inspection（组织考察）",
        "no step {step}: qualification, exam, committee or inspection",
    ),
    "cycle.inspection-by": ("组织考察组", "the inspection team"),
    "cycle.bad-stage": (
        "没有“{stage}”这一推荐环节：vote（民主推荐）或 unit-vote（单位推荐）",
        "no stage {stage}: vote or unit-vote",
    ),
    "cycle.bad-step-result": (
        "“{text}”应写成 提名编号=结果，如 N2026-001=通过",
        "'{text}' should read N=RESULT, e.g. N2026-001=通过",
    ),
    "cycle.step-score": ("0–1000 的成绩，合格分 {mark}", "a score 0–1000, pass mark {mark}"),
    "cycle.stage-not-in-procedure": (
        "本库的选拔程序没有“{stage}”；有新人选参加的推荐须在程序中（cycle.procedure）",
        "the procedure has no {stage}; a vote on nominees must be a step of cycle.procedure",
    ),
    "cycle.commit.step": (
        "登记 {year} 年度{step}：{count} 人",
        "Record the {year} {step}: {count} nominees",
    ),
    "cli.cmd.cycle-step": (
        "登记选拔程序的一步：资格审查、综合考试、党委研究、组织考察"
        "（如 cycle step exam N2026-001=86）",
        "record a step of the procedure: qualification, exam, committee, inspection",
    ),
    "cli.opt.step-body": (
        "研究机构（党委研究时必填），如 公司党委",
        "the deciding body (committee)",
    ),
    "cli.opt.step-replace": ("更正已登记的结果", "correct a result recorded already"),
    "cli.opt.tally-stage": (
        "推荐环节：vote 民主推荐（默认）或 unit-vote 单位推荐（与民主推荐并计）",
        "the stage: vote (default) or unit-vote (counts with the vote, never replaces it)",
    ),
    "cycle.next.tally": (
        "录入民主推荐得票（cadrectl cycle tally）",
        "record the votes (cadrectl cycle tally)",
    ),
    "cycle.next.propose": (
        "生成调整名单（cadrectl cycle propose）",
        "compute the adjustment (cadrectl cycle propose)",
    ),
    "cycle.next.decide": (
        "逐行审定调整名单（cycle propose --accept/--reject 行号）",
        "decide each line (cycle propose --accept/--reject LINE)",
    ),
    "cycle.next.publicize": (
        "公示（cadrectl cycle publicize --start 日期）",
        "start the publicity (cadrectl cycle publicize --start DATE)",
    ),
    "cycle.next.wait-publicity": (
        "等待公示期满，期间可记录和办结反映",
        "wait for the publicity to end; record and resolve objections",
    ),
    "cycle.next.apply": (
        "执行调整（cadrectl cycle apply）",
        "apply (cadrectl cycle apply)",
    ),
    "cycle.next.close": (
        "结束本年度调整（cadrectl cycle close）",
        "close the cycle (cadrectl cycle close)",
    ),
    "cycle.next.done": (
        "本年度调整已结束",
        "the cycle is over",
    ),
    "tally.competitive": (
        "差额推荐：{candidates} 名人选，{places} 个名额。",
        "Competitive: {candidates} candidates for {places} places.",
    ),
    "tally.no-quorum": (
        "会议无效：收回票数只占发出票数的 {share}，不足 {quorum}。",
        "The meeting is not valid: only {share} of ballots returned (quorum {quorum}).",
    ),
    "tally.returned-over-issued": (
        "会议无效：收回票数多于发出票数。",
        "Not valid: more ballots returned than issued.",
    ),
    "tally.valid-over-returned": (
        "会议无效：有效票数多于收回票数。",
        "Not valid: more valid ballots than returned.",
    ),
    "tally.votes-over-valid": (
        "{candidate} 的得票 {votes} 不在 0 和有效票数之间。",
        "{candidate}'s {votes} votes are not between 0 and the valid ballots.",
    ),
    "tally.unknown-candidate": (
        "这些人选既不是本年度的提名也不是在库后备干部：{candidates}",
        "Neither nominations nor active reserves: {candidates}",
    ),
    "cli.cmd.export-adjustment": (
        "年度调整名单（拟新进、拟调出、已使用、层次调整、结构对比）",
        "The cycle's adjustment workbook (admit, exit, used, re-tier, structure)",
    ),
    "adjustment.none": ("（无）", "(none)"),
    "show.not-found": (
        "没有编号为“{id}”的后备干部。用 cadrectl list 查看编号。",
        "No reserve cadre with id '{id}'. Use 'cadrectl list' to see the ids.",
    ),
    "show.invalid": (
        "“{id}”的档案有错误，请先运行 cadrectl check {file} 并修正。",
        "The file of '{id}' has errors; run 'cadrectl check {file}' and fix them first.",
    ),
    "paths.outside": (
        "“{path}”不在后备干部库“{root}”之内。",
        "'{path}' is not inside the registry '{root}'.",
    ),
    "paths.missing": ("找不到“{path}”。", "'{path}' does not exist."),
    "schemas.written": ("已写入 {count} 个 schema：{path}", "Wrote {count} schemas to {path}"),
    "schemas.current": ("schema 已是最新。", "The schemas are current."),
    "schemas.stale": (
        "schema 与模型不一致：{names}。运行 cadrectl dev schemas 重新生成。",
        "The schemas differ from the models: {names}. Run 'cadrectl dev schemas'.",
    ),
    # ---- check's report --------------------------------------------------------------------
    "check.summary-ok": (
        "检查了 {files} 个文件（{cadres} 名后备干部，{units} 个单位）："
        "没有错误，{warnings} 个警告。",
        "Checked {files} files ({cadres} cadres, {units} units): no errors, {warnings} warnings.",
    ),
    "check.summary-bad": (
        "检查了 {files} 个文件（{cadres} 名后备干部，{units} 个单位）："
        "{errors} 个错误，{warnings} 个警告。",
        "Checked {files} files ({cadres} cadres, {units} units):"
        " {errors} errors, {warnings} warnings.",
    ),
    "check.severity.error": ("错误", "error"),
    "check.severity.warning": ("警告", "warning"),
    "check.status-counts": (
        "在库 {active} 人，已使用 {used} 人，已调出 {exited} 人。",
        "Active {active}, used {used}, exited {exited}.",
    ),
    # ---- list / show -----------------------------------------------------------------------
    # ---- links, paths and broken files (never silent) ---------------------------------------
    "cli.opt.skip-broken": (
        "跳过有错误、无法读取的档案继续执行（在标准错误输出中列出跳过的文件）；"
        "cadrectl.yaml 必须无误",
        "Go on without the files that have errors (each skipped file is named on stderr);"
        " cadrectl.yaml must be valid",
    ),
    "registry.broken": (
        "有 {count} 个文件有错误，无法读取；为免遗漏，命令未执行：\n{files}\n"
        "请运行 cadrectl check 查看并修正；或加 --skip-broken 跳过这些文件继续。",
        "{count} files have errors and cannot be read; so that nothing is left out, the command"
        " did not run:\n{files}\nRun 'cadrectl check' to see and fix them, or add --skip-broken"
        " to go on without them.",
    ),
    "registry.skipped": (
        "警告：跳过了 {count} 个有错误的文件，结果中不含它们：\n{files}",
        "Warning: {count} files with errors were skipped and are not in the result:\n{files}",
    ),
    "registry.config-broken": (
        "{file} 有错误，命令未执行（按默认配置继续会得出与本库设置不同的结果）：\n{problems}\n"
        "请运行 cadrectl check {file} 查看并修正。",
        "{file} has errors, so the command did not run (the defaults would give results other"
        " than this registry's settings):\n{problems}\nRun 'cadrectl check {file}' and fix it.",
    ),
    "diff.tiers-skipped": (
        "警告：以下文件在比较的某一版本中有错误，其梯队层次未作比较：\n{files}",
        "Warning: these files have errors in one of the versions compared, so their tiers"
        " were not compared:\n{files}",
    ),
    "diff.tiers-no-config": (
        "警告：{revision} 版本的 cadrectl.yaml 有错误，未比较梯队层次。",
        "Warning: cadrectl.yaml has errors at {revision}, so tiers were not compared.",
    ),
    "paths.symlink": (
        "“{path}”是符号链接；后备干部库中的文件和文件夹不能是链接，已拒绝（未跟随链接）。",
        "'{path}' is a symbolic link; files and folders of the registry may not be links."
        " Refused (the link was not followed).",
    ),
    "paths.not-a-regular-file": (
        "“{path}”不是普通文件（是{kind}），已拒绝。",
        "'{path}' is not a regular file (it is a {kind}); refused.",
    ),
    "paths.not-a-folder": (
        "“{path}”应是文件夹，但不是，已拒绝。",
        "'{path}' should be a folder and is not; refused.",
    ),
    "paths.outside-registry": (
        "“{path}”不在后备干部库“{root}”之内，已拒绝。",
        "'{path}' is outside the registry '{root}'; refused.",
    ),
    "paths.unreadable": ("无法访问“{path}”：{detail}", "Cannot access '{path}': {detail}"),
    "paths.kind.folder": ("文件夹", "folder"),
    "paths.kind.fifo": ("命名管道（FIFO）", "named pipe (FIFO)"),
    "paths.kind.socket": ("套接字", "socket"),
    "paths.kind.device": ("设备文件", "device"),
    "paths.kind.other": ("特殊文件", "special file"),
    "problem.symlink": (
        "这是符号链接；后备干部库中的文件和文件夹不能是链接（未跟随、未读取）。"
        "请把链接换成真正的文件或文件夹。",
        "This is a symbolic link; files and folders of the registry may not be links (it was"
        " neither followed nor read). Replace it with the real file or folder.",
    ),
    "problem.not-a-regular-file": (
        "名称以 .yaml 结尾，但这是{kind}而不是普通文件；未读取。",
        "The name ends in .yaml, but this is a {kind}, not a regular file; it was not read.",
    ),
    "problem.not-a-folder": (
        "这里应是文件夹，但不是；其中的档案无法读取。",
        "This should be a folder and is not; no file in it can be read.",
    ),
    "problem.outside-registry": (
        "此路径不在后备干部库之内。",
        "This path is outside the registry.",
    ),
    "problem.stray-folder": (
        "{folder} 中不应有子文件夹；其中的文件不会被读取。",
        "{folder} should hold no sub-folders; the files in this one are not read.",
    ),
    "problem.cycle-stray-file": (
        "cycles/ 中只应有以年份命名的文件夹（如 cycles/2026/）；此文件被忽略。",
        "cycles/ should hold only folders named by year (such as cycles/2026/); this file is"
        " ignored.",
    ),
    "problem.cycle-folder-name": (
        "cycles/ 中的文件夹应以四位年份命名（如 2026）；此文件夹被忽略。",
        "Folders in cycles/ are named by a four-digit year (such as 2026); this one is ignored.",
    ),
    "problem.unknown-cycle-file": (
        "年度调整文件夹中没有这种文件（可有：{allowed}）；此文件未被读取，请检查文件名。",
        "A cycle folder has no such file (it may hold {allowed}); this one is not read."
        " Check the name.",
    ),
    "problem.cycle-without-state": (
        "这个年度文件夹没有 cycle.yaml，cadrectl cycle 不会读取其中的文件。",
        "This year's folder has no cycle.yaml, so 'cadrectl cycle' reads none of its files.",
    ),
    "problem.cycle-year-mismatch": (
        "年度“{year}”与所在文件夹 {folder} 不一致。",
        "The year {year} does not match the folder {folder}.",
    ),
    "problem.unknown-cadre": (
        "后备干部“{id}”不存在（cadres/ 中没有 {id}.yaml）。",
        "There is no cadre '{id}' (no cadres/{id}.yaml).",
    ),
    "problem.unknown-nomination": (
        "提名“{id}”不存在（{nominations} 中没有这个提名编号）。",
        "There is no nomination '{id}' (none with that id in {nominations}).",
    ),
    "problem.unknown-candidate": (
        "得票人“{id}”既不是本年度的提名，也不是库中的后备干部。",
        "The candidate '{id}' is neither a nomination of the year nor a cadre of the registry.",
    ),
    "problem.unknown-line": (
        "调整名单中没有第 {line} 行（见 {adjustment}）。",
        "There is no line {line} in the adjustment ({adjustment}).",
    ),
    "problem.duplicate-nomination-id": (
        "提名编号“{id}”重复。",
        "The nomination id '{id}' appears twice.",
    ),
    "problem.duplicate-meeting": (
        "推荐会议“{name}”重复出现。",
        "The meeting '{name}' appears twice.",
    ),
    "problem.duplicate-line": (
        "调整名单的行号 {line} 重复。",
        "The line number {line} appears twice in the adjustment.",
    ),
    # ---- end of links, paths and broken files -----------------------------------------------
    "list.col.id": ("编号", "Id"),
    "list.col.name": ("姓名", "Name"),
    "list.col.gender": ("性别", "Gender"),
    "list.col.birth": ("出生年月(岁)", "Born (age)"),
    "list.col.unit": ("工作单位", "Unit"),
    "list.col.post": ("现任职务", "Post"),
    "list.col.rank": ("职级", "Rank"),
    "list.col.target": ("拟培养层级", "Target rank"),
    "list.col.direction": ("培养方向", "Direction"),
    "list.col.status": ("状态", "Status"),
    "list.count": ("共 {count} 人", "{count} cadres"),
    "status.active": ("在库", "active"),
    "status.used": ("已使用", "used"),
    "status.exited": ("已调出", "exited"),
    "age.years": ("{age}岁", "{age} y"),
    "show.section.personal": ("基本信息", "Personal facts"),
    "show.section.education": ("学历学位", "Education"),
    "show.section.current": ("现任职务", "Current post"),
    "show.section.resume": ("简历", "Resume"),
    "show.section.reserve": ("后备信息", "Reserve"),
    "show.section.records": ("台账", "Records"),
    "show.none": ("无", "none"),
    "show.now": ("至今", "now"),
    # ---- problems: reading files -----------------------------------------------------------
    # ---- values: control characters and list indexes (issue 12) ----
    "problem.control-character": (
        "含有控制字符或双向文本控制符 {char}（看不见，却会改变终端、编辑器或 Excel 显示的内容）；"
        "请删除它，它可能是从别处复制时带进来的。",
        "Holds the control or bidirectional character {char} (invisible, yet it changes what a"
        " terminal, an editor or Excel shows); delete it: it may have come with copied text.",
    ),
    "problem.edit-control-character": (
        "{path} 的值含有控制字符或双向文本控制符 {char}，不能写入；请删除它后重试。",
        "The value of {path} holds the control or bidirectional character {char} and cannot be"
        " written; remove it and try again.",
    ),
    "problem.edit-index-too-far": (
        "{path} 的序号 [{index}] 超出了列表：现有 {length} 项（序号从 0 起），"
        "新加一项请写 [{length}]。",
        "The index [{index}] in {path} is past the end of the list: it has {length} items"
        " (counted from 0); write [{length}] to add one.",
    ),
    "edit.index-too-large": (
        "{path} 的序号太大（上限 {limit}）；请写现有的序号，或比最后一项多 1 的序号新加一项。",
        "The index in {path} is too large (limit {limit}); use an existing index, or one past"
        " the last to add an item.",
    ),
    "problem.unreadable": ("无法读取文件：{detail}", "Cannot read the file: {detail}"),
    "problem.file-too-large": (
        "文件太大（{size} KB，上限 {limit} KB），不像是后备干部库的文件。",
        "The file is too large ({size} KB, limit {limit} KB) to be a registry file.",
    ),
    "problem.encoding": (
        "文件不是 UTF-8 编码（看起来是 {encoding}）。请在编辑器中“另存为 UTF-8”，"
        "或运行：iconv -f GB18030 -t UTF-8 原文件 > 新文件",
        "The file is not UTF-8 (it looks like {encoding}). Save it as UTF-8 in your editor,"
        " or run: iconv -f GB18030 -t UTF-8 OLD > NEW",
    ),
    "problem.binary-file": (
        "文件含有空字符（NUL），不是文本文件。",
        "The file contains NUL bytes; it is not a text file.",
    ),
    "problem.yaml-syntax": (
        "YAML 格式错误：{detail}。请检查此处的缩进、冒号和引号。",
        "YAML syntax error: {detail}. Check the indentation, colons and quotes here.",
    ),
    "problem.tab-indent": (
        "这一行用 Tab 缩进；YAML 只能用空格缩进，请把 Tab 换成空格。",
        "This line is indented with a tab; YAML allows only spaces. Replace the tab with spaces.",
    ),
    "problem.duplicate-key": (
        "键“{key}”重复出现；每个键只能写一次，请删除或合并其中一处。",
        "The key '{key}' appears twice; keep one of them.",
    ),
    "problem.yaml-alias": (
        "不支持 YAML 别名（*{anchor}）；请把内容直接写出来。",
        "YAML aliases (*{anchor}) are not allowed; write the content out.",
    ),
    "problem.yaml-tag": (
        "不支持 YAML 标签（{tag}）；请删除标签，必要时给值加引号。",
        "YAML tags ({tag}) are not allowed; remove the tag and quote the value if needed.",
    ),
    "problem.multiple-documents": (
        "一个文件只能有一个 YAML 文档（多了“---”分隔）。",
        "A file holds one YAML document only (remove the extra '---').",
    ),
    "problem.too-deep": (
        "嵌套太深（超过 {limit} 层），不像是后备干部库的文件。",
        "Nested too deeply (more than {limit} levels) to be a registry file.",
    ),
    "problem.empty-file": ("文件是空的。", "The file is empty."),
    "problem.not-a-mapping": (
        "文件的顶层必须是“键: 值”的映射。",
        "The top level of the file must be a mapping of keys to values.",
    ),
    # ---- problems: schema ------------------------------------------------------------------
    "problem.missing-field": ("缺少必填项。", "A required field is missing."),
    "problem.unknown-field": (
        "未知的键“{key}”{hint}；请检查拼写（允许的键见 schema）。",
        "Unknown key '{key}'{hint}; check the spelling (the schema lists the allowed keys).",
    ),
    "problem.wrong-type": (
        "应为{expected}，实际是“{value}”。",
        "Expected {expected}, got '{value}'.",
    ),
    "problem.not-allowed-value": (
        "“{value}”不是可用的值{hint}。",
        "'{value}' is not an allowed value{hint}.",
    ),
    "problem.bad-format": ("“{value}”的格式不对：{rule}", "'{value}' has the wrong form: {rule}"),
    "problem.too-short": ("内容太短或为空。", "Too short or empty."),
    "problem.too-long": ("内容太长（最多 {max} 个）。", "Too long (at most {max})."),
    "problem.out-of-range": (
        "数值“{value}”超出范围：{rule}。",
        "The number {value} is out of range: {rule}.",
    ),
    "problem.date-dotted": (
        "日期“{value}”不能写成 YYYY.MM（YAML 会把 2021.10 读成数字 2021.1）；请写成 2021-10。",
        "The date '{value}' cannot be written YYYY.MM (YAML reads 2021.10 as the number 2021.1);"
        " write 2021-10.",
    ),
    "problem.date-format": (
        "“{value}”不是日期；请写成 YYYY-MM 或 YYYY-MM-DD。",
        "'{value}' is not a date; write YYYY-MM or YYYY-MM-DD.",
    ),
    "problem.date-invalid": ("日期“{value}”不存在。", "The date '{value}' does not exist."),
    "problem.date-has-time": (
        "日期“{value}”带有时刻；只写日期 YYYY-MM-DD。",
        "The date '{value}' has a time of day; write the date only (YYYY-MM-DD).",
    ),
    "problem.date-type": (
        "“{value}”不是日期；请写成 YYYY-MM 或 YYYY-MM-DD。",
        "'{value}' is not a date; write YYYY-MM or YYYY-MM-DD.",
    ),
    "problem.id-number-unquoted": (
        '公民身份号码要加引号（"330781198804120032"），否则会被当成数字。',
        'Quote the id number ("330781198804120032"); unquoted it is read as a number.',
    ),
    "problem.votes-exceed-valid": (
        "得票数多于有效票数。",
        "More votes for than valid ballots.",
    ),
    "problem.valid-exceed-returned": (
        "有效票数多于收回票数。",
        "More valid ballots than ballots returned.",
    ),
    "problem.returned-exceed-issued": (
        "收回票数多于发出票数。",
        "More ballots returned than issued.",
    ),
    "problem.discipline-kind": (
        "“{system}”类没有这一种类；可用：{kinds}。",
        "This kind does not belong to '{system}'; use one of: {kinds}.",
    ),
    "problem.duplicate-rank": ("职级序列中有重复的职级。", "The rank ladder lists a rank twice."),
    "problem.procedure-steps": (
        "选拔程序中的步骤不能重复，单位推荐（unit-vote）须与民主推荐（vote）同在。",
        "A step of the procedure is listed twice, or unit-vote comes without vote.",
    ),
    "problem.invalid-value": ("值不符合要求：“{value}”。", "Invalid value: '{value}'."),
    # ---- problems: rules across fields and files -------------------------------------------
    "problem.id-filename-mismatch": (
        "编号“{id}”与文件名“{stem}”不一致；文件应命名为 {id}.yaml。",
        "The id '{id}' does not match the file name '{stem}'; name the file {id}.yaml.",
    ),
    "problem.duplicate-id": (
        "编号“{id}”已被 {other} 使用。",
        "The id '{id}' is already used by {other}.",
    ),
    "problem.duplicate-id-number": (
        "公民身份号码与 {other}（{name}）重复。",
        "The id number is the same as in {other} ({name}).",
    ),
    "problem.id-number-checksum": (
        "公民身份号码校验位不对（应为 {expected}），请核对号码。",
        "The id number's check digit is wrong (it should be {expected}); check the number.",
    ),
    "problem.id-number-date": (
        "公民身份号码第 7-14 位“{digits}”不是有效的出生日期。",
        "Digits 7-14 of the id number ('{digits}') are not a valid birth date.",
    ),
    "problem.id-number-birth": (
        "公民身份号码中的出生日期 {from_id} 与出生年月 {birth} 不一致。",
        "The birth date in the id number ({from_id}) disagrees with birth ({birth}).",
    ),
    "problem.id-number-gender": (
        "公民身份号码第 17 位表示“{from_id}”，与性别“{gender}”不一致。",
        "Digit 17 of the id number means '{from_id}', but gender is '{gender}'.",
    ),
    "problem.unknown-unit": (
        "单位编号“{unit}”不存在（units/ 中没有 {unit}.yaml）。",
        "There is no unit '{unit}' (no units/{unit}.yaml).",
    ),
    "problem.unknown-post": (
        "职位“{post}”不存在（单位 {unit} 中没有这个职位编号）。",
        "There is no post '{post}' (unit {unit} has no post with that id).",
    ),
    "problem.unknown-rank": (
        "职级“{value}”不在 cadrectl.yaml 的职级序列中（{allowed}）。",
        "The rank '{value}' is not on the rank ladder of cadrectl.yaml ({allowed}).",
    ),
    "problem.unknown-code": (
        "“{value}”不在 cadrectl.yaml 的{list}中（{allowed}）。",
        "'{value}' is not in the {list} of cadrectl.yaml ({allowed}).",
    ),
    "problem.work-before-birth": (
        "参加工作时间 {work_start} 早于出生年月 {birth}。",
        "Work start {work_start} is before birth {birth}.",
    ),
    "problem.work-too-young": (
        "参加工作时只有 {age} 岁，请核对参加工作时间。",
        "Only {age} years old at work start; check the date.",
    ),
    "problem.party-too-young": (
        "入党时间 {joined} 时不满 18 周岁（{age} 岁）。",
        "Joined the party on {joined} before turning 18 ({age}).",
    ),
    "problem.party-joined-missing": (
        "中共党员（含预备党员）应填写入党时间 party.joined。",
        "A CPC member (incl. probationary) needs party.joined.",
    ),
    "problem.date-order": (
        "{first_label} {first} 晚于 {second_label} {second}。",
        "{first_label} {first} is after {second_label} {second}.",
    ),
    "problem.date-in-future": (
        "日期 {date} 晚于今天（{today}）。",
        "The date {date} is after today ({today}).",
    ),
    "problem.before-birth": (
        "日期 {date} 早于出生年月 {birth}。",
        "The date {date} is before birth {birth}.",
    ),
    "problem.duplicate-assessment": (
        "{year} 年度已有考核结果（第 {first} 条）；每年只能有一条。",
        "There is already an assessment for {year} (entry {first}); one per year.",
    ),
    "problem.resume-gap": (
        "简历在 {end} 与 {start} 之间有空档，请补全或核对。",
        "The resume has a gap between {end} and {start}.",
    ),
    "problem.resume-overlap": (
        "简历中本段开始 {start} 早于上一段结束 {end}。",
        "This resume entry starts ({start}) before the previous one ends ({end}).",
    ),
    "problem.resume-open-not-last": (
        "只有最后一段简历可以不填截止时间。",
        "Only the last resume entry may be left open (no 'to').",
    ),
    "problem.used-missing": (
        "状态为 used（已使用）时须填写 reserve.used：使用时间、单位和职务。",
        "Status 'used' needs reserve.used with date, unit and post.",
    ),
    "problem.exited-missing": (
        "状态为 exited（已调出）时须填写 reserve.exited：调出时间和原因。",
        "Status 'exited' needs reserve.exited with date and reason.",
    ),
    "problem.unknown-exit-reason": (
        "“{value}”不在 exit_reasons 中（{allowed}）；调出时无法写入档案。",
        "'{value}' is not one of exit_reasons ({allowed}); an exit could not record it.",
    ),
    "problem.exit-cause-unmapped": (
        "建议调出的情形 {cause} 默认记为“{reason}”，但它不在 exit_reasons 中；"
        "请把它加入 exit_reasons，或在 policy.negative_list.reasons 中为 {cause} 指定一个"
        "调出原因（否则执行调整时会拒绝这一行）。",
        "The exit cause {cause} is recorded as '{reason}' by default, which is not one of"
        " exit_reasons; add it there, or name a reason for {cause} in"
        " policy.negative_list.reasons (else apply refuses such a line).",
    ),
    "problem.status-block-mismatch": (
        "状态是 {status}，却填写了 reserve.{block}；请改正状态或删除该项。",
        "The status is '{status}' but reserve.{block} is filled in; fix one of them.",
    ),
    "problem.no-mentor": (
        "没有联系帮带人（reserve.mentors）。",
        "No mentor (reserve.mentors).",
    ),
    "problem.target-not-above": (
        "拟培养层级“{target}”不高于现职级“{rank}”。",
        "The target rank '{target}' is not above the current rank '{rank}'.",
    ),
    "problem.exception-not-waivable": (
        "破格不能豁免“{rule}”："
        "不越级、提拔满一年和身体健康不得破格（干部选拔任用工作条例 第九条）。",
        "An exception cannot waive '{rule}': no level skipping, a year since promotion and health"
        " are never waived (条例 第九条).",
    ),
    "problem.exception-unknown-rule": (
        "没有名为“{rule}”的资格条件；可豁免的有：{rules}。",
        "There is no rule '{rule}'; rules that may be waived: {rules}.",
    ),
    "problem.unknown-roster-field": (
        "名册模板不认识字段“{value}”；可用：{fields}，或档案字段路径如 reserve.period。",
        "A roster template names an unknown field '{value}'; use one of {fields},"
        " or a file path such as reserve.period.",
    ),
    "problem.duplicate-unit-id": (
        "单位编号“{id}”已被 {other} 使用。",
        "The unit id '{id}' is already used by {other}.",
    ),
    "problem.duplicate-post-id": (
        "职位编号“{id}”在本单位中重复。",
        "The post id '{id}' appears twice in this unit.",
    ),
    "problem.unit-filename-mismatch": (
        "单位编号“{id}”与文件名“{stem}”不一致。",
        "The unit id '{id}' does not match the file name '{stem}'.",
    ),
    "problem.stray-file": (
        "{folder} 中只应有 .yaml 文件；此文件被忽略（扩展名应为 .yaml）。",
        "Only .yaml files belong in {folder}; this file is ignored (use the .yaml extension).",
    ),
    "problem.config-unusable": (
        "cadrectl.yaml 有错误，职级等代码表暂按默认值检查。",
        "cadrectl.yaml has errors; codes were checked against the defaults.",
    ),
    # ---- type names used in wrong-type ----------------------------------------------------
    "type.string": ("文本", "text"),
    "type.int": ("整数", "a whole number"),
    "type.float": ("数字", "a number"),
    "type.bool": ("true 或 false", "true or false"),
    "type.list": ("列表", "a list"),
    "type.mapping": ("“键: 值”映射", "a mapping"),
    "hint.did-you-mean": ("，是不是“{suggestion}”", " (did you mean '{suggestion}'?)"),
    "hint.allowed": ("；可用：{allowed}", "; allowed: {allowed}"),
    "label.birth": ("出生年月", "birth"),
    "label.work_start": ("参加工作时间", "work start"),
    "label.from": ("起始时间", "from"),
    "label.to": ("截止时间", "to"),
    "label.post_since": ("任现职时间", "post since"),
    "label.rank_since": ("任现职级时间", "rank since"),
    "label.entered": ("入库时间", "entered"),
    "label.list.directions": ("培养方向", "directions"),
    "label.list.sources": ("来源", "sources"),
    "label.list.assessment_scale": ("考核等次", "assessment scale"),
    "label.list.exit_reasons": ("调出原因", "exit reasons"),
    "label.list.unit_kinds": ("单位类别", "unit kinds"),
    # ---- report structure ------------------------------------------------------------------
    "cli.cmd.report": (
        "统计报表：结构分析等",
        "Reports on the pool: structure and more",
    ),
    "cli.cmd.report-structure": (
        "结构分析：按学历、年龄、性别、民族、政治面貌等统计人数和占比",
        "The pool's structure: counts and percentages by education, age, gender, party…",
    ),
    "cli.opt.group-by": (
        "再按此字段分组统计：unit_kind、unit_group、unit、target_rank、direction、gender、source",
        "Also break down within groups of this field: unit_kind, unit_group, unit, target_rank,"
        " direction, gender, source",
    ),
    "cli.opt.age-under": (
        "累计统计“N周岁以下”（含本数），如 30,35,40",
        "Cumulative counts of 'aged N or under' (N included), e.g. 30,35,40",
    ),
    "structure.bad-group-by": (
        "不能按“{value}”分组；可用：{allowed}",
        "Cannot group by '{value}'; use one of: {allowed}",
    ),
    "structure.bad-age-under": (
        "--age-under 应为逗号分隔的周岁数（1–150），如 30,35,40；“{value}”无法识别",
        "--age-under takes ages (1–150) separated by commas, e.g. 30,35,40; cannot read '{value}'",
    ),
    "structure.heading": (
        "后备干部结构分析　截至{year}年{month}月{day}日 共{total}人",
        "Structure of the reserve pool as of {year}-{month:02d}-{day:02d}: {total} people",
    ),
    "structure.group-heading": (
        "{field}：{group}　共{total}人",
        "{field}: {group}, {total} people",
    ),
    "structure.empty": ("没有在库的后备干部。", "There are no active reserves."),
    "structure.unreadable": (
        "有 {count} 个档案有错误，未计入统计；请运行 cadrectl check 查看。",
        "{count} cadre files have errors and are not counted; run 'cadrectl check' to see them.",
    ),
    "structure.config-defaults": (
        "cadrectl.yaml 有错误，本报告暂按默认的职级序列和年龄段统计；请运行 cadrectl check 修正。",
        "cadrectl.yaml has errors, so this report uses the default ranks and age bands;"
        " run 'cadrectl check' to fix them.",
    ),
    "structure.col.value": ("类别", "value"),
    "structure.col.count": ("人数", "count"),
    "structure.col.percent": ("占比", "percent"),
    "structure.age-under-value": ("{age}周岁以下", "aged {age} or under"),
    "structure.dim.education": ("学历（最高学历）", "Education (highest)"),
    "structure.dim.age_band": ("年龄段（周岁）", "Age band (completed years)"),
    "structure.dim.gender": ("性别", "Gender"),
    "structure.dim.ethnicity": ("民族", "Ethnicity"),
    "structure.dim.party": ("政治面貌", "Party"),
    "structure.dim.grassroots": ("基层工作经历", "Grassroots experience"),
    "structure.dim.grassroots_head": ("基层一把手经历", "Head of a grassroots unit"),
    "structure.dim.direction": ("培养方向", "Direction"),
    "structure.dim.tier": ("梯队层次", "Tier"),
    "structure.dim.source": ("来源", "Source"),
    "structure.dim.target_rank": ("拟培养层级", "Target rank"),
    "structure.dim.age_under": ("N周岁以下（累计）", "Aged N or under (cumulative)"),
    "structure.field.unit_kind": ("单位类别", "Unit kind"),
    "structure.field.unit_group": ("单位分组", "Unit group"),
    "structure.field.unit": ("单位", "Unit"),
    "structure.field.target_rank": ("拟培养层级", "Target rank"),
    "structure.field.direction": ("培养方向", "Direction"),
    "structure.field.gender": ("性别", "Gender"),
    "structure.field.source": ("来源", "Source"),
    "problem.age-bands-not-ascending": (
        "年龄段上限须由小到大且不重复，如 [30, 35, 40, 45, 50, 55]。",
        "The age band bounds must rise, without repeats, e.g. [30, 35, 40, 45, 50, 55].",
    ),
    # ---- end of report structure -----------------------------------------------------------
    # ---- export structure and card --------------------------------------------------------
    "cli.cmd.export-structure": (
        "结构分析表：总览及每个统计维度一张工作表，附图表",
        "The structure tables: an overview and a sheet with a chart per dimension",
    ),
    "cli.cmd.export-card": (
        "后备干部基本情况表（仿干部任免审批表，每人一页）",
        "The profile card of a reserve (laid out like the 干部任免审批表), one page each",
    ),
    "cli.arg.card-id": ("后备干部编号", "The cadre's id"),
    "cli.opt.card-all": (
        "导出全部在库后备干部，每人一张工作表",
        "Every active reserve, one sheet each",
    ),
    "export.structure.written": (
        "已导出：{path}（{sheets} 张工作表，{total} 人）",
        "Exported {path} ({sheets} sheets, {total} people)",
    ),
    "export.structure.overview-sheet": ("总览", "Overview"),
    "export.structure.overview-title": (
        "{region}后备干部队伍结构总览",
        "{region} reserve pool: structure overview",
    ),
    "export.structure.title": (
        "{region}后备干部队伍结构分析：{dimension}",
        "{region} reserve pool: {dimension}",
    ),
    "export.structure.as-of": (
        "截至{year}年{month}月{day}日 共{total}人",
        "As of {year}-{month:02d}-{day:02d}: {total} people",
    ),
    "export.structure.col.dimension": ("项目", "dimension"),
    "export.structure.total": ("合计", "Total"),
    "export.structure.base": ("总人数", "All reserves"),
    "export.card.written": (
        "已导出：{path}（{count} 张基本情况表）",
        "Exported {path} ({count} cards)",
    ),
    "export.card.id-or-all": (
        "请给出一个后备干部编号，或用 --all 导出全部（二者选一）。",
        "Give one cadre id, or --all for everyone (not both).",
    ),
    "export.card.none-active": (
        "没有在库的后备干部，未导出。",
        "There are no active reserves; nothing was exported.",
    ),
    "card.title": ("后备干部基本情况表", "Reserve cadre profile"),
    "card.id-line": ("编号：{id}", "Id: {id}"),
    "card.as-of-line": (
        "截至{year}年{month}月{day}日",
        "As of {year}-{month:02d}-{day:02d}",
    ),
    "card.birth-age": ("{birth}（{age}岁）", "{birth} (age {age})"),
    "card.none": ("无", "none"),
    "card.assessment": ("{year}年：{grade}", "{year}: {grade}"),
    "card.assessment-sep": ("；", "; "),
    "card.training": (
        "{when}  {name}（{organizer}，{amount}）",
        "{when}  {name} ({organizer}, {amount})",
    ),
    "card.days": ("{days}天", "{days} days"),
    "card.hours": ("{hours}学时", "{hours} hours"),
    "card.practice": ("{when}  {kind}：{where}", "{when}  {kind}: {where}"),
    "card.reward": ("{when}  {name}（{by}）", "{when}  {name} ({by})"),
    "card.reward-plain": ("{when}  {name}", "{when}  {name}"),
    "card.sanction": ("{when}  {kind}（{system}）", "{when}  {kind} ({system})"),
    "card.sanction-plain": ("{when}  {kind}", "{when}  {kind}"),
    "card.source": ("{source}（{background}）", "{source} ({background})"),
    "card.label.name": ("姓名", "Name"),
    "card.label.gender": ("性别", "Gender"),
    "card.label.birth": ("出生年月\n（岁）", "Born\n(age)"),
    "card.label.photo": ("照片", "Photo"),
    "card.label.ethnicity": ("民族", "Ethnicity"),
    "card.label.native_place": ("籍贯", "Native place"),
    "card.label.birthplace": ("出生地", "Birthplace"),
    "card.label.party_joined": ("入党\n时间", "Joined\nthe party"),
    "card.label.work_start": ("参加工\n作时间", "Started\nwork"),
    "card.label.health": ("健康状况", "Health"),
    "card.label.title": ("专业技\n术职务", "Professional\ntitle"),
    "card.label.specialty": ("熟悉专业\n有何专长", "Expertise"),
    "card.label.education": ("学历\n学位", "Education\nand degree"),
    "card.label.fulltime": ("全日制\n教育", "Full-time"),
    "card.label.parttime": ("在职\n教育", "In-service"),
    "card.label.school": ("毕业院校\n系及专业", "School\nand major"),
    "card.label.post": ("现任职务", "Current post"),
    "card.label.post_since": ("任现职\n时间", "In post\nsince"),
    "card.label.rank_since": ("任现职级\n时间", "In rank\nsince"),
    "card.label.rank": ("现职级", "Rank"),
    "card.label.id_number": ("公民身份\n号码", "Id number"),
    "card.label.party": ("政治面貌", "Party"),
    "card.label.resume": ("简\n\n\n历", "Career"),
    "card.label.rewards": ("奖惩\n情况", "Rewards and\nsanctions"),
    "card.label.assessments": ("年度考核\n结果", "Annual\nassessments"),
    "card.label.trainings": ("培训\n情况", "Training"),
    "card.label.practice": ("实践\n锻炼", "Practice\npostings"),
    "card.label.entered": ("入库\n时间", "In the pool\nsince"),
    "card.label.source": ("来源", "Source"),
    "card.label.target_rank": ("拟培养\n层级", "Target rank"),
    "card.label.direction": ("培养\n方向", "Direction"),
    "card.label.tier": ("梯队\n层次", "Tier"),
    "card.label.mentors": ("联系\n帮带人", "Mentors"),
    "card.label.plan": ("培养\n计划", "Training\nplan"),
    # ---- end of export structure and card --------------------------------------------------
}
