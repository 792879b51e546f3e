"""PDF writers of the ``blind63_layouts`` set (reportlab in the office tools' place): a Congolese provincial health
division's cholera situation report with a sidebar on its first page, printed through novaPDF, and a Seychelles
utility district's power-cut report printed through Bullzip with its risks in a table.

A provincial health division (DPS) of the Democratic Republic of the Congo in a cholera outbreak: the weekly "Rapport
de situation" typed in Word and printed with the novaPDF printer — the masthead across the first page (the arms,
"RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", the ministry and the division, the DPS tile), a band with the report's number and
the outbreak, the epidemiological week, the period and the date of publication, then a shaded sidebar down the first
page's left holding the highlights ("Points saillants", points after "▪"), a box of key figures (each a number over
its label) and the contacts, beside the main column: each section's name in bold blue over a thin rule, points after
"•", "Actions menées :" in bold, a table of cases and deaths by health zone under the epidemiological situation with
its caption; on later pages one column under a running header, the division head's name at the end and "Page 1 sur 2"
at the foot. "127 000 USD", "1 250", "1 %", "16 mars" ("1er mars"), "(rapport précédent : 5)".

A district of the Seychelles' Public Utilities Corporation (PUC) in an island-wide power cut: the daily "Situation
Report" typed in Word and printed to PDF through the Bullzip printer (its title "Microsoft Word - …docx") — the
corporation's logo and address, a rule, the title, a ruled table of particulars (incident, area, "As at", "Prepared
by", "Distribution"), then each section's number and name in capitals, white on a dark blue band ("1. SUMMARY"),
points after "•", the risks a ruled table "No. | Risk | Rating | Mitigation" (an empty cell where a risk has nothing
done), "Prepared by" and "Approved by" with names and posts, "RESTRICTED" and "Page 1 of 2" at the foot.
"SCR 578,000", "SCR 2.13 million", "1,250", "16 September", "(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind63_layouts_banks_isles import BLACKOUT
from blind63_layouts_banks_mainland import CHOLERA
from blind63_layouts_content import MOIS, labelled, parts
from council_layouts_gold import Doc


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


# ---------------------------------------------------------------- a Congolese DPS's sitrep with a sidebar

PROVINCES = (
    ("Nord-Kivu", "Goma", ("Karisimbi", "Goma", "Nyiragongo", "Rutshuru"), "Dr Jean-Pierre Kambale Muhindo"),
    ("Sud-Kivu", "Bukavu", ("Ibanda", "Kadutu", "Uvira", "Fizi"), "Dr Espérance Bahati Nabintu"),
    ("Haut-Katanga", "Lubumbashi", ("Kampemba", "Katuba", "Kenya", "Likasi"), "Dr Patrick Mwamba Kalenga"),
    ("Tanganyika", "Kalemie", ("Kalemie", "Nyemba", "Moba", "Kansimba"), "Dr Aimée Kayumba Ngoie"),
)
BLUE, LIGHT = "#1b4f8a", "#e6eef7"


def pdf_novapdf_sidebar_cholera_cd(doc: Doc) -> bytes:
    """The division's weekly cholera report as novaPDF prints it: a sidebar down the first page's left."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        HRFlowable,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
    )

    fonts()
    when = report_day(doc)
    province, seat, zones, head = PROVINCES[CHOLERA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    week = when.isocalendar()[1]
    start = when - timedelta(days=6)
    period = f"du {start.day} {MOIS[start.month - 1]} au {when.day} {MOIS[when.month - 1]} {when.year}"
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3, leftIndent=11,
                          bulletIndent=1)  # fmt: skip
    side = ParagraphStyle("s", parent=body, fontSize=9, leading=11.5, bulletFontSize=6,
                          bulletColor=colors.HexColor(BLUE))  # fmt: skip
    head_st = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=14, textColor=colors.HexColor(BLUE),
                             spaceBefore=8, spaceAfter=1)  # fmt: skip
    side_head = ParagraphStyle("sh", parent=head_st, fontSize=10.5, spaceBefore=2)
    small = ParagraphStyle("sm", fontName="Sans", fontSize=8, leading=10)
    big = ParagraphStyle("bg", fontName="Sans-Bold", fontSize=17, leading=19, textColor=colors.HexColor("#c0392b"))
    cap = ParagraphStyle("c", fontName="Sans-Italic", fontSize=8, leading=10, spaceBefore=2, spaceAfter=6)
    w, height = A4
    margin, side_w, gap = 34, 172, 16
    story = []
    for s in doc.sections:
        if s.key == "highlights":
            story.append(Paragraph(escape(s.heading), side_head))
            story += [Paragraph(escape(it.text), side, bulletText="▪") for it in s.items]
            figures = labelled(doc, ("situation", "impacts", None))[:3]
            if figures:
                story += [Spacer(1, 8), Paragraph("Chiffres clés", side_head)]
                for label, value in figures:
                    story += [Paragraph(escape(value), big), Paragraph(escape(label), small), Spacer(1, 4)]
            story += [Spacer(1, 8), Paragraph("Contacts", side_head),
                      Paragraph(f"{escape(head)}<br/>Chef de Division<br/>+243 81 {h % 900 + 100} {h % 90 + 10} "
                                f"{h % 89 + 10}", small), Spacer(1, 3),
                      Paragraph(f"Point focal surveillance<br/>dps.{province.lower()}.surveillance@gmail.com", small),
                      FrameBreak()]  # fmt: skip
            continue
        story += [Paragraph(escape(s.heading), head_st),
                  HRFlowable(width="100%", thickness=0.6, color=colors.HexColor(BLUE), spaceAfter=4)]  # fmt: skip
        story += [Paragraph(_point(it, "cd"), body, bulletText="•") for it in s.items]
        if s.key == "situation":
            rows = [["Zone de santé", "Cas", "Décès", "Létalité (%)"]]
            for k, zone in enumerate(zones):
                cases = (h >> k) % 180 + 12
                deaths = (h >> (k + 3)) % 6
                rows.append([zone, str(cases), str(deaths), f"{deaths * 100 / cases:.1f}".replace(".", ",")])
            story += [Spacer(1, 4), Table(rows, colWidths=(120, 60, 60, 80), hAlign="LEFT", style=[
                ("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-Bold", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c8d")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(LIGHT)), ("ALIGN", (1, 0), (-1, -1), "CENTER")]),
                Paragraph(f"Tableau 1 : Cas et décès de choléra par zone de santé, semaine {week}", cap)]  # fmt: skip
    story += [Spacer(1, 14), Paragraph(f"<b>{escape(head)}</b><br/>Chef de Division Provinciale de la Santé", small)]

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor(LIGHT)
        c.rect(margin - 6, 40, side_w + 12, height - 222, fill=1, stroke=0)
        c.setFillColor("#007fff")
        c.rect(margin, height - 96, 56, 56, fill=1, stroke=0)
        c.setFillColor("#f7d618")
        c.circle(margin + 16, height - 56, 8, fill=1, stroke=0)
        c.setFillColor(BLUE)
        c.setFont("Sans-Bold", 10)
        c.drawCentredString(w / 2, height - 52, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO")
        c.setFont("Sans", 8.5)
        c.drawCentredString(w / 2, height - 65, "MINISTÈRE DE LA SANTÉ PUBLIQUE, HYGIÈNE ET PRÉVOYANCE SOCIALE")
        c.setFont("Sans-Bold", 9)
        c.drawCentredString(w / 2, height - 78, f"DIVISION PROVINCIALE DE LA SANTÉ DU {province.upper()}")
        c.roundRect(w - margin - 56, height - 96, 56, 56, 6, fill=1, stroke=0)
        c.setFillColor("#ffffff")
        c.setFont("Sans-Bold", 15)
        c.drawCentredString(w - margin - 28, height - 73, "DPS")
        c.setFillColor(BLUE)
        c.rect(0, height - 150, w, 44, fill=1, stroke=0)
        c.setFillColor("#ffffff")
        c.setFont("Sans-Bold", 14)
        c.drawString(margin, height - 126, f"RAPPORT DE SITUATION N° {doc.number} – ÉPIDÉMIE DE CHOLÉRA")
        c.setFont("Sans", 8.5)
        c.drawString(margin, height - 141, f"Semaine épidémiologique {week} | Période {period} | Publié le "
                                           f"{(when + timedelta(days=2)):%d/%m/%Y} à {seat}")  # fmt: skip
        c.restoreState()

    def later(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.setFillColor(BLUE)
        c.drawString(margin, height - 26, f"DPS {province} – Rapport de situation choléra n° {doc.number}")
        c.drawRightString(w - margin, height - 26, f"Semaine {week}")
        c.setStrokeColor(BLUE)
        c.line(margin, height - 31, w - margin, height - 31)
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawCentredString(w / 2, 22, f"Page {c.getPageNumber()} sur {total}")
        c.restoreState()

    top = height - 162
    frames = [
        Frame(margin, 44, side_w, top - 44, 0, 0, 0, 0, id="side"),
        Frame(margin + side_w + gap, 44, w - 2 * margin - side_w - gap, top - 44, 0, 0, 0, 0, id="main"),
    ]
    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Microsoft Word - SITREP CHOLERA N°{doc.number} DPS "
                          f"{province.upper()}.docx", author=f"DPS {province}", creator="Microsoft® Word 2016",
                          producer="novaPDF Pro v11.9 build 491 (Windows 10 Pro x64)")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", frames, onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [Frame(margin, 44, w - 2 * margin, height - 84, 0, 0, 0, 0)],
                                       onPage=later)])  # fmt: skip
    tpl.build(story, canvasmaker=_counted(footer))
    return out.getvalue()


# ---------------------------------------------------------------- a PUC district's report printed through Bullzip

DISTRICTS = (
    ("Mahé North", "Glacis", "Jean-Paul Hoareau", "Regional Engineer, Mahé North"),
    ("Mahé South", "Anse Royale", "Marie-Claire Payet", "Regional Engineer, Mahé South"),
    ("Praslin", "Baie Ste Anne", "Antoine Labiche", "Station Manager, Praslin"),
    ("La Digue", "La Passe", "Sheryl Vidot", "Station Manager, La Digue"),
)
RATING = ("Low", "Medium", "High", "High")
NAVY = "#17375e"


def pdf_bullzip_puc_blackout_sc(doc: Doc) -> bytes:
    """The district's power-cut report as the Word file printed to PDF through Bullzip."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    district, office, author, post = DISTRICTS[BLACKOUT.organisations.index(doc.organisation)]
    body = ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=13.5, spaceAfter=3, leftIndent=16,
                          bulletIndent=4)  # fmt: skip
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
    band = ParagraphStyle("band", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=colors.white)
    right = ParagraphStyle("r", fontName="Sans", fontSize=8.5, leading=11, alignment=TA_RIGHT)
    logo = Drawing(90, 50)
    logo.add(Rect(0, 0, 90, 50, fillColor=colors.HexColor("#0072bc"), strokeColor=None))
    logo.add(String(45, 18, "PUC", fontName="Sans-Bold", fontSize=20, fillColor=colors.white, textAnchor="middle"))
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    particulars = [("Incident", "Island-wide power outage"), ("Area", f"{district} ({office} office)"),
                   ("As at", f"18:00 hrs, {when.day} {when:%B %Y}"), ("Prepared by", f"{author}, {post}"),
                   ("Distribution", "Division of Risk and Disaster Management; District Administrators; PUC "
                                    "Executive Committee")]  # fmt: skip
    story = [
        Table([[logo, Paragraph("<b>PUBLIC UTILITIES CORPORATION</b><br/>Electricity Division<br/>PO Box 34, "
                                "Roche Caiman, Mahé, Seychelles<br/>Tel: +248 4 678 000", right)]],
              colWidths=(100, 370), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(NAVY), spaceBefore=4, spaceAfter=10),
        Paragraph(f"SITUATION REPORT No. {doc.number}", ParagraphStyle("t", fontName="Sans-Bold", fontSize=14,
                                                                       leading=18, alignment=TA_CENTER)),
        Spacer(1, 8),
        Table([[Paragraph(k, cellb), Paragraph(escape(v), cell)] for k, v in particulars], colWidths=(100, 370),
              style=[*grid, ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#dbe5f1"))]),
        Spacer(1, 6),
    ]  # fmt: skip
    for s in doc.sections:
        story += [Spacer(1, 6), Table([[Paragraph(escape(s.heading), band)]], colWidths=(470,),
                                      style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(NAVY))]),
                  Spacer(1, 4)]  # fmt: skip
        if not s.risks:
            story += [Paragraph(escape(it.text), body, bulletText="•") for it in s.items]
            continue
        rows = [[Paragraph(t, cellb) for t in ("No.", "Risk", "Rating", "Mitigation")]]
        for n, it in enumerate(s.items, 1):
            rows.append([Paragraph(f"{n}.", cell), Paragraph(escape(it.body), cell), Paragraph(RATING[it.level], cell),
                         Paragraph(escape(it.mitigation or ""), cell)])  # fmt: skip
        story.append(Table(rows, colWidths=(30, 190, 55, 195), repeatRows=1,
                           style=[*grid, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1"))]))  # fmt: skip
    sign = ParagraphStyle("sg", parent=cell, fontSize=9.5, leading=13)
    story += [Spacer(1, 22), Table([[Paragraph(f"Prepared by:<br/><br/>…………………………<br/>{author}<br/>{post}", sign),
                                     Paragraph("Approved by:<br/><br/>…………………………<br/>Philippe Morel<br/>"
                                               "General Manager, Electricity Division", sign)]],
                                   colWidths=(235, 235))]  # fmt: skip
    w, _ = A4

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans-Bold", 8)
        c.drawCentredString(w / 2, 40, "RESTRICTED")
        c.setFont("Sans", 8)
        c.drawString(62, 26, f"PUC Situation Report No. {doc.number} – {district}")
        c.drawRightString(w - 62, 26, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=62, rightMargin=62, topMargin=48, bottomMargin=64,
                      title=f"Microsoft Word - PUC Sitrep {doc.number:02d} {district}.docx", author=author,
                      creator="Bullzip PDF Printer / www.bullzip.com / FG",
                      producer="GPL Ghostscript 9.56.1").build(story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()
