"""Messages of ``cadrectl import`` and of the spreadsheets it reads: key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- help ---------------------------------------------------------------------------------
    "cli.cmd.import": (
        "导入下级报来的表格：名册、年度考核、培训、推荐人选（.xlsx、.xls、.csv）",
        "Import the sheets lower units send: rosters, assessments, trainings, nominations "
        "(.xlsx, .xls, .csv)",
    ),
    "cli.cmd.import-roster": (
        "导入后备干部名册：按身份证号或姓名+出生年月对应，新增或更新档案，一次提交",
        "Import a roster: match by id number or name + birth, add or update files, one commit",
    ),
    "cli.cmd.import-assessments": (
        "导入年度考核结果（每行一年，或每年一列：2024年 2025年…），写入各人档案的台账",
        "Import annual assessment grades (a row per year, or a column per year) into the "
        "reserves' records",
    ),
    "cli.cmd.import-trainings": (
        "导入培训情况（培训名称、主办单位、起止时间、学时），写入各人档案的台账",
        "Import trainings (name, organizer, dates, hours) into the reserves' records",
    ),
    "cli.cmd.import-nominations": (
        "导入各单位推荐的人选，作为本年度的提名（逐人资格审查，一次提交）",
        "Import the candidates units recommend as this year's nominations (each reviewed, one "
        "commit)",
    ),
    "cli.opt.import-source": (
        "表中没有推荐方式时使用的推荐方式，取自 cadrectl.yaml 的 sources",
        "How the candidates were recommended, when the sheet does not say (from sources)",
    ),
    "cli.opt.import-by": (
        "表中没有推荐人时使用的推荐人或推荐单位，如 湖溪镇党委",
        "Who recommended them, when the sheet does not say, e.g. 湖溪镇党委",
    ),
    "cli.opt.init-from": (
        "从已有的后备干部名册（.xlsx、.xls、.csv）一步建库：新建其中的单位并录入每个人",
        "Make the registry from a roster you keep (.xlsx, .xls, .csv): its units created, "
        "everyone entered",
    ),
    "init.example-and-from": (
        "--example 与 --from 不能同时使用。", "--example and --from cannot be used together."
    ),
    "init.from-not-made": (
        "未建立“{path}”：名册有错误或为试运行；改正后再运行同一命令。",
        "'{path}' was not made: the roster has errors, or this was a dry run; correct it and "
        "run the same command again.",
    ),
    "cli.arg.import-file": (
        "要导入的表格文件（.xlsx、.xls 或 .csv，UTF-8 或 GBK）",
        "The sheet to import (.xlsx, .xls or .csv in UTF-8 or GBK)",
    ),
    "cli.opt.import-sheet": ("只读这个工作表（默认：第一个有表头的）",
                             "Read this sheet only (default: the first with a header)"),
    "cli.opt.import-template": (
        "按 cadrectl.yaml 中这个名册模板的列名对应各列",
        "Match the columns by this roster template of cadrectl.yaml",
    ),
    "cli.opt.create-units": (
        "表中的单位在 units/ 中没有时新建（编号取自单位名称的拼音）",
        "Create the units the sheet names that units/ lacks (ids from the names' pinyin)",
    ),
    "cli.opt.import-unit-kind": (
        "新建单位的类别（单位名称看不出类别时），取自 cadrectl.yaml 的 unit_kinds",
        "The kind of a created unit when its name does not tell (from unit_kinds)",
    ),
    "cli.opt.import-dry-run": ("只检查并显示结果，不写入", "Check and show, write nothing"),
    "cli.opt.import-entered": (
        "新入库人员的入库时间（表中没有入库时间列时），如 2026-11",
        "When the new reserves entered the pool (when the sheet has no column), e.g. 2026-11",
    ),
    "cli.opt.import-default": (
        "表中没有该字段时使用的值，如 reserve.source=组织推荐（可重复）",
        "A value for a field the sheet has no value for, e.g. reserve.source=组织推荐 "
        "(repeatable)",
    ),
    # ---- the file -----------------------------------------------------------------------------
    "sheet.bad-suffix": (
        "'{path}' 不是表格文件：只能导入 .xlsx、.xls 或 .csv。",
        "'{path}' is no spreadsheet: only .xlsx, .xls and .csv are imported.",
    ),
    "sheet.unreadable": ("无法读取 '{path}'。", "'{path}' cannot be read."),
    "sheet.too-large": (
        "'{path}' 超过 20 MB，不像一份名册，未读取。",
        "'{path}' is larger than 20 MB; it is no roster and was not read.",
    ),
    "sheet.csv-encoding": (
        "'{path}' 既不是 UTF-8 也不是 GBK 编码的 CSV；请用 Excel 或 WPS 另存为“CSV UTF-8”。",
        "'{path}' is a CSV neither in UTF-8 nor in GBK; save it again as CSV UTF-8.",
    ),
    "sheet.not-xlsx": (
        "'{path}' 不是有效的 .xlsx 工作簿（可能已损坏，或实为其他格式）。",
        "'{path}' is no valid .xlsx workbook (damaged, or another format).",
    ),
    "sheet.not-xls": (
        "'{path}' 不是有效的 .xls 工作簿（可能已损坏，或实为其他格式）。",
        "'{path}' is no valid .xls workbook (damaged, or another format).",
    ),
    "import.unreadable": ("无法读取 '{path}'：{detail}", "Cannot read '{path}': {detail}"),
    "import.too-many-rows": (
        "'{path}' 超过 {limit} 行，不像一份名册。",
        "'{path}' has more than {limit} rows; it is no roster.",
    ),
    "import.no-grades": (
        "'{path}' 中没有考核等次列（“考核等次”，或每年一列：“2025年”）。",
        "'{path}' has no grade column (考核等次, or a column per year: 2025年).",
    ),
    "import.no-header": (
        "在 '{path}' 的前 20 行中找不到表头（需有“姓名”等列名）。",
        "No header found in the first 20 rows of '{path}' (a 姓名 column and others).",
    ),
    "import.no-sheet": (
        "'{path}' 中没有工作表“{sheet}”；现有：{sheets}。",
        "'{path}' has no sheet '{sheet}'; it has: {sheets}.",
    ),
    # ---- problems, at sheet:row, column -------------------------------------------------------
    "import.problem.date-unreadable": (
        "“{value}”不是可识别的年月（如 1985.03、1985-03、1985年3月）",
        "'{value}' is no month that can be read (such as 1985.03, 1985-03, 1985年3月)",
    ),
    "import.problem.date-future": (
        "“{value}”晚于今天", "'{value}' is later than today"
    ),
    "import.problem.date-empty": ("日期为空", "the date is empty"),
    "import.problem.date-invalid": ("“{value}”不是有效的日期", "'{value}' is no valid date"),
    "import.problem.education-empty": ("学历为空", "the education is empty"),
    "import.problem.education-unreadable": (
        "“{value}”看不出学历（研究生、大学、大专、中专…）",
        "'{value}' names no level of education (研究生, 大学, 大专, 中专…)",
    ),
    "import.problem.ethnicity-unknown": ("“{value}”不是民族名称", "'{value}' is no ethnicity"),
    "import.problem.gender-unknown": (
        "性别“{value}”应为 男 或 女", "gender '{value}' is not 男 or 女"
    ),
    "import.problem.id-number-as-number": (
        "身份证号被存成了数字（Excel 只保留 15 位，后几位已丢失）；请把该列设为文本后重新填写",
        "the id number is stored as a number (Excel keeps 15 digits, the rest are lost); "
        "format the column as text and type it again",
    ),
    "import.problem.id-number-unreadable": (
        "“{value}”不是 18 位身份证号",
        "'{value}' is no 18-character id number",
    ),
    "import.problem.party-unknown": ("“{value}”不是政治面貌", "'{value}' is no political status"),
    "import.problem.post-empty": (
        "“{value}”只写了单位，没有职务",
        "'{value}' names the unit but no post",
    ),
    "import.problem.unit-unknown": (
        "“{value}”中的单位在 units/ 中没有（先用 unit add 添加，或加 --create-units）",
        "the unit in '{value}' is not in units/ (add it with unit add, or use --create-units)",
    ),
    "import.problem.unit-unguessable": (
        "看不出“{value}”中哪部分是单位名称：请先用 cadrectl unit add 添加这个单位",
        "which part of '{value}' names the unit cannot be told: add the unit first with "
        "cadrectl unit add",
    ),
    "import.problem.unit-kind-unknown": (
        "要新建的单位“{unit}”看不出类别；请用 --unit-kind 指定（{kinds}）",
        "the unit '{unit}' to create has no kind its name tells; give --unit-kind ({kinds})",
    ),
    "import.problem.id-unknown": (
        "编号 {id} 与这一行的人员对不上（库中没有，或姓名、身份证号不符）",
        "the id {id} does not fit the row's person (not in the registry, or another name)",
    ),
    "import.problem.not-a-reserve": (
        "库中没有 {name}（按编号、身份证号、姓名与出生年月或单位都对不上）",
        "{name} is not in the registry (by id, id number, name with birth month or unit)",
    ),
    "import.problem.year-unreadable": (
        "“{value}”不是年度（如 2025）", "'{value}' is no year (such as 2025)"
    ),
    "import.problem.grade-empty": ("填了年度但没有考核等次", "a year but no grade"),
    "import.problem.training-name-empty": ("没有培训名称", "no training name"),
    "import.problem.number-unreadable": ("“{value}”不是数字", "'{value}' is no number"),
    "import.problem.nomination-field-missing": (
        "没有{field}：请在表中填写，或用命令选项指定",
        "no {field}: fill it in, or give it as an option",
    ),
    "import.problem.nomination-refused": (
        "{name} 不能提名：{detail}", "{name} cannot be nominated: {detail}"
    ),
    "import.nomination.source": ("推荐方式（--source）", "how recommended (--source)"),
    "import.nomination.by": ("推荐人或推荐单位（--by）", "who recommended (--by)"),
    "import.nomination.target_rank": ("拟培养层级", "target rank"),
    "import.nomination.direction": ("培养方向", "direction"),
    "import.problem.name-missing": ("这一行有内容但没有姓名", "the row has data but no name"),
    "import.problem.ambiguous": (
        "{name} 对应库中不止一人（{ids}），无法确定是谁",
        "{name} matches more than one reserve ({ids}); which one cannot be told",
    ),
    "import.problem.name-only": (
        "库中已有同名的 {name}（{ids}），但这一行没有身份证号或出生年月，无法确定是否同一人",
        "{name} ({ids}) is in the registry, but the row has no id number or birth month to "
        "tell whether it is the same person",
    ),
    "import.problem.duplicate-row": (
        "{name} 与第 {first} 行是同一人",
        "{name} is the same person as in row {first}",
    ),
    "import.problem.field-missing": (
        "缺少必填的{field}：请在表中加上这一列，或用 --default {dotted}=… 指定",
        "the required {field} is missing: add the column, or give --default {dotted}=…",
    ),
    "import.problem.column-missing": (
        "表中没有必填的{field}一列（{count} 名新人员缺此项）："
        "请加上这一列，或用 --default {dotted}=… 指定",
        "the sheet has no column for the required {field} (new people lacking it: {count}): add "
        "the column, or give --default {dotted}=…",
    ),
    "import.problem.profile-field-missing": (
        "{name} 缺少本库要求的{field}，导入后请补填（check 会提示）",
        "{name} lacks {field}, which this registry requires; fill it in after the import "
        "(check reports it)",
    ),
    # ---- the report and the commit ------------------------------------------------------------
    "import.summary": (
        "{file}（工作表“{sheet}”）：{rows} 行，"
        "新增 {new} 人，更新 {changed} 人，无变化 {unchanged} 人。",
        "{file} (sheet '{sheet}'): {rows:~row}, {new} new, {changed} changed, "
        "{unchanged} unchanged.",
    ),
    "import.status.new": ("新增", "new"),
    "import.status.changed": ("更新", "changed"),
    "import.status.unchanged": ("无变化", "unchanged"),
    "import.units-created": ("新建单位：{units}", "Units created: {units}"),
    "import.refused": (
        "有 {count} 个错误，未写入任何文件。",
        "{count:~error}: nothing was written.",
    ),
    "import.dry-run": ("（试运行：未写入）", "(dry run: nothing written)"),
    "import.written": ("已写入并提交 {commit}。", "Written and committed as {commit}."),
    "import.written-no-git": ("已写入（不在 git 仓库中，未提交）。",
                              "Written (not a git repository: not committed)."),
    "import.nothing": ("没有需要写入的变化。", "Nothing to write."),
    "history.action.import": ("导入表格", "sheet imported"),
    "import.commit.subject": (
        "导入 {file}：新增 {new} 人，更新 {changed} 人",
        "Import {file}: {new} new, {changed} changed",
    ),
    "import.commit.source": ("来源文件 {file}，sha256 {sha256}", "Source {file}, sha256 {sha256}"),
    "import.commit.new": ("新增 {id} {name}", "new {id} {name}"),
    "import.commit.changed": ("更新 {id} {name}：{changes}", "changed {id} {name}: {changes}"),
    "import.added-assessment": ("{year}年度考核: {grade}", "{year} assessment: {grade}"),
    "import.changed-assessment": (
        "{year}年度考核: {old} → {new}", "{year} assessment: {old} → {new}"
    ),
    "import.added-training": ("培训: {name}（{start}）", "training: {name} ({start})"),
    "import.commit.unit": ("新建单位 {id} {name}（{kind}）", "new unit {id} {name} ({kind})"),
}  # fmt: skip
