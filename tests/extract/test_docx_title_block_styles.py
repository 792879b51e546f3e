"""A Word file a converter wrote (pandoc from Markdown): its title block is set in the styles "Title",
"Subtitle", "Author" and "Date". The author and date lines are the masthead beside the title, not the title and
no point; the date dates the report."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from sitroom.read import parse_bytes

TITLE = "Air Quality Cell report 4: Brackley Lane recycling site fire"
CELL = "Humber Air Quality Cell (Environment Agency, UKHSA, Met Office, Food Standards Agency)"
POINTS = ["Hourly PM2.5 went above 281 µg/m³ at the nearest monitor overnight.", "Keep windows and doors shut."]


def _pandoc(author: str, when: str, subtitle: bool) -> bytes:
    d = docx.Document()
    for name in ("Author", "Date"):
        d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = d.styles["Normal"]
    d.add_paragraph(TITLE, style="Title")
    if subtitle:
        d.add_paragraph("Advice to the Strategic Co-ordinating Group", style="Subtitle")
    d.add_paragraph(author, style="Author")
    d.add_paragraph(when, style="Date")
    d.add_heading("Key messages", level=1)
    for p in POINTS:
        d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    "author,when,subtitle",
    [
        (CELL, "14 August 2025, 15:00", True),
        ("Dr A. Patel", "2025-08-14", False),
    ],
)
def test_the_author_and_date_lines_are_the_masthead(author, when, subtitle) -> None:
    report = parse_bytes(_pandoc(author, when, subtitle), "aqc-report-4.docx")[0]
    assert report.title.startswith(TITLE) and author not in report.title
    assert report.date.isoformat() == "2025-08-14"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [("Key messages", POINTS)]
