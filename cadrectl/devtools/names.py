"""Static tables behind the generator: names, places, schools, units and their posts, phrases."""

from __future__ import annotations

from typing import NamedTuple

# --- people -----------------------------------------------------------------------------------

# Surnames with rough weights for central Zhejiang (楼, 应, 俞, 童 are local; 诸葛 is from 兰溪).
SURNAMES: tuple[tuple[str, int], ...] = (
    ("陈", 70), ("王", 60), ("张", 45), ("李", 45), ("吴", 35), ("周", 30), ("徐", 30),
    ("胡", 25), ("杨", 25), ("黄", 25), ("刘", 25), ("金", 22), ("叶", 20), ("朱", 20),
    ("方", 18), ("郑", 18), ("何", 15), ("赵", 15), ("楼", 12), ("吕", 12), ("蒋", 12),
    ("林", 12), ("应", 10), ("俞", 10), ("傅", 10), ("孙", 10), ("沈", 10), ("潘", 10),
    ("汪", 10), ("许", 10), ("余", 10), ("童", 8), ("施", 8), ("翁", 8), ("姜", 8),
    ("郭", 8), ("毛", 8), ("邵", 8), ("卢", 8), ("章", 8), ("倪", 6), ("舒", 6), ("钱", 6),
    ("丁", 6), ("唐", 6), ("葛", 6), ("范", 6), ("江", 6), ("程", 6), ("马", 6), ("董", 6),
    ("严", 5), ("祝", 5), ("邱", 5), ("曹", 5), ("冯", 5), ("夏", 5), ("洪", 5), ("项", 5),
    ("虞", 4), ("盛", 4), ("鲍", 4), ("韩", 4), ("陶", 4), ("柳", 3), ("戴", 4), ("宋", 4),
    ("欧阳", 2), ("诸葛", 1),
)  # fmt: skip
# 畲族 families in Zhejiang are mostly 蓝, 雷 and 钟.
SHE_SURNAMES: tuple[tuple[str, int], ...] = (("蓝", 5), ("雷", 5), ("钟", 4), ("李", 1))

MALE_NAME_CHARS = (
    "建国伟军斌杰涛明华平志勇峰磊鹏浩宇晨俊文辉海东林超亮刚健波立新永成宏荣锋毅凯翔洋帆彬"
    "卫忠良春晓嘉天泽哲睿航煜鑫昊逸博旭阳振炜晖剑强坚骏豪兴德锦益广德胜利民生金"
)
FEMALE_NAME_CHARS = (
    "丽静敏燕艳芳娟霞婷雪琳晶颖慧玲萍红娜倩佳欣怡璐瑶雯洁蕾露薇梅兰凤珊媛晓悦琪丹莉青秀妍"
    "佩诗梦思雅雨凌舒婉莹茜菲楠岚彤晴可馨月春"
)


class Place(NamedTuple):
    """A native place as the 任免审批表 writes it, with the area code its ID numbers carry."""

    name: str
    area_code: str
    weight: int


# Mostly central and southwest Zhejiang; a few from neighbouring provinces.
PLACES: tuple[Place, ...] = (
    Place("浙江兰溪", "330781", 14), Place("浙江义乌", "330782", 10),
    Place("浙江东阳", "330783", 9), Place("浙江永康", "330784", 8), Place("浙江武义", "330723", 8),
    Place("浙江浦江", "330726", 7), Place("浙江磐安", "330727", 6), Place("浙江金华", "330702", 8),
    Place("浙江龙游", "330825", 5), Place("浙江江山", "330881", 3), Place("浙江常山", "330822", 3),
    Place("浙江开化", "330824", 3), Place("浙江衢州", "330802", 3), Place("浙江缙云", "331122", 4),
    Place("浙江遂昌", "331123", 3), Place("浙江松阳", "331124", 2), Place("浙江丽水", "331102", 3),
    Place("浙江建德", "330182", 3), Place("浙江淳安", "330127", 3), Place("浙江桐庐", "330122", 2),
    Place("浙江诸暨", "330681", 3), Place("浙江嵊州", "330683", 2), Place("浙江天台", "331023", 2),
    Place("浙江仙居", "331024", 2), Place("江西玉山", "361123", 1), Place("安徽歙县", "341021", 1),
    Place("江苏宜兴", "320282", 1), Place("河南固始", "411525", 1), Place("福建浦城", "350722", 1),
)  # fmt: skip

