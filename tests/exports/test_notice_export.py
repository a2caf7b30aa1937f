"""export notice: the 公示 notice as notice.txt holds it, as CRLF text or as a Word document laid
out as a 公文 (title, body, signature and date), the same bytes every time, refused before the
公示 and for any other suffix."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest

from cadrectl.exports.notice import Paragraph, layout, notice_docx, notice_txt
from tests.integrity.registries import cadrectl, cycle_ready_to_apply, example_registry

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DEFAULT_LIKE = """\
关于青溪县2026年度后备干部调整人选的公示

根据干部选拔任用工作有关规定，经中共青溪县委组织部研究，拟对以下同志作如下调整，现予公示：

1. 张三，男，1990.01出生，大学，现任湖溪镇党委副书记：拟新进
2. 李四：拟调出

公示时间：2026年9月28日至2026年10月9日（5个工作日）。
公示期间，如对公示对象有情况反映，请向县委组织部干部监督室反映。

中共青溪县委组织部
2026年9月25日
"""


@pytest.fixture(scope="module")
def publicized(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example registry with its 2026 cycle past the 公示 (read only: copy to change it)."""
    return cycle_ready_to_apply(tmp_path_factory.mktemp("publicized") / "registry")


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example registry with its 2026 cycle open and nothing publicized."""
    root = example_registry(tmp_path_factory.mktemp("opened") / "registry")
    cadrectl(root, "cycle", "open", "2026", "--date", "2026-09-01", check=True)
    return root


def notice_of(root: Path) -> str:
    return (root / "cycles" / "2026" / "notice.txt").read_text(encoding="utf-8")


def export(cli: Any, root: Path, out: Path, *args: str) -> bytes:
    result = cli("-R", root, "export", "notice", "-o", out, *args)
    assert result.exit_code == 0, result.stderr
    assert str(out) in result.stdout
    return out.read_bytes()


def paragraphs(docx: bytes) -> list[ET.Element]:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        document = ET.fromstring(package.read("word/document.xml"))
    body = document.find(f"{W}body")
    assert body is not None
    return body.findall(f"{W}p")


def text_of(paragraph: ET.Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t"))


def value(paragraph: ET.Element, path: str, attribute: str = "val") -> str | None:
    found = paragraph.find("/".join(f"{W}{step}" for step in path.split("/")))
    return None if found is None else found.get(f"{W}{attribute}")


# ---- the command --------------------------------------------------------------------------------


def test_txt_is_the_published_notice_with_crlf_and_no_bom(
    cli: Any, publicized: Path, tmp_path: Path
) -> None:
    data = export(cli, publicized, tmp_path / "公示.txt")
    published = notice_of(publicized)
    assert data == published.replace("\n", "\r\n").encode("utf-8")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_docx_holds_every_line_laid_out_as_a_notice(
    cli: Any, publicized: Path, tmp_path: Path
) -> None:
    found = paragraphs(export(cli, publicized, tmp_path / "公示.docx"))
    lines = [line for line in notice_of(publicized).splitlines() if line]
    texts = [text_of(p) for p in found]
    assert [t for t in texts if t] == lines  # every line, in order, nothing else
    people = [line for line in lines if line.split(".")[0].isdigit()]
    assert len(people) > 10
    title, signature, date = found[0], found[-2], found[-1]
    assert texts[0] == lines[0]
    assert value(title, "pPr/jc") == "center"
    assert title.find(f"{W}r/{W}rPr/{W}b") is not None
    assert value(title, "r/rPr/rFonts", "eastAsia") == "方正小标宋简体"
    assert value(title, "r/rPr/sz") == "44"
    for person in (p for p in found if text_of(p) in people):
        assert value(person, "pPr/jc") == "both"
        assert value(person, "pPr/ind", "firstLineChars") == "200"
        assert value(person, "r/rPr/rFonts", "eastAsia") == "仿宋_GB2312"
        assert value(person, "r/rPr/sz") == "32"
    assert (text_of(signature), text_of(date)) == ("中共青溪县委组织部", lines[-1])
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[-1])
    assert value(signature, "pPr/jc") == value(date, "pPr/jc") == "right"


def test_docx_is_an_a4_page_with_the_official_margins_and_valid_parts(
    cli: Any, publicized: Path, tmp_path: Path
) -> None:
    data = export(cli, publicized, tmp_path / "公示.docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        names = package.namelist()
        assert names[0] == "[Content_Types].xml"
        assert {"_rels/.rels", "word/document.xml", "word/styles.xml"} <= set(names)
        parts = {name: ET.fromstring(package.read(name)) for name in names}  # all well-formed
    section = parts["word/document.xml"].find(f"{W}body/{W}sectPr")
    assert section is not None
    size, margins = section.find(f"{W}pgSz"), section.find(f"{W}pgMar")
    assert size is not None
    assert margins is not None
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
    cm = {side: int(margins.get(f"{W}{side}") or 0) * 2.54 / 1440 for side in
          ("top", "bottom", "left", "right")}  # fmt: skip
    assert cm == pytest.approx({"top": 3.7, "bottom": 3.5, "left": 2.8, "right": 2.6}, abs=0.01)


def test_exporting_twice_gives_the_same_bytes(cli: Any, publicized: Path, tmp_path: Path) -> None:
    for suffix in (".docx", ".txt"):
        first = export(cli, publicized, tmp_path / f"one{suffix}")
        assert export(cli, publicized, tmp_path / f"two{suffix}") == first


def test_the_files_do_not_depend_on_the_display_language(
    cli: Any, publicized: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chinese = [export(cli, publicized, tmp_path / f"zh{s}") for s in (".txt", ".docx")]
    monkeypatch.setenv("CADRECTL_LANG", "en")
    result = cli("-R", publicized, "export", "notice", "-o", tmp_path / "en.docx")
    assert "Exported the 2026 publicity notice" in result.stdout
    english = [export(cli, publicized, tmp_path / f"en{s}") for s in (".txt", ".docx")]
    assert english == chinese


def test_the_year_chooses_the_cycle(cli: Any, publicized: Path, tmp_path: Path) -> None:
    assert export(cli, publicized, tmp_path / "a.txt", "--year", "2026")
    result = cli("-R", publicized, "export", "notice", "-o", tmp_path / "b.txt", "--year", "2019")
    assert result.exit_code == 1
    assert "2019" in result.stderr
    assert not (tmp_path / "b.txt").exists()


def test_refused_before_the_publicity(cli: Any, opened: Path, tmp_path: Path) -> None:
    result = cli("-R", opened, "export", "notice", "-o", tmp_path / "公示.docx")
    assert result.exit_code == 1
    assert "还没有公示" in result.stderr
    assert "cadrectl cycle publicize --start" in result.stderr
    assert not (tmp_path / "公示.docx").exists()


@pytest.mark.parametrize("name", ["公示.pdf", "公示.xlsx", "公示"])
def test_refused_for_another_suffix(cli: Any, publicized: Path, tmp_path: Path, name: str) -> None:
    result = cli("-R", publicized, "export", "notice", "-o", tmp_path / name)
    assert result.exit_code == 2
    assert ".txt" in result.stderr
    assert ".docx" in result.stderr
    assert not (tmp_path / name).exists()


def test_a_lost_notice_is_named_with_how_to_restore_it(
    cli: Any, publicized: Path, tmp_path: Path
) -> None:
    root = tmp_path / "registry"
    shutil.copytree(publicized, root)
    (root / "cycles" / "2026" / "notice.txt").unlink()
    result = cli("-R", root, "export", "notice", "-o", tmp_path / "公示.txt")
    assert result.exit_code == 1
    assert "cycles/2026/notice.txt" in result.stderr
    assert "git checkout" in result.stderr


def test_a_notice_saved_as_gbk_is_refused_by_name(
    cli: Any, publicized: Path, tmp_path: Path
) -> None:
    root = tmp_path / "registry"
    shutil.copytree(publicized, root)
    notice = root / "cycles" / "2026" / "notice.txt"
    notice.write_bytes(notice_of(publicized).encode("gb18030"))
    result = cli("-R", root, "export", "notice", "-o", tmp_path / "公示.txt")
    assert result.exit_code == 1
    assert "cycles/2026/notice.txt" in result.stderr
    assert "UTF-8" in result.stderr


def _writer_installed() -> bool:
    """LibreOffice with its Writer (Debian's libreoffice-calc alone converts no .docx)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    program = Path(soffice).resolve().parent
    return any(program.glob("libswlo.*")) or any(program.glob("swlo.*"))


@pytest.mark.skipif(not _writer_installed(), reason="LibreOffice Writer is not installed")
@pytest.mark.slow  # LibreOffice converts the document
def test_libreoffice_opens_the_document(tmp_path: Path) -> None:
    source = tmp_path / "公示.docx"
    source.write_bytes(notice_docx(DEFAULT_LIKE))
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, check=False, timeout=120,
    )  # fmt: skip
    assert (tmp_path / "公示.pdf").read_bytes().startswith(b"%PDF")


