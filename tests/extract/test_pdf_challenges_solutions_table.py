"""A health delegation's sitrep printed to PDF with its challenges in a framed table: "Défis | Solutions proposées |
Responsable" ("Challenges | Proposed solutions | Owner"), each cell wrapping over lines. Each row is one risk whose
solution is its mitigation; the owner cell is no heading and no point. The signer's post and name (a given name
joined by a hyphen, "Dr Marie-Claire Ebongue") close the report at the right, and the contacts under them
("Centre régional des opérations d'urgence de santé publique, Douala : crousp@example.cm") are no point either. In
French and English."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

LANG = {
    "french": {
        "title": "Rapport de situation choléra N°3",
        "sections": [("I. POINTS SAILLANTS", ["Nouveaux cas suspects notifiés cette semaine : 85."]),
                     ("II. PROCHAINES ÉTAPES", ["Lancement de la campagne de vaccination orale le 11 mars."])],
        "table_heading": "III. DÉFIS ET SOLUTIONS",
        "header": ["Défis", "Solutions proposées", "Responsable"],
        "rows": [("Rupture de stock de solutés et de sels de réhydratation orale dans trois districts.",
                  "Commande d'urgence passée auprès du Fonds régional pour la promotion de la santé.",
                  "FRPS, DRSP"),
                 ("Le risque de réticence des communautés à la vaccination est sous surveillance.",
                  "Implication des leaders religieux et des chefs traditionnels.", "DRSP / Districts de santé")],
        "post": "Le Délégué Régional de la Santé Publique,",
        "contact": "Centre régional des opérations d'urgence de santé publique, Douala : crousp@example.cm",
    },
    "english": {
        "title": "Cholera Situation Report No. 3",
        "sections": [("I. HIGHLIGHTS", ["New suspected cases notified this week: 85."]),
                     ("II. NEXT STEPS", ["The oral vaccination campaign starts on 11 March."])],
        "table_heading": "III. CHALLENGES AND SOLUTIONS",
        "header": ["Challenges", "Proposed solutions", "Owner"],
        "rows": [("Stock-outs of oral rehydration salts and intravenous fluids in three districts.",
                  "An emergency order has been placed with the regional health promotion fund.",
                  "Regional health fund"),
                 ("The risk of community reluctance to vaccination is being monitored.",
                  "Religious and traditional leaders are involved in the campaign.", "District health teams")],
        "post": "The Regional Delegate for Public Health,",
        "contact": "Regional public health emergency operations centre, Douala : eoc@example.cm",
    },
}  # fmt: skip


def _pdf(lang: dict) -> bytes:
    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19)
    right = ParagraphStyle("right", parent=body, alignment=2)
    flow = [Paragraph(lang["title"], title), Spacer(1, 12)]
    for heading, points in lang["sections"]:
        flow += [Paragraph(heading, head), *(Paragraph(f"• {p}", body) for p in points)]
    white = ParagraphStyle("white", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    data = [[Paragraph(h, white) for h in lang["header"]]]
    data += [[Paragraph(c, cell) for c in row] for row in lang["rows"]]
    table = Table(data, colWidths=[200, 190, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    flow += [Paragraph(lang["table_heading"], head), table, Spacer(1, 24)]
    flow += [Paragraph(lang["post"], right), Spacer(1, 14),
             Paragraph("<b>Dr Marie-Claire Ebongue</b>", right), Spacer(1, 16),
             Paragraph(lang["contact"], ParagraphStyle("small", parent=body, fontSize=9))]  # fmt: skip
    SimpleDocTemplate(buf, pagesize=A4).build(flow)
    return buf.getvalue()


@pytest.mark.parametrize("name", sorted(LANG))
def test_each_challenge_row_is_a_risk_with_its_solution(name: str) -> None:
    lang = LANG[name]
    report = parse_bytes(_pdf(lang), "sitrep.pdf")[0]
    by_heading = {s.heading: s for s in report.sections}
    table = by_heading[lang["table_heading"]]
    assert [(i.text, i.mitigation) for i in table.items] == [(r[0], r[1]) for r in lang["rows"]]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, points in lang["sections"] for p in points] + [r[0] for r in lang["rows"]]
