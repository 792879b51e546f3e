"""A bilingual report's details table under its title, each label in both languages ("Date and time / Date
et heure", "Operational period / Période opérationnelle", the label wrapping in its cell), under a masthead
naming the centre in both languages, is the report's particulars: no label becomes a heading, no value an
item, and the report's date is read. A label in two languages is one label said twice: its longer half is
weighed. "Distribution / Diffusion: …" closing the report is its list of recipients, not an item.

Two layouts: a ruled Word export (bold labels, shaded, beside plain values) and a page drawn line by line
(bold labels, no rules, the long label wrapping onto a line of its own).
"""

from __future__ import annotations

import io
from datetime import date
from html import escape

import pytest

from sitroom.read import parse_bytes

MASTHEAD = [
    "Province of Eastmarch / Province d'Eastmarch",
    "Provincial Emergency Operations Centre / Centre provincial des opérations d'urgence",
]
TITLE = "SITUATION REPORT / RAPPORT DE SITUATION #4"
FIELDS = [
    ("Event / Événement", "Spring Flooding 2024"),
    ("Date and time / Date et heure", "May 3, 2024, 10:00 CDT / HAC"),
    ("Operational period / Période opérationnelle", "May 3, 2024 10:00 – 10:00 (+24 h)"),
    ("Prepared by / Préparé par", "Planning Section / Section de la planification"),
]
SECTIONS = [
    ("Situation Overview / Aperçu de la situation", ["The Red Fork river crested overnight at 7.4 m."]),
    ("Impacts / Répercussions", ["Highway 12 is closed between Elm Ford and Crane Bay."]),
    ("Next Report / Prochain rapport", ["May 4, 2024 at 10:00 CDT."]),
]
KEYS = ["situation", "impacts", "next-steps"]
DISTRIBUTION = "Distribution / Diffusion: EOC partners, municipal EOCs / partenaires du COU, COU municipaux"


def _ruled() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    st = {
        "m": ParagraphStyle("m", fontName="Helvetica-Bold", fontSize=10, leading=13, alignment=1),
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=10, spaceAfter=4),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=14, bulletIndent=2),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=8.5, leading=10.5, spaceBefore=12),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    }  # fmt: skip
    grid = Table([[Paragraph(escape(a), st["cellb"]), Paragraph(escape(b), st["cell"])] for a, b in FIELDS],
                 colWidths=[140, 240])  # fmt: skip
    grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8F0F8"))])  # fmt: skip
    story: list = [Paragraph(escape(m), st["m"]) for m in MASTHEAD]
    story += [Paragraph(escape(TITLE), st["title"]), grid]
    for heading, items in SECTIONS:
        story.append(Paragraph(escape(heading), st["h"]))
        story += [Paragraph(escape(t), st["li"], bulletText="•") for t in items]
    story.append(Paragraph(escape(DISTRIBUTION), st["p"]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=LETTER, invariant=1).build(story)
    return buf.getvalue()


def _drawn() -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    left, y = 60, LETTER[1] - 60
    for line in MASTHEAD:
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(LETTER[0] / 2, y, line)
        y -= 13
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(LETTER[0] / 2, y - 6, TITLE)
    y -= 34
    for label, value in FIELDS:
        first, _, rest = label.partition(" opérationnelle")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(left, y, first)
        c.setFont("Helvetica", 8.5)
        c.drawString(left + 200, y, value)
        if rest or first != label:
            y -= 11
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(left, y, "opérationnelle")
        y -= 17
    y -= 12
    for heading, items in SECTIONS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left, y, heading)
        y -= 16
        c.setFont("Helvetica", 9.5)
        for item in items:
            c.drawString(left + 4, y, "•")
            c.drawString(left + 16, y, item)
            y -= 13
        y -= 10
    c.setFont("Helvetica", 8.5)
    c.drawString(left, y - 10, DISTRIBUTION)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("make", [_ruled, _drawn])
def test_a_details_table_of_labels_in_two_languages_is_the_reports_particulars(make) -> None:
    report = parse_bytes(make(), "sitrep.pdf")[0]
    labels = {label for label, _ in FIELDS}
    assert not any(s.heading and s.heading.startswith(tuple(labels)) for s in report.sections)
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == [(h, key, items) for (h, items), key in zip(SECTIONS, KEYS, strict=True)]
    assert report.date == date(2024, 5, 3)
