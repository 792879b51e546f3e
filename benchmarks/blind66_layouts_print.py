"""PDF writers of the ``blind66_layouts`` set (reportlab in the office tools' place): a Saint Lucian district disaster
committee's landslide bulletin typed in Kwéyòl in Word with a sidebar and printed through PrimoPDF, and a Guam village
mayor's office's typhoon report typed on the Mayors' Council's form and printed through PDF-XChange.

A district disaster committee of Saint Lucia (the committee of a district that works with its constituency council
and the National Emergency Management Organisation, NEMO) in a spell of landslides after heavy rain: its "Wapò
Sitiyasyon" typed in Saint Lucian Kwéyòl, so that the radio can read it as it stands, in Word on a template with a
shaded text box down the left of the first page, and printed to PDF through PrimoPDF (PScript5 and "PrimoPDF
http://www.primopdf.com") — across the top the committee's name, the title with its number and the event, day and
hour over a yellow rule; in the sidebar "Nimewo ijans" (the emergency numbers) and "Abri ki ouvè" (the open shelters'
names); in the column at its right, and across later pages, each section's name in bold blue over a thin rule, points
after "►", "Sa nou ja fè:" in bold; the committee's chair and "Paj 1 / 2" at the foot. "EC$11,560",
"EC$4.25 milyon", "1,250", "16 Novanm", "(dènyé wapò: 5)".

A village mayor's office of Guam (a member of the Mayors' Council of Guam) after a typhoon: the daily situation
report typed in Chamorro on the Council's Word form and printed through PDF-XChange Standard — the office's
letterhead (the seal, "OFFICE OF THE MAYOR", the village, the mayor and vice mayor) over a double rule, "RIPOT
SITUASION PAKYO" and its number, a ruled row of the village, date, hour and the one who prepared it, then the form:
one ruled table, each section a shaded row across it with its number and name ("1. Mas impottånte"), each point a row
of its own after its number, the risks three columns "# | Peligro | Ma cho'gue" (an empty cell where nothing is done
yet); "Approved:" and the mayor's signature line, the form's name and "Page 1 of 2" at the foot. "$4,318",
"$1.59 million", "1,250", "16 Oktubre", "(ripot ni ma'pos: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind66_layouts_banks_oceans import GLISMAN, PAKYO
from blind66_layouts_content import KW_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Saint Lucian DDC's bulletin through PrimoPDF

DISTRICTS = (
    ("Soufrière", "Maryann Joseph", ("Soufrière Comprehensive School", "Soufrière Community Centre"), "459-7258"),
    ("Dennery", "Kenrick Alexander", ("Dennery Infant School", "La Ressource Combined School"), "453-3205"),
    ("Anse La Raye", "Cuthbert St. Rose", ("Anse La Raye Primary School", "Millet Community Centre"), "451-4213"),
    ("Micoud", "Theresa Fontenelle", ("Micoud Secondary School", "Desruisseaux Resource Centre"), "454-0111"),
)
BLUE, YELLOW = "#1f4e9c", "#f5c518"


def pdf_primopdf_wapo_glisman_lc(doc: Doc) -> bytes:
    """The committee's landslide bulletin as the Word file with a sidebar, printed through PrimoPDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, KeepTogether, PageTemplate, Paragraph

    fonts()
    when = report_day(doc)
    district, chair, shelters, phone = DISTRICTS[GLISMAN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {KW_MONTHS[when.month - 1]} {when.year}"
    body = ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=3, leftIndent=14,
                          bulletIndent=2, bulletFontSize=8)  # fmt: skip
    para = ParagraphStyle("p", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=5)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=12, leading=15, textColor=colors.HexColor(BLUE),
                          spaceBefore=9, spaceAfter=0, keepWithNext=1)  # fmt: skip
    w, height = A4
    margin, side = 40, 150
    top = height - 128

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor(BLUE)
        c.setFont("Sans-Bold", 11)
        c.drawString(margin, height - 50, f"{district.upper()} DISTRICT DISASTER COMMITTEE")
        c.setFont("Sans", 8.5)
        c.drawString(margin, height - 62, f"in partnership with the {district} Constituency Council and NEMO")
        c.setFillColor("#000000")
        c.setFont("Sans-Bold", 17)
        c.drawString(margin, height - 88, f"WAPÒ SITIYASYON No. {doc.number}")
        c.setFont("Sans", 10.5)
        c.drawString(margin, height - 104, f"Glisman tè épi lapli fò – {day}, 6:00 p.m.")
        c.setStrokeColor(YELLOW)
        c.setLineWidth(3)
        c.line(margin, height - 114, w - margin, height - 114)
        c.setFillColor("#e3ecf7")
        c.rect(margin, 60, side, top - 60, fill=1, stroke=0)
        c.setFillColor(BLUE)
        y = top - 20
        for title, lines in (("Nimewo ijans", ("Ijans: 911", "NEMO: 452-3802", f"Konsèy-la: {phone}",
                                               "LUCELEC: 457-4400", "WASCO: 452-5344")),
                             ("Abri ki ouvè", shelters)):  # fmt: skip
            c.setFont("Sans-Bold", 10)
            c.setFillColor(BLUE)
            c.drawString(margin + 8, y, title)
            y -= 15
            c.setFont("Sans", 8.5)
            c.setFillColor("#000000")
            for line in lines:
                c.drawString(margin + 8, y, line)
                y -= 12
            y -= 14
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawString(margin, 30, f"{district} DDC – Chair: {chair}")
        c.drawRightString(w - margin, 30, f"Paj {c.getPageNumber()} / {total}")
        c.restoreState()

    story = []
    for s in doc.sections:
        rule = HRFlowable(width="100%", thickness=0.5, color=colors.HexColor(BLUE), spaceBefore=1, spaceAfter=4)
        if s.key == "highlights":
            points = [Paragraph(escape(it.text), para) for it in s.items]
        else:
            points = []
            for it in s.items:
                risk, lead, rest = parts(it, "lc")
                text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                points.append(Paragraph(text, body, bulletText="►"))
        story += [KeepTogether([Paragraph(escape(s.heading), head), rule, points[0]]), *points[1:]]
    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Microsoft Word - Wapo Sitiyasyon {doc.number} {district}.docx",
                          author=f"DDC {district}", creator="PScript5.dll Version 5.2.2",
                          producer="PrimoPDF http://www.primopdf.com")  # fmt: skip
    tpl.addPageTemplates([
        PageTemplate("first", [Frame(margin + side + 16, 56, w - 2 * margin - side - 16, top - 56, 0, 0, 0, 0)],
                     onPage=first, autoNextPageTemplate="later"),
        PageTemplate("later", [Frame(margin, 56, w - 2 * margin, height - 56 - 50, 0, 0, 0, 0)]),
    ])  # fmt: skip
    del h
    tpl.build(story, canvasmaker=_counted(footer))
    return out.getvalue()


