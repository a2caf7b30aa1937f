"""``cadrectl export card --format docx|pdf``: the two-page 任免审批表 for one reserve, or for
each into a folder; a PDF without LibreOffice refused in the clerk's words."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document

OUYANG = "QX-2019-007"


def document_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_the_word_form_carries_the_reserve_s_facts(
    example_repo: Path, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "欧阳宇.docx"
    result = cli("-R", example_repo, "export", "card", OUYANG, "--format", "docx", "-o", out,
                 "--as-of", "2026-12-01")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    text = document_text(out)
    for expected in ("干部任免审批表", "欧阳宇", "1983.01\n（43岁）", "政协青溪县委员会副主席",
                     "陈静怡", "已去世", "2022年：优秀"):  # fmt: skip
        assert expected in text
    first = out.read_bytes()
    assert cli("-R", example_repo, "export", "card", OUYANG, "--format", "docx", "-o", out,
               "--as-of", "2026-12-01").exit_code == 0  # fmt: skip
    assert out.read_bytes() == first  # byte for byte


def test_a_pdf_without_libreoffice_is_refused_clearly(
    example_repo: Path, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cadrectl.exports.form_pdf.find_soffice", lambda: None)
    out = tmp_path / "f.pdf"
    result = cli("-R", example_repo, "export", "card", OUYANG, "--format", "pdf", "-o", out)
    assert result.exit_code == 1
    assert "LibreOffice" in result.stderr
    assert not out.exists()


def test_an_unknown_format_exits_2(example_repo: Path, cli: Any) -> None:
    assert (
        cli("-R", example_repo, "export", "card", OUYANG, "--format", "odt", "-o", "x").exit_code
        == 2
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pdfs_for_several_reserves_come_from_one_run_two_pages_each(
    example: Path, cli: Any, tmp_path: Path
) -> None:
    keep = {OUYANG, "QX-2019-001", "QX-2019-002"}
    for path in (example / "cadres").iterdir():
        if path.stem not in keep:
            path.unlink()
    shutil.rmtree(example / "cycles")
    out = tmp_path / "forms"
    result = cli("-R", example, "export", "card", "--all", "--format", "pdf", "-o", out)
    assert result.exit_code == 0, result.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 3
    for pdf in pdfs:
        assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes())) == 2, pdf.name
