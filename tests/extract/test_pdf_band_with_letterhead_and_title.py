"""A bulletin laid out in a drawing program: a coloured band across the top of its first page holding, at its left,
the logo's letterhead (the state, its motto, the ministry, the office) and, at its right, the bulletin's name, its
season, the office issuing it and its number and week; under the band, two columns of sections, the right one
closing with a box of contacts (an address, a telephone, a website). The band is the masthead, read before the
columns: none of its lines is a section or a point, and the box of contacts is none either. The money's section
("Situation financière", "Financial situation") is the finance."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

W, H = A4
LANG = {
    "french": {
        "left": ["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple – Un But – Une Foi", "Ministère de l'Hydraulique",
                 "Office national de l'assainissement"],
        "right": ["BULLETIN D'INFORMATION", "HIVERNAGE 2026", "Direction régionale de Thiès",
                  "N° 4 | Semaine du 29 août au 4 septembre 2026"],
        "sections": [("POINTS SAILLANTS", "highlights", ["Nombre de quartiers inondés : 23."]),
                     ("SITUATION PLUVIOMÉTRIQUE", "situation", ["Cumul pluviométrique de la semaine (mm) : 88."]),
                     ("SITUATION FINANCIÈRE", "finance", ["Dépenses engagées : 412 millions FCFA."]),
                     ("PERSPECTIVES", "next-steps", ["Le prochain bulletin paraîtra le 11 septembre."])],
        "contacts": ("CONTACTS", ["Direction régionale de Thiès – Quartier Escale, avenue Léopold Senghor",
                                  "Tél. : 33 951 12 12 · www.example.sn"]),
    },
    "english": {
        "left": ["REPUBLIC OF KENTLAND", "Unity – Work – Progress", "Ministry of Water and Sanitation",
                 "National Sanitation Office"],
        "right": ["INFORMATION BULLETIN", "RAINY SEASON 2026", "Northern Regional Directorate",
                  "No. 4 | Week of 29 August to 4 September 2026"],
        "sections": [("HIGHLIGHTS", "highlights", ["Flooded neighbourhoods: 23."]),
                     ("RAINFALL SITUATION", "situation", ["Rainfall this week (mm): 88."]),
                     ("FINANCIAL SITUATION", "finance", ["Spending committed: 412 million."]),
                     ("NEXT STEPS", "next-steps", ["The next bulletin is due on 11 September."])],
        "contacts": ("CONTACTS", ["Northern Regional Directorate – Station Quarter, Senghor Avenue",
                                  "Tel.: 33 951 12 12 · www.example.org"]),
    },
}  # fmt: skip


def _pdf(lang: dict) -> bytes:
    pdfmetrics.registerFont(TTFont("BandSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("BandSansBold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

    def band(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#0b6b3a"))
        canvas.rect(0, H - 110, W, 110, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        for n, line in enumerate(lang["left"]):
            canvas.setFont("BandSansBold" if n == 0 else "BandSans", 8 if n else 9)
            canvas.drawString(100, H - 30 - 13 * n, line)
        for n, line in enumerate(lang["right"]):
            canvas.setFont("BandSansBold" if n < 2 else "BandSans", (16, 12, 8, 8)[n])
            canvas.drawRightString(W - 30, H - 34 - 18 * n, line)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4)
    left = Frame(30, 40, W / 2 - 40, H - 170, id="left")
    right = Frame(W / 2 + 10, 40, W / 2 - 40, H - 170, id="right")
    doc.addPageTemplates([PageTemplate(id="page", frames=[left, right], onPage=band)])
    head = ParagraphStyle("head", fontName="BandSansBold", fontSize=10.5, leading=14, spaceBefore=8,
                          textColor=colors.HexColor("#0b6b3a"))  # fmt: skip
    body = ParagraphStyle("body", fontName="BandSans", fontSize=9.5, leading=12.5, leftIndent=10)
    small = ParagraphStyle("small", fontName="BandSans", fontSize=8.5, leading=11)
    flow = []
    for n, (heading, _, points) in enumerate(lang["sections"]):
        if n == 2:
            flow.append(FrameBreak())
        flow += [Paragraph(heading, head), *(Paragraph(f"■ {p}", body) for p in points)]
    label, lines = lang["contacts"]
    flow += [Paragraph(label, ParagraphStyle("c", parent=small, fontName="BandSansBold", spaceBefore=14))]
    flow += [Paragraph(line, small) for line in lines]
    doc.build(flow)
    return buf.getvalue()


@pytest.mark.parametrize("name", sorted(LANG))
def test_the_band_is_the_masthead_and_the_contacts_box_no_section(name: str) -> None:
    from sitroom.read import parse_bytes

    lang = LANG[name]
    report = parse_bytes(_pdf(lang), "bulletin.pdf")[0]
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == lang["sections"]