# Minorities: 畲族 are local; the others came through 选调 or 考录 from their home provinces.
MINORITY_PLACES: dict[str, tuple[Place, ...]] = {
    "畲族": (
        Place("浙江景宁", "331127", 6), Place("浙江丽水", "331102", 2),
        Place("浙江遂昌", "331123", 2), Place("浙江龙泉", "331181", 2),
        Place("浙江武义", "330723", 2), Place("浙江兰溪", "330781", 1),
    ),
    "土家族": (Place("湖南张家界", "430802", 1), Place("湖北恩施", "422801", 1)),
    "苗族": (Place("贵州凯里", "522601", 1),),
    "回族": (Place("宁夏银川", "640104", 1),),
    "满族": (Place("辽宁沈阳", "210102", 1),),
    "壮族": (Place("广西南宁", "450102", 1),),
}  # fmt: skip
# Weights per hundred cadres; the rest are 汉族.
MINORITY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("畲族", 3.5), ("土家族", 0.5), ("苗族", 0.4), ("回族", 0.3), ("满族", 0.3), ("壮族", 0.3),
)  # fmt: skip

# 政治面貌 of 党外 cadres, with weights per hundred cadres; the rest are CPC members.
NON_CPC_PARTIES: tuple[tuple[str, float], ...] = (
    ("民盟盟员", 3.0), ("九三学社社员", 2.0), ("民进会员", 2.0), ("农工党党员", 1.5),
    ("致公党党员", 0.5), ("民建会员", 1.5), ("无党派人士", 3.0), ("群众", 1.0),
)  # fmt: skip

# --- education --------------------------------------------------------------------------------

UNIVERSITIES: tuple[str, ...] = (
    "浙江大学", "浙江工业大学", "浙江师范大学", "浙江工商大学", "浙江财经大学", "浙江农林大学",
    "中国计量大学", "杭州电子科技大学", "宁波大学", "温州大学", "浙江理工大学", "杭州师范大学",
    "浙江科技学院", "湖州师范学院", "绍兴文理学院", "丽水学院", "衢州学院", "台州学院",
    "嘉兴学院", "浙江海洋大学", "南京农业大学", "华中农业大学", "河海大学", "中南财经政法大学",
    "西南政法大学", "华东师范大学", "江西财经大学", "安徽大学",
)  # fmt: skip
POLICE_UNIVERSITY = "浙江警察学院"
COLLEGES: tuple[str, ...] = (
    "金华职业技术学院", "浙江经贸职业技术学院", "浙江交通职业技术学院", "丽水职业技术学院",
    "衢州职业技术学院", "浙江同济科技职业学院", "杭州职业技术学院", "浙江警官职业学院",
)  # fmt: skip
GRADUATE_SCHOOLS: tuple[str, ...] = (
    "浙江大学", "浙江工业大学", "浙江工商大学", "浙江财经大学", "浙江师范大学", "宁波大学",
    "华东政法大学", "中国人民大学", "南京大学", "武汉大学", "浙江农林大学", "同济大学",
)  # fmt: skip
MPA_SCHOOLS: tuple[str, ...] = ("浙江大学", "浙江工业大学", "浙江财经大学", "浙江师范大学")


class Major(NamedTuple):
    """A major and the discipline its degree is named after (工学 → 工学学士)."""

    name: str
    discipline: str


