"""A designed report closes each page with a shaded band across its foot: the publisher's name and place, its site
and handle, in a line of small print ("Ministry of Health & Wellness | Western Regional Health Authority, Montego
Bay, St. James"). The band is the page's, not the last section's: left out and counted, on a page of one or of
several, in a band bled off the page or set inside its margins. A box of the report's own at the foot, outlined
and holding a sentence, stays."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

FOOT = [
    "Ministry of Health & Wellness | Western Regional Health Authority, Montego Bay, St. James",
    "www.wrha.gov.jm | @WRHAJamaica",
]
SECTIONS = [
    ("Hospitals", ["Bed occupancy across the region's hospitals stands at 100%."]),
    ("Health risks", ["A shortage of medical oxygen while roads are blocked."]),
]


def _pdf(bled: bool, pages: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    w, _ = letter
    for page in range(pages):
        c.setFont("Helvetica-Bold", 22)
        c.drawString(40, 740, "HURRICANE SITUATION REPORT" if page == 0 else "Situation report (continued)")
        y = 690
        for heading, points in SECTIONS if page == pages - 1 else SECTIONS[:1]:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(50, y, heading if page == pages - 1 else "Overview")
            c.setFont("Helvetica", 10)
            for point in points:
                y -= 16
                c.drawString(60, y, f"• {point}" if page == pages - 1 else "• 23 health centres have reopened.")
            y -= 30
        c.setFillColor(HexColor("#2e7d32"))
        # a thin band bled off the page, or a deeper one inside the margins
        c.rect(0 if bled else 36, 0 if bled else 30, w if bled else w - 72, 34 if bled else 56, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica", 7)
        c.drawString(42, 15 if bled else 51, FOOT[0])
        c.drawRightString(w - 42, 15 if bled else 51, FOOT[1])
        c.setFillColor(HexColor("#000000"))
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("pages", [1, 2])
@pytest.mark.parametrize("bled", [True, False], ids=["bled", "in-margins"])
def test_the_band_across_the_foot_is_the_page_s(bled: bool, pages: int) -> None:
    report = parse_bytes(_pdf(bled, pages), "report.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert not any("Ministry of Health" in t or "www." in t for t in items)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections][-2:] == SECTIONS


def test_a_box_of_the_report_s_own_at_the_foot_stays() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    w, _ = letter
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, 740, "HURRICANE SITUATION REPORT")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 690, "Hospitals")
    c.setFont("Helvetica", 10)
    c.drawString(60, 674, "• Bed occupancy across the region's hospitals stands at 100%.")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 80, "Next steps")
    c.rect(40, 36, w - 80, 34, stroke=1, fill=0)
    c.setFont("Helvetica", 10)
    c.drawString(50, 50, "The regional emergency operations centre will stay open until further notice.")
    c.save()
    report = parse_bytes(buf.getvalue(), "report.pdf")[0]
    assert [i.text for i in report.sections[-1].items] == [
        "The regional emergency operations centre will stay open until further notice."
    ]
