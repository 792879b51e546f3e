"""Reports in Greek and in Ukrainian as PDF: lines of Greek or Cyrillic letters are words like any others, so a
heading stays a heading on its own line (not glued to the point above it as if it were a stray full stop) and
each point keeps its own text. Two layouts each: platypus paragraphs and lines drawn on a canvas.
"""

from __future__ import annotations

import io

import pytest
from pdf_sheets import Sheet, dejavu
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.read import parse_bytes

GREEK = (
    "Ενημέρωση για τις πυρκαγιές – Νο 3",
    {
        "Συνοπτικά": ["Η πυρκαγιά βρίσκεται σε ύφεση.", "Ο κίνδυνος πυρκαγιάς για αύριο είναι πολύ υψηλός."],
        "Τρέχουσα κατάσταση": ["Στην κατάσβεση επιχειρούν 342 πυροσβέστες.", "Η θερμοκρασία έφτασε τους 41 βαθμούς."],
        "Επιπτώσεις": ["Η κυκλοφορία στην επαρχιακή οδό παραμένει διακοπτόμενη."],
    },
)
UKRAINIAN = (
    "Оперативна інформація № 3",
    {
        "Ситуація": ["Рівень води в річці знижується.", "Відключено електропостачання у 12 будинках."],
        "Наслідки": ["Підтоплено 45 приватних будинків."],
        "Що робимо": ["Рятувальники відкачують воду з підвалів.", "Працюють пункти незламності."],
    },
)


def _platypus(title: str, sections: dict[str, list[str]]) -> bytes:
    regular, bold = dejavu()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    head = ParagraphStyle("h", fontName=bold, fontSize=14, leading=18, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName=regular, fontSize=11, leading=14, leftIndent=14, bulletIndent=2)
    story = [Paragraph(title, ParagraphStyle("t", fontName=bold, fontSize=18, leading=22))]
    for heading, items in sections.items():
        story += [Paragraph(heading, head), *(Paragraph(t, body, bulletText="•") for t in items)]
    doc.build(story)
    return buf.getvalue()


def _canvas(title: str, sections: dict[str, list[str]]) -> bytes:
    regular, bold = dejavu()
    s = Sheet(size=10.5)
    s.line(title, font=bold, size=17)
    s.gap()
    for heading, items in sections.items():
        s.heading(heading, size=13, font=bold)
        for t in items:
            s.text(s.left + 14, s.y, "•", font=regular)
            s.line(t, s.left + 28, font=regular)
            s.gap(0.25)
    return s.pdf()


@pytest.mark.parametrize("report", [GREEK, UKRAINIAN], ids=["greek", "ukrainian"])
@pytest.mark.parametrize("make", [_platypus, _canvas], ids=["platypus", "canvas"])
def test_lines_in_other_scripts_keep_their_headings_and_points_apart(make, report) -> None:
    title, sections = report
    parsed = parse_bytes(make(title, sections), "report.pdf")[0]
    assert [s.heading for s in parsed.sections if s.heading] == list(sections)
    assert [[i.text for i in s.items] for s in parsed.sections if s.heading] == list(sections.values())