MAJORS: dict[str, tuple[Major, ...]] = {
    "经济": (
        Major("经济学", "经济学"), Major("国际经济与贸易", "经济学"), Major("财政学", "经济学"),
        Major("金融学", "经济学"), Major("会计学", "管理学"), Major("工商管理", "管理学"),
        Major("统计学", "理学"),
    ),
    "政法": (
        Major("法学", "法学"), Major("侦查学", "法学"), Major("治安学", "法学"),
        Major("政治学与行政学", "法学"),
    ),
    "社会事业": (
        Major("汉语言文学", "文学"), Major("教育学", "教育学"), Major("社会工作", "法学"),
        Major("临床医学", "医学"), Major("公共事业管理", "管理学"), Major("体育教育", "教育学"),
    ),
    "城建交通": (
        Major("土木工程", "工学"), Major("城乡规划", "工学"), Major("交通工程", "工学"),
        Major("给排水科学与工程", "工学"), Major("工程管理", "管理学"), Major("建筑学", "工学"),
    ),
    "农业农村": (
        Major("农学", "农学"), Major("园艺", "农学"), Major("农林经济管理", "管理学"),
        Major("林学", "农学"), Major("动物医学", "农学"), Major("水利水电工程", "工学"),
    ),
    "党群综合": (
        Major("行政管理", "管理学"), Major("汉语言文学", "文学"), Major("思想政治教育", "法学"),
        Major("新闻学", "文学"), Major("中国共产党历史", "法学"), Major("历史学", "历史学"),
    ),
}  # fmt: skip
COLLEGE_MAJORS: tuple[str, ...] = (
    "会计", "建筑工程技术", "法律事务", "文秘", "计算机应用技术", "园艺技术", "工程造价",
    "市场营销",
)  # fmt: skip
# 在职 研究生 degrees are mostly the MPA; 党校 graduate study carries no degree.
PARTY_SCHOOL_MAJORS: tuple[str, ...] = ("经济管理", "法学", "政治学", "公共管理")

TECHNICAL_TITLES: dict[str, tuple[str, ...]] = {
    "经济": ("经济师", "会计师", "高级经济师"),
    "城建交通": ("工程师", "高级工程师"),
    "农业农村": ("农艺师", "高级农艺师", "工程师"),
    "社会事业": ("中学一级教师", "主治医师"),
}
SPECIALTIES: dict[str, tuple[str, ...]] = {
    "经济": ("经济管理", "财政金融", "招商引资", "产业发展"),
    "政法": ("法律事务", "社会治理", "公安业务"),
    "社会事业": ("教育管理", "卫生健康管理", "文化旅游"),
    "城建交通": ("城乡规划建设", "工程管理", "交通建设"),
    "农业农村": ("农村工作", "农业技术推广", "水利工程"),
    "党群综合": ("文字综合", "党建工作", "宣传工作"),
}

# --- units ------------------------------------------------------------------------------------


class PostTemplate(NamedTuple):
    """A post of a unit; ``holder`` is the full title its (CPC) holder writes on forms."""

    id: str
    title: str
    rank: str
    head: bool = False
    seats: int = 1
    holder: str = ""
    party_only: bool = True


def _town_posts(
    chief: str, chief_id: str, deputy: str, deputy_id: str, deputies: int
) -> tuple[PostTemplate, ...]:
    return (
        PostTemplate("shuji", "党委书记", "正科", head=True),
        PostTemplate(chief_id, chief, "正科", head=True, holder=f"党委副书记、{chief}"),
        PostTemplate("renda-zhuxi", "人大主席", "正科"),
        PostTemplate("fushuji", "党委副书记", "副科"),
        PostTemplate("jiwei-shuji", "纪委书记", "副科", holder="党委委员、纪委书记"),
        PostTemplate("zuzhi-weiyuan", "组织委员", "副科", holder="党委委员、组织委员"),
        PostTemplate("xuanchuan-weiyuan", "宣传委员", "副科", holder="党委委员、宣传委员"),
        PostTemplate("renwu-buzhang", "人武部长", "副科", holder="党委委员、人武部长"),
        PostTemplate(
            deputy_id,
            deputy,
            "副科",
            seats=deputies,
            holder=f"党委委员、{deputy}",
            party_only=False,
        ),
    )


TOWN_POSTS = _town_posts("镇长", "zhenzhang", "副镇长", "fuzhenzhang", 3)
XIANG_POSTS = _town_posts("乡长", "xiangzhang", "副乡长", "fuxiangzhang", 2)
STREET_POSTS: tuple[PostTemplate, ...] = (
    PostTemplate("shuji", "党工委书记", "正科", head=True),
    PostTemplate("zhuren", "办事处主任", "正科", head=True, holder="党工委副书记、办事处主任"),
    PostTemplate("renda-zhuren", "人大街道工委主任", "正科"),
    PostTemplate("fushuji", "党工委副书记", "副科"),
    PostTemplate("jigongwei-shuji", "纪工委书记", "副科", holder="党工委委员、纪工委书记"),
    PostTemplate("zuzhi-weiyuan", "组织委员", "副科", holder="党工委委员、组织委员"),
    PostTemplate(
        "fuzhuren", "办事处副主任", "副科", seats=3, holder="党工委委员、办事处副主任",
        party_only=False,
    ),
)  # fmt: skip

