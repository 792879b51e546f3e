"""Slides printed as handouts: the footer each slide repeats is furniture, and so is the slide's number set
level with it, wherever on the page the slide stands (not only in the page's margin). Drawn on a canvas:
three slides to a page beside lines for notes, and two slides to a page, centred."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SLIDES = [
    ("Summary", ["Homes without power: 524.", "Nobody has been seriously hurt."]),
    ("Situation", ["The wind has dropped but the sea is still high.", "Roads closed: 1."]),
    ("Forecast", ["More rain and wind up to 30 m/s are expected."]),
    ("Impacts", ["Schools closed: 7.", "Damaged buildings: 162."]),
    ("Response", ["Crews cleared the harbour road.", "Sandbags handed out: 900."]),
    ("Next steps", ["Survey the sea wall at low tide."]),
]
FOOTER = "Harbour Town Council · Crisis group"


def _slide(c: canvas.Canvas, x: float, top: float, w: float, number: int) -> None:
    h = w * 0.5625
    title, points = SLIDES[number - 1]
    c.setStrokeColor(HexColor("#444444"))
    c.rect(x, top - h, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x + 10, top - 20, title)
    c.setFont("Helvetica", 6)
    for k, point in enumerate(points):
        c.drawString(x + 14, top - 36 - 10 * k, f"• {point}")
    c.setFont("Helvetica", 3.5)
    c.drawString(x + 10, top - h + 6, FOOTER)
    c.drawRightString(x + w - 8, top - h + 6, str(number))


def _handouts(per_page: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    for first in range(0, len(SLIDES), per_page):
        if first == 0:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(40, h - 40, "Storm Report 2 – Harbour Town")
        for k in range(per_page):
            n = first + k + 1
            if n > len(SLIDES):
                break
            if per_page == 3:
                top = h - 80 - k * 250
                _slide(c, 60, top, 220, n)
                for line in range(8):
                    c.line(320, top - 10 - line * 18, 540, top - 10 - line * 18)
            else:
                _slide(c, 110, h - 90 - k * 360, 375, n)
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 40, 30, str(first // per_page + 1))
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("per_page", [3, 2])
def test_a_slides_number_beside_its_repeated_footer_is_no_point(per_page: int) -> None:
    report = parse_bytes(_handouts(per_page), "handout.pdf")[0]
    got = {s.heading: [i.text.removeprefix("• ") for i in s.items] for s in report.sections if s.items}
    assert got == dict(SLIDES)