# ---------------------------------------------------------------- a Guam mayor's office's form through PDF-XChange

VILLAGES = (
    ("Yigo", "Hon. Anthony P. Sanchez", "Hon. Loreto V. Leones"),
    ("Dededo", "Hon. Melissa B. Savares", "Hon. Frank A. Benavente"),
    ("Inalåhan", "Hon. Anthony L. Chargualaf", "Hon. Doris U. Lujan"),
    ("Malesso'", "Hon. Ernest T. Chargualaf", "Hon. Rita L. Cruz"),
)


def pdf_pdfxchange_sitrep_pakyo_gu(doc: Doc) -> bytes:
    """The mayor's office's typhoon report as the Council's form printed through PDF-XChange."""
    from reportlab.graphics.shapes import Circle, Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    village, mayor, vice = VILLAGES[PAKYO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    cell = ParagraphStyle("c", fontName="Sans", fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("cb", parent=cell, fontName="Sans-Bold")
    centre = ParagraphStyle("m", fontName="Sans-Bold", fontSize=11, leading=14, alignment=TA_CENTER)
    small = ParagraphStyle("s", fontName="Sans", fontSize=9, leading=11.5, alignment=TA_CENTER)
    seal = Drawing(54, 54)
    seal.add(Circle(27, 27, 25, fillColor=colors.HexColor("#0b3d91"), strokeColor=colors.HexColor("#c8102e")))
    seal.add(String(27, 23, "GUAM", fontName="Sans-Bold", fontSize=9, fillColor=colors.white, textAnchor="middle"))
    story = [
        Table([[seal, [Paragraph("OFFICE OF THE MAYOR", centre), Paragraph(f"Ofisinan i Mayot {village}", small),
                       Paragraph(f"{village.upper()}, GUAM", centre),
                       Paragraph(f"{mayor}, Mayor · {vice}, Vice Mayor", small)], ""]],
              colWidths=(64, 404, 64), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        HRFlowable(width="100%", thickness=2, color=colors.black, spaceBefore=4, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=8),
        Paragraph(f"RIPOT SITUASION PAKYO – NUMERU {doc.number}", ParagraphStyle(
            "t", fontName="Sans-Bold", fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=6)),
        Table([[Paragraph(f"<b>Songsong:</b> {village}", cell), Paragraph(f"<b>Fecha:</b> {when:%m/%d/%Y}", cell),
                Paragraph("<b>Ora:</b> 1800", cell),
                Paragraph(f"<b>Prepared by:</b> Village Operations ({h % 90 + 10})", cell)]],
              colWidths=(110, 100, 70, 252), style=[("GRID", (0, 0), (-1, -1), 0.6, colors.black)]),
        Spacer(1, 8),
    ]  # fmt: skip
    rows, style = [], [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for s in doc.sections:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))),
                  ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#bdd7ee"))]  # fmt: skip
        rows.append([Paragraph(escape(s.heading), bold), "", ""])
        if s.risks:
            style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#eeeeee")))
            rows.append([Paragraph("#", bold), Paragraph("Peligro", bold), Paragraph("Ma cho'gue", bold)])
            for n, it in enumerate(s.items, 1):
                rows.append([Paragraph(str(n), cell), Paragraph(escape(it.body), cell),
                             Paragraph(escape(it.mitigation or ""), cell)])  # fmt: skip
            continue
        for n, it in enumerate(s.items, 1):
            style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
            rows.append([Paragraph(str(n), cell), Paragraph(escape(it.text), cell), ""])
    story.append(Table(rows, colWidths=(24, 288, 220), repeatRows=0, style=style))
    story += [Spacer(1, 22), Table([[Paragraph("<b>Approved:</b>", cell),
                                     Paragraph(f"______________________________<br/>{escape(mayor)}, Mayor of "
                                               f"{escape(village)}", cell)]], colWidths=(80, 300))]  # fmt: skip
    w, _ = letter

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.drawString(40, 24, "MCOG Form 3 – Village Typhoon Situation Report (rev. 2024)")
        c.drawRightString(w - 40, 24, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=letter, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=46,
                            title=f"Ripot Situasion Pakyo {doc.number} - {village}",
                            author=f"{village} Mayor's Office",
                            creator="PDF-XChange Standard (9.5 build 368.0) [Windows 10 Pro x64 (Build 19045)]",
                            producer="PDF-XChange Core API SDK (9.5.368.0)")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()
