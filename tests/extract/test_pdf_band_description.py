"""A form service prints its submission under a shaded band across the top of page 1: the logo's letters, the form's
title in the largest print, and under it, in small print, the form's description, a sentence or two ("Civil Defence
Commission – for use by Regional Democratic Councils. Submit by 7:00 PM daily."). The band is the masthead: the
title names the report, and neither the logo's letters nor the description is a heading or a point. A shaded box
under the title holding the report's summary is the report's own, sentences and all."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Regional Situation Report (SITREP)"
DESCRIPTION = [
    "Civil Defence Commission – for use by Regional Democratic Councils and Regional Emergency Operations",
    "Centres. Submit by 7:00 PM daily during an activation.",
]
SECTIONS = [
    ("Summary of the situation", ["3,545 households have been affected by flooding."]),
    ("Relief distribution", ["226 food hampers and cleaning kits have been distributed."]),
]


def _pdf(logo: str, boxed_summary: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFillGray(0.94)
    c.rect(40, h - 104, w - 80, 64, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 70, logo)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(100, h - 62, TITLE)
    c.setFont("Helvetica", 9)
    for n, line in enumerate(DESCRIPTION):
        c.drawString(100, h - 78 - 11 * n, line)
    y = h - 150
    if boxed_summary:
        c.setFillGray(0.9)
        c.rect(40, y - 40, w - 80, 52, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, "Key messages")
        c.setFont("Helvetica", 11)
        c.drawString(50, y - 18, "Flood waters are falling in all villages along the coast and the rivers.")
        y -= 80
    for heading, points in SECTIONS:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, heading)
        c.setFont("Helvetica", 11)
        for point in points:
            y -= 18
            c.drawString(60, y, f"• {point}")
        y -= 30
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("logo", ["CDC", "NDMO"])
@pytest.mark.parametrize("boxed_summary", [False, True], ids=["plain", "summary-box"])
def test_the_band_with_the_form_s_description_is_the_masthead(logo: str, boxed_summary: bool) -> None:
    report = parse_bytes(_pdf(logo, boxed_summary), "submission.pdf")[0]
    assert report.title == TITLE
    expected = [("Key messages", ["Flood waters are falling in all villages along the coast and the rivers."])]
    expected = (expected if boxed_summary else []) + SECTIONS
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == expected