# ---- the layout ---------------------------------------------------------------------------------


def kinds(text: str) -> list[str]:
    return [paragraph.kind for paragraph in layout(text)]


def test_the_default_template_maps_to_title_body_signature_and_date() -> None:
    assert kinds(DEFAULT_LIKE) == ["title", "blank", *["body"] * 5, "blank", "signature", "date"]


def test_a_template_without_a_date_at_the_end_is_all_body_after_the_title() -> None:
    assert kinds("公示\n\n正文一。\n中共青溪县委组织部\n") == ["title", "blank", "body", "body"]


def test_a_sentence_above_the_date_is_no_signature() -> None:
    found = layout("公示\n正文。\n特此公示。\n二〇二六年九月二十五日")
    assert [p.kind for p in found] == ["title", "blank", "body", "body", "blank", "date"]
    assert found[-1] == Paragraph("date", "二〇二六年九月二十五日", 2.0)


def test_a_numbered_line_above_the_date_is_no_signature() -> None:
    assert kinds("公示\n1. 李四：拟调出\n2026年9月25日")[-3:] == ["body", "blank", "date"]


def test_blank_lines_and_indents_of_the_text_do_not_reach_the_page() -> None:
    found = layout("\n\n  公示  \n\n\n　　正文一。\n\n\n正文二。\r\n\r\n机关\r\n2026年9月1日\r\n")
    assert [(p.kind, p.text) for p in found] == [
        ("title", "公示"), ("blank", ""), ("body", "正文一。"), ("body", "正文二。"),
        ("blank", ""), ("signature", "机关"), ("date", "2026年9月1日"),
    ]  # fmt: skip