# 科员-level titles, by the kind of unit; a first post is plain 科员.
CLERK_TITLES: dict[str, tuple[str, ...]] = {
    "乡镇": ("党政办主任", "经济发展办公室主任", "社会事务办公室主任", "农业农村办公室主任",
           "综合信息指挥室主任", "团委书记", "党建办主任"),
    "街道": ("党政办主任", "社区建设办公室主任", "综合信息指挥室主任", "团工委书记"),
    "县直部门": ("办公室副主任", "办公室主任", "综合科科长", "规划科科长", "政策法规科科长",
             "项目推进科科长"),
}  # fmt: skip


class Township(NamedTuple):
    """A curated township: its name stem, the stem's pinyin, and its kind."""

    stem: str
    pinyin: str
    kind: str


TOWNSHIPS: tuple[Township, ...] = (
    Township("湖溪", "huxi", "镇"), Township("城东", "chengdong", "街道"),
    Township("白石", "baishi", "乡"), Township("云峰", "yunfeng", "镇"),
    Township("城西", "chengxi", "街道"), Township("梅岭", "meiling", "镇"),
    Township("桃源", "taoyuan", "乡"), Township("石门", "shimen", "镇"),
    Township("龙潭", "longtan", "镇"), Township("上塘", "shangtang", "镇"),
    Township("横山", "hengshan", "乡"), Township("清水", "qingshui", "镇"),
    Township("芳溪", "fangxi", "镇"), Township("竹坞", "zhuwu", "乡"),
    Township("大坪", "daping", "镇"), Township("凤山", "fengshan", "街道"),
    Township("柳溪", "liuxi", "乡"), Township("双港", "shuanggang", "镇"),
    Township("黄坛", "huangtan", "镇"), Township("岭下", "lingxia", "镇"),
)  # fmt: skip
# Syllables to compose further township names for large registries.
TOWNSHIP_FIRST: tuple[tuple[str, str], ...] = (
    ("金", "jin"), ("石", "shi"), ("桐", "tong"), ("松", "song"), ("枫", "feng"), ("樟", "zhang"),
    ("柏", "bai"), ("竹", "zhu"), ("梅", "mei"), ("桃", "tao"), ("杏", "xing"), ("兰", "lan"),
    ("荷", "he"), ("莲", "lian"), ("青", "qing"), ("碧", "bi"), ("白", "bai"), ("黄", "huang"),
    ("丹", "dan"), ("紫", "zi"), ("东", "dong"), ("南", "nan"), ("西", "xi"), ("北", "bei"),
    ("上", "shang"), ("下", "xia"), ("中", "zhong"), ("大", "da"), ("小", "xiao"), ("高", "gao"),
    ("长", "chang"), ("双", "shuang"), ("三", "san"), ("新", "xin"), ("古", "gu"), ("龙", "long"),
    ("凤", "feng"), ("鹤", "he"), ("马", "ma"), ("云", "yun"), ("岩", "yan"), ("泉", "quan"),
    ("湖", "hu"), ("塘", "tang"), ("岭", "ling"), ("源", "yuan"), ("桥", "qiao"), ("杨", "yang"),
    ("柳", "liu"), ("溪", "xi"),
)  # fmt: skip
TOWNSHIP_SECOND: tuple[tuple[str, str], ...] = (
    ("溪", "xi"), ("源", "yuan"), ("岭", "ling"), ("坑", "keng"), ("塘", "tang"), ("坪", "ping"),
    ("口", "kou"), ("山", "shan"), ("田", "tian"), ("桥", "qiao"), ("坞", "wu"), ("洋", "yang"),
    ("埠", "bu"), ("湖", "hu"), ("川", "chuan"), ("峰", "feng"), ("岩", "yan"), ("头", "tou"),
    ("畈", "fan"), ("店", "dian"), ("林", "lin"), ("港", "gang"), ("泉", "quan"), ("垅", "long"),
    ("湾", "wan"),
)  # fmt: skip
VILLAGES: tuple[str, ...] = (
    "前山", "后溪", "下宅", "上塘", "新屋", "石塔", "横路", "里叶", "外宅", "水碓", "东山",
    "岩头", "枫树", "樟坞", "塘下", "新联", "双溪", "夏家", "徐村", "大园",
)  # fmt: skip


