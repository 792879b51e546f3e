"""PDF writer of the ``blind14_layouts`` set: a Philippine province's disaster risk reduction and management
office's "Situational Report" on a tropical storm (the province's and the office's seals left and right of
"Republic of the Philippines", the province and the office centred, the office's address and hotline under a
double rule; "SITUATIONAL REPORT NO. 03", "re: Preparedness Measures and Effects of …" and "as of 6:00 AM, 24
October 2024"; Roman-numbered headings "I. SITUATION OVERVIEW" in bold, "II. EFFECTS" over lettered sub-headings
"A. Affected Population" indented, the points of each section numbered "1.", "2." afresh, an affected
population table by municipality with a TOTAL row and "Source: …" and "Note: …" lines under it, "Actions
taken:" in bold inside a concern's point, a Prepared by / Noted by signature table, the office and "Page 1 of
3" in the footer; "1,250", "12%", "PHP 1.25 million", "October 24").
"""

from __future__ import annotations

import io
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _two_pass
from blind14_layouts_pdf import _count, _split
from council_layouts_gold import Doc

PH_LEAD = "Actions taken:"
TOWNS = (("Alcala City", 0.3), ("San Isidro", 0.22), ("Dinalupihan Norte", 0.18), ("Maria Aurora", 0.16),
         ("Baybay", 0.14))  # fmt: skip


def pdf_sitrep_ph(doc: Doc) -> bytes:
    """The provincial office's situational report as its operations centre issues it every morning."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pw, ph = A4
    margin = 50.0
    when = report_day(doc)
    province = doc.organisation.replace("Province of ", "")
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1, spaceBefore=6),
        "re": ParagraphStyle("re", fontName="Helvetica-Bold", fontSize=10.5, leading=13, alignment=1),
        "asof": ParagraphStyle("o", fontName="Helvetica", fontSize=10, leading=13, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=9, spaceAfter=3),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, leftIndent=18,
                             spaceBefore=5, spaceAfter=2),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=10, leading=13, leftIndent=40, bulletIndent=24,
                             alignment=4, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10, alignment=1),
        "note": ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=8, leading=10, leftIndent=24),
        "sig": ParagraphStyle("s", fontName="Helvetica", fontSize=9.5, leading=12),
    }  # fmt: skip

    def population_table() -> list:
        fam = _split(_count(doc, ("families or",), 1200, r"[\d,]+(?= families or)"), TOWNS)
        per = _split(_count(doc, ("persons are affected",), 4800, r"[\d,]+(?= persons)"), TOWNS)
        ec = _split(_count(doc, ("serving",), 300, r"(?<=serving )[\d,]+"), TOWNS)
        brgys = _split(_count(doc, ("barangays",), 60, r"[\d,]+(?= barangays)"), TOWNS)
        head = ["Municipality / City", "No. of Affected Barangays", "Affected Families", "Affected Persons",
                "Families inside ECs", "Persons inside ECs"]  # fmt: skip
        rows = [head]
        for k, (town, _) in enumerate(TOWNS):
            rows.append([town, str(brgys[k]), f"{fam[k]:,}", f"{per[k]:,}", f"{ec[k]:,}", f"{ec[k] * 4:,}"])
        totals = [sum(int(r[i].replace(",", "")) for r in rows[1:]) for i in range(1, 6)]
        rows.append(["TOTAL", *[f"{v:,}" for v in totals]])
        t = Table([[Paragraph(c, st["cell"]) for c in r] for r in rows], repeatRows=1,
                  colWidths=[104, 72, 72, 72, 72, 72], hAlign="RIGHT")  # fmt: skip
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                               ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
        return [
            Spacer(1, 3),
            t,
            Paragraph("Source: MSWDOs through the PSWDO", st["note"]),
            Paragraph("Note: Ongoing assessment and validation", st["note"]),
            Spacer(1, 4),
        ]

    def story() -> list:
        out = [Spacer(1, 66), Paragraph(f"SITUATIONAL REPORT NO. {doc.number:02d}", st["title"]),
               Paragraph(f"re: Preparedness Measures and Effects of {escape(doc.service)}", st["re"]),
               Paragraph(f"as of 6:00 AM, {when.day} {when:%B %Y}", st["asof"])]  # fmt: skip
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h2" if s.level == 2 else "h"]))
            for k, it in enumerate(s.items, start=1):
                html = escape(it.text, quote=False).replace(f" {PH_LEAD} ", f" <b>{PH_LEAD}</b> ")
                out.append(Paragraph(html, st["li"], bulletText=f"{k}."))
            if s.heading.startswith("A. "):
                out += population_table()
        sign = Table([[Paragraph(x, st["sig"]) for x in ("Prepared by:", "Noted by:")], ["", ""],
                      [Paragraph("<b>MARIA LOURDES D. SANTOS</b>", st["sig"]),
                       Paragraph("<b>ENGR. ROMEO B. CASTILLO</b>", st["sig"])],
                      [Paragraph("LDRRMO II, Operations and Warning Section", st["sig"]),
                       Paragraph("Provincial DRRM Officer", st["sig"])]],
                     colWidths=[(pw - 2 * margin) / 2] * 2, rowHeights=[14, 18, 14, 14])  # fmt: skip
        return [*out, Spacer(1, 18), KeepTogether([sign])]

    def make(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            if c.getPageNumber() == 1:
                for x in (margin + 30, pw - margin - 30):  # the two seals
                    c.setStrokeColor(colors.HexColor("#1F3C88"))
                    c.setLineWidth(1.5)
                    c.circle(x, ph - 70, 27)
                    c.circle(x, ph - 70, 21)
                c.setFont("Helvetica", 9)
                c.drawCentredString(pw / 2, ph - 46, "Republic of the Philippines")
                c.setFont("Helvetica-Bold", 11)
                c.drawCentredString(pw / 2, ph - 60, f"PROVINCE OF {province.upper()}")
                c.setFont("Helvetica-Bold", 10)
                c.drawCentredString(pw / 2, ph - 74, "PROVINCIAL DISASTER RISK REDUCTION AND MANAGEMENT OFFICE")
                c.setFont("Helvetica", 8)
                c.drawCentredString(
                    pw / 2,
                    ph - 87,
                    f"Provincial Capitol Compound, {TOWNS[0][0]} · Hotline: (078) "
                    f"844-1234 · pdrrmo.{province.split()[0].lower()}@gmail.com",
                )
                c.setStrokeColor(colors.black)
                c.setLineWidth(1.2)
                c.line(margin, ph - 104, pw - margin, ph - 104)
                c.setLineWidth(0.5)
                c.line(margin, ph - 107, pw - margin, ph - 107)
            c.setFont("Helvetica", 7.5)
            c.drawString(margin, 30, f"PDRRMO {province} – SitRep No. {doc.number:02d}")
            c.drawRightString(pw - margin, 30, f"Page {c.getPageNumber()} of {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=50,
                              bottomMargin=50, title=f"SitRep No. {doc.number:02d}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    return _two_pass(make)
