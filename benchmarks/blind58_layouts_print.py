"""PDF writer of the ``blind58_layouts`` set drawn with reportlab: a Pacific ministry of education's cyclone
situation report typed in Word and printed to PDF with Foxit's PDF printer.

A Pacific ministry of education after a tropical cyclone: the daily "Education Cluster Situation Report" to the
national disaster office, the cluster's partners and the donors, typed in Word on the cluster's template and printed
to PDF with the Foxit PDF Editor printer (so the PDF's title is "Microsoft Word - …docx"): the arms at the left and
the government and ministry in capitals at the right, a coloured band with "EDUCATION CLUSTER SITUATION REPORT #3"
and a line with the response and date, "Co-led by …" in italics, a table of particulars ("Reporting period",
"Prepared by", "Contact", "Next report"), each section's name in the template's "Heading 1", the key highlights as
paragraphs in a shaded box, the other points bulleted, the challenges in a two-column table "Challenges | Mitigation
measures" with "–" where a challenge has none, "For further information, please contact:" with a table of two
contacts, and on every page the footer with the report's name at the left and "Page 1 of 2" at the right. Each
country's currency ("VT 51,000,000", "T$1,020,000", "FJ$1,020,000", "SI$3,740,000"), "1,250", "16 March",
"(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind58_layouts_banks_home import SCHOOLS
from council_layouts_gold import Doc

MINISTRIES = (("GOVERNMENT OF THE REPUBLIC OF VANUATU", "MINISTRY OF EDUCATION AND TRAINING", "moet.gov.vu",
               ("Mr. Jimmy Tari", "Director, Education Services"), ("Ms. Leimara Kalo", "Cluster Coordinator"),
               "#00723f"),
              ("GOVERNMENT OF THE KINGDOM OF TONGA", "MINISTRY OF EDUCATION AND TRAINING", "moet.gov.to",
               ("Dr. Siosaia Fifita", "Deputy CEO, Education"), ("Ms. Mele Taumoepeau", "Cluster Coordinator"),
               "#b0132b"),
              ("REPUBLIC OF FIJI", "MINISTRY OF EDUCATION", "education.gov.fj",
               ("Mr. Josefa Naivalu", "Director, Schools"), ("Ms. Adi Vasiti Rokotuibau", "Cluster Coordinator"),
               "#1d5fa0"),
              ("SOLOMON ISLANDS GOVERNMENT", "MINISTRY OF EDUCATION AND HUMAN RESOURCES DEVELOPMENT", "mehrd.gov.sb",
               ("Mr. John Harunari", "Director, National Education Services"), ("Ms. Ruth Hilly", "EiE Officer"),
               "#0b6b8a"))  # fmt: skip


def pdf_foxit_word_education_cluster_pacific(doc: Doc) -> bytes:
    """The ministry's cyclone situation report as the Word file printed to Foxit's PDF printer."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    k = SCHOOLS.organisations.index(doc.organisation)
    government, ministry, domain, chief, coordinator, colour = MINISTRIES[k]
    h = zlib.crc32(doc.title.encode())
    w, _ = A4
    st = {
        "p": ParagraphStyle("p", fontName="Sans", fontSize=10, leading=13.5, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", fontName="Sans", fontSize=10, leading=13.5, leftIndent=18, bulletIndent=6,
                                 spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5,
                             textColor=colour),
        "gov": ParagraphStyle("gov", fontName="Sans-Bold", fontSize=10, leading=13, alignment=TA_RIGHT),
        "band": ParagraphStyle("band", fontName="Sans-Bold", fontSize=15, leading=19, textColor=colors.white),
        "sub": ParagraphStyle("sub", fontName="Sans", fontSize=10, leading=13, textColor=colors.white),
        "cell": ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12.5),
        "th": ParagraphStyle("th", fontName="Sans-Bold", fontSize=9.5, leading=12.5, textColor=colors.white),
        "it": ParagraphStyle("it", fontName="Sans-Italic", fontSize=9, leading=12),
    }  # fmt: skip
    day = f"{when.day} {when:%B %Y}"
    nxt = when + timedelta(days=1)
    grid = ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1"))
    story = [
        Table([["", [Paragraph(government, st["gov"]), Paragraph(ministry, st["gov"])]]], colWidths=(60, w - 160),
              style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        Spacer(1, 8),
        Table([[[Paragraph(f"EDUCATION CLUSTER SITUATION REPORT #{doc.number}", st["band"]),
                 Paragraph(f"Tropical Cyclone Response | {day}", st["sub"])]]], colWidths=(w - 100,),
              style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour)), ("TOPPADDING", (0, 0), (-1, -1), 9),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 10)]),
        Spacer(1, 3),
        Paragraph("Co-led by the Ministry, UNICEF and Save the Children", st["it"]),
        Spacer(1, 6),
        Table([[Paragraph(f"<b>{a}</b>", st["cell"]), Paragraph(b, st["cell"])] for a, b in (
            ("Reporting period", f"{when - timedelta(days=1):%d %B %Y} (06:00) – {when:%d %B %Y} (06:00)"),
            ("Prepared by", "Education Emergency Operations Centre (EEOC)"),
            ("Contact", f"eeoc@{domain}"), ("Next report", f"{nxt.day} {nxt:%B %Y}"))],
            colWidths=(120, w - 220), style=[grid, ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4"))]),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["h1"]))
        if s.key == "highlights":
            box = [Paragraph(escape(it.text), st["p"]) for it in s.items]
            story.append(
                Table(
                    [[box]],
                    colWidths=(w - 100,),
                    style=[
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e7f0f8")),
                        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(colour)),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ],
                )
            )
            continue  # fmt: skip
        if s.risks:
            rows = [[Paragraph("Challenges", st["th"]), Paragraph("Mitigation measures", st["th"])]]
            rows += [[Paragraph(escape(it.body), st["cell"]), Paragraph(escape(it.mitigation or "–"), st["cell"])]
                     for it in s.items]  # fmt: skip
            story.append(
                Table(
                    rows,
                    colWidths=((w - 100) / 2,) * 2,
                    repeatRows=1,
                    style=[
                        grid,
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(colour)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ],
                )
            )
            continue  # fmt: skip
        story += [Paragraph(escape(it.text), st["bullet"], bulletText="•") for it in s.items]
    story += [Spacer(1, 12), Paragraph("<b>For further information, please contact:</b>", st["p"]),
              Table([[Paragraph(f"<b>{n}</b><br/>{t}<br/>{n.split()[-1].lower()}@{domain}", st["cell"])
                      for n, t in (chief, coordinator)]], colWidths=((w - 100) / 2,) * 2, style=[grid])]  # fmt: skip

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor(colour)
        c.circle(50 + 26, 792, 24, fill=1, stroke=0)
        c.setFillColor("#f4c400")
        c.circle(50 + 26, 792, 10, fill=1, stroke=0)
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setStrokeColor(colour)
        c.line(50, 44, w - 50, 44)
        c.setFont("Sans", 8)
        c.drawString(50, 32, f"Education Cluster Situation Report #{doc.number} – {doc.organisation}")
        c.drawRightString(w - 50, 32, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    name = f"EiE Sitrep {doc.number} TC response {when:%d%m%y}.docx"
    d = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=40, bottomMargin=60,
                          title=f"Microsoft Word - {name}", author=coordinator[0].split()[-1],
                          creator=f"Microsoft Word - {name}",
                          producer=f"Foxit PDF Editor Printer Version 13.1.{h % 9}.{22000 + h % 900}")  # fmt: skip
    d.build(story, onFirstPage=first, canvasmaker=_counted(footer))
    return out.getvalue()