class Department(NamedTuple):
    """A county department (县直部门): its name, id stem, usual direction and posts."""

    name: str
    stem: str
    direction: str
    posts: tuple[PostTemplate, ...]


def _bureau(
    deputies: int = 3, *, party_deputies: bool = False, party_head: bool = True
) -> tuple[PostTemplate, ...]:
    """局长 and 副局长; some bureaus are open to 党外 heads (科技局, 统计局)."""
    return (
        PostTemplate("juzhang", "局长", "正科", head=True, holder="党组书记、局长",
                     party_only=party_head),
        PostTemplate(
            "fujuzhang", "副局长", "副科", seats=deputies, holder="党组成员、副局长",
            party_only=party_deputies,
        ),
    )  # fmt: skip


def _office(*, party_deputies: bool) -> tuple[PostTemplate, ...]:
    return (
        PostTemplate("zhuren", "主任", "正科", head=True),
        PostTemplate("fuzhuren", "副主任", "副科", seats=3, party_only=party_deputies),
    )


def _party_department(short: str) -> tuple[PostTemplate, ...]:
    return (
        PostTemplate("buzhang", "部长", "副处", head=True, holder=f"县委常委、{short}部长"),
        PostTemplate("changwu-fubuzhang", "常务副部长", "正科"),
        PostTemplate("fubuzhang", "副部长", "副科", seats=2),
    )


def _mass_body(head_id: str, head: str, deputy_id: str, deputy: str) -> tuple[PostTemplate, ...]:
    return (
        PostTemplate(head_id, head, "正科", head=True),
        PostTemplate(deputy_id, deputy, "副科", seats=2),
    )


# In priority order: small registries take the first ones.
DEPARTMENTS: tuple[Department, ...] = (
    Department("县委办公室", "xianweiban", "党群综合", _office(party_deputies=True)),
    Department("县政府办公室", "zhengfuban", "党群综合", _office(party_deputies=False)),
    Department("县委组织部", "zuzhibu", "党群综合", _party_department("组织部")),
    Department("县发展和改革局", "fagaiju", "经济", _bureau()),
    Department("县财政局", "caizhengju", "经济", _bureau()),
    Department("县教育局", "jiaoyuju", "社会事业", _bureau(4)),
    Department("县公安局", "gonganju", "政法", (
        PostTemplate("juzhang", "局长", "正科", head=True, holder="党委书记、局长"),
        PostTemplate("zhengwei", "政治委员", "正科", holder="党委副书记、政治委员"),
        PostTemplate("fujuzhang", "副局长", "副科", seats=4, holder="党委委员、副局长"),
    )),
    Department("县农业农村局", "nongyenongcunju", "农业农村", _bureau()),
    Department("县住房和城乡建设局", "zhujianju", "城建交通", _bureau()),
    Department("县委宣传部", "xuanchuanbu", "党群综合", _party_department("宣传部")),
    Department("县委政法委员会", "zhengfawei", "政法", (
        PostTemplate("shuji", "书记", "副处", head=True, holder="县委常委、政法委书记"),
        PostTemplate("changwu-fushuji", "常务副书记", "正科"),
        PostTemplate("fushuji", "副书记", "副科", seats=2),
    )),
    Department("县卫生健康局", "weijianju", "社会事业", _bureau(party_deputies=False)),
    Department("县科学技术局", "kejiju", "经济", _bureau(2, party_head=False)),
    Department("县交通运输局", "jiaotongju", "城建交通", _bureau()),
    Department("县自然资源和规划局", "ziranziyuanju", "城建交通", _bureau(4)),
    Department("县经济和信息化局", "jingxinju", "经济", _bureau()),
    Department("县人力资源和社会保障局", "renshiju", "社会事业", _bureau()),
    Department("县纪委县监委", "jiwei", "政法", (
        PostTemplate("shuji", "书记", "副处", head=True, holder="县委常委、县纪委书记、县监委主任"),
        PostTemplate("fushuji", "副书记", "正科", seats=2, holder="县纪委副书记、县监委副主任"),
        PostTemplate("changwei", "常委", "副科", seats=3, holder="县纪委常委、县监委委员"),
    )),
    Department("县民政局", "minzhengju", "社会事业", _bureau(2)),
    Department("县司法局", "sifaju", "政法", _bureau(2)),
    Department("县水利局", "shuiliju", "农业农村", _bureau()),
    Department("县商务局", "shangwuju", "经济", _bureau(2)),
    Department("县文化广电旅游体育局", "wenguangluju", "社会事业", _bureau(party_deputies=False)),
    Department("县市场监督管理局", "shichangjianguanju", "经济", _bureau(4)),
    Department("县委统战部", "tongzhanbu", "党群综合", _party_department("统战部")),
    Department("县综合行政执法局", "zonghezhifaju", "城建交通", _bureau()),
    Department("县审计局", "shenjiju", "经济", _bureau(2)),
    Department("县统计局", "tongjiju", "经济", _bureau(2, party_head=False)),
    Department("县应急管理局", "yingjiju", "政法", _bureau(2)),
    Department("县退役军人事务局", "tuiyijunrenju", "社会事业", _bureau(2)),
    Department("县医疗保障局", "yibaoju", "社会事业", _bureau(2)),
    Department("县信访局", "xinfangju", "政法", _bureau(2)),
    Department("团县委", "tuanxianwei", "党群综合",
               _mass_body("shuji", "书记", "fushuji", "副书记")),
    Department("县妇联", "fulian", "党群综合", _mass_body("zhuxi", "主席", "fuzhuxi", "副主席")),
    Department("县总工会", "zonggonghui", "党群综合", (
        PostTemplate("changwu-fuzhuxi", "常务副主席", "正科", head=True),
        PostTemplate("fuzhuxi", "副主席", "副科", seats=2),
    )),
    Department("县委党校", "dangxiao", "党群综合", (
        PostTemplate("changwu-fuxiaozhang", "常务副校长", "正科", head=True),
        PostTemplate("fuxiaozhang", "副校长", "副科", seats=2, party_only=False),
    )),
)  # fmt: skip


