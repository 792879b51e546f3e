"""Slides printed several to a page (a presentation's handouts): each slide drawn at a third of its size, its
24-point bullets a few points high and as close together. The size a line is printed at is its font size times
the scale it is drawn at, so the bullets of a slide are read one by one, in order, not word by word across
lines. Layouts (reportlab, each slide drawn scaled onto the page): three slides down a page with lines for notes
beside them, and six in two columns.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SLIDES = [
    ("Situation", ["Rivers peaked overnight at the harbour.", "Homes without power: 431."]),
    ("Impacts", ["Schools closed: 7.", "Damaged buildings: 162.", "The ferry is cancelled again."]),
    ("Response", ["The sports hall is open as a shelter.", "Sandbags handed out: 1,288."]),
    ("Next steps", ["The crisis group meets at 09:00.", "Damage assessment starts tomorrow."]),
]
SLIDE_W, SLIDE_H = 960, 540


def _slide(c: canvas.Canvas, x: float, y: float, scale: float, title: str, points: list[str]) -> None:
    c.saveState()
    c.translate(x, y)
    c.scale(scale, scale)
    c.rect(0, 0, SLIDE_W, SLIDE_H)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(60, SLIDE_H - 90, title)
    c.setFont("Helvetica", 24)
    for n, point in enumerate(points):
        c.drawString(80, SLIDE_H - 160 - n * 36, f"\u2022 {point}")
    c.restoreState()


def _handout(per_page: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    height = A4[1]
    columns = 2 if per_page == 6 else 1
    scale = 0.25 if columns == 2 else 0.3
    deck = [("Flood situation report 3", ["Crisis group, 13 January 2025"]), *SLIDES]  # the title slide first
    for start in range(0, len(deck), per_page):
        for k, (title, points) in enumerate(deck[start : start + per_page]):
            row, col = divmod(k, columns)
            x = 40 + col * (SLIDE_W * scale + 20)
            y = height - 80 - (row + 1) * (SLIDE_H * scale + 60)
            _slide(c, x, y, scale, title, points)
            if columns == 1:
                for n in range(8):  # lines for notes beside the slide
                    c.line(330, y + 10 + n * 18, 550, y + 10 + n * 18)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("per_page", [3, 6], ids=["three-with-notes", "six-in-two-columns"])
def test_each_slides_bullets_are_read_in_order(per_page: int) -> None:
    report = parse_bytes(_handout(per_page), "handout.pdf")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    for title, points in SLIDES:
        assert got.get(title) == points, (title, got.get(title))
