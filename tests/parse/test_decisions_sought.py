"""A paper's recommendations that each ask a board to approve, agree, note or support something are the
decisions it seeks; recommendations to the public stay advice.

Two layouts: a health board's SBAR paper in Word (a big letter over its word in each row's left cell, the
bullets in the right, "Recommendation" last); and a council committee's report as a PDF (bold headings in
body type, "-" points, "Recommendations" last). Each beside a public health notice whose
"Recommendations" are advice.
"""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

ASKS = [
    "The Executive Team is asked to approve opening 11 further surge beds at the community hospital.",
    "The Executive Team is asked to note the escalation to level 4 and the actions taken.",
]
ADVICE = ["Drink plenty of water and stay out of the sun between 11am and 3pm.", "Check on older neighbours."]


def _sbar(heading: str, points: list[str]) -> bytes:
    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    rows = [("S", "Situation", ["Bed occupancy reached 97% on Monday."]), ("R", heading, points)]
    for letter, word, items in rows:
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(letter).bold = True
        left.add_paragraph().add_run(word).bold = True
        for n, point in enumerate(items):
            p = right.paragraphs[0] if n == 0 else right.add_paragraph()
            p.style = "List Bullet"
            p.add_run(point)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _paper(heading: str, points: list[str]) -> bytes:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=10, spaceAfter=3)
    item = ParagraphStyle("item", parent=body, leftIndent=24, bulletIndent=13, spaceAfter=2)
    story: list = [Paragraph("Heatwave: report to the Executive Team", ParagraphStyle("t", fontSize=16, leading=20))]
    for h, items in (("Situation", ["Temperatures reached 34C on Monday."]), (heading, points)):
        story.append(Paragraph(h, bold))
        story += [Paragraph(p, item, bulletText="-") for p in items]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("write,name", [(_sbar, "paper.docx"), (_paper, "paper.pdf")])
def test_recommendations_asking_the_board_to_decide_are_the_decisions_sought(write, name) -> None:
    report = parse_bytes(write("Recommendation", ASKS), name)[0]
    last = report.sections[-1]
    assert (last.heading, last.key, [i.text for i in last.items]) == ("Recommendation", "decisions", ASKS)


@pytest.mark.parametrize("write,name", [(_sbar, "notice.docx"), (_paper, "notice.pdf")])
def test_recommendations_to_the_public_stay_advice(write, name) -> None:
    report = parse_bytes(write("Recommendations", ADVICE), name)[0]
    last = report.sections[-1]
    assert (last.heading, last.key) == ("Recommendations", "advice")