class Leadership(NamedTuple):
    """One of the county's four leadership bodies (四套班子); ``name`` has a {region} slot."""

    name: str
    stem: str
    posts: tuple[PostTemplate, ...]


LEADERSHIP: tuple[Leadership, ...] = (
    Leadership("中共{region}委员会", "xianwei", (
        PostTemplate("shuji", "县委书记", "正处", head=True),
        PostTemplate("fushuji", "县委副书记", "副处"),
        PostTemplate("changwei", "县委常委", "副处", seats=3),
    )),
    Leadership("{region}人民政府", "zhengfu", (
        PostTemplate("xianzhang", "县长", "正处", head=True, holder="县委副书记、县长"),
        PostTemplate("changwu-fuxianzhang", "常务副县长", "副处", holder="县委常委、常务副县长"),
        PostTemplate("fuxianzhang", "副县长", "副处", seats=5, party_only=False),
    )),
    Leadership("{region}人大常委会", "renda", (
        PostTemplate("zhuren", "主任", "正处", head=True, holder="县人大常委会党组书记、主任"),
        PostTemplate("fuzhuren", "副主任", "副处", seats=4, holder="县人大常委会副主任",
                     party_only=False),
    )),
    Leadership("政协{region}委员会", "zhengxie", (
        PostTemplate("zhuxi", "主席", "正处", head=True, holder="县政协党组书记、主席"),
        PostTemplate("fuzhuxi", "副主席", "副处", seats=4, holder="县政协副主席", party_only=False),
    )),
)  # fmt: skip

# --- phrases ----------------------------------------------------------------------------------

INSPECTION_CONCLUSIONS: tuple[str, ...] = (
    "德才表现较好，成熟度较高，建议继续列为后备干部",
    "政治素质好，工作实绩突出，群众公认度高，建议作为近期使用人选",
    "综合素质较好，尚需多岗位锻炼，建议继续培养",
    "表现良好，发展潜力较大，建议列入中期培养",
    "工作扎实，作风过硬，建议继续列为后备干部并加强实践锻炼",
)  # fmt: skip
STRENGTHS: tuple[str, ...] = (
    "政治站位高，执行力强", "熟悉基层工作，善于做群众工作", "思路清晰，文字综合能力强",
    "敢于担当，在急难险重任务中表现突出", "业务精通，推进重点项目有成效",
    "作风务实，廉洁自律", "统筹协调能力较强", "学习能力强，善于运用数字化手段推进工作",
    "服务企业主动，招商引资成效明显", "工作细致，责任心强",
)  # fmt: skip
SHORTCOMINGS: tuple[str, ...] = (
    "宏观统筹经验不足", "基层一线经历偏少", "工作创新意识有待加强", "对经济工作熟悉程度不够",
    "处理复杂矛盾的经验不足", "大胆管理的魄力有待增强", "理论学习的系统性有待加强",
    "工作方法有时偏于简单", "岗位经历较为单一",
)  # fmt: skip
POTENTIALS: tuple[tuple[str, int], ...] = (("很大", 2), ("较大", 6), ("一般", 2))
EVALUATORS: tuple[str, ...] = ("县委组织部", "所在单位党委（党组）")

