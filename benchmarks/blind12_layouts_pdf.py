"""PDF writers of the ``blind12_layouts`` set: a Danish regional emergency service's "Situationsrapport" (the
service's name and "SITUATIONSRAPPORT" in small capitals over a rule, a details line of report number, date,
time and author, the title; each heading in small capitals, white on a coloured bar across the text width;
"▪" points, "Tiltag:" in bold inside a risk's point; "Fordeling:" (who receives it) at the end, the service's
address and "Side 1 af 2" in the footer; "1.250", "12 %", "21. oktober") and a Czech region's crisis staff's
"Situační zpráva" on a flood (the region's crest line and the staff centred at the top, a ruled Událost /
Datum a čas / Zpracoval / Č. j. table, numbered bold headings "1. Popis situace", "–" points, the risks as a
Riziko | Opatření table, "Schválil: předseda krizového štábu" and "Strana 1 / 2" in the footer; "1 250",
"12 %", "16. září"). Both are set in DejaVu Sans, the Danish and Czech letters being outside the PDF's
standard fonts.
"""

from __future__ import annotations

import io
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts, _two_pass
from blind12_layouts_content import MANEDER_DA, MESICE
from council_layouts_gold import Doc

DA_LEAD = "Tiltag:"
CS_LEAD = "Opatření:"
BAR = "#B4231F"  # the service's red


def _small_caps(text: str, size: float) -> str:
    """Small capitals as a DTP program sets them: capitals at full size, the rest as smaller capitals."""
    out = []
    for ch in text:
        if ch.isupper() or not ch.isalpha():
            out.append(escape(ch))
        else:
            out.append(f'<font size="{size * 0.78:.1f}">{escape(ch.upper())}</font>')
    return "".join(out)


# ---------------------------------------------------------------- Danish situationsrapport


def pdf_situationsrapport_dk(doc: Doc) -> bytes:
    """The emergency service's situation report as its duty officer sends it to the local crisis staff."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    pw, ph = A4
    margin = 60.0
    when = report_day(doc)
    day = f"{when.day}. {MANEDER_DA[when.month - 1]} {when.year}"
    st = {
        "title": ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=16, leading=20, spaceAfter=6),
        "meta": ParagraphStyle("m", fontName="DejaVu", fontSize=8.5, leading=11, spaceAfter=10,
                               textColor=colors.HexColor("#555555")),
        "bar": ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=10.5, leading=13, textColor=colors.white),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=10, leading=13.5, leftIndent=14, bulletIndent=2,
                             spaceAfter=3),
        "small": ParagraphStyle("s", fontName="DejaVu", fontSize=8.5, leading=11, spaceBefore=14),
    }  # fmt: skip
    width = pw - 2 * margin

    def bar(heading: str):
        t = Table([[Paragraph(_small_caps(heading, 10.5), st["bar"])]], colWidths=[width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(BAR)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
        return t

    def story() -> list:
        out = [Paragraph(escape(f"Situationsrapport nr. {doc.number} – {doc.service}"), st["title"]),
               Paragraph(escape(f"Rapport nr. {doc.number}  ·  {day}, kl. 07.00  ·  Udarbejdet af: vagthavende "
                                "indsatsleder"), st["meta"])]  # fmt: skip
        for s in doc.sections:
            out += [Spacer(1, 6), bar(s.heading), Spacer(1, 5)]
            for it in s.items:
                text = escape(it.text, quote=False).replace(f" {DA_LEAD} ", f" <b>{DA_LEAD}</b> ")
                out.append(Paragraph(text, st["li"], bulletText="▪"))
        out.append(Paragraph("Fordeling: Kommunens krisestab, Politiet, Beredskabsstyrelsen, Region Sjælland",
                             st["small"]))  # fmt: skip
        return out

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFillColor(colors.HexColor(BAR))
            c.setFont("DejaVu-Bold", 12)
            c.drawString(margin, ph - 48, doc.organisation.upper())
            c.setFont("DejaVu", 9)
            c.drawRightString(pw - margin, ph - 48, "SITUATIONSRAPPORT")
            c.setStrokeColor(colors.HexColor(BAR))
            c.setLineWidth(1.2)
            c.line(margin, ph - 56, pw - margin, ph - 56)
            c.setFillColor(colors.black)
            c.setFont("DejaVu", 7.5)
            c.drawString(margin, 34, f"{doc.organisation} · Brandstationsvej 4 · 4600 Køge · Tlf. 56 67 20 00")
            c.drawRightString(pw - margin, 34, f"Side {c.getPageNumber()} af {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=76,
                              bottomMargin=56, title=f"Situationsrapport {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)


# ---------------------------------------------------------------- Czech situační zpráva


def pdf_situacni_zprava_cz(doc: Doc) -> bytes:
    """The region's crisis staff's situation report, exported from its template."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    pw, _ph = A4
    margin = 56.0
    when = report_day(doc)
    region = doc.organisation.replace("Krizový štáb ", "")
    st = {
        "c": ParagraphStyle("c", fontName="DejaVu-Bold", fontSize=11, leading=14, alignment=1),
        "big": ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=15, leading=19, alignment=1, spaceBefore=8,
                              spaceAfter=8),
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11, leading=14, spaceBefore=12, spaceAfter=4,
                            keepWithNext=1),
        "li": ParagraphStyle("li", fontName="DejaVu", fontSize=10, leading=13, leftIndent=14, bulletIndent=0,
                             spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName="DejaVu", fontSize=9, leading=11.5),
        "th": ParagraphStyle("th", fontName="DejaVu-Bold", fontSize=9, leading=11.5),
    }  # fmt: skip
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]

    def story() -> list:
        details = [("Událost:", doc.service), ("Datum a čas:", f"{when.day}. {MESICE[when.month - 1]} {when.year}, "
                   "06:00 hod."), ("Zpracoval:", "sekretariát krizového štábu"),
                   ("Č. j.:", f"KUOK {4000 + doc.number * 17}/{when.year}")]  # fmt: skip
        table = Table([[Paragraph(escape(a), st["th"]), Paragraph(escape(b), st["cell"])] for a, b in details],
                      colWidths=[110, pw - 2 * margin - 110])  # fmt: skip
        table.setStyle(TableStyle(grid))
        out = [Paragraph(escape(f"KRAJSKÝ ÚŘAD {region}".upper()), st["c"]), Paragraph("KRIZOVÝ ŠTÁB KRAJE", st["c"]),
               Paragraph(f"SITUAČNÍ ZPRÁVA č. {doc.number}", st["big"]), table]  # fmt: skip
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            if s.risks:
                rows = [[Paragraph("Riziko", st["th"]), Paragraph("Opatření", st["th"])]]
                rows += [[Paragraph(escape(it.body), st["cell"]), Paragraph(escape(it.mitigation or "–"), st["cell"])]
                         for it in s.items]  # fmt: skip
                t = Table(rows, colWidths=[(pw - 2 * margin) * 0.55, (pw - 2 * margin) * 0.45])
                t.setStyle(TableStyle([*grid, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]))
                out += [Spacer(1, 3), t]
                continue
            out += [Paragraph(escape(it.text, quote=False), st["li"], bulletText="–") for it in s.items]
        out += [Spacer(1, 24), Paragraph("Schválil: předseda krizového štábu kraje", st["cell"])]
        return out

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFont("DejaVu", 8)
            c.drawCentredString(pw / 2, 28, f"Strana {c.getPageNumber()} / {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=48,
                              bottomMargin=52, title=f"Situační zpráva {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)
