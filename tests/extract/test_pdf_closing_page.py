"""A deck's last slide that only closes it ("Questions?", "Thank you" in large print, a contact line under
it) tells nothing of the incident: no item. A last page with a heading and its text is read."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SLIDES = [
    ("Current position", ["Supply restored to 3,400 homes on Monday", "Bottled water stations stay open"]),
    ("Next steps", ["Debrief with partners on Friday", "Lessons report to members next month"]),
]


def _deck(size: tuple[float, float], closing: str, last: str | None = "closing") -> bytes:
    width, height = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(40, height / 2 + 20, "Loss of Water Supply")
    c.setFont("Helvetica", 20)
    c.drawString(40, height / 2 - 20, "Members' briefing 3 – 8 February 2024")
    c.showPage()
    for title, points in SLIDES:
        c.setFont("Helvetica-Bold", 30)
        c.drawString(40, height - 60, title)
        y = height - 130
        for point in points:
            c.setFont("Helvetica", 22)
            c.drawString(50, y, "•")
            c.drawString(75, y, point)
            y -= 40
        c.setFont("Helvetica", 9)
        c.drawString(width - 40, 20, str(SLIDES.index((title, points)) + 1))
        c.showPage()
    if last == "closing":
        c.setFont("Helvetica-Bold", 54)
        c.drawCentredString(width / 2, height / 2, closing)
        c.setFont("Helvetica", 16)
        c.drawCentredString(width / 2, height / 2 - 60, "emergency.planning@example.gov.uk · 01632 960 300")
    else:
        c.setFont("Helvetica-Bold", 30)
        c.drawString(40, height - 60, "Contacts")
        c.setFont("Helvetica", 22)
        c.drawString(50, height - 130, "The duty officer answers calls from members until the incident closes.")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("size", "closing"),
    [pytest.param((960, 540), "Questions?", id="16:9-questions"), pytest.param(landscape(A4), "Thank you", id="a4")],
)
def test_a_closing_slide_is_no_item(size, closing):
    report = parse_bytes(_deck(size, closing), "briefing.pdf")[0]
    assert [s.heading for s in report.sections] == [t for t, _ in SLIDES]
    assert [i.text for i in report.items()] == [p for _, points in SLIDES for p in points]


def test_a_last_page_with_text_is_read():
    report = parse_bytes(_deck((960, 540), "", last="contacts"), "briefing.pdf")[0]
    assert "Contacts" in [s.heading for s in report.sections]
