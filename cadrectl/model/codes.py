"""Code tables (民族, 政治面貌, 学历, 学位, 实践锻炼, 处分…) as data, each from its standard."""

from __future__ import annotations

# 民族: GB/T 3304-1991, codes 01-56 in the standard order; 97/98 as used by cadre systems.
ETHNICITIES: tuple[tuple[str, str], ...] = (
    ("01", "汉族"), ("02", "蒙古族"), ("03", "回族"), ("04", "藏族"), ("05", "维吾尔族"),
    ("06", "苗族"), ("07", "彝族"), ("08", "壮族"), ("09", "布依族"), ("10", "朝鲜族"),
    ("11", "满族"), ("12", "侗族"), ("13", "瑶族"), ("14", "白族"), ("15", "土家族"),
    ("16", "哈尼族"), ("17", "哈萨克族"), ("18", "傣族"), ("19", "黎族"), ("20", "傈僳族"),
    ("21", "佤族"), ("22", "畲族"), ("23", "高山族"), ("24", "拉祜族"), ("25", "水族"),
    ("26", "东乡族"), ("27", "纳西族"), ("28", "景颇族"), ("29", "柯尔克孜族"), ("30", "土族"),
    ("31", "达斡尔族"), ("32", "仫佬族"), ("33", "羌族"), ("34", "布朗族"), ("35", "撒拉族"),
    ("36", "毛南族"), ("37", "仡佬族"), ("38", "锡伯族"), ("39", "阿昌族"), ("40", "普米族"),
    ("41", "塔吉克族"), ("42", "怒族"), ("43", "乌孜别克族"), ("44", "俄罗斯族"),
    ("45", "鄂温克族"), ("46", "德昂族"), ("47", "保安族"), ("48", "裕固族"), ("49", "京族"),
    ("50", "塔塔尔族"), ("51", "独龙族"), ("52", "鄂伦春族"), ("53", "赫哲族"),
    ("54", "门巴族"), ("55", "珞巴族"), ("56", "基诺族"),
    ("97", "其他"), ("98", "外国血统中国籍人士"),
)  # fmt: skip
ETHNICITY_NAMES: tuple[str, ...] = tuple(name for _, name in ETHNICITIES)
HAN = "汉族"

# 性别: GB/T 2261.1-2003.
GENDERS: tuple[tuple[str, str], ...] = (("1", "男"), ("2", "女"))
GENDER_NAMES: tuple[str, ...] = tuple(name for _, name in GENDERS)

# 政治面貌: GB/T 4762-1984, (code, long name, short name). Files may use either name;
# computations use the short one.
PARTY_STATUSES: tuple[tuple[str, str, str], ...] = (
    ("01", "中国共产党党员", "中共党员"),
    ("02", "中国共产党预备党员", "中共预备党员"),
    ("03", "中国共产主义青年团团员", "共青团员"),
    ("04", "中国国民党革命委员会会员", "民革会员"),
    ("05", "中国民主同盟盟员", "民盟盟员"),
    ("06", "中国民主建国会会员", "民建会员"),
    ("07", "中国民主促进会会员", "民进会员"),
    ("08", "中国农工民主党党员", "农工党党员"),
    ("09", "中国致公党党员", "致公党党员"),
    ("10", "九三学社社员", "九三学社社员"),
    ("11", "台湾民主自治同盟盟员", "台盟盟员"),
    ("12", "无党派民主人士", "无党派人士"),
    ("13", "群众", "群众"),
)
PARTY_SHORT_NAME: dict[str, str] = {}
for _code, _long, _short in PARTY_STATUSES:
    PARTY_SHORT_NAME[_long] = _short
    PARTY_SHORT_NAME[_short] = _short
PARTY_NAMES: tuple[str, ...] = tuple(PARTY_SHORT_NAME)
CPC_MEMBERS = frozenset({"中共党员", "中共预备党员"})

# 学历: the organization departments' ZB64 table, highest first, with its rank for comparison.
# 党校 degrees are 在职 education (DOMAIN.md).
EDUCATION_LEVELS: dict[str, int] = {
    "研究生": 7, "中央党校研究生": 7, "省委党校研究生": 7,
    "大学": 6, "中央党校大学": 6, "省委党校大学": 6,
    "大专": 5, "中央党校大专": 5, "省委党校大专": 5,
    "中专": 4, "中技": 4, "高中": 3, "初中": 2, "小学": 1,
}  # fmt: skip
EDUCATION_LEVEL_NAMES: tuple[str, ...] = tuple(EDUCATION_LEVELS)
EDUCATION_KINDS: tuple[str, ...] = ("全日制", "在职")
# 学位: GB/T 6864; a discipline may stand before it (工学学士, 公共管理硕士).
DEGREE_PATTERN = r"^.{0,12}(名誉博士|博士|硕士|学士)$"

# 实践锻炼 kinds (DOMAIN.md): the default of cadrectl.yaml's practice_kinds.
PRACTICE_KINDS: tuple[str, ...] = ("挂职", "轮岗", "驻村", "跟岗", "重点工作", "急难险重")


# 后备状态: 在库, 已列为考察对象 (under inspection for a post), 已使用, 已调出. The first two are
# still in the pool: placed on the ladder, counted, inspected each year (Reserve.in_pool).
RESERVE_STATUSES: tuple[str, ...] = ("active", "inspecting", "used", "exited")
POOL_STATUSES: frozenset[str] = frozenset({"active", "inspecting"})

# The reminders of report warnings, most pressing first (rules/warnings.py has one function
# each); cadrectl.yaml's warnings.kinds chooses which a registry gives.
WARNING_KINDS: tuple[str, ...] = (
    "age-limit", "discipline", "met-this-month", "records-short", "long-in-pool",
    "no-assessment", "no-evaluation", "no-training", "no-mentor",
)  # fmt: skip

# Registry-level lists that cadrectl.yaml may replace; these are the defaults.
DEFAULT_ASSESSMENT_SCALE: tuple[str, ...] = ("优秀", "称职", "基本称职", "不称职", "不定等次")
DEFAULT_SOURCES: tuple[str, ...] = ("个人自荐", "群众举荐", "组织推荐", "公开选拔", "公推公选")
DEFAULT_DIRECTIONS: tuple[str, ...] = (
    "经济",
    "政法",
    "社会事业",
    "城建交通",
    "农业农村",
    "党群综合",
)
DEFAULT_UNIT_KINDS: tuple[str, ...] = ("乡镇", "街道", "县直部门", "村", "社区", "企业部门")
DEFAULT_EXIT_REASONS: tuple[str, ...] = (
    "年度考核不称职", "年度考核基本称职", "违纪违法", "受到处分", "群众公认度不高",
    "政治立场问题", "严重失职", "超过年龄界限", "长期备而不用", "不再符合资格条件", "本人申请",
    "调离", "去世",
)  # fmt: skip

# The tiers of the ladder (梯队), the one vocabulary: by number, None for not placed. The
# ladder, the structure report and the exports all name a tier with these words.
TIER_NAMES: dict[int | None, str] = {1: "第一层次", 2: "第二层次", 3: "第三层次", None: "未定层次"}
