"""A ruled row of the report's particulars under its title, each cell a bold label run in before its value ("Date:
20/07/2026 | Time: 18:00 hrs | Prepared by: Duty Manager"), with a row spanning it under ("Distribution: …"), gives
the report's fields: no headings, no items. Drawn with reportlab in one row and in two, in English and French."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8)
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
FIELDS = {
    "english": [("Date", "20/07/2026"), ("Time", "18:00 hrs"), ("Directorate", "Fujairah"),
                ("Prepared by", "Duty Manager, NCC (4)")],
    "french": [("Date", "20/07/2026"), ("Heure", "18 h"), ("Direction", "Nord"),
               ("Rédigé par", "le cadre de permanence")],
}  # fmt: skip
SECTIONS = [
    ("1. Summary", ["Customers affected by interruptions in the last 24 hours: 11,143."]),
    ("2. Next steps", ["Commission the new substation in the industrial area by 26 July."]),
]


def _pdf(language: str, spanning: bool) -> bytes:
    fields = FIELDS[language]
    rows = [[Paragraph(f"<b>{label}:</b> {value}", CELL) for label, value in fields]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    if spanning:
        rows.append([Paragraph("<b>Distribution:</b> Local Emergency Team; Director of Operations", CELL), "", "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(rows, colWidths=[100, 90, 120, 170])
    table.setStyle(TableStyle(style))
    story = [Paragraph("DAILY SITUATION REPORT", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15)),
             Spacer(1, 12), table]  # fmt: skip
    for heading, points in SECTIONS:
        story += [Paragraph(heading, HEAD), *(Paragraph(p, BODY) for p in points)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


@pytest.mark.parametrize("spanning", [False, True], ids=["one-row", "two-rows"])
@pytest.mark.parametrize("language", sorted(FIELDS))
def test_a_ruled_row_of_particulars_is_no_section(language: str, spanning: bool) -> None:
    report = parse_bytes(_pdf(language, spanning), "sitrep.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
