"""A mitigation is given only for a risk: an assessment whose heading names no meaning of its own
("Assessment", "Oordeel") and whose points state risks with what is done about them ("Action in place: …",
"Beheersmaatregel: …") is a risk assessment, the report's risks, and its other points are read as risks too.
A section named otherwise ("Verloop", the course of events) keeps no key, a labelled mitigation among its
points or not.

Two layouts: a health board's SBAR paper in Word (four rows, a big letter over its word in the left cell,
the bullets in the right, "Assessment" over risks each with "Action in place:"); and a Dutch situation
report as a PDF (bold headings in body type, "-" items, "Oordeel" over problems, one with its
"Beheersmaatregel:").
"""

from __future__ import annotations

import io

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.model import Report
from sitroom.read import parse_bytes

SBAR = [
    ("S", "Situation", ["Bed occupancy reached 97% on Monday.", "Ambulance handovers averaged 94 minutes."]),
    ("B", "Background", ["Winter plans were agreed by the Board in October."]),
    (
        "A",
        "Assessment",
        [
            "Surge beds are staffed by agency nurses. Action in place: a ward induction on every shift.",
            "The risk of harm to patients waiting in ambulances. Action in place: a cohort area at the front door.",
        ],
    ),
]
OORDEEL = [
    ("Algemeen", ["Sinds gisteren zijn 57.990 aansluitingen zonder stroom."]),
    (
        "Oordeel",
        [
            "Rioolgemalen vallen uit; er dreigt wateroverlast. Beheersmaatregel: mobiele pompen bij de gemalen.",
            "Het risico op uitval van noodstroom bij verpleeghuizen neemt toe.",
        ],
    ),
    ("Verloop", ["De netbeheerder herstelt de kabels in fasen.", "Gemaal Tiel valt uit. Beheersmaatregel: een pomp."]),
]


def _sbar() -> bytes:
    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for letter, word, points in SBAR:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(letter).bold = True
        left.add_paragraph().add_run(word).bold = True
        for n, point in enumerate(points):
            p = right.paragraphs[0] if n == 0 else right.add_paragraph()
            p.style = "List Bullet"
            p.add_run(point)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _situatierapport() -> bytes:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=10, spaceAfter=3)
    item = ParagraphStyle("item", parent=body, leftIndent=24, bulletIndent=13, spaceAfter=2)
    story: list = [Paragraph("Situatierapport 2 – Stroomstoring", ParagraphStyle("t", fontSize=16, leading=20))]
    for heading, points in OORDEEL:
        story.append(Paragraph(heading, bold))
        story += [Paragraph(p, item, bulletText="-") for p in points]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _keys(report: Report) -> dict[str, str | None]:
    return {s.heading: s.key for s in report.sections if s.heading}


def test_an_sbar_assessment_of_risks_with_their_actions_in_place_is_the_risks() -> None:
    report = parse_bytes(_sbar(), "sbar.docx")[0]
    assessment = next(s for s in report.sections if s.heading == "Assessment")
    assert assessment.key == "risks"
    assert [i.mitigation for i in assessment.items] == [
        "a ward induction on every shift.",
        "a cohort area at the front door.",
    ]
    assert _keys(report)["Background"] == "background"


def test_a_judgement_of_problems_one_with_its_measure_is_the_risks_and_another_section_keeps_no_key() -> None:
    keys = _keys(parse_bytes(_situatierapport(), "situatierapport.pdf")[0])
    assert keys == {"Algemeen": "situation", "Oordeel": "risks", "Verloop": None}