def test_the_date_starts_two_characters_right_of_the_signature() -> None:
    """GB/T 9704-2012 7.3.5.2: signature 右空二字, the date's first character two to the right
    of the signature's; a date longer than that is set 右空二字 and the signature moves left."""
    *_, signature, date = layout(DEFAULT_LIKE)
    assert signature.right == 2  # 中共青溪县委组织部: 9 characters
    assert date.right == 2 + 9 - 2 - 6.5  # 2026年9月25日: 7 digits and 3 characters
    *_, signature, date = layout("公示\n\n组织部\n2026年12月25日")  # the date 7 wide
    assert date.right == 2
    assert signature.right + 3 == date.right + 7 + 2  # their starts, from the right margin


def test_text_is_escaped_for_xml_and_control_characters_are_shown() -> None:
    found = paragraphs(notice_docx("A&B <公示>\n\n正文\x1b[31m\t结束 ]]>\n"))
    assert [text_of(p) for p in found] == ["A&B <公示>", "", "正文\\x1b[31m结束 ]]>"]
    assert found[-1].find(f"{W}r/{W}tab") is not None


def test_an_empty_notice_is_still_a_document() -> None:
    assert [text_of(p) for p in paragraphs(notice_docx("\n\n"))] == [""]


def test_txt_keeps_crlf_lines_as_they_are() -> None:
    assert notice_txt("标题\r\n\n正文\n") == "标题\r\n\r\n正文\r\n".encode()