TALK_NOTES: tuple[str, ...] = (
    "肯定近期工作成绩，提醒注重基层经验积累",
    "交流思想和工作情况，勉励其在重点工作中经受锻炼",
    "了解家庭和工作困难，提醒严守纪律规矩",
    "反馈年度考察意见，共同研究改进措施",
    "围绕岗位履职谈心谈话，要求提升统筹协调能力",
    "提醒加强理论学习，提高政策运用水平",
)  # fmt: skip
PLANS: dict[str, tuple[str, ...]] = {
    "经济": (
        "拟安排到经济开发区或重点项目专班锻炼一年",
        "安排参与招商引资一线工作，提升经济工作能力",
    ),
    "政法": ("拟安排到信访维稳一线跟岗锻炼", "安排参与基层社会治理重点工作，提升处置复杂问题能力"),
    "社会事业": ("拟安排到乡镇分管社会事业岗位轮岗锻炼", "安排参与民生实事项目推进，丰富岗位经历"),
    "城建交通": (
        "拟安排到重点工程指挥部跟岗锻炼一年",
        "安排参与城市更新重点项目，积累工程管理经验",
    ),
    "农业农村": ("拟选派到村担任农村工作指导员一年", "安排参与“千万工程”重点工作，熟悉农村工作"),
    "党群综合": ("拟安排到县委办公室跟岗学习半年", "安排参与全县党建重点工作，提升文字综合能力"),
}

TRAININGS_LOCAL: tuple[str, ...] = (
    "{region}中青年干部培训班", "{region}年轻干部递进培养集中培训班", "全县科级干部进修班",
    "全县优秀年轻干部能力提升培训班",
)  # fmt: skip
TRAININGS_CITY: tuple[str, ...] = ("全市中青年干部培训班", "全市科级干部专题研修班")
TRAININGS_PROVINCE: tuple[str, ...] = ("县处级干部进修班", "中青年干部培训班")

REWARDS: tuple[tuple[str, str], ...] = (
    ("嘉奖", "{region}人民政府"),
    ("记三等功", "{region}人民政府"),
    ("优秀共产党员", "中共{region}委员会"),
    ("抗台救灾先进个人", "中共{region}委员会、{region}人民政府"),
    ("“千万工程”先进工作者", "中共{region}委员会、{region}人民政府"),
    ("优秀公务员", "中共{region}委员会组织部、{region}人力资源和社会保障局"),
)
DISCIPLINE_NOTES: tuple[str, ...] = (
    "履行河长制职责不力", "违规发放津贴补贴", "落实安全生产监管责任不到位",
    "工作失职造成不良影响", "违反工作纪律",
)  # fmt: skip

PRACTICE_HOSTS: dict[str, tuple[tuple[str, str], ...]] = {
    "挂职": (("县重点工程建设指挥部", "副指挥"), ("市发展和改革委员会", "挂职干部"),
           ("县经济开发区管委会", "主任助理"), ("省直单位（上挂）", "挂职干部")),
    "轮岗": (("县委办公室", "轮岗干部"), ("县信访局", "接访干部")),
    "驻村": (("{village}村", "农村工作指导员"), ("{village}村", "驻村第一书记")),
    "跟岗": (("县委组织部", "跟岗学习"), ("县政府办公室", "跟岗学习")),
    "重点工作": (("县“千万工程”攻坚专班", "副组长"), ("县招商引资专班", "成员"),
             ("县城市更新项目专班", "副组长")),
    "急难险重": (("县防汛防台一线指挥部", "前方工作组成员"), ("县疫情防控指挥部", "工作组成员")),
}  # fmt: skip
