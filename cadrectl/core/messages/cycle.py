"""Messages of the yearly cycle (Chinese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cycle.commit.applied-tag": (
        "执行 {year} 年度后备干部调整",
        "Apply the {year} reserve-pool adjustment",
    ),
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
        "{year} inspection: {count:~record} entered",
    ),
    "cycle.commit.resolve": (
        "{year} 年度公示：第 {line} 行的反映已办结",
        "{year} publicity: objection to line {line} resolved",
    ),
    "cycle.commit.tally": (
        "{year} 年度民主推荐：{meeting}（{candidates} 名人选，{places} 个名额）",
        "{year} recommendation: {meeting} ({candidates:~candidate}, {places:~place})",
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
        "Not inspected yet: {count:~reserve} ({names}…); finish or waive them first.",
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
    "cycle.bad-finding": (
        "--finding 只能是“属实”或“不属实”，不是“{value}”。",
        "--finding takes 属实 or 不属实, not '{value}'.",
    ),
    "tally.already": (
        "已经记录过“{meeting}”的计票；如要更正，请加 --replace（原记录在 git 历史中保留）。",
        "A tally for '{meeting}' is recorded already; to correct it, add --replace (the old one"
        " stays in git's history).",
    ),
    "tally.votes-over-places": (
        "得票合计 {total} 超过有效票 {valid} × 名额 {places} = {most}："
        "每张有效票最多推荐 {places} 人。",
        "The votes add up to {total}, more than {valid} valid ballots × {places:~place} ="
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
    "cycle.withdraw-needs-note": (
        "撤回推荐须用 --note 说明原因。",
        "Withdrawing a nomination needs --note with the reason.",
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
        "Wrote {path}: {rows:~record} of {year} to fill in; then run cadrectl cycle inspect"
        " --from-file {path}",
    ),
    "cycle.template-no-schema": (
        "本库的 schemas/ 中还没有 inspections.schema.json，模板中未写 $schema 行"
        "（在库目录中运行 cadrectl schemas 可补上）。",
        "The registry's schemas/ has no inspections.schema.json yet, so the template has no"
        " $schema line (run cadrectl schemas in the registry to add it).",
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
        "{file} has {count:~problem}; no record was entered:\n{problems}",
    ),
    "cycle.bulk-nothing-filled": (
        "{path} 中没有填写好的记录（{skipped} 条的考核等次或考察结论还空着），未录入。",
        "{path} holds no filled-in record ({skipped} still lack a grade or a conclusion);"
        " nothing was entered.",
    ),
    "cycle.bulk-skipped": (
        "{count} 条的考核等次或考察结论还空着，这次未录入；填好后可再用同一文件录入"
        "（已录入的记录不会重复录入）。",
        "Not entered, still without a grade or a conclusion: {count:~item}; fill them in"
        " and enter the same file again (records entered already are not entered twice).",
    ),
    "cycle.bulk-entered-before": (
        "{count} 条与档案中已有的记录完全相同（已录入过），跳过。",
        "Skipped, in the cadres' files already exactly so (entered before): {count:~item}.",
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
    "cycle.exam-name": ("综合考试", "comprehensive exam"),
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
        "Record the {year} {step}: {count:~nominee}",
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
        "Competitive: {candidates:~candidate} for {places:~place}.",
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
}
