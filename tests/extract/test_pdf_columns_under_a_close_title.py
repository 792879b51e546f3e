"""Two columns of running sections under a title and date line set close over them: the title lines are read
first, then the left column and then the right one, even where two headings' bars happen to stand level
across the columns. Drawn on a canvas: headings on shaded bars, and headings underlined; the columns'
text flows from the left column into the right."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["Heavy rain flooded three districts overnight.", "No deaths have been reported so far."]),
    ("Current situation", ["River levels are falling slowly.", "Some village roads are still closed."]),
    ("Forecast", ["An orange warning is in force until Friday.", "Showers are likely in the hills."]),
    ("Impacts", ["Homes damaged: 447.", "A landslide cut the road to two villages.", "Schools closed: 3."]),
    ("Response", ["Tents handed out: 1,423.", "Rescue teams moved families from the river banks."]),
    ("Staff and equipment", ["Staff and volunteers deployed: 464."]),
    ("Costs", ["Spent so far: 367,000.", "Funds were asked from the province."]),
    ("Next steps", ["The coordination council meets on Friday."]),
]


def _page(bars: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(54, h - 60, "Flood Situation Report No. 1 – Gilan")
    c.setFont("Helvetica", 12)
    c.drawString(54, h - 74, "Situation as of Wednesday 2 April 2025, 08:00 local time")
    width, gutter = (w - 108 - 24) / 2, 24
    x, y = 54.0, h - 79
    column = 0
    for heading, items in SECTIONS:
        need = 22 + 13 * len(items)
        if y - need < 80 and column == 0:
            column, x, y = 1, 54 + width + gutter, h - 79
        if bars:
            c.setFillColor(HexColor("#dde7f0"))
            c.rect(x, y - 16, width, 16, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x + 4, y - 12, heading)
        if not bars:
            c.line(x, y - 15, x + width, y - 15)
        y -= 30
        c.setFont("Helvetica", 9)
        for item in items:
            c.drawString(x + 6, y, "•")
            c.drawString(x + 16, y, item)
            y -= 13
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("bars", [True, False], ids=["bars", "underlined"])
def test_the_columns_under_a_close_title_are_read_one_after_the_other(bars: bool) -> None:
    report = parse_bytes(_page(bars), "report.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == SECTIONS
    assert report.title.startswith("Flood Situation Report No. 1")
