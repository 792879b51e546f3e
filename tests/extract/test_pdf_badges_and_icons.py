"""Marks a page sets beside its words: a status badge among a form's plain values, and the "i" of an information box.

A ruled grid of fields (bold labels beside plain values) is the report's particulars even where one value is a
status set as a badge, bold on its colour ("RESPONSE"); the grid's fields date the report. The letter an
information box opens with, set apart before its sentence, marks the box as a bullet does: it is no heading.
Layouts: reportlab's platypus (a wiki's page properties table), and its canvas (a box drawn round the note).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["Eleven detections were made inside the control zone."]),
    ("Treatment", ["Bait is sprayed on host trees near each detection.", "Traps are checked every week."]),
]


def _properties(badge: bool) -> bytes:
    styles = getSampleStyleSheet()
    status = Paragraph('<font color="white"><b>RESPONSE</b></font>', styles["Normal"]) if badge else "Response"
    rows = [
        ["Incident", "Fruit fly – Northern Rivers"],
        ["Status", status],
        ["Incident controller", "Sam Whitaker"],
        ["Report date", "2 March 2026"],
    ]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.75, "#c1c7d0"),
        ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (0, -1), "#f4f5f7"),
    ]
    if badge:
        style.append(("BACKGROUND", (1, 1), (1, 1), "#de350b"))
    story = [Paragraph("Fruit fly outbreak – situation report 3", styles["Title"])]
    story += [Table(rows, colWidths=(150, 300), style=TableStyle(style)), Spacer(1, 12)]
    for heading, points in SECTIONS:
        story.append(Paragraph(heading, styles["Heading2"]))
        story += [Paragraph(f"• {p}", styles["Normal"]) for p in points]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("badge", [True, False], ids=["badge", "plain"])
def test_a_grid_of_fields_with_a_status_badge_is_the_reports_particulars(badge: bool) -> None:
    report = parse_bytes(_properties(badge), "properties.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items or s.heading]
    assert got == SECTIONS
    assert str(report.date) == "2026-03-02"


def _info_box(letter: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(56, 780, "Fruit fly outbreak – situation report 3")
    c.setFillColor("#deebff")
    c.rect(56, 700, 480, 44, stroke=0, fill=1)
    c.setFillColor("black")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(66, 726, letter)
    c.setFont("Helvetica", 10)
    c.drawString(84, 726, "This page is the situation report for the incident management team and partners.")
    c.drawString(84, 712, "Please do not forward it outside those groups.")
    y = 670
    for heading, points in SECTIONS:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(56, y, heading)
        y -= 20
        c.setFont("Helvetica", 10)
        for p in points:
            c.drawString(66, y, f"• {p}")
            y -= 15
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("letter", ["i", "!"])
def test_the_mark_an_information_box_opens_with_is_no_heading(letter: str) -> None:
    report = parse_bytes(_info_box(letter), "note.pdf")[0]
    headings = [s.heading for s in report.sections if s.heading]
    assert headings == [h for h, _ in SECTIONS]
    note = [i.text for s in report.sections if not s.heading for i in s.items]
    assert note and note[0].startswith("This page is the situation report"), note
