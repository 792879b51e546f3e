"""A risk table whose header row is set smaller than its records (white on a dark band, as a report's house style
sets table heads) is still one table: each record one risk with its treatment, the rating a field, and the heading
after the table a heading. Drawn with a reporting tool's table and printed from a browser."""

from __future__ import annotations

import io
from html import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

HEADER = ("Risk / issue", "Rating", "Treatment")
RISKS = [
    ("The risk of fatigue among response personnel is being monitored.", "Medium", "–"),
    (
        "The risk of spread to neighbouring properties is being monitored.",
        "High",
        "Biosecurity checkpoints operate on all roads into the restricted area.",
    ),
    ("Feed deliveries to the restricted area may run short next week.", "Medium", "A second supplier is on standby."),
]
BEFORE = ("Situation", ["Three infected premises are confirmed.", "Movement controls remain in place."])
AFTER = ("Communications", ["196 calls were taken by the hotline in the last 24 hours."])


def _drawn() -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
    cell_head = ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor="white")
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22)
    flow: list = [Paragraph("Avian influenza – situation report 4", title)]
    flow += [Paragraph(BEFORE[0], head), *(Paragraph(f"• {t}", body) for t in BEFORE[1])]
    flow += [Paragraph("Risks and issues", head)]
    data = [[Paragraph(h, cell_head) for h in HEADER]] + [[Paragraph(c, body) for c in r] for r in RISKS]
    table = Table(data, colWidths=[200, 60, 235])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), "#0b3d4a"),
                ("GRID", (0, 0), (-1, -1), 0.5, "#999999"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    flow += [table, Spacer(1, 6), Paragraph(AFTER[0], head), *(Paragraph(f"• {t}", body) for t in AFTER[1])]
    doc.build(flow)
    return out.getvalue()


def _browser() -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in RISKS)
    html = (
        "<html><head><style>body{font:10pt 'Liberation Sans'} h2{font-size:13pt} table{border-collapse:collapse}"
        "th{font-size:8pt;background:#0b3d4a;color:white;text-align:left} td,th{border:1px solid #999;padding:3px;"
        "vertical-align:top}</style></head><body><h1>Avian influenza – situation report 4</h1>"
        f"<h2>{BEFORE[0]}</h2><ul>{''.join(f'<li>{t}</li>' for t in BEFORE[1])}</ul><h2>Risks and issues</h2>"
        f"<table><tr>{''.join(f'<th>{escape(h)}</th>' for h in HEADER)}</tr>{rows}</table>"
        f"<h2>{AFTER[0]}</h2><ul>{''.join(f'<li>{t}</li>' for t in AFTER[1])}</ul></body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()


@pytest.mark.parametrize("make", [_drawn, _browser], ids=["drawn", "browser"])
def test_a_register_under_a_header_in_smaller_print_is_one_table(make) -> None:
    report = parse_bytes(make(), "sitrep.pdf")[0]
    sections = {s.heading: [(i.text, i.mitigation) for i in s.items] for s in report.sections if s.heading}
    assert sections["Risks and issues"] == [(r, None if t == "–" else t) for r, _, t in RISKS]
    assert sections[AFTER[0]] == [(t, None) for t in AFTER[1]]
    assert "Risk / issue" not in sections
