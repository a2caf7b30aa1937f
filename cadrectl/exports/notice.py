"""``export notice``: the 公示 notice to print or send, as plain text or as a Word document.

The .docx is a minimal WordprocessingML package written with :mod:`zipfile` (no dependency):
the title in 方正小标宋简体 二号, the body in 仿宋_GB2312 三号 with a two-character first-line
indent, the signature and the date on the right, on an A4 page with the 公文 margins
(GB/T 9704-2012《党政机关公文格式》).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from cadrectl.core.text import escape_unsafe
from cadrectl.core.textwidth import display_width

SUFFIXES = (".txt", ".docx")  # the files a notice is written as

TITLE_FONT = "方正小标宋简体"  # the 公文 title face; Word falls back to its altName 宋体
BODY_FONT = "仿宋_GB2312"  # the 公文 body face; Windows ships it as 仿宋, the altName
TITLE_SIZE = 44  # half-points: 二号, 22 pt
BODY_SIZE = 32  # half-points: 三号, 16 pt
CHARACTER = 320  # twips of one 三号 character, the unit of the indents
# Why 579: 22 lines in the type area (297 − 37 − 35 mm), GB/T 9704-2012 5.2.2; 580 fits 21.
LINE = 579
# A4 and the 公文 margins in twips (1 cm = 567): top 3.7, bottom 3.5, left 2.8, right 2.6 cm.
PAGE = '<w:pgSz w:w="11906" w:h="16838"/>'
MARGINS = '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"'
MARGINS += ' w:header="851" w:footer="992" w:gutter="0"/>'
# Why a fixed time: nothing in the document is dated but its text, so the same notice gives the
# same bytes whichever commit or day it is exported on (zipfile would stamp the current time).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# Why no autoSpaceDE/DN: by default Word widens the gap between Chinese and digits, which 公文
# do not (2026年9月28日, not 2026 年 9 月 28 日) and which would shift the date off its place.
# (LibreOffice 7.4 does not read these two and keeps its gap.)
_SPACING = (
    '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
    f'<w:spacing w:line="{LINE}" w:lineRule="exact"/>'
)

Kind = Literal["title", "body", "blank", "signature", "date"]


@dataclass(frozen=True)
class Paragraph:
    kind: Kind
    text: str = ""
    right: float = 0.0  # characters left blank on the right (signature and date)


def notice_file(text: str, suffix: str) -> bytes:
    """``text`` (the notice as notice.txt holds it) as a file of ``suffix``: .docx, else .txt."""
    return notice_docx(text) if suffix.lower() == ".docx" else notice_txt(text)


def notice_txt(text: str) -> bytes:
    """The notice's text, its lines ended by CRLF, in UTF-8 without a BOM.

    Why: Notepad reads UTF-8 without a BOM since Windows 10 (1903), and so does every mail and
    chat program a clerk pastes from; a BOM would show as a stray character where it is not
    expected. CRLF so that older Notepads and Windows tools keep the lines apart.
    """
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---- the text's lines as paragraphs -----------------------------------------------------------

_DIGIT = "0-9０-９〇○零一二三四五六七八九十"
_DATE = re.compile(rf"[{_DIGIT}]{{2,4}}\s*年\s*[{_DIGIT}]{{1,2}}\s*月\s*[{_DIGIT}]{{1,3}}\s*日")
_NUMBERED = re.compile(r"[0-9０-９]+\s*[.．、]")
_SENTENCE_END = tuple("。；;：:，,！!？?、")
SIGNATURE_WIDTH = 60  # display columns: an organization's name, not a sentence of the body


def layout(text: str) -> list[Paragraph]:
    """The notice's lines as paragraphs: the first line the title; the last two the signature
    and the date when they look like them (a date 2026年9月28日, above it a short line that is
    not a sentence nor a numbered line); every other line a body paragraph.

    Why so loosely: the clerk may rewrite the template in cadrectl.yaml (cycle.notice). Blank
    lines in the text only separate its parts; on paper the title, the body and the signature
    are set one blank line apart (公文 paragraphs are told apart by their indent).
    """
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    filled = [line for line in lines if line]
    if not filled:
        return []
    title, rest = filled[0], filled[1:]
    closing: list[str] = []
    if rest and _DATE.fullmatch(rest[-1]):
        closing = rest[-2:] if len(rest) >= 2 and _is_signature(rest[-2]) else rest[-1:]
    body = rest[: len(rest) - len(closing)]
    found = [Paragraph("title", title)]
    if body:
        found += [Paragraph("blank"), *(Paragraph("body", line) for line in body)]
    if closing:
        found += [Paragraph("blank"), *_closing(closing)]
    return found


def _is_signature(line: str) -> bool:
    return (
        display_width(line) <= SIGNATURE_WIDTH
        and not line.endswith(_SENTENCE_END)
        and _NUMBERED.match(line) is None
    )


def _closing(lines: list[str]) -> list[Paragraph]:
    """Signature and date on the right, GB/T 9704-2012 7.3.5.2: the signature 右空二字, the date
    on the next line starting two characters right of the signature's start; a date longer than
    that is set 右空二字 and the signature moved left to match."""
    if len(lines) == 1:
        return [Paragraph("date", lines[0], 2.0)]
    signature, date = lines
    signature_width, date_width = _characters(signature), _characters(date)
    # The date starts two characters right of the signature: right + width equal, less two.
    signature_right = max(2.0, date_width + 4 - signature_width)
    date_right = signature_right + signature_width - 2 - date_width
    return [Paragraph("signature", signature, signature_right),
            Paragraph("date", date, date_right)]  # fmt: skip


def _characters(line: str) -> float:
    """Characters of ``line`` on the page: a Latin letter or digit is half a Chinese character."""
    return display_width(line) / 2


# ---- WordprocessingML ---------------------------------------------------------------------------

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def notice_docx(text: str) -> bytes:
    """The notice as a .docx: the same text gives the same bytes."""
    paragraphs = layout(text) or [Paragraph("blank")]
    return _package({
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "word/document.xml": _document(paragraphs),
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/styles.xml": _STYLES,
        "word/settings.xml": _SETTINGS,
        "word/fontTable.xml": _FONT_TABLE,
    })  # fmt: skip


def _package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # Why: zipfile says 3 on Unix and 0 on Windows
            package.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


def _document(paragraphs: list[Paragraph]) -> str:
    body = "".join(_paragraph(p) for p in paragraphs)
    section = f'<w:sectPr>{PAGE}{MARGINS}<w:cols w:space="425"/></w:sectPr>'
    return f"{_HEAD}<w:document {_W} {_R}><w:body>{body}{section}</w:body></w:document>"


def _paragraph(paragraph: Paragraph) -> str:
    """One ``w:p``: its properties in the order the schema requires (autoSpace…, spacing, ind,
    jc, rPr)."""
    title = paragraph.kind == "title"
    run = _run_properties(TITLE_FONT if title else BODY_FONT, TITLE_SIZE if title else BODY_SIZE,
                          bold=title)  # fmt: skip
    indent = ""
    if paragraph.kind == "body":
        indent = f'<w:ind w:firstLineChars="200" w:firstLine="{2 * CHARACTER}"/>'
    elif paragraph.kind in ("signature", "date"):
        # Both: the characters for Word, the twips for readers that ignore them.
        twips, hundredths = round(paragraph.right * CHARACTER), round(paragraph.right * 100)
        indent = f'<w:ind w:right="{twips}" w:rightChars="{hundredths}"/>'
    align = {"title": "center", "signature": "right", "date": "right"}.get(paragraph.kind, "both")
    properties = f'<w:pPr>{_SPACING}{indent}<w:jc w:val="{align}"/>{run}</w:pPr>'
    if not paragraph.text:
        return f"<w:p>{properties}</w:p>"
    return f"<w:p>{properties}<w:r>{run}{_text(paragraph.text)}</w:r></w:p>"


def _run_properties(font: str, size: int, *, bold: bool, lang: str = "") -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"'
    fonts += ' w:hint="eastAsia"/>'  # Why: quotes “” and ‘’ in the Chinese face, not a Latin one
    weight = "<w:b/><w:bCs/>" if bold else ""
    return f'<w:rPr>{fonts}{weight}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{lang}</w:rPr>'


def _text(value: str) -> str:
    """``w:t`` elements for ``value``: escaped for XML, a tab as ``w:tab``.

    Why escape_unsafe: a control character is no XML at all (Word would refuse the file); it is
    shown escaped, as the terminal and the rosters show it.
    """
    safe = escape_unsafe(value).replace("\ufffe", "\\ufffe").replace("\uffff", "\\uffff")
    pieces = (f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in safe.split("\t"))
    return "<w:tab/>".join(pieces)


_CONTENT_TYPES = (
    f'{_HEAD}<Types xmlns="{_PACKAGE}/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WORD}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_WORD}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_WORD}.settings+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{_WORD}.fontTable+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIP}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIP}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELATIONSHIP}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_RELATIONSHIP}/fontTable" Target="fontTable.xml"/>'
    "</Relationships>"
)
_LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
# The defaults are the body's, so a paragraph the clerk adds in Word looks like the others.
_STYLES = (
    f"{_HEAD}<w:styles {_W}><w:docDefaults><w:rPrDefault>"
    f"{_run_properties(BODY_FONT, BODY_SIZE, bold=False, lang=_LANG)}</w:rPrDefault>"
    f'<w:pPrDefault><w:pPr>{_SPACING}<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style></w:styles>"
)
# Why compatibilityMode 15: without it Word opens the file in 兼容模式 (Word 2007 layout).
_SETTINGS = (
    f'{_HEAD}<w:settings {_W}><w:defaultTabStop w:val="420"/>'
    '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
    ' w:val="15"/></w:compat></w:settings>'
)
_FONT_TABLE = (
    f"{_HEAD}<w:fonts {_W}>"
    f'<w:font w:name="{BODY_FONT}"><w:altName w:val="仿宋"/><w:charset w:val="86"/>'
    '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
    f'<w:font w:name="{TITLE_FONT}"><w:altName w:val="宋体"/><w:charset w:val="86"/>'
    '<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)
