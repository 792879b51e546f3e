"""PDF writer of the ``blind56_layouts`` set drawn with reportlab: a Kenyan water service provider's drought
situation report typed in Word and converted to PDF with Nitro Pro.

A Kenyan water service provider rationing water in a drought: the weekly "Drought Response Situation Report" to
the Water Services Regulatory Board and the county's water department, typed in Word on the company's template and
converted with Nitro Pro, as the companies and county offices send their PDFs: the letterhead centred (the logo,
the company's name in bold capitals, "P.O. Box …", telephone, e-mail and web address, the ISO line) over a double
rule, "REF:" and "DATE:" ("16th February, 2026") in a borderless table, "TO:" and "CC:" with their lines, the title
in bold capitals underlined ("DROUGHT RESPONSE SITUATION REPORT NO. 3"), "Reporting period: …", each section's
name in bold capitals after its number ("1.0 HIGHLIGHTS"), the summary as paragraphs, the other points bulleted,
"Mitigation measures:" in bold, the table "Prepared by / Approved by" with name, designation, "Signature:" and
"Date:" lines, and on every page the footer with the company's slogan at the left and "Page 1 of 2" at the right.
"KSh 34,000,000" (a pound as a hundred shillings), "1,250", "12%", "16th February", "(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind56_layouts_banks_home import DROUGHT
from blind56_layouts_content import parts
from council_layouts_gold import Doc

WSPS = (("NCWSC", "P.O. Box 30656 – 00100, Nairobi", "+254 703 080 000", "nairobiwater.co.ke", "Peter Kamau",
         "Ruth Wanjiku", "Water for All, Always"),
        ("MOWASCO", "P.O. Box 90128 – 80100, Mombasa", "+254 709 913 000", "mowasco.co.ke", "Hassan Omar",
         "Grace Achieng", "Quality Water, Our Commitment"),
        ("NAWASSCO", "P.O. Box 12550 – 20100, Nakuru", "+254 709 856 000", "nawassco.co.ke", "Joseph Kiprono",
         "Mercy Chebet", "Maji ni Uhai"),
        ("KIWASCO", "P.O. Box 3056 – 40100, Kisumu", "+254 709 876 000", "kiwasco.co.ke", "Tom Otieno",
         "Lydia Akinyi", "Water for a Healthy Kisumu"))  # fmt: skip


def _ordinal(d) -> str:
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {d:%B}, {d.year}"


def pdf_nitro_word_drought_water_ke(doc: Doc) -> bytes:
    """The company's drought situation report as Nitro Pro converts the Word file."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts()
    when = report_day(doc)
    short, box, phone, domain, author, chief, slogan = WSPS[DROUGHT.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    w, _ = A4
    st = {
        "p": ParagraphStyle("p", fontName="Sans", fontSize=11, leading=14.5),
        "body": ParagraphStyle("body", fontName="Sans", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5),
        "bullet": ParagraphStyle("bullet", fontName="Sans", fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                                 leftIndent=30, bulletIndent=14, spaceAfter=3),
        "head": ParagraphStyle("head", fontName="Sans-Bold", fontSize=11, leading=14.5, spaceBefore=9, spaceAfter=4),
        "title": ParagraphStyle("title", fontName="Sans-Bold", fontSize=12.5, leading=16, alignment=TA_CENTER),
        "lh": ParagraphStyle("lh", fontName="Sans-Bold", fontSize=14, leading=17, alignment=TA_CENTER,
                             textColor="#003f7d"),
        "small": ParagraphStyle("small", fontName="Sans", fontSize=8.5, leading=11, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName="Sans", fontSize=10, leading=13),
    }  # fmt: skip
    start = when - timedelta(days=6)
    story = [
        Paragraph(doc.organisation.upper(), st["lh"]),
        Paragraph(f"{box} | Tel: {phone} | Email: info@{domain} | Website: www.{domain}", st["small"]),
        Paragraph("ISO 9001:2015 Certified", st["small"]),
        Spacer(1, 8),
    ]
    refs = Table([[Paragraph(f"<b>REF:</b> {short}/MD/DRT/VOL.II/{40 + h % 50 + doc.number}", st["p"]),
                   Paragraph(f"<b>DATE:</b> {_ordinal(when)}", st["p"])]], colWidths=(300, 160))  # fmt: skip
    refs.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("LINEABOVE", (0, 0), (-1, 0), 1.2, "#003f7d")]))
    story += [refs, Spacer(1, 8),
              Paragraph("<b>TO:</b> The Chief Executive Officer, Water Services Regulatory Board, Nairobi", st["p"]),
              Paragraph("<b>CC:</b> The County Executive Committee Member, Water, Environment and Natural "
                        "Resources", st["p"]),
              Spacer(1, 12),
              Paragraph(f"<u>DROUGHT RESPONSE SITUATION REPORT NO. {doc.number}</u>", st["title"]),
              Spacer(1, 4),
              Paragraph(f"Reporting period: {_ordinal(start)} – {_ordinal(when)}", st["small"]),
              Spacer(1, 6)]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["head"]))
        for it in s.items:
            if s.key == "highlights":
                story.append(Paragraph(escape(it.text), st["body"]))
                continue
            risk, lead, rest = parts(it, "ke")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text, st["bullet"], bulletText="•"))
    sign = Table([[Paragraph("<b>Prepared by:</b>", st["cell"]), Paragraph("<b>Approved by:</b>", st["cell"])],
                  [Paragraph(f"Name: {author}", st["cell"]), Paragraph(f"Name: {chief}", st["cell"])],
                  [Paragraph("Designation: Drought Response Coordinator", st["cell"]),
                   Paragraph("Designation: Managing Director", st["cell"])],
                  [Paragraph("Signature: ____________________", st["cell"]),
                   Paragraph("Signature: ____________________", st["cell"])],
                  [Paragraph(f"Date: {when:%d/%m/%Y}", st["cell"]), Paragraph(f"Date: {when:%d/%m/%Y}", st["cell"])]],
                 colWidths=(230, 230))  # fmt: skip
    sign.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [Spacer(1, 16), sign]

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor("#003f7d")
        c.circle(w / 2, 800, 16, fill=1, stroke=0)
        c.setFillColor("#4fb3e8")
        c.circle(w / 2, 796, 7, fill=1, stroke=0)
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setStrokeColor("#003f7d")
        c.line(56, 50, w - 56, 50)
        c.setFont("Sans-Italic", 8.5)
        c.drawString(56, 38, slogan)
        c.setFont("Sans", 8.5)
        c.drawRightString(w - 56, 38, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    d = SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=70, bottomMargin=66,
                          title=f"Drought Response Situation Report No. {doc.number}", author=author,
                          creator="Microsoft Word", producer="Nitro Pro 14 (14. 26. 1. 0)")  # fmt: skip
    d.build(story, onFirstPage=first, canvasmaker=_counted(footer))
    return out.getvalue()
