"""A Danish emergency service's situation report ("Situationsrapport") in PDF.

Under the title, the details line ("Rapport nr. 3 · 21. oktober 2024, kl. 07.00 · Udarbejdet af: …") dates
the report and is no part of its name; the sections are named in Danish, the situation in the definite form
("Situationen") and the next report closing it ("Næste situationsrapport"); each risk's point carries its
mitigation after "Tiltag:"; the list of whom the report goes to ("Fordeling: …") closes it and is no item.

Two layouts: headings in small capitals, white on a coloured bar, "▪" points and "Tiltag:" in bold (a
paragraph flow as a DTP program exports it); and a page drawn line by line, the headings in bold
capitals, "•" points. The letters are outside the PDF's standard fonts: set in DejaVu Sans.
"""

from __future__ import annotations

import io
from datetime import date
from html import escape

from pdf_sheets import dejavu

from sitroom.read import parse_bytes

TITLE = "Situationsrapport nr. 3 – Stormflod"
DETAILS = "Rapport nr. 3 · 21. oktober 2024, kl. 07.00 · Udarbejdet af: vagthavende indsatsleder"
RISKS = [
    ("Udmattelse blandt de frivillige er stigende.", "Vagtplan med hvileperioder og afløsning fra nabokommunerne."),
    ("Strømudfald på renseanlægget.", "Nødgenerator og brændstof til tre døgn på stedet."),
]
SECTIONS = [
    ("Situationen", "situation", ["Digerne ved Strandvejen holder, men er overskyllet to steder.",
                                  "Vandstanden i havnen er 138 cm over daglig vande."]),
    ("Konsekvenser for borgerne", "impacts", ["219 kældre er oversvømmet i den gamle bydel."]),
    ("Risici", "risks", [f"{risk} Tiltag: {mitigation}" for risk, mitigation in RISKS]),
    ("Kommunikation", "communications", ["Pressemeddelelse udsendt klokken 09.00."]),
    ("Næste situationsrapport", "next-steps", ["Statusmøde i den lokale beredskabsstab klokken 14.00."]),
]  # fmt: skip
DISTRIBUTION = "Fordeling: Kommunens krisestab, Politiet, Beredskabsstyrelsen, Region Sjælland"


def _bars() -> bytes:
    """A4: the title and a grey details line, each heading in small capitals white on a red bar, "▪"
    points with "Tiltag:" in bold, the distribution list and the footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    regular, bold = dejavu()
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, spaceAfter=6),
        "meta": ParagraphStyle("m", fontName=regular, fontSize=8.5, leading=11, spaceAfter=10),
        "bar": ParagraphStyle("b", fontName=bold, fontSize=10.5, leading=13, textColor=colors.white),
        "li": ParagraphStyle("li", fontName=regular, fontSize=10, leading=13.5, leftIndent=14, bulletIndent=2),
        "small": ParagraphStyle("s", fontName=regular, fontSize=8.5, leading=11, spaceBefore=14),
    }  # fmt: skip

    def small_caps(text: str) -> str:
        return "".join(
            escape(ch) if ch.isupper() or not ch.isalpha() else f'<font size="8.2">{escape(ch.upper())}</font>'
            for ch in text
        )

    story: list = [Paragraph(escape(TITLE), st["title"]), Paragraph(escape(DETAILS), st["meta"])]
    for heading, _, items in SECTIONS:
        bar = Table([[Paragraph(small_caps(heading), st["bar"])]], colWidths=[475])
        bar.setStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#B4231F"))])
        story += [Spacer(1, 6), bar, Spacer(1, 5)]
        for item in items:
            text = escape(item).replace(" Tiltag: ", " <b>Tiltag:</b> ")
            story.append(Paragraph(text, st["li"], bulletText="▪"))
    story.append(Paragraph(escape(DISTRIBUTION), st["small"]))

    def footer(c, _doc) -> None:
        c.setFont(regular, 7.5)
        c.drawString(60, 34, "Beredskab Nordkyst · Brandstationsvej 4 · 4600 Køge · Tlf. 56 67 20 00")
        c.drawRightString(535, 34, "Side 1 af 1")

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story, onFirstPage=footer)
    return buf.getvalue()


def _drawn() -> bytes:
    """A4 drawn line by line: the title, the details line in small print, bold capital headings, "•"
    points, the distribution list."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = dejavu()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = A4[1] - 70
    c.setFont(bold, 16)
    c.drawString(60, y, TITLE)
    y -= 20
    c.setFont(regular, 8.5)
    c.drawString(60, y, DETAILS)
    y -= 30
    for heading, _, items in SECTIONS:
        c.setFont(bold, 10.5)
        c.drawString(60, y, heading.upper())
        y -= 18
        for item in items:
            c.setFont(regular, 10)
            c.drawString(66, y, "•")
            c.drawString(78, y, item)
            y -= 15
        y -= 10
    c.setFont(regular, 8.5)
    c.drawString(60, y - 10, DISTRIBUTION)
    c.save()
    return buf.getvalue()


def test_a_danish_situation_report_is_read_in_both_layouts() -> None:
    for layout in (_bars, _drawn):
        report = parse_bytes(layout(), "situationsrapport.pdf")[0]
        assert [(s.heading or "").casefold() for s in report.sections] == [h.casefold() for h, _, _ in SECTIONS]
        assert [s.key for s in report.sections] == [k for _, k, _ in SECTIONS]
        assert [[i.text for i in s.items] for s in report.sections] == [items for _, _, items in SECTIONS]
        risks = report.sections[2]
        assert [i.mitigation for i in risks.items] == [m for _, m in RISKS]
        assert report.title == TITLE
        assert report.date == date(2024, 10, 21)
        assert report.number == 3
