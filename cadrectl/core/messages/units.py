"""Messages of the unit commands (cadrectl unit …): key → (Chinese, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- help ---------------------------------------------------------------------------------
    "cli.cmd.unit": (
        "单位及其职位：新增、修改、列出、查看",
        "Units and their posts: add, change, list, show",
    ),
    "cli.cmd.unit-add": (
        "新增单位（写入 units/<编号>.yaml 并提交）",
        "Add a unit (writes units/<ID>.yaml and commits it)",
    ),
    "cli.cmd.unit-add-post": (
        "为单位新增一个职位",
        "Add a post to a unit",
    ),
    "cli.cmd.unit-set": (
        "修改单位或其职位的字段，如 name=湖溪镇 posts.fuzhenzhang.seats=3",
        "Change fields of a unit or of its posts, e.g. name=湖溪镇 posts.fuzhenzhang.seats=3",
    ),
    "cli.cmd.unit-list": ("列出单位", "List the units"),
    "cli.cmd.unit-show": ("显示一个单位及其职位", "Show one unit and its posts"),
    "cli.arg.unit-id": (
        "单位编号：小写字母、数字、- 和 _，如 qx-huxi-zhen",
        "Unit id: lower-case letters, digits, - and _, e.g. qx-huxi-zhen",
    ),
    "cli.arg.post-id": (
        "职位编号，单位内唯一：小写字母、数字、- 和 _，如 fuzhenzhang",
        "Post id, unique within the unit: lower-case letters, digits, - and _, e.g. fuzhenzhang",
    ),
    "cli.arg.unit-assignments": (
        "要修改的字段：name、kind、grassroots、parent、group，"
        "或 posts.<职位编号>.title|rank|head|seats|key",
        "Fields to change: name, kind, grassroots, parent, group,"
        " or posts.<post id>.title|rank|head|seats|key",
    ),
    "cli.opt.unit-name": ("单位名称，如 湖溪镇", "The unit's name, e.g. 湖溪镇"),
    "cli.opt.unit-kind": (
        "单位类别，取自 cadrectl.yaml 的 unit_kinds，如 乡镇",
        "The unit's kind, one of cadrectl.yaml's unit_kinds, e.g. 乡镇",
    ),
    "cli.opt.unit-kind-filter": (
        "只列出这一类别的单位，如 乡镇",
        "List only the units of this kind, e.g. 乡镇",
    ),
    "cli.opt.unit-group": ("统计分组，如 乡镇街道、县直", "Statistics group, e.g. 乡镇街道, 县直"),
    "cli.opt.unit-grassroots": (
        "在此单位工作计为基层工作经历（默认不计）",
        "Service in this unit counts as grassroots (by default it does not)",
    ),
    "cli.opt.unit-parent": (
        "上级单位编号（如村所属乡镇）",
        "The parent unit's id (the township of a village, say)",
    ),
    "cli.opt.post-title": ("职位名称，如 副镇长", "The post's title, e.g. 副镇长"),
    "cli.opt.post-rank": (
        "职位对应职级，取自 cadrectl.yaml 的职级序列，如 副科",
        "The post's rank, from cadrectl.yaml's rank ladder, e.g. 副科",
    ),
    "cli.opt.post-seats": ("职数（默认 1）", "Number of seats (default 1)"),
    "cli.opt.post-head": (
        "单位主要负责人（一把手）岗位",
        "The unit's head post (一把手)",
    ),
    "cli.opt.post-key": (
        "需要一职双备的关键岗位（默认是）",
        "A key post that needs two reserves a seat (default: yes)",
    ),
    # ---- refusals -----------------------------------------------------------------------------
    "unit.bad-id": (
        "单位编号“{id}”不合法：只能用小写字母、数字、- 和 _（以字母或数字开头），且不能含路径。",
        "The unit id '{id}' is not allowed: use lower-case letters, digits, - and _ (starting"
        " with a letter or digit), no paths.",
    ),
    "unit.bad-post-id": (
        "职位编号“{post}”不合法：只能用小写字母、数字、- 和 _（以字母或数字开头）。",
        "The post id '{post}' is not allowed: use lower-case letters, digits, - and _"
        " (starting with a letter or digit).",
    ),
    "unit.exists": (
        "单位 {id} 已存在（{file}）；要修改请用 cadrectl unit set。",
        "The unit {id} exists already ({file}); use cadrectl unit set to change it.",
    ),
    "unit.not-found": (
        "没有单位 {id}（units/ 中没有 {id}.yaml）；用 cadrectl unit list 查看全部单位。",
        "There is no unit {id} (no units/{id}.yaml); see cadrectl unit list.",
    ),
    "unit.unreadable": (
        "单位 {id} 的文件 {file} 无法读取，请先运行 cadrectl check {file}。",
        "The file {file} of unit {id} cannot be read; run cadrectl check {file} first.",
    ),
    "unit.invalid-file": (
        "单位 {id} 的文件 {file} 不合格：\n{problems}",
        "The file {file} of unit {id} is not valid:\n{problems}",
    ),
    "unit.invalid": (
        "修改后的单位文件不合格，未作任何改动：\n{problems}",
        "The changed unit file would not be valid; nothing was changed:\n{problems}",
    ),
    "unit.post-exists": (
        "单位 {unit} 已有职位 {post}；要修改请用 cadrectl unit set {unit} posts.{post}.字段=值。",
        "The unit {unit} has a post {post} already; to change it use"
        " cadrectl unit set {unit} posts.{post}.FIELD=VALUE.",
    ),
    "unit.unknown-post": (
        "单位 {unit} 没有职位 {post}；它的职位有：{posts}",
        "The unit {unit} has no post {post}; its posts are: {posts}",
    ),
    "unit.bad-assignment": (
        "“{text}”应写成 字段=值，例如 name=湖溪镇、posts.fuzhenzhang.seats=3。",
        "'{text}' should read FIELD=VALUE, e.g. name=湖溪镇 or posts.fuzhenzhang.seats=3.",
    ),
    "unit.bad-field": (
        "不能修改字段“{field}”；可改的字段：{fields}",
        "There is no field '{field}' to change; the fields are: {fields}",
    ),
    "unit.fixed-field": (
        "“{field}”是编号，档案和文件名都引用它，不能用 unit set 修改。",
        "'{field}' is an id that files and file names refer to; unit set does not change it.",
    ),
    "unit.whole-posts": (
        "“{field}”：职位请逐项修改，写成 posts.<职位编号>.字段=值；"
        "新增职位用 cadrectl unit add-post。",
        "'{field}': change a post field by field, as posts.<post id>.FIELD=VALUE; add a post"
        " with cadrectl unit add-post.",
    ),
    "unit.own-parent": (
        "单位 {id} 不能是自己的上级单位。",
        "The unit {id} cannot be its own parent.",
    ),
    "unit.bad-kind-filter": (
        "单位类别“{kind}”不在 cadrectl.yaml 的 unit_kinds 中；可用：{kinds}",
        "The unit kind '{kind}' is not among cadrectl.yaml's unit_kinds; use: {kinds}",
    ),
    # ---- commits and history ------------------------------------------------------------------
    "commit.unit-add": ("新增单位 {id} {name}（{kind}）", "Add unit {id} {name} ({kind})"),
    "commit.unit-add-post": (
        "单位 {id} {name} 新增职位 {post} {title}（{rank}，职数 {seats}）",
        "Add post {post} {title} ({rank}, {seats} seats) to unit {id} {name}",
    ),
    "commit.unit-set": ("修改单位 {id} {name}：{changes}", "Change unit {id} {name}: {changes}"),
    "history.action.unit-add": ("新增单位", "unit added"),
    "history.action.unit-add-post": ("新增职位", "post added"),
    "history.action.unit-set": ("修改单位", "unit changed"),
    # ---- written into unit files (stored(): Chinese whatever the display language) ------------
    "unit.comment.grassroots": ("在此工作计为基层工作经历", "service here counts as grassroots"),
    # ---- unit list and unit show --------------------------------------------------------------
    "unit.col.id": ("编号", "Id"),
    "unit.col.name": ("名称", "Name"),
    "unit.col.kind": ("类别", "Kind"),
    "unit.col.group": ("分组", "Group"),
    "unit.col.parent": ("上级单位", "Parent"),
    "unit.col.grassroots": ("基层", "Grassroots"),
    "unit.col.posts": ("职位数", "Posts"),
    "unit.col.seats": ("职数", "Seats"),
    "unit.count": ("共 {count} 个单位", "{count:~unit}"),
    "unit.yes": ("是", "yes"),
    "unit.no": ("否", "no"),
    "unit.none": ("—", "—"),
    "unit.show.title": ("{name}（{id}）", "{name} ({id})"),
    "unit.show.kind": ("单位类别", "Kind"),
    "unit.show.group": ("分组", "Group"),
    "unit.show.parent": ("上级单位", "Parent unit"),
    "unit.show.grassroots": ("基层单位", "Grassroots"),
    "unit.show.file": ("文件", "File"),
    "unit.show.children": ("下属单位", "Sub-units"),
    "unit.show.cadres": ("在本单位任职的后备干部", "Reserves working here"),
    "unit.show.posts": (
        "职位（{count} 个，职数合计 {seats}）",
        "Posts ({count}, {seats} seats in all)",
    ),
    "unit.show.no-posts": (
        "尚无职位；用 cadrectl unit add-post 添加。",
        "No posts yet; add them with cadrectl unit add-post.",
    ),
    "unit.post.col.id": ("职位编号", "Post id"),
    "unit.post.col.title": ("职位名称", "Title"),
    "unit.post.col.rank": ("职级", "Rank"),
    "unit.post.col.seats": ("职数", "Seats"),
    "unit.post.col.head": ("主要负责人", "Head"),
    "unit.post.col.key": ("关键岗位", "Key"),
    "unit.post.col.reserves": ("拟任后备干部", "Reserves for it"),
}
