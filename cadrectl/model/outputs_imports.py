"""The JSON that ``cadrectl import … --format json`` prints, as models (the schema)."""

from __future__ import annotations

from typing import Literal

from cadrectl.model.base import field
from cadrectl.model.outputs import OutputModel


class ImportProblemOutput(OutputModel):
    sheet: str = field("工作表", "问题所在工作表")
    row: int = field("行", "问题所在行（工作表中的行号，从 1 起）")
    column: str | None = field("列", "问题所在列的表头文字；整行的问题为 null")
    code: str = field("代码", "问题代码，如 date-unreadable")
    severity: Literal["error", "warning"] = field("严重程度", "error 阻止导入；warning 仅提示")
    message: str = field("说明", "问题说明（界面语言）")


class ImportPersonOutput(OutputModel):
    row: int = field("行", "此人所在行")
    status: Literal["new", "changed", "unchanged"] = field("结果", "新增、更新或无变化")
    id: str = field("编号", "后备干部编号（新增者为将使用的编号）")
    name: str = field("姓名", "姓名")
    changes: list[str] = field("变化", "更新的字段：字段: 原值 → 新值")


class ImportOutput(OutputModel):
    """``cadrectl import … --format json``: what the sheet holds and what was done with it."""

    ok: bool = field("可以导入", "没有错误为 true（有错误时未写入任何文件）")
    file: str = field("文件", "导入的文件")
    rows: int = field("行数", "读到的数据行数")
    new: int = field("新增", "新增的人数")
    changed: int = field("更新", "档案有变化的人数")
    unchanged: int = field("无变化", "档案无变化的人数")
    problems: list[ImportProblemOutput] = field("问题", "按工作表、行、列列出的问题")
    people: list[ImportPersonOutput] = field("人员", "每一行的人员及结果")
    units_created: list[str] = field("新建单位", "--create-units 新建的单位编号")
    written: bool = field("已写入", "已写入（并提交）为 true；试运行或有错误时为 false")
    commit: str | None = field("提交", "提交的 git 提交号；未提交时为 null")


class FormProblemOutput(OutputModel):
    file: str = field("文件", "问题所在的任免审批表文件")
    element: str | None = field("元素", "问题所在的元素（LRMX 元素名）；整个文件的问题为 null")
    code: str = field("代码", "问题代码，如 date-unreadable")
    severity: Literal["error", "warning"] = field("严重程度", "error 阻止导入；warning 仅提示")
    message: str = field("说明", "问题说明（界面语言）")


class FormPersonOutput(OutputModel):
    file: str = field("文件", "此人的任免审批表文件")
    status: Literal["new", "changed", "unchanged"] = field("结果", "新增、更新或无变化")
    id: str = field("编号", "后备干部编号（新增者为将使用的编号）")
    name: str = field("姓名", "姓名")
    changes: list[str] = field("变化", "更新的字段：字段: 原值 → 新值")


class FormImportOutput(OutputModel):
    """``cadrectl import lrmx … --format json``: the forms read and what was done with them."""

    ok: bool = field("可以导入", "没有错误为 true（有错误时未写入任何文件）")
    file: str = field("文件", "导入的文件或文件夹（第一个）")
    files: list[str] = field("文件列表", "读到的任免审批表文件")
    rows: int = field("表数", "读到的任免审批表张数")
    new: int = field("新增", "新增的人数")
    changed: int = field("更新", "档案有变化的人数")
    unchanged: int = field("无变化", "档案无变化的人数")
    problems: list[FormProblemOutput] = field("问题", "按文件、元素列出的问题")
    people: list[FormPersonOutput] = field("人员", "每张表的人员及结果")
    units_created: list[str] = field("新建单位", "新建的单位编号")
    written: bool = field("已写入", "已写入（并提交）为 true；试运行或有错误时为 false")
    commit: str | None = field("提交", "提交的 git 提交号；未提交时为 null")
