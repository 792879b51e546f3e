"""A date written day first with its full stop ("20. Januar 2025", "16. září 2024") opens a paragraph as a date,
not as a list's number: the day stays in the text. Layouts: a Word report laid out as a two-column table of bold
row labels (its "Stand" row dating it), a Word paragraph set under a bold label, and a web page's paragraph."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.extract import extract_bytes

LINES = ["20. Januar 2025, 7.00 Auer", "16. září 2024, 14:00", "3. März 2025"]
ROWS = [("Resumé", "Evakuéiert Awunner: 70."), ("Lag", "D'Waasser geet erof.")]


def _docx(line: str, table: bool) -> bytes:
    d = docx.Document()
    d.add_heading("Situatiounsbericht Nr. 1", 0)
    if table:
        grid = d.add_table(rows=len(ROWS) + 1, cols=2)
        for row, (label, value) in zip(grid.rows, [("Stand", line), *ROWS], strict=True):
            row.cells[0].paragraphs[0].add_run(label).bold = True
            row.cells[1].text = value
    else:
        d.add_paragraph().add_run("Stand").bold = True
        d.add_paragraph(line)
        for label, value in ROWS:
            d.add_paragraph().add_run(label).bold = True
            d.add_paragraph(value, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("table", [True, False], ids=["sections-table", "paragraphs"])
def test_the_day_stays_in_the_date(line: str, table: bool) -> None:
    doc = extract_bytes(_docx(line, table), "report.docx")
    assert any(b.text.endswith(line) for b in doc.blocks), [(b.bullet, b.text) for b in doc.blocks]


@pytest.mark.parametrize("line", LINES)
def test_the_day_stays_in_a_web_pages_date(line: str) -> None:
    html = f"<html><body><h1>Situatiounsbericht Nr. 1</h1><p>{line}</p><h2>Lag</h2><p>1. D'Waasser geet erof.</p>"
    doc = extract_bytes(f"{html}</body></html>".encode(), "report.html")
    assert [(b.bullet, b.text) for b in doc.blocks if b.text.endswith(line)] == [(None, line)]
    assert [(b.bullet, b.text) for b in doc.blocks][-1] == ("1.", "D'Waasser geet erof.")
