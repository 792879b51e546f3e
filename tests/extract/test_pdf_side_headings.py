"""Side headings (reportlab): each heading in a narrow column left of its text, some wrapping onto a
second line there, under a details table ("Sitrep no. | Issued | Prepared by | Next sitrep").

A reader takes a heading that wraps in its column ("Capability and" / "capacity") for one heading, and
the details table under the title for the report's details: left out and counted, not items.
"""

from __future__ import annotations

import io
from html import escape

import pytest

from sitroom.read import parse_bytes

TITLE = "Harbour Ward – Situation Report 6, 14 May 2021"
# (heading, level, items): a level-1 heading with sub-sections has no text of its own beside it
SECTIONS = [
    ("Key activities", 1, [
        "Food parcels reached 212 households that are self-isolating.",
        "The community hub now opens on Saturday mornings.",
    ]),
    ("Capability and capacity", 1, []),
    ("Workforce", 2, ["Sickness absence across the ward team stands at 4%."]),
    ("Finance", 2, ["Spend on the hub so far is £18,000, within the grant."]),
    ("Business continuity and recovery", 1, [
        "Library services restart with click and collect next week.",
        "The recovery group agreed its terms of reference.",
    ]),
    ("Public information", 1, ["Leaflets went to every household in the ward."]),
]  # fmt: skip
DETAILS = [("Sitrep no.", "6"), ("Issued", "14 May 2021, 0900 hrs"), ("Prepared by", "Ward Resilience Lead"),
           ("Next sitrep", "Friday, or sooner if needed")]  # fmt: skip


def _table_layout() -> bytes:
    """A4: the headings in a 4.3 cm column of a borderless table, teal and bold; the details table a
    shaded row of bold labels over a row of values."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    teal = colors.HexColor("#00697A")
    st = {
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8),
        "side": ParagraphStyle("side", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=teal),
        "side2": ParagraphStyle("side2", fontName="Helvetica-BoldOblique", fontSize=9.5, leading=12, leftIndent=8),
        "text": ParagraphStyle("text", fontName="Helvetica", fontSize=10, leading=13, leftIndent=11, bulletIndent=0),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    }  # fmt: skip
    width = A4[0] - 4 * cm
    details = Table([[Paragraph(escape(k), st["head"]) for k, _ in DETAILS],
                     [Paragraph(escape(v), st["cell"]) for _, v in DETAILS]], colWidths=[width / 4] * 4)  # fmt: skip
    details.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFF1"))]))  # fmt: skip
    story: list = [Paragraph(escape(TITLE), st["name"]), details, Spacer(1, 10)]
    for heading, level, items in SECTIONS:
        side = Paragraph(escape(heading), st["side"] if level == 1 else st["side2"])
        bullets = [Paragraph(escape(t), st["text"], bulletText="•") for t in items] or [""]
        rows = [[side if n == 0 else "", b] for n, b in enumerate(bullets)]
        t = Table(rows, colWidths=[4.3 * cm, width - 4.3 * cm])
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)]
        if level == 1:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 1.2, teal))
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 5)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, invariant=1).build(story)
    return buf.getvalue()


def _margin_layout() -> bytes:
    """US Letter drawn line by line: the headings in a 1.3 inch margin column in Times bold, the text
    beside them; the details table small labels over values in larger print, with no rules."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    w, h = LETTER
    left, text_x, y = 54, 54 + 1.3 * 72, h - 72
    c.setFont("Times-Bold", 18)
    c.drawString(left, y, TITLE)
    y -= 30
    for n, (label, value) in enumerate(DETAILS):
        x = left + n * (w - 2 * left) / 4
        c.setFont("Times-Roman", 8)
        c.drawString(x, y, label)
        c.setFont("Times-Roman", 10)
        c.drawString(x, y - 12, value)
    y -= 44
    for heading, level, items in SECTIONS:
        c.setFont("Times-Bold", 11 if level == 1 else 10)
        words, lines = heading.split(), []
        while words:  # wrap the heading inside its column
            line = words.pop(0)
            while words and c.stringWidth(f"{line} {words[0]}", "Times-Bold", 11) < 1.2 * 72 - (8 if level == 2 else 0):
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        for k, line in enumerate(lines):
            c.drawString(left + (8 if level == 2 else 0), y - k * 13, line)
        top = y
        for t in items:
            c.setFont("Times-Roman", 11)
            c.drawString(text_x, y, "•")
            c.drawString(text_x + 11, y, t)
            y -= 16
        y = min(y, top - 13 * len(lines)) - 10
    c.showPage()
    c.save()
    return buf.getvalue()


LAYOUTS = {"table": _table_layout, "margin": _margin_layout}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_side_heading_wrapped_in_its_column_is_one_heading(layout):
    report = parse_bytes(LAYOUTS[layout](), "sitrep-6.pdf")[0]
    assert [s.heading for s in report.sections] == [h for h, _, _ in SECTIONS]
    assert [[it.text for it in s.items] for s in report.sections] == [items for _, _, items in SECTIONS]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_details_table_under_the_title_is_left_out_and_counted(layout):
    report = parse_bytes(LAYOUTS[layout](), "sitrep-6.pdf")[0]
    texts = [it.text for s in report.sections for it in s.items] + [s.heading or "" for s in report.sections]
    for label, value in DETAILS:
        assert not any(label in t or value in t for t in texts)
    assert report.title == TITLE
    assert any("details table" in w for w in report.warnings)
