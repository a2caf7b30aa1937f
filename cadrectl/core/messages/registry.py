"""Messages of the registry's files: reading, editing, history, git, recovery (Chinese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "internal.missing-message": ("（缺少消息：{key}）", "(missing message: {key})"),
    "init.exists": (
        "“{path}”已经是后备干部库（有 cadrectl.yaml），未作改动。",
        "'{path}' already holds a registry (cadrectl.yaml); nothing changed.",
    ),
    "init.not-empty": (
        "“{path}”不是空文件夹；请指定一个新的或空的文件夹。",
        "'{path}' is not empty; name a new or empty folder.",
    ),
    "cli.cmd.editor-setup": (
        "写入编辑器设置（.vscode/、.editorconfig）：编辑 YAML 时按本库的 schema 提示和校验",
        "Write editor settings (.vscode/, .editorconfig): completion and checks from the "
        "registry's schemas while editing YAML",
    ),
    "cli.opt.editor-replace": ("覆盖已有的设置文件", "Replace settings files already there"),
    "editor.written": ("已写入：{file}", "Written: {file}"),
    "editor.kept": (
        "已存在，未改动：{file}（加 --replace 覆盖）",
        "Already there, left as it is: {file} (--replace to overwrite)",
    ),
    "editor.hint": (
        "用 VS Code 打开本库文件夹，安装推荐的 YAML 扩展（redhat.vscode-yaml）即可。",
        "Open the registry folder in VS Code and install the recommended YAML extension "
        "(redhat.vscode-yaml).",
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
    "recover.undone-kept": (
        "已撤销被中断的修改（{subject}）；以下文件此后被改过，未覆盖、保持现状，请核对：{files}",
        "The interrupted change ({subject}) was undone; these files were changed since and were"
        " left as they are (not overwritten) — check them: {files}",
    ),
    "recover.diverged-here": (
        "上次被中断的修改（{subject}，{started}）涉及的文件此后又被改过：{files}。"
        "不能补完；用 --undo 撤销它（这些文件保持现状，其余文件恢复原样）。",
        "The change interrupted last time ({subject}, {started}) touches files changed since:"
        " {files}. It cannot be completed; --undo undoes it (those files stay as they are, the"
        " others go back as they were).",
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
    "add.prompt": ("{field}", "{field}"),
    "add.missing": ("缺少必填项：{fields}", "Required fields are missing: {fields}"),
    "add.unreadable": ("无法读取“{path}”：{detail}", "Cannot read '{path}': {detail}"),
    "edit.cancelled": ("已取消，未作任何改动。", "Cancelled; nothing changed."),
    "edit.reopen": ("重新打开编辑器修改？", "Reopen the editor to fix it?"),
    "edit.not-active": (
        "{id} 的状态是“{status}”，不在库中，不能再调出或使用。",
        "{id} is '{status}', not active; it cannot be exited or used again.",
    ),
    "edit.not-active-to-inspect": (
        "{id} 的状态是“{status}”；只有在库的后备干部才能列为考察对象。",
        "{id} is '{status}'; only an active reserve can be made the subject of an inspection.",
    ),
    "edit.not-inspecting": (
        "{id} 的状态是“{status}”，不是考察对象，没有可结束的考察。",
        "{id} is '{status}', not under inspection; there is no inspection to end.",
    ),
    "edit.reason-empty": (
        "结束考察须说明原因：--reason 原因。",
        "Ending an inspection needs a reason: --reason TEXT.",
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
    "record.kind.exam": ("考试", "exam"),
    "record.kind.milestone": ("成长纪实", "milestone"),
    "record.kind.secondment": ("抽调选派", "secondment"),
    "record.kind.family": ("家庭成员", "family member"),
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
    "commit.inspect-for": (
        "列为考察对象 {id} {name}：拟任 {unit} {post}",
        "Inspect {id} {name} for {unit} {post}",
    ),
    "commit.inspect-end": (
        "结束考察 {id} {name}：{unit} {post}，恢复在库",
        "End the inspection of {id} {name} for {unit} {post}; active again",
    ),
    "history.title": (
        "{id} {name} 的档案历史（{count} 次提交）",
        "History of {id} {name} ({count:~commit})",
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
    "history.action.inspect-for": ("列为考察对象", "inspected for a post"),
    "history.action.inspect-end": ("结束考察", "inspection ended"),
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
    "history.action.cycle-step": ("选拔程序", "procedure step"),
    "history.action.cycle-file": ("报送备案", "filed upward"),
    "show.not-found": (
        "没有编号为“{id}”的后备干部。用 cadrectl list 查看编号。",
        "No reserve cadre with id '{id}'. Use 'cadrectl list' to see the ids.",
    ),
    "show.invalid": (
        "“{id}”的档案有错误，请先运行 cadrectl check {file} 并修正。",
        "The file of '{id}' has errors; run 'cadrectl check {file}' and fix them first.",
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
    "list.count": ("共 {count} 人", "{count:~cadre}"),
    "status.active": ("在库", "active"),
    "status.inspecting": ("已列为考察对象", "under inspection"),
    "status.used": ("已使用", "used"),
    "status.exited": ("已调出", "exited"),
    "show.section.personal": ("基本信息", "Personal facts"),
    "show.section.education": ("学历学位", "Education"),
    "show.section.current": ("现任职务", "Current post"),
    "show.section.resume": ("简历", "Resume"),
    "show.section.reserve": ("后备信息", "Reserve"),
    "show.section.records": ("台账", "Records"),
    "show.section.family": ("家庭主要成员及重要社会关系", "Family and close relations"),
    "show.deceased": ("已去世", "deceased"),
    "show.none": ("无", "none"),
    "show.now": ("至今", "now"),
    "edit.index-too-large": (
        "{path} 的序号太大（上限 {limit}）；请写现有的序号，或比最后一项多 1 的序号新加一项。",
        "The index in {path} is too large (limit {limit}); use an existing index, or one past"
        " the last to add an item.",
    ),
    "registry-schemas.written": (
        "已按 cadrectl.yaml 写入 {count} 个 schema：",
        "Wrote {count:~schema} from cadrectl.yaml:",
    ),
    "registry-schemas.current": (
        "schemas/ 已与 cadrectl.yaml 一致，未作改动。",
        "schemas/ already matches cadrectl.yaml; nothing changed.",
    ),
    "registry-schemas.stale": (
        "{count} 个 schema 缺少或已过时（未写入；运行 cadrectl schemas 重新生成）：",
        "Missing or out of date: {count:~schema} (nothing written; run 'cadrectl schemas'):",
    ),
    "hint.did-you-mean": ("，是不是“{suggestion}”", " (did you mean '{suggestion}'?)"),
    "hint.allowed": ("；可用：{allowed}", "; allowed: {allowed}"),
    "hint.did-you-mean-of": (
        "，是不是“{suggestion}”；可用：{allowed}",
        " (did you mean '{suggestion}'?); allowed: {allowed}",
    ),
}
