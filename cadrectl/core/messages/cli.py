"""Messages of the command line: commands, options, help (Chinese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "cli.opt.format-text-json": ("输出格式：text 或 json", "Output format: text or json"),
    "cli.csv.yes": ("是", "yes"),
    "cli.csv.no": ("否", "no"),
    "cli.opt.format": ("输出格式：text、json 或 csv", "Output format: text, json or csv"),
    "cli.opt.strict": ("有警告也以失败退出", "Fail on warnings too"),
    "cli.opt.paths": (
        "只报告这些文件（或文件夹）的问题；总是加载整个库",
        "Report only the problems of these files (or folders); the whole registry is loaded",
    ),
    "cli.opt.status": (
        "按后备状态筛选：active、inspecting、used、exited 或 all",
        "Filter by status: active, inspecting, used, exited or all",
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
    "cli.cmd.registry-schemas": (
        "按 cadrectl.yaml 重新生成本库的 schemas/（编辑器据此提示职级、培养方向等取值）",
        "Regenerate the registry's schemas/ from cadrectl.yaml (the editor's ranks, directions…)",
    ),
    "cli.opt.registry-schemas-check": (
        "只列出缺少或过时的 schema，不写入；有则以 1 退出（用于 CI、pre-commit）",
        "Only list the missing or stale schemas, writing nothing; exit 1 if any (CI, pre-commit)",
    ),
    "cli.error.internal": (
        "内部错误：{error}。这是 cadrectl 的缺陷，请报告（加 --debug 可看调用栈）。",
        "Internal error: {error}. This is a bug in cadrectl; please report it"
        " (--debug shows the traceback).",
    ),
    "cli.cmd.commands-doc": (
        "由命令行生成 docs/commands.md（--check：只检查是否过时）",
        "Write docs/commands.md from the command line (--check: only say whether it is stale)",
    ),
    "cli.dev.commands-doc-stale": (
        "{path} 已过时：运行 cadrectl dev commands-doc",
        "{path} is stale: run cadrectl dev commands-doc",
    ),
    "cli.dev.commands-doc-written": ("已写入 {path}", "Written: {path}"),
    "cli.opt.install-completion": (
        "为当前的 shell 安装命令补全（bash、zsh、fish、PowerShell）：Tab 补全编号、单位、模板名等",
        "Install completion for the current shell (bash, zsh, fish, PowerShell): Tab completes "
        "ids, units, template names…",
    ),
    "cli.opt.show-completion": (
        "显示当前 shell 的补全脚本（可复制或自行安装）",
        "Show the completion script for the current shell (to copy or install yourself)",
    ),
    "cli.opt.no-color": (
        "不用颜色输出（同环境变量 NO_COLOR）",
        "No colours in the output (as NO_COLOR)",
    ),
    "cli.error.interrupted": ("已中断。", "Interrupted."),
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
        "未知的状态“{value}”，可用：active、inspecting、used、exited、all",
        "Unknown status '{value}'; use active, inspecting, used, exited or all",
    ),
    "cli.error.exclusive": (
        "这些选项只能选一个：{options}。",
        "Choose only one of these options: {options}.",
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
    "cli.cmd.inspect-for": (
        "列为拟任职位的考察对象（仍在库中），或用 --end 结束考察",
        "Make a reserve the subject of an inspection for a post (still in the pool), or --end it",
    ),
    "cli.opt.inspect-unit": ("拟任职位所在单位的编号", "The unit id of the post"),
    "cli.opt.inspect-post": ("拟任岗位编号（该单位的职位编号）", "The post id (of that unit)"),
    "cli.opt.inspect-end": (
        "结束考察，恢复为在库（须给出 --reason）",
        "End the inspection: active again (needs --reason)",
    ),
    "cli.opt.inspect-reason": (
        "结束考察的原因（写入提交说明）",
        "Why the inspection ended (it goes into the commit message)",
    ),
    "cli.error.inspect-end-options": (
        "--end 不能与 --unit、--post、--note 同用。",
        "--end takes no --unit, --post or --note.",
    ),
    "cli.error.inspect-reason-needs-end": (
        "--reason 只与 --end 同用（结束考察的原因）。",
        "--reason goes with --end (why the inspection ended).",
    ),
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
    "cli.opt.filed-on": (
        "填报日期（默认同 --as-of），如年龄截至 12 月 31 日而 12 月 1 日报送",
        "The filing date (by default the --as-of date), e.g. ages as of 31 December, filed on "
        "1 December",
    ),
    "cli.opt.from-file": ("从 YAML 文件读取新档案的内容", "Read the new cadre from a YAML file"),
    "cli.arg.record-kind": (
        "记录种类：assessment 年度考核、inspection 考察、evaluation 季度评议、training 培训、"
        "practice 实践锻炼、recommendation 民主推荐、reward 奖励、discipline 处分、talk 谈心谈话、"
        "exam 考试、milestone 成长纪实、secondment 抽调选派、family 家庭成员",
        "Record kind: assessment, inspection, evaluation, training, practice, recommendation,"
        " reward, discipline, talk, exam, milestone, secondment, family",
    ),
    "cli.cmd.export-notice": (
        "年度调整的公示通知（.txt 或 .docx，供打印或发送）",
        "The cycle's publicity (公示) notice, as .txt or .docx to print or send",
    ),
    "cli.opt.notice-output": ("输出的 .txt 或 .docx 文件", "The .txt or .docx file to write"),
    "cli.cmd.ladder": (
        "梯队：每名在库后备干部的层次及理由",
        "The ladder: every active reserve's tier, with reasons",
    ),
    "cli.opt.explain": ("逐条说明一名后备干部的层次", "Explain one cadre's placement rule by rule"),
    "cli.cmd.report-coverage": (
        "职位覆盖：每个关键职位的后备人数（一职双备）和结构目标",
        "Post coverage: reserves per key post (two per seat) and the structure targets",
    ),
    "cli.cmd.report-warnings": (
        "预警：近期需要处理的事项（年龄、培训、评议、考核、处分、条件到期……）",
        "Warnings: what to act on soon (age, training, evaluations, discipline, conditions due…)",
    ),
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
    "cli.opt.finding": (
        "与 --resolve 一起用：核查认定。属实：该行不予执行；不属实（默认）：该行照常执行",
        "With --resolve: the finding. 属实 (true): the line is dropped; 不属实 (default): it is"
        " executed",
    ),
    "cli.opt.tally-replace": (
        "替换同名会议已记录的计票（更正录入错误）",
        "Replace the tally already recorded for a meeting of this name (to correct it)",
    ),
    "cli.opt.withdraw": (
        "撤回这个推荐（提名编号，如 N2026-001；须加 --note 说明）",
        "Withdraw this nomination (its number, e.g. N2026-001; with --note)",
    ),
    "cli.opt.publicity-replace": (
        "与 --start 一起用：公示尚未开始时改期（须加 --note 说明原因）",
        "With --start: re-date a 公示 that has not begun (with --note, the reason)",
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
    "cli.cmd.export-adjustment": (
        "年度调整名单（拟新进、拟调出、已使用、层次调整、结构对比）",
        "The cycle's adjustment workbook (admit, exit, used, re-tier, structure)",
    ),
    "cli.opt.skip-broken": (
        "跳过有错误、无法读取的档案继续执行（在标准错误输出中列出跳过的文件）；"
        "cadrectl.yaml 必须无误",
        "Go on without the files that have errors (each skipped file is named on stderr);"
        " cadrectl.yaml must be valid",
    ),
    "cli.cmd.report": (
        "统计报表：结构分析等",
        "Reports on the pool: structure and more",
    ),
    "cli.cmd.report-structure": (
        "结构分析：按学历、年龄、性别、民族、政治面貌等统计人数和占比",
        "The pool's structure: counts and percentages by education, age, gender, party…",
    ),
    "cli.opt.group-by": (
        "再按此字段分组统计：unit_kind、unit_group、unit、target_rank、direction、gender、source、"
        "background、title",
        "Also break down within groups of this field: unit_kind, unit_group, unit, target_rank,"
        " direction, gender, source, background, title",
    ),
    "cli.opt.age-under": (
        "累计统计“N周岁以下”（含本数），如 30,35,40",
        "Cumulative counts of 'aged N or under' (N included), e.g. 30,35,40",
    ),
    "cli.cmd.export-structure": (
        "结构分析表：总览及每个统计维度一张工作表，附图表",
        "The structure tables: an overview and a sheet with a chart per dimension",
    ),
    "cli.cmd.export-card": (
        "后备干部基本情况表（xlsx），或干部任免审批表（--format docx|pdf，两页 A4）",
        "A reserve's profile card (xlsx), or the 干部任免审批表 (--format docx|pdf, two A4 pages)",
    ),
    "cli.arg.card-id": ("后备干部编号", "The cadre's id"),
    "cli.bracketed": ("（{text}）", " ({text})"),
    "cli.labelled": ("{label}：{text}", "{label}: {text}"),
    "cli.list-sep": ("；", "; "),
    "cli.enum-sep": ("、", ", "),
    "cli.opt.card-format": (
        "xlsx 基本情况表（默认）；docx 或 pdf 为两页的干部任免审批表（pdf 需安装 LibreOffice）",
        "xlsx: the profile card (default); docx, pdf: the two-page 任免审批表 (pdf: LibreOffice)",
    ),
    "cli.cmd.export-lrmx": (
        "干部任免审批表交换文件 LRMX（3.x）：一人一个文件，或 --all 导出到文件夹",
        "Appointment forms as LRMX (3.x) files: one person, or --all into a folder",
    ),
    "cli.cmd.export-lrm": (
        "干部任免审批表交换文件 LRM（2.0，GBK 文本，照片另存同名 .pic）",
        "Appointment forms as LRM (2.0, GBK text, the photo in a .pic beside it)",
    ),
    "cli.opt.form-all": (
        "导出多人（默认在库和已列为考察对象的），-o 为文件夹",
        "Several people (by default those in the pool); -o names a folder",
    ),
    "cli.opt.form-status": (
        "与 --all 同用：只导出这些状态的人，如 active,inspecting,used",
        "With --all: only these statuses, such as active,inspecting,used",
    ),
    "cli.opt.form-rank": (
        "与 --all 同用：只导出拟培养层级为此的人，如 正科",
        "With --all: only reserves of this target rank, such as 正科",
    ),
    "cli.opt.form-name-pattern": (
        "文件名格式，可用 {{姓名}} {{身份证号}} {{编号}} {{序号}}；默认 {{姓名}}{{身份证号}}",
        "The file name, from {{姓名}} {{身份证号}} {{编号}} {{序号}}; default {{姓名}}{{身份证号}}",
    ),
    "cli.opt.form-fields": (
        "拟任职务、任免理由、呈报单位等的 YAML 文件（默认用输出文件夹中的 任免审批表.yaml）",
        "A YAML file of 拟任职务, 任免理由, 呈报单位… (default: 任免审批表.yaml beside the output)",
    ),
    "cli.opt.form-proposed-post": ("拟任职务", "The post proposed (拟任职务)"),
    "cli.opt.form-proposed-removal": ("拟免职务", "The post to be removed from (拟免职务)"),
    "cli.opt.form-reason": ("任免理由", "The reason for the appointment (任免理由)"),
    "cli.opt.form-reporting-unit": ("呈报单位", "The unit submitting the form (呈报单位)"),
    "cli.opt.form-filled-by": ("填表人", "Who filled in the form (填表人)"),
    "cli.cmd.import-lrmx": (
        "导入干部任免审批表文件（.lrmx，或 .lrm 及同名 .pic 照片）：新增或更新后备干部",
        "Import appointment forms (.lrmx, or .lrm with its .pic photo): new or updated reserves",
    ),
    "cli.arg.import-forms": (
        "任免审批表文件，或放着这些文件的文件夹（可多个）",
        "Appointment form files, or folders holding them (several allowed)",
    ),
    "cli.opt.card-all": (
        "导出全部在库后备干部，每人一张工作表",
        "Every active reserve, one sheet each",
    ),
}
