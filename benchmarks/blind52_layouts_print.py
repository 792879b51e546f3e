"""PDF writer of the ``blind52_layouts`` set drawn with reportlab: a Queensland local disaster management group's
situation report in a monsoon flood, as the disaster management system Guardian IMS exports it.

A Queensland local disaster management group (LDMG) while a monsoon trough floods the north: the situation report
its Local Disaster Coordination Centre keeps in Guardian IMS — the incident management system many Queensland
councils run their coordination centres on — and exports as a PDF for the district group: the protective marking
"OFFICIAL" centred at the top and the foot of every page as the Queensland classification framework marks it, the
system's band with the group's name and "SITUATION REPORT", the grid of particulars ("Event", "SITREP No.",
"Date / Time", "LDMG Status" as a coloured cell, "Local Disaster Coordinator", "Prepared by", "Next SITREP",
"Distribution"), then each section's name white on a blue band, the summary as paragraphs, the other points
bulleted with a hanging indent, "Treatment:" in bold, the approval block ("Approved by", "Approved on"), and the
line "Printed from Guardian IMS by … on …" and "Page 1 of 3" at the foot. "$3,400", "$1.25 million", "1,250",
"16 February", "(previous SITREP: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind52_layouts_banks_home import MONSOON
from blind52_layouts_content import parts
from council_layouts_gold import Doc

GROUPS = (("Townsville", "Jane Whitfield", "Rob Carter", "jcarter", "DDMG Townsville; QFD; QPS; QAS; Townsville HHS"),
          ("Burdekin", "Matt Pennisi", "Kylie Sorbello", "ksorbello", "DDMG Townsville; QPS Ayr; SES Burdekin"),
          ("Hinchinbrook", "Leah Cassady", "Tony Ruggeri", "truggeri", "DDMG Townsville; QPS Ingham; SES Ingham"),
          ("Cassowary Coast", "Greg Nuttall", "Sandra Lui", "slui",
           "DDMG Cairns; QPS Innisfail; SES Tully"))  # fmt: skip
BLUE = "#1d4f91"


def _point(it) -> str:
    risk, lead, rest = parts(it, "au")
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


def _story(doc: Doc, group: tuple, when, hour: int, styles) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    _town, ldc, writer, _user, dist = group
    body, bullet, band, cell, small = styles
    state, colour = ("Lean Forward", "#f2c200") if doc.number == 1 else ("Stand Up", "#d9342b")
    nxt = when + timedelta(days=1)
    grid = [["Event", f"North Queensland Monsoon Trough {when:%B %Y}", "SITREP No.", str(doc.number)],
            ["Date / Time", f"{when:%d/%m/%Y} {hour:02d}:00", "LDMG Status", state],
            ["Local Disaster Coordinator", ldc, "Prepared by", writer],
            ["Next SITREP", f"{nxt:%d/%m/%Y} {hour:02d}:00", "Distribution", dist]]  # fmt: skip
    rows = [[Paragraph(f"<b>{escape(r[0])}</b>", cell), Paragraph(escape(r[1]), cell),
             Paragraph(f"<b>{escape(r[2])}</b>", cell), Paragraph(escape(r[3]), cell)] for r in grid]  # fmt: skip
    t = Table(rows, colWidths=(92, 160, 78, 175))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#8a99ad"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), "#e6ebf2"), ("BACKGROUND", (2, 0), (2, -1), "#e6ebf2"),
                           ("BACKGROUND", (3, 1), (3, 1), colour)]))  # fmt: skip
    out = [t, Spacer(1, 10)]
    for s in doc.sections:
        b = Table([[Paragraph(escape(s.heading), band)]], colWidths=(505,))
        b.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
        if s.key == "highlights":
            points = [Paragraph(escape(it.text), body) for it in s.items]
        else:
            points = [Paragraph(_point(it), bullet, bulletText="•") for it in s.items]
        out += [Spacer(1, 6), KeepTogether([b, Spacer(1, 4), points[0]]), *points[1:]]
    sign = [
        [Paragraph("<b>Approved by</b>", cell), Paragraph(f"{escape(ldc)}, Local Disaster Coordinator", cell)],
        [Paragraph("<b>Approved on</b>", cell), Paragraph(f"{when:%d/%m/%Y} {hour:02d}:{20 + hour % 30}", cell)],
    ]
    a = Table(sign, colWidths=(92, 413))
    a.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#8a99ad"), ("BACKGROUND", (0, 0), (0, -1), "#e6ebf2")]))
    out += [Spacer(1, 14), a, Spacer(1, 6),
            Paragraph("This SITREP is provided for the information of disaster management stakeholders and is not "
                      "for public release.", small)]  # fmt: skip
    return out


def pdf_guardian_sitrep_flood_au(doc: Doc) -> bytes:
    """The LDMG's situation report as Guardian IMS exports it."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    fonts()
    when = report_day(doc)
    k = MONSOON.organisations.index(doc.organisation)
    group = GROUPS[k]
    h = zlib.crc32(doc.title.encode())
    hour = 6 + (h % 3) * 6
    styles = (
        ParagraphStyle("body", fontName="Sans", fontSize=10, leading=13, spaceAfter=4),
        ParagraphStyle("bullet", fontName="Sans", fontSize=10, leading=13, leftIndent=14, bulletIndent=3,
                       spaceAfter=3),
        ParagraphStyle("band", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=HexColor("#ffffff")),
        ParagraphStyle("cell", fontName="Sans", fontSize=8.5, leading=10.5),
        ParagraphStyle("small", fontName="Sans-Italic", fontSize=8, leading=10, textColor=HexColor("#555555")),
    )  # fmt: skip
    w, ht = A4
    printed = f"{when:%d/%m/%Y} {hour:02d}:{40 + h % 19}"

    def page(c, d, total: int) -> None:
        c.saveState()
        c.setFont("Sans-Bold", 11)
        c.setFillColor(HexColor("#000000"))
        c.drawCentredString(w / 2, ht - 24, "OFFICIAL")
        c.drawCentredString(w / 2, 18, "OFFICIAL")
        c.setFillColor(HexColor(BLUE))
        c.rect(45, ht - 82, w - 90, 46, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Sans-Bold", 15)
        c.drawString(56, ht - 56, "SITUATION REPORT")
        c.setFont("Sans", 9.5)
        c.drawString(56, ht - 72, f"{group[0]} Local Disaster Management Group")
        c.setFont("Sans-Bold", 9)
        c.drawRightString(w - 56, ht - 56, "Guardian IMS")
        c.setFont("Sans", 7.5)
        c.drawRightString(w - 56, ht - 68, "Disaster Management Information System")
        c.setFillColor(HexColor("#444444"))
        c.setFont("Sans", 7.5)
        c.drawString(45, 34, f"Printed from Guardian IMS by {group[3]} on {printed}")
        c.drawRightString(w - 45, 34, f"Page {d.page} of {total}")
        c.restoreState()

    def build(total: int) -> tuple[bytes, int]:
        out = io.BytesIO()
        d = SimpleDocTemplate(out, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=96, bottomMargin=52,
                              title=f"SITREP {doc.number} – {group[0]} LDMG", author="Guardian IMS")  # fmt: skip
        story = _story(doc, group, when, hour, styles)
        d.build(story, onFirstPage=lambda c, dd: page(c, dd, total), onLaterPages=lambda c, dd: page(c, dd, total))
        return out.getvalue(), d.page

    _, pages = build(1)
    return build(pages)[0]
