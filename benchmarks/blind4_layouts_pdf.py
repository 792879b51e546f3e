"""PDF writers of the sixth blind council layouts (``blind4_layouts``): a county EOC's adaptation of the ICS 209
incident status summary (a grid of numbered identification boxes, then each section a numbered box whose
label sits in a grey band, a sign-off grid), and an Australian / New Zealand style report whose headings
stand in the left margin beside their text ("side headings"), under an "OFFICIAL" marking.
"""

from __future__ import annotations

import io
import zlib
from html import escape

from council_layouts_gold import Doc


def restyle_ics(doc: Doc) -> None:
    """Each section box numbered on from the twelve identification boxes: "13. Situation Summary", "14. …"."""
    for n, s in enumerate(doc.sections, start=13):
        s.heading = f"{n}. {s.heading}"


def _incident_number(doc: Doc) -> str:
    return f"2020-EOC-{zlib.crc32(doc.service.encode()) % 9000 + 1000}"


# ---------------------------------------------------------------- ICS 209


def pdf_ics_209(doc: Doc) -> bytes:
    """US Letter: a form band ("INCIDENT STATUS SUMMARY (ICS 209)") on every page, the report's name, a 4 × 3
    grid of numbered identification boxes (small bold label over its value), each section a boxed table
    whose first row is its numbered label in a grey band (smaller than the text, as on the form) and whose
    rows are its bullets, then a Prepared by / Approved by grid; "ICS 209 … Page N" at the foot."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = {
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6),
        "field": ParagraphStyle("field", fontName="Helvetica", fontSize=9, leading=11),
        "label": ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=8, leading=10),
        "text": ParagraphStyle("text", fontName="Helvetica", fontSize=9.5, leading=12, leftIndent=12,
                               bulletIndent=2),
    }  # fmt: skip
    w, h = LETTER
    m = 0.5 * inch
    width = w - 2 * m

    def band(c, d) -> None:
        c.saveState()
        c.setLineWidth(1)
        c.rect(m, h - m - 0.32 * inch, width, 0.32 * inch)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(m + 6, h - m - 0.22 * inch, "INCIDENT STATUS SUMMARY (ICS 209)")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - m - 6, h - m - 0.21 * inch, f"{doc.organisation} Emergency Operations Center")
        c.drawString(m, 0.4 * inch, "ICS 209 (County EOC adaptation, rev. 03/2020)")
        c.drawRightString(w - m, 0.4 * inch, f"Page {d.page}")
        c.restoreState()

    def field(label: str, value: str) -> Paragraph:
        return Paragraph(f"<font name='Helvetica-Bold' size='7'>{escape(label)}</font><br/>{escape(value)}",
                         st["field"])  # fmt: skip

    ident = [
        [field("1. Incident Name:", f"{doc.service} response"), field("2. Incident Number:", _incident_number(doc)),
         field("3. Report Version:", "[ ] Initial   [X] Update   [ ] Final"),
         field("4. Report Number:", str(doc.number))],
        [field("5. Incident Commander(s) & Agency:", f"J. Alvarez, {doc.organisation}"),
         field("6. Operational Period:", f"{doc.date} 0700 to next day 0700"),
         field("7. Date/Time Submitted:", f"{doc.date} 1630"), field("8. EOC Activation Level:", "Level 2 – Partial")],
        [field("9. Incident Type:", "Public health" if doc.service != "Emergency Planning" else "Flood"),
         field("10. Jurisdiction:", doc.organisation), field("11. Prepared By:", "R. Nguyen, Planning Section Chief"),
         field("12. Approved By:", "J. Alvarez, EOC Director")],
    ]  # fmt: skip
    grid = Table(ident, colWidths=[width / 4] * 4)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story: list = [Spacer(1, 0.3 * inch), Paragraph(escape(doc.title), st["name"]), grid, Spacer(1, 8)]
    for s in doc.sections:
        rows = [[Paragraph(escape(s.heading), st["label"])]]
        rows += [[Paragraph(escape(it.text), st["text"], bulletText="•")] for it in s.items]
        if not s.items:
            rows.append([Paragraph("", st["text"])])
        box = Table(rows, colWidths=[width], splitByRow=1)
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ]))  # fmt: skip
        story += [box, Spacer(1, 6)]
    sign = [[field("Prepared by (name and position):", "R. Nguyen, Planning Section Chief"),
             field("Signature:", ""), field("Date/Time:", f"{doc.date} 1600")],
            [field("Approved by (name and position):", "J. Alvarez, EOC Director"),
             field("Signature:", ""), field("Date/Time:", f"{doc.date} 1625")]]  # fmt: skip
    table = Table(sign, colWidths=[width * 0.5, width * 0.25, width * 0.25])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black)]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=m, rightMargin=m, topMargin=m + 0.35 * inch,
                      bottomMargin=0.7 * inch, title=doc.title, invariant=1).build(
        story, onFirstPage=band, onLaterPages=band)  # fmt: skip
    return buf.getvalue()


# ---------------------------------------------------------------- side headings

TEAL = "#00697A"


def pdf_side_headings(doc: Doc) -> bytes:
    """A4 under "OFFICIAL" at the top and foot of every page: the organisation and "SITUATION REPORT" over the
    report's name, a Sitrep no. | Issued | Prepared by | Next sitrep table, then each section as a table row
    with its heading in a 4.3 cm left column beside its first bullet (a teal rule above a top heading, a
    smaller italic heading for a sub-section, the parent's row empty on the right); "Page N" at the foot."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    teal = colors.HexColor(TEAL)
    st = {
        "org": ParagraphStyle("org", fontName="Helvetica", fontSize=10, leading=13, textColor=teal),
        "kicker": ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=9, leading=12, textColor=teal),
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8),
        "side": ParagraphStyle("side", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=teal),
        "side2": ParagraphStyle("side2", fontName="Helvetica-BoldOblique", fontSize=9.5, leading=12, leftIndent=8),
        "text": ParagraphStyle("text", fontName="Helvetica", fontSize=10, leading=13, leftIndent=11, bulletIndent=0),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
        "cellhead": ParagraphStyle("cellhead", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    }  # fmt: skip
    w, h = A4
    m = 2 * cm
    width = w - 2 * m

    def marking(c, d) -> None:
        c.saveState()
        c.setFillColor(colors.HexColor("#C00000"))
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(w / 2, h - 1.1 * cm, "OFFICIAL")
        c.drawCentredString(w / 2, 0.8 * cm, "OFFICIAL")
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("Helvetica", 8)
        c.drawString(m, 1.4 * cm, f"{doc.organisation} · Local Emergency Management Committee")
        c.drawRightString(w - m, 1.4 * cm, f"Page {d.page}")
        c.restoreState()

    meta = [[Paragraph(v, st["cellhead"]) for v in ("Sitrep no.", "Issued", "Prepared by", "Next sitrep")],
            [Paragraph(v, st["cell"]) for v in (str(doc.number), f"{doc.date}, 1000 hrs",
                                                "Local Emergency Coordinator", "As required, or in 48 h")]]  # fmt: skip
    head = Table(meta, colWidths=[width / 4] * 4)
    head.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFF1"))]))  # fmt: skip
    story: list = [Paragraph(escape(doc.organisation.upper()), st["org"]), Paragraph("SITUATION REPORT", st["kicker"]),
                   Paragraph(escape(doc.title), st["name"]), head, Spacer(1, 10)]  # fmt: skip
    for s in doc.sections:
        side = Paragraph(escape(s.heading), st["side"] if s.level == 1 else st["side2"])
        bullets = [Paragraph(escape(it.text), st["text"], bulletText="•") for it in s.items] or [""]
        rows = [[side if n == 0 else "", b] for n, b in enumerate(bullets)]
        t = Table(rows, colWidths=[4.3 * cm, width - 4.3 * cm], splitByRow=1)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]  # fmt: skip
        if s.level == 1:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 1.2, teal))
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 5)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=1.8 * cm, bottomMargin=2.2 * cm,
                      title=doc.title, invariant=1).build(story, onFirstPage=marking, onLaterPages=marking)  # fmt: skip
    return buf.getvalue()
