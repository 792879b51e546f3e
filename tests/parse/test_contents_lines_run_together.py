"""A document outline printed at the top without page numbers (as an online editor's download prints its
headings' links) is the report's contents, even where its lines were read as one paragraph: "Summary Weather
Outlook Campus Operations" is the headings still to come, one after another. A paragraph that merely uses some
of those words stays.

Three layouts: a PDF with the outline as blue underlined lines over bold headings and bullets, a PDF with the
outline in plain type, and a Word document with the outline as one paragraph broken by line breaks.
"""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Winter Storm Situation Update #2"
SECTIONS = {
    "Summary": ["5,066 students remain in residence halls.", "Campus operations are modified until further notice."],
    "Weather Outlook": ["The National Weather Service forecasts 8 inches of additional snow tonight."],
    "Campus Operations": ["Two dining halls are open on reduced hours."],
    "Public Safety": ["The warming center at the student union is open 24 hours."],
    "Staffing": ["41 essential staff are on campus."],
}


def _pdf(linked: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER)
    y = 740
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, y, TITLE)
    y -= 30
    c.setFont("Helvetica", 11)
    for heading in SECTIONS:
        c.setFillColor(HexColor("#1155cc") if linked else HexColor("#000000"))
        c.drawString(72, y, heading)
        if linked:
            c.line(72, y - 1.5, 72 + c.stringWidth(heading, "Helvetica", 11), y - 1.5)
        y -= 14
    c.setFillColor(HexColor("#000000"))
    y -= 16
    for heading, items in SECTIONS.items():
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, y, heading)
        y -= 20
        c.setFont("Helvetica", 11)
        for item in items:
            c.drawString(84, y, "•")
            c.drawString(100, y, item)
            y -= 15
        y -= 12
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    outline = d.add_paragraph()
    for n, heading in enumerate(SECTIONS):
        run = outline.add_run(heading)
        if n < len(SECTIONS) - 1:
            run.add_break()
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=1)
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("make", "name"),
    [(lambda: _pdf(True), "update.pdf"), (lambda: _pdf(False), "update.pdf"), (_docx, "update.docx")],
    ids=["pdf-links", "pdf-plain", "docx-breaks"],
)
def test_an_outline_without_page_numbers_is_left_out(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items or s.heading] == list(
        SECTIONS.items()
    )
