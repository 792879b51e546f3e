"""A report's first page with a box of small print beside its head ("WATER AT A GLANCE": the tanks' levels, the
office's extension and the disaster office's number), narrower than the columns a page is usually cut into. Set in
smaller type than the text beside it, with no line level with the text's, it is a sidebar: read apart, it never mixes
its lines into the addressee's, and as a box of figures it is left out. A figure after an abbreviation ("ext. 1")
makes no sentence of it.

The thanks closing the report on a line of its own after the last list ("Fakafetai lasi.") is the writer's, not a
point.

Layouts: sidebars 100, 120 and 140 points wide, in 8 and 8.5 point type beside 10 point text.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

HEAD = ["To: The Director, National Disaster Management Office, Funafuti", "From: The Secretary, Nanumea Kaupule",
        "Copy: Falekaupule of Nanumea; Ministry of Local Government", "",
        "Talofa. Please find below the update on the water situation on Nanumea."]  # fmt: skip
BOX = ["Kaupule cistern 1: 53% full", "Kaupule cistern 2: 33% full", "Church cistern: 23% full",
       "School tank: 59% full", "Kaupule office: ext. 1", "NDMO Funafuti: 20 833"]  # fmt: skip
SECTIONS = [
    ("Summary", ["The island has had no useful rain since 6 September.", "Households on rationed water: 219."]),
    ("Help to households", ["Jerry cans handed out by Red Cross volunteers: 504."]),
    ("Next steps", ["The next report will be sent to the NDMO on 6 October."]),
]


def _pdf(box_width: float, box_size: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFillColorRGB(0.1, 0.3, 0.6)
    c.rect(0, 785, 595, 57, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(46, 812, "NANUMEA KAUPULE")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(52, 745, "DROUGHT SITUATION REPORT No. 1")
    c.setFont("Helvetica", 13)
    c.drawString(52, 726, "Nanumea Kaupule – 5 October 2026, 4:00 pm")
    c.setFont("Helvetica", 10)
    y = 696.0
    for line in HEAD:
        if line:
            c.drawString(52, y, line)
        y -= 13.5
    x = 545 - box_width
    c.setFillColorRGB(0.9, 0.95, 0.95)
    c.rect(x - 6, 605, box_width + 6, 152, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", box_size)
    c.drawString(x, 746, "WATER AT A GLANCE")
    c.setFont("Helvetica", box_size)
    for n, line in enumerate(BOX):
        c.drawString(x, 727 - 17 * n, line)
    y = 585.0
    for name, points in SECTIONS:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(52, y, name)
        y -= 20
        c.setFont("Helvetica", 10)
        for p in points:
            c.drawString(55, y, "•")
            c.drawString(66, y, p)
            y -= 16
        y -= 12
    c.drawString(52, y - 10, "Fakafetai lasi.")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("box_size", [8.0, 8.5])
@pytest.mark.parametrize("box_width", [100.0, 120.0, 140.0])
def test_the_sidebar_and_the_thanks_are_no_points(box_width: float, box_size: float) -> None:
    report = parse_bytes(_pdf(box_width, box_size), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS
    texts = [i.text for s in report.sections for i in s.items]
    assert not any(box in t for t in texts for box in BOX)
