"""A report exported to PDF from a word processor's template: its title, subtitle and date line large at the top,
then its first section's heading ("Summary") over running paragraphs, set in the print of the headings further
down. That heading opens the first section: it is no line of the title."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["Flood water entered the Riverside collections store on 5 February.", "The galleries remain open."],
    "Damage to collections": ["The lowest shelves of the textile store were under water."],
    "Next steps": ["Move the dried boxes back to Store B by 20 February."],
}


def _report(head: float, bold: bool, subtitle: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(72, 760, "Riverside Store Flood")
    y = 730
    if subtitle:
        c.setFont("Helvetica", 16)
        c.drawString(72, y, "Collections emergency update 1")
        y -= 22
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "Monday 9 February 2026 · Prepared by the Collections Manager")
    y -= 50
    for heading, points in SECTIONS.items():
        c.setFont("Helvetica-Bold" if bold else "Helvetica", head)
        c.drawString(72, y, heading)
        y -= head + 10
        c.setFont("Helvetica", 11)
        for p in points:
            c.drawString(72, y, p)
            y -= 24
        y -= 12
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("head", "bold", "subtitle"), [(15, True, True), (14, True, False), (18, False, True)])
def test_the_first_heading_opens_the_first_section(head: float, bold: bool, subtitle: bool) -> None:
    report = parse_bytes(_report(head, bold, subtitle), "update.pdf")[0]
    assert report.title.startswith("Riverside Store Flood")
    assert "Summary" not in report.title
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS


def test_the_senders_name_over_the_reports_name_stays_the_masthead() -> None:
    # the forum's name set in the headings' print, over "SCG SITUATION REPORT": the sender's, not a section
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 13)
    c.drawString(72, 780, "Sitrep no. 1")
    c.drawString(72, 762, "Date/time: 10/06/2024 14:00")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 730, "Marches Local Resilience Forum")
    c.drawString(72, 712, "SCG SITUATION REPORT")
    y = 670
    for heading, points in SECTIONS.items():
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, y, heading)
        y -= 22
        c.setFont("Helvetica", 11)
        for p in points:
            c.drawString(72, y, p)
            y -= 20
        y -= 12
    c.save()
    report = parse_bytes(buf.getvalue(), "sitrep.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
