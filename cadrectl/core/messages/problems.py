"""Messages of check's problems: reading files, the schema, the rules across files."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "paths.outside": (
        "“{path}”不在后备干部库“{root}”之内。",
        "'{path}' is not inside the registry '{root}'.",
    ),
    "paths.missing": ("找不到“{path}”。", "'{path}' does not exist."),
    "schemas.written": ("已写入 {count} 个 schema：{path}", "Wrote {count:~schema} to {path}"),
    "schemas.current": ("schema 已是最新。", "The schemas are current."),
    "schemas.stale": (
        "schema 与模型不一致：{names}。运行 cadrectl dev schemas 重新生成。",
        "The schemas differ from the models: {names}. Run 'cadrectl dev schemas'.",
    ),
    "check.summary-ok": (
        "检查了 {files} 个文件（{cadres} 名后备干部，{units} 个单位）："
        "没有错误，{warnings} 个警告。",
        "Checked {files:~file} ({cadres:~cadre}, {units:~unit}): no errors, {warnings:~warning}.",
    ),
    "check.summary-bad": (
        "检查了 {files} 个文件（{cadres} 名后备干部，{units} 个单位）："
        "{errors} 个错误，{warnings} 个警告。",
        "Checked {files:~file} ({cadres:~cadre}, {units:~unit}):"
        " {errors:~error}, {warnings:~warning}.",
    ),
    "check.severity.error": ("错误", "error"),
    "check.field-separator": ("：", ": "),  # between a problem's field and its message
    "check.severity.warning": ("警告", "warning"),
    "check.status-counts": (
        "在库 {active} 人，已列为考察对象 {inspecting} 人，已使用 {used} 人，已调出 {exited} 人。",
        "Active {active}, under inspection {inspecting}, used {used}, exited {exited}.",
    ),
    "registry.broken": (
        "有 {count} 个文件有错误，无法读取；为免遗漏，命令未执行：\n{files}\n"
        "请运行 cadrectl check 查看并修正；或加 --skip-broken 跳过这些文件继续。",
        "Files with errors that cannot be read: {count:~file}; so that nothing is left out, the"
        " command did not run:\n{files}\nRun 'cadrectl check' to see and fix them, or add"
        " --skip-broken to go on without them.",
    ),
    "registry.skipped": (
        "警告：跳过了 {count} 个有错误的文件，结果中不含它们：\n{files}",
        "Warning: skipped, with errors, and not in the result: {count:~file}\n{files}",
    ),
    "registry.config-broken": (
        "{file} 有错误，命令未执行（按默认配置继续会得出与本库设置不同的结果）：\n{problems}\n"
        "请运行 cadrectl check {file} 查看并修正。",
        "{file} has errors, so the command did not run (the defaults would give results other"
        " than this registry's settings):\n{problems}\nRun 'cadrectl check {file}' and fix it.",
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
    "problem.inspecting-missing": (
        "状态为 inspecting（已列为考察对象）时须填写 reserve.inspecting：时间、拟任单位和职务。",
        "Status 'inspecting' needs reserve.inspecting with date, unit and post.",
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
    "problem.no-mentor": ("没有联系帮带人。", "No mentor."),  # the line names the field
    "problem.target-not-above": (
        "拟培养层级“{target}”不高于现职级“{rank}”。",
        "The target rank '{target}' is not above the current rank '{rank}'.",
    ),
    "problem.record-count-no-minimum": (
        "record_count 规则须写 min（次数）或 min_days（天数）。",
        "A record_count rule needs min (a count) or min_days (days).",
    ),
    "problem.record-count-two-windows": (
        "record_count 规则的 per 和 within_years 只能写一个。",
        "A record_count rule takes per or within_years, not both.",
    ),
    "problem.required-by-config": (
        "本库要求每份档案填写此项（cadrectl.yaml 的 fields.required）。",
        "This registry requires it in every file (fields.required in cadrectl.yaml).",
    ),
    "problem.training-days-unknown": (
        "培训“{name}”没有天数或学时，起止时间也只到月，计入培训天数时按 0 天；"
        "请填写 days 或 hours。",
        "The training '{name}' has no days or hours and its dates are months only, so it "
        "counts as 0 days; fill in days or hours.",
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
    "problem.config-partly-unusable": (
        "cadrectl.yaml 有错误：出错的部分之外，其余各文件按所写的配置检查。",
        "cadrectl.yaml has errors; the other files were checked against the rest of it, as "
        "written.",
    ),
    "problem.config-unusable": (
        "cadrectl.yaml 有错误，职级等代码表暂按默认值检查。",
        "cadrectl.yaml has errors; codes were checked against the defaults.",
    ),
    "type.string": ("文本", "text"),
    "type.int": ("整数", "a whole number"),
    "type.float": ("数字", "a number"),
    "type.bool": ("true 或 false", "true or false"),
    "type.list": ("列表", "a list"),
    "type.mapping": ("“键: 值”映射", "a mapping"),
    "problem.schemas-stale": (
        "这份 schema 缺少或已过时（与 cadrectl.yaml 或本版 cadrectl 不一致），"
        "编辑器提示和校验的取值（职级、培养方向、考核等次……）会与 cadrectl check 不同。"
        "运行 cadrectl schemas 重新生成。",
        "This schema is missing or out of date (for cadrectl.yaml or this cadrectl), so the"
        " editor offers and checks other values (ranks, directions, grades…) than cadrectl check."
        " Run 'cadrectl schemas'.",
    ),
    "problem.age-bands-not-ascending": (
        "年龄段上限须由小到大且不重复，如 [30, 35, 40, 45, 50, 55]。",
        "The age band bounds must rise, without repeats, e.g. [30, 35, 40, 45, 50, 55].",
    ),
}
