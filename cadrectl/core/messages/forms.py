"""Messages of the 干部任免审批表: its printed texts, the LRMX and LRM files (Chinese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "form.age": ("（{age}岁）", "({age})"),
    "form.during": ("（其间：{items}）", "(meanwhile: {items})"),
    "form.during-sep": ("；", "; "),
    "form.practice": ("{span}在{unit}{kind}{post}", "{span} {kind} at {unit}{post}"),
    "form.practice-post": ("，任{post}", ", as {post}"),
    "form.secondment": (
        "{span}抽调参加{batch}{group}，派驻{unit}",
        "{span} seconded to {batch}{group}, posted to {unit}",
    ),
    "form.study": (
        "{span}在{school}{major}在职{level}学习{degree}",
        "{span} {level} study in service at {school} {major}{degree}",
    ),
    "form.graduated": (
        "{when}在{school}{major}在职{level}毕业{degree}",
        "{when} graduated in service ({level}) at {school} {major}{degree}",
    ),
    "form.study-degree": ("，获{degree}学位", ", {degree}"),
    "form.filled-day": ("{year}年{month}月{day}日", "{year}-{month}-{day}"),
    "form.filled-month": ("{year}年{month}月", "{year}-{month}"),
    "problem.photo-orphan": (
        "照片“{name}”不对应任何后备干部（应为 photos/<编号>.jpg）",
        "Photo '{name}' belongs to no reserve (expected photos/<id>.jpg)",
    ),
    "problem.photo-unreadable": ("照片无法读取：{detail}", "The photo cannot be read: {detail}"),
    "problem.photo-not-jpeg": (
        "照片不是 JPEG 图片（请另存为 .jpg）",
        "The photo is not a JPEG image (save it as .jpg)",
    ),
    "problem.photo-truncated": (
        "照片不完整（文件被截断或已损坏），请重新保存",
        "The photo is incomplete (truncated or damaged); save it again",
    ),
    "problem.photo-too-small": (
        "照片只有 {kb} KB，太小（至少 {min_kb} KB）",
        "The photo is only {kb} KB, too small (at least {min_kb} KB)",
    ),
    "problem.photo-too-big": (
        "照片有 {kb} KB，太大（最多 {max_kb} KB），请压缩后再放入",
        "The photo is {kb} KB, too big (at most {max_kb} KB); compress it first",
    ),
    "problem.photo-pixels": (
        "照片尺寸 {width}×{height} 像素不合适（每边 100 至 4000 像素）",
        "The photo is {width}×{height} pixels (each side must be 100 to 4000)",
    ),
    "photo.invalid": (
        "照片 {file} 有问题，请先运行 cadrectl check 查看",
        "The photo {file} has a problem; run 'cadrectl check' to see it",
    ),
    # ---- import lrmx: the files --------------------------------------------------------------
    "import.form.bad-suffix": (
        "“{path}”不是任免审批表文件（应为 .lrmx 或 .lrm）",
        "'{path}' is no appointment form (expected .lrmx or .lrm)",
    ),
    "import.form.none": ("没有这个文件或文件夹", "no such file or folder"),
    "import.form.no-files": (
        "{paths} 中没有任免审批表文件（.lrmx 或 .lrm）",
        "{paths} holds no appointment forms (.lrmx or .lrm)",
    ),
    "import.form.commit-subject": (
        "导入任免审批表 {count} 份：新增 {new} 人，更新 {changed} 人",
        "Import {count:~appointment form}: {new} new, {changed} changed",
    ),
    "import.form.photo-changed": ("照片", "photo"),
    "import.form.family-changed": ("家庭成员：{before} → {after}", "family: {before} → {after}"),
    "import.form.resume-changed": (
        "简历：{before} 条 → {after} 条",
        "resume: {before} entries → {after}",
    ),
    "import.form.summary": (
        "任免审批表 {count} 份：新增 {new} 人，更新 {changed} 人，无变化 {unchanged} 人。",
        "{count:~appointment form}: {new} new, {changed} changed, {unchanged} unchanged.",
    ),
    # ---- import lrmx: problems, at file and element ------------------------------------------
    "import.problem.lrmx-too-big": (
        "文件超过 {limit} MB，不像任免审批表",
        "the file is over {limit} MB: no appointment form",
    ),
    "import.problem.lrmx-not-xml": (
        "文件不是 XML，无法读取（不是 LRMX 文件？）",
        "the file is no XML and cannot be read (not an LRMX file?)",
    ),
    "import.problem.lrmx-no-person": (
        "根元素是 <{tag}> 而不是 <Person>：不是任免审批表",
        "the root element is <{tag}>, not <Person>: no appointment form",
    ),
    "import.problem.xml-ampersand": (
        "文件中有未转义的 &（写出它的软件关闭了转义），已按普通字符读取",
        "the file has unescaped '&' (its writer turned escaping off); read as plain characters",
    ),
    "import.problem.xml-recovered": (
        "文件的 XML 有错误，已尽量读取；请核对各项内容",
        "the file's XML is broken and was read as far as possible; check every field",
    ),
    "import.problem.elements-missing": ("缺少元素：{names}", "elements missing: {names}"),
    "import.problem.element-unknown": (
        "cadrectl 没有对应字段的元素，已原样保存，导出时写回",
        "an element cadrectl has no field for: kept as it is and written back on export",
    ),
    "import.problem.element-twice": (
        "元素出现了两次，只读取第一个",
        "the element occurs twice; only the first is read",
    ),
    "import.problem.photo-unreadable": (
        "照片损坏或不是图片（ZhaoPian 不是完整的 JPEG 或 PNG），未导入照片",
        "the photo is damaged or no image (ZhaoPian holds no whole JPEG or PNG): not imported",
    ),
    "import.problem.photo-missing": ("没有照片（ZhaoPian 为空）", "no photo (ZhaoPian is empty)"),
    "import.problem.photo-unusable": (
        "照片未导入：{reason}",
        "the photo was not imported: {reason}",
    ),
    "import.problem.form-unreadable": (
        "文件无法读取：{detail}",
        "the file cannot be read: {detail}",
    ),
    "import.problem.form-twice": (
        "{name} 已在 {first} 中导入过，此表未导入",
        "{name} is already imported from {first}",
    ),
    "import.problem.form-field-missing": (
        "新增人员缺少 {field}（{dotted}）：任免审批表中没有，请用 --default {dotted}=… 给出",
        "a new reserve lacks {field} ({dotted}), which the form does not give: "
        "pass --default {dotted}=…",
    ),
    "import.problem.form-unit-unknown": (
        "现任职务中的单位“{value}”在 units/ 中没有（请先用 cadrectl unit add 添加）",
        "the unit '{value}' of the current post is not in units/ (add it with cadrectl unit add)",
    ),
    "import.problem.assessment-unreadable": (
        "看不出“{value}”是哪一年的什么等次（如 2024年：优秀）",
        "'{value}' names no year and grade (such as 2024年：优秀)",
    ),
    "import.problem.family-incomplete": (
        "家庭成员“{value}”缺少称谓或姓名，未导入",
        "the family member '{value}' lacks a relation or name and was left out",
    ),
    "import.problem.resume-line-unreadable": (
        "简历第 {line} 行“{value}”读不出起止时间；简历原文已原样保存",
        "resume line {line} '{value}': no dates can be read; the resume text is kept verbatim",
    ),
    "import.problem.resume-end-before-start": (
        "简历第 {line} 行的截止时间早于起始时间；简历原文已原样保存{value}",
        "resume line {line} ends before it begins; the resume text is kept verbatim{value}",
    ),
    "import.problem.resume-study": (
        "简历第 {line} 行“{value}”是学习经历，已保存在简历原文中（学历学位记在 education）",
        "resume line {line} '{value}' is study; kept in the resume text (degrees: education)",
    ),
    "import.problem.resume-unsplit": (
        "简历第 {line} 行“{value}”看不出单位和职务；简历原文已原样保存",
        "resume line {line} '{value}': unit and post cannot be told; the text is kept verbatim",
    ),
    "import.problem.resume-during-unclosed": (
        "简历第 {line} 行的“（其间：”没有结束的括号；简历原文已原样保存{value}",
        "resume line {line}: a '（其间：' note is never closed; the text is kept verbatim{value}",
    ),
    "import.problem.resume-during-date-unreadable": (
        "简历第 {line} 行的其间经历时间读不出；简历原文已原样保存{value}",
        "resume line {line}: a 其间 item's date cannot be read; the text is kept verbatim{value}",
    ),
    "import.problem.resume-during-kept": (
        "简历第 {line} 行的其间经历“{value}”未单独记录，已保存在简历原文中",
        "resume line {line}: the 其间 item '{value}' is kept in the resume text only",
    ),
    "import.problem.lrm-unreadable": (
        "文件不是 LRM 2.0 任免审批表（应为带引号、以逗号分隔的 33 项）",
        "the file is no LRM 2.0 form (33 quoted, comma-separated fields)",
    ),
    "import.problem.lrm-fields-short": (
        "只有 {count} 项（应为 33 项），缺少的按空白读取",
        "only {count:~field} (33 expected); the missing ones are read as empty",
    ),
    "import.problem.lrm-fields-extra": (
        "有 {count} 项（应为 33 项），多出的未读取",
        "{count:~field} (33 expected); the rest ignored",
    ),
    "import.problem.lrm-stray-quote": (
        "第 {field} 项中有多余的引号，已尽量读取；请核对",
        "field {field} has a stray quote and was read as far as possible; check it",
    ),
    "import.problem.lrm-unused-field": (
        "第 {field} 项（未使用的项）有内容，未读取",
        "field {field} (unused) holds text: ignored",
    ),
    "import.problem.lrm-separator-extra": (
        "第 {field} 项中的 # 或 @ 多于格式所定，多出的部分并入最后一项",
        "field {field} has more # or @ than the format has; the rest joins the last part",
    ),
    "import.problem.lrm-family-uneven": (
        "家庭成员各项的人数不一致，请核对",
        "the family fields list different numbers of people",
    ),
    "import.problem.lrm-utf8": (
        "文件是 UTF-8 编码（LRM 通常为 GBK），已按 UTF-8 读取",
        "the file is UTF-8 (LRM is usually GBK); read as UTF-8",
    ),
    "import.problem.lrm-undecodable": (
        "有 {count} 个字节不是 GBK 文字，已替换为 �；请核对",
        "not GBK text, replaced by �: {count:~byte}; check the fields",
    ),
    # ---- export lrmx / lrm ---------------------------------------------------------------------
    "export.form.none": ("没有符合条件的后备干部可导出", "No reserve matches: nothing to export"),
    "export.form.bad-suffix": (
        "输出文件应以 {suffix} 结尾：{path}",
        "The output file must end in {suffix}: {path}",
    ),
    "export.form.not-a-folder": (
        "与 --all 同用时 -o 应为文件夹：{path} 是文件",
        "With --all, -o names a folder: {path} is a file",
    ),
    "export.form.fields-unreadable": (
        "无法读取字段文件 {path}：{detail}",
        "The fields file {path} cannot be read: {detail}",
    ),
    "export.form.fields-invalid": (
        "字段文件 {path} 有误：{detail}",
        "The fields file {path} is wrong: {detail}",
    ),
    "export.form.bad-pattern": (
        "文件名格式“{pattern}”只能用 {names}",
        "The name pattern '{pattern}' may use only {names}",
    ),
    "export.form.not-gbk": (
        "{id} 的 {element} 中有 GBK 无法表示的字“{char}”：LRM 2.0 文件写不了，请改用 export lrmx",
        "{id}: {element} holds '{char}', which GBK cannot encode: LRM 2.0 cannot carry it; "
        "use export lrmx",
    ),
    "export.form.no-photo": (
        "{count} 人没有照片（photos/<编号>.jpg）：{ids}",
        "{count} without a photo (photos/<id>.jpg): {ids}",
    ),
    "export.form.no-libreoffice": (
        "导出 PDF 需要 LibreOffice，本机没有找到（请安装 LibreOffice，或先导出 --format docx 再用"
        " Word/WPS 另存为 PDF）",
        "A PDF needs LibreOffice, which is not installed here (install it, or export --format "
        "docx and save it as PDF from Word or WPS)",
    ),
    "export.form.pdf-failed": (
        "LibreOffice 没能生成 PDF：{detail}",
        "LibreOffice made no PDF: {detail}",
    ),
    "export.card.bad-format": (
        "--format 应为 xlsx、docx 或 pdf，而不是“{format}”",
        "--format must be xlsx, docx or pdf, not '{format}'",
    ),
    "export.form.written": (
        "已导出任免审批表 {count} 份：{path}",
        "Exported {count:~appointment form}: {path}",
    ),
}
