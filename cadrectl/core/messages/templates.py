"""Messages of ``cadrectl export template``: the blank entry sheets (填报表) lower units fill in,
and their 填表说明 (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.cmd.export-template": (
        "下级单位用的空白填报表（名册、年度考核、培训、推荐人选），带下拉列表和填表说明",
        "A blank entry sheet for lower units (roster, assessments, trainings, nominations),"
        " with drop-down lists and instructions",
    ),
    "cli.arg.template-kind": (
        "填报表种类：roster 名册、assessments 年度考核、trainings 培训、nominations 推荐人选",
        "Which sheet: roster, assessments, trainings or nominations",
    ),
    "cli.opt.template-rows": ("预留的空白行数", "How many blank rows to leave"),
    "template.written": (
        "已导出{kind}填报表：{path}（{rows} 行空白）",
        "Exported the {kind} entry sheet {path} ({rows} blank rows)",
    ),
    "template.bad-kind": (
        "没有“{kind}”这种填报表；可用：{kinds}",
        "No entry sheet '{kind}'; there are: {kinds}",
    ),
    "template.bad-rows": (
        "空白行数应在 1 到 {most} 之间：{rows}",
        "The blank rows must be between 1 and {most}: {rows}",
    ),
    "template.kind.roster": ("后备干部名册", "roster"),
    "template.kind.assessments": ("年度考核", "assessments"),
    "template.kind.trainings": ("培训情况", "trainings"),
    "template.kind.nominations": ("推荐人选", "nominations"),
    # ---- the workbook (always Chinese: stored) ----
    "template.title.roster": ("{region}后备干部名册（填报表）", "{region} reserve cadres (entry)"),
    "template.title.assessments": (
        "{region}后备干部年度考核情况（填报表）",
        "{region} reserve cadres: annual assessments (entry)",
    ),
    "template.title.trainings": (
        "{region}后备干部培训情况（填报表）",
        "{region} reserve cadres: trainings (entry)",
    ),
    "template.title.nominations": (
        "{region}后备干部推荐人选（填报表）",
        "{region} reserve cadres: nominations (entry)",
    ),
    "template.sheet.entry": ("填报表", "Entry"),
    "template.sheet.guide": ("填表说明", "How to fill in"),
    "template.sheet.codes": ("代码", "Codes"),
    "template.filing-unit": ("填报单位（盖章）：＿＿＿＿＿＿＿＿＿＿", "Unit (seal): ________"),
    "template.filing-date": ("填报日期：＿＿＿＿年＿＿月＿＿日", "Date: ____-__-__"),
    "template.codes.header": ("{label}（可选值）", "{label} (choices)"),
    "template.list.gender": ("性别", "gender"),
    "template.list.ethnicity": ("民族", "ethnicity"),
    "template.list.education": ("学历学位", "education"),
    "template.list.party": ("政治面貌", "party"),
    "template.list.rank": ("职级（层级）", "rank"),
    "template.list.direction": ("培养方向", "direction"),
    "template.list.source": ("来源（推荐方式）", "source"),
    "template.list.grade": ("考核等次", "assessment grade"),
    "template.list.unit": ("单位名称", "unit"),
    "template.dv.title": ("请从列表中选择", "Choose from the list"),
    "template.dv.stop": (
        "请从下拉列表中选择；可选值见“代码”工作表。",
        "Choose from the drop-down list; the choices are on the 代码 sheet.",
    ),
    "template.dv.warn": (
        "不在常用列表中。确认无误请点“是”保留。",
        "Not one of the usual values. Choose Yes to keep it.",
    ),
    "template.guide.title": ("填表说明", "How to fill in"),
    "template.guide.general": (
        "每行填写一人，从表头下第一行起连续填写，中间不留空行；不要改动、删除或插入表头和列，"
        "不要合并单元格，不要在表中加小计或说明文字。\n"
        "日期一律写“年.月”，月份写两位，如 1985.03、2021.10；日期列已设为文本格式，请照原样保存"
        "（不要改为日期或数值格式，否则 1985.10 会变成 1985.1）。\n"
        "身份证号填 18 位，末位 X 大写；该列已设为文本格式，请勿改为数值（否则后几位变为 0）。\n"
        "带下拉箭头的列请从列表中选择；可选值见“代码”工作表（已隐藏，可取消隐藏查看）。\n"
        "表头为黄色底纹的列为必填项，见下表“必填”一栏。",
        "One person a row, from the first row under the header, without blank rows; do not change,"
        " delete or insert header cells or columns, merge cells, or add subtotals or notes.\n"
        "Write dates as year.month with two-digit months (1985.03, 2021.10); the date columns"
        " are text, keep them so (as a number 1985.10 becomes 1985.1).\n"
        "Id numbers have 18 characters, a final X in capitals; the column is text, do not make"
        " it a number (the last digits would turn to 0).\n"
        "Columns with a drop-down arrow take a value from the list; the lists are on the hidden"
        " 代码 sheet.\n"
        "Columns with a yellow header are required: see the 必填 column below.",
    ),
    "template.guide.note.roster": (
        "学历学位写学历和学位，如 大学学士、研究生硕士；没有学位的只写学历，如 大专。全日制教育"
        "和在职教育分别填写，没有的留空。\n"
        "工作单位和现任职务分两栏填写，如 工作单位“湖溪镇”、现任职务“党委委员、副镇长”；"
        "单位写规范名称（下拉列表中的名称）。",
        "Education is the level and the degree, such as 大学学士 or 研究生硕士; without a degree"
        " the level alone, such as 大专. Full-time and in-service education in their own"
        " columns; leave empty what a person lacks.\n"
        "Unit and post in two columns, such as unit 湖溪镇 and post 党委委员、副镇长; the unit by"
        " its registered name (those of the drop-down list).",
    ),
    "template.guide.note.assessments": (
        "每人每个年度一行；编号和身份证号至少填一项，以便与库内人员对应。\n"
        "工作单位及职务写在一栏，如 湖溪镇党委委员、副镇长。",
        "One row a person and year; fill in the 编号 or the id number (or both), so that the"
        " person is found in the registry.\n"
        "Unit and post in one column, such as 湖溪镇党委委员、副镇长.",
    ),
    "template.guide.note.trainings": (
        "每人每次培训一行；编号和身份证号至少填一项，以便与库内人员对应。\n"
        "学时、天数填数字，如 40、5。",
        "One row a person and training; fill in the 编号 or the id number (or both), so that"
        " the person is found in the registry.\n"
        "Hours and days are numbers, such as 40 and 5.",
    ),
    "template.guide.note.nominations": (
        "每名推荐人选一行；推荐方式、推荐人（推荐单位）、拟培养层级、培养方向必填。\n"
        "学历学位写学历和学位，如 大学学士；工作单位和现任职务分两栏填写，如 工作单位“湖溪镇”、"
        "现任职务“党委委员、副镇长”。",
        "One row a nominee; 推荐方式, 推荐人, 拟培养层级 and 培养方向 are required.\n"
        "Education as 大学学士; unit and post in two columns, such as unit 湖溪镇 and post"
        " 党委委员、副镇长.",
    ),
    "template.guide.send": (
        "填好后请加盖单位公章，连同电子表格一并报送{organization}。",
        "Once filled in and sealed, send it with the spreadsheet to {organization}.",
    ),
    "template.guide.col.column": ("栏目", "Column"),
    "template.guide.col.hint": ("填写要求", "What to write"),
    "template.guide.col.required": ("必填", "Required"),
    "template.guide.yes": ("是", "yes"),
    "template.guide.choose": ("从下拉列表选择", "choose from the list"),
    "template.hint.seq": ("可不填", "may be left empty"),
    "template.hint.name": ("与身份证一致，如 王立新", "as on the id card"),
    "template.hint.gender": ("男 或 女", "男 or 女"),
    "template.hint.ethnicity": ("写全称，如 汉族、畲族", "the full name, such as 汉族"),
    "template.hint.birth": ("年.月，如 1988.04", "year.month, such as 1988.04"),
    "template.hint.native_place": ("省和县（市），如 浙江兰溪", "province and county"),
    "template.hint.party": ("如 中共党员、群众", "such as 中共党员 or 群众"),
    "template.hint.party_joined": (
        "年.月，如 2009.06；非中共党员不填",
        "year.month; empty for non-members",
    ),
    "template.hint.work_start": ("年.月，如 2010.08", "year.month, such as 2010.08"),
    "template.hint.id_number": ("18 位，末位 X 大写", "18 characters, a capital X at the end"),
    "template.hint.fulltime_degree": (
        "学历和学位，如 大学学士、研究生硕士、大专",
        "level and degree, such as 大学学士",
    ),
    "template.hint.fulltime_school": ("如 浙江大学经济学院经济学", "school and major"),
    "template.hint.parttime_degree": (
        "在职取得的学历学位，如 研究生硕士、中央党校大学",
        "in-service level and degree",
    ),
    "template.hint.parttime_school": ("如 中央党校经济管理", "school and major"),
    "template.hint.degree": ("最高学历和学位，如 大学学士", "highest level and degree"),
    "template.hint.unit": ("单位规范名称，如 湖溪镇、县财政局", "the unit's registered name"),
    "template.hint.post": ("如 党委委员、副镇长", "such as 党委委员、副镇长"),
    "template.hint.rank": ("如 科员、副科", "such as 科员 or 副科"),
    "template.hint.post_since": ("年.月，如 2021.09", "year.month, such as 2021.09"),
    "template.hint.rank_since": ("年.月，如 2021.09", "year.month, such as 2021.09"),
    "template.hint.direction": ("如 经济、党群综合", "such as 经济"),
    "template.hint.target_rank": ("拟培养使用的职级，如 副科、正科", "the rank trained for"),
    "template.hint.source": ("如 组织推荐、群众举荐", "such as 组织推荐"),
    "template.hint.entered": ("年.月；不填为导入当月", "year.month; empty for this month"),
    "template.hint.note": ("其他需要说明的情况", "anything else to say"),
    "template.hint.cadre": ("后备干部编号，如 QX-2023-014", "the cadre's id, such as QX-2023-014"),
    "template.hint.unit_post": ("如 湖溪镇党委委员、副镇长", "such as 湖溪镇党委委员、副镇长"),
    "template.hint.year": ("四位年份，如 2025", "four digits, such as 2025"),
    "template.hint.grade": ("如 优秀、称职", "such as 优秀 or 称职"),
    "template.hint.training": ("如 全县中青年干部培训班", "the course's name"),
    "template.hint.organizer": ("如 县委组织部、县委党校", "such as 县委党校"),
    "template.hint.from": ("年.月.日 或 年.月，如 2025.03.10", "year.month.day or year.month"),
    "template.hint.to": ("年.月.日 或 年.月，如 2025.03.14", "year.month.day or year.month"),
    "template.hint.hours": ("数字，如 40", "a number, such as 40"),
    "template.hint.days": ("数字，如 5", "a number, such as 5"),
    "template.hint.nomination_source": ("如 个人自荐、组织推荐", "such as 组织推荐"),
    "template.hint.nominated_by": (
        "推荐人姓名或推荐单位，如 湖溪镇党委",
        "who nominated: a person or a body",
    ),
    "template.hint.nominated": ("年.月，如 2026.03", "year.month, such as 2026.03"),
}
