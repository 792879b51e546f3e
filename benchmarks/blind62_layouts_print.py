"""PDF writers of the ``blind62_layouts`` set (reportlab in the office tools' place): a Moldovan ambulance zonal
station's blizzard note with its risks in a table, signed through MSign, and a Senegalese sanitation directorate's
weekly rainy-season bulletin in two columns laid out in CorelDRAW.

A zonal station of Moldova's national prehospital emergency care centre (IMSP CNAMUP) in a blizzard: the "Notă
informativă" to the centre's director typed in Word 2016 and signed electronically through MSign, the government's
signing service — the letterhead (the emblem beside the ministry, the institution, the centre and the station, its
address, telephone and e-mail) over a double rule, "Nr. … din …" at the left and the addressee with "Copie:" at the
right, the title, its subject and the hour the situation stands at, then each section's name in bold after a Roman
numeral ("I. Informație generală"), the points after "–" with a hanging indent, the risks a ruled table "Nr. |
Riscul | Măsuri întreprinse | Responsabil" (an empty cell where a risk has nothing done); "Se prezintă spre
informare.", the head of station's post and name (surname in capitals) beside MSign's stamp, "Ex.:" with the author
and telephone, and "pag. 1 din 2" at the foot. "578 000 lei", "2,13 mil. lei", "1 250", "16 noiembrie",
"(nota precedentă: 5)".

A regional directorate of Senegal's national sanitation office (ONAS) in the rainy season (hivernage): the weekly
"Bulletin d'information hivernage" laid out in CorelDRAW and exported by its PDF engine — a masthead band with
"RÉPUBLIQUE DU SÉNÉGAL", the motto, the ministry, the office's tile, the bulletin's name, the directorate and
"N° 3 | Semaine du 10 au 16 août 2026", the text in two columns, each section's name in capitals and colour over a
short rule, the highlights in a shaded box, points after "▪", "Mesures prises :" in bold, a photograph (a grey
frame) and its caption after the impacts, a contact box at the end, the running header on later pages and the footer
with the office's name and "Page 1/2". "258 400 000 FCFA", "1,52 milliard FCFA", "1 250", "12 %", "16 août",
"(bulletin précédent : 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind62_layouts_banks_west import HIVERNAGE, VISCOL
from blind62_layouts_content import MOIS, parts
from council_layouts_gold import Doc


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


# ---------------------------------------------------------------- a Moldovan ambulance station's signed note

STATIONS = (
    ("Nord", "municipiului Bălți", "MD-3121, mun. Bălți, str. Ștefan cel Mare 35", "(0231) 2-24-03", "Vasile CEBAN",
     "N. Lungu, medic-șef adjunct"),
    ("Centru", "raionului Hîncești", "MD-3401, or. Hîncești, str. Mihalcea Hîncu 140", "(0269) 2-20-31",
     "Natalia MORARU", "I. Rotaru, medic-șef adjunct"),
    ("Sud", "raionului Cahul", "MD-3909, mun. Cahul, str. Ștefan cel Mare 8", "(0299) 2-15-52", "Gheorghe COJOCARU",
     "A. Guțu, dispecer superior"),
    ("Vest", "raionului Ungheni", "MD-3601, mun. Ungheni, str. Decebal 20", "(0236) 2-26-14", "Elena BOTNARU",
     "V. Popa, medic-șef adjunct"),
)  # fmt: skip
OWNERS = ("Șef stație", "Medic-șef adjunct", "Dispeceratul stației", "Serviciul tehnic")


def pdf_msign_amu_viscol_md(doc: Doc) -> bytes:
    """The station's blizzard note as the PDF of its Word file signed through MSign."""
    from reportlab.graphics.shapes import Circle, Drawing, Rect
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    zone, seat, address, phone, head, author = STATIONS[VISCOL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when:%d.%m.%Y}"
    body = ParagraphStyle("b", fontName="Sans", fontSize=11, leading=14.5, spaceAfter=3, alignment=TA_JUSTIFY)
    point = ParagraphStyle("pt", parent=body, leftIndent=28, bulletIndent=14)
    head_st = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11, leading=14.5, spaceBefore=7, spaceAfter=3)
    centre = ParagraphStyle("c", fontName="Sans-Bold", fontSize=9.5, leading=12, alignment=TA_CENTER)
    small = ParagraphStyle("s", fontName="Sans", fontSize=8, leading=10, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=9.5, leading=12, alignment=TA_CENTER)
    emblem = Drawing(60, 60)
    emblem.add(Circle(30, 30, 28, fillColor=colors.HexColor("#c8102e"), strokeColor=None))
    emblem.add(Rect(25, 10, 10, 40, fillColor=colors.white, strokeColor=None))
    emblem.add(Rect(10, 25, 40, 10, fillColor=colors.white, strokeColor=None))
    letterhead = [Paragraph("MINISTERUL SĂNĂTĂȚII AL REPUBLICII MOLDOVA", small),
                  Paragraph("INSTITUȚIA MEDICO-SANITARĂ PUBLICĂ", centre),
                  Paragraph("CENTRUL NAȚIONAL DE ASISTENȚĂ MEDICALĂ URGENTĂ PRESPITALICEASCĂ", centre),
                  Paragraph(f"STAȚIA ZONALĂ AMU {zone.upper()}", centre),
                  Paragraph(f"{address}, tel. {phone}, e-mail: sz.{zone.lower()}@ambulanta.md", small)]  # fmt: skip
    story = [
        Table([[emblem, letterhead]], colWidths=(70, 400), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        HRFlowable(width="100%", thickness=2, color=colors.black, spaceBefore=4, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=10),
        Table([[Paragraph(f"Nr. 02-15/{280 + doc.number * 3 + h % 3} din {day}", body),
                Paragraph("Directorului general al IMSP CNAMUP<br/>dlui Boris GOLOVIN<br/><br/>Copie: Comisia "
                          f"pentru Situații Excepționale a {seat}", body)]], colWidths=(220, 250),
              style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
        Spacer(1, 12),
        Paragraph(f"NOTĂ INFORMATIVĂ nr. {doc.number}", ParagraphStyle("t", parent=centre, fontSize=12.5,
                                                                        leading=16)),
        Paragraph(f"privind activitatea Stației Zonale AMU {zone} în condiții de ninsori abundente și viscol",
                  ParagraphStyle("st", parent=centre, fontSize=11, leading=14)),
        Paragraph(f"(situația la ora 08:00, {day})", ParagraphStyle("tm", parent=body, alignment=TA_CENTER)),
        Spacer(1, 6),
    ]  # fmt: skip
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6"))]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), head_st))
        if not s.risks:
            story += [Paragraph(_point(it, "md"), point, bulletText="–") for it in s.items]
            continue
        rows = [[Paragraph(t, cellb) for t in ("Nr.", "Riscul", "Măsuri întreprinse", "Responsabil")]]
        for n, it in enumerate(s.items, 1):
            owner = OWNERS[zlib.crc32(it.thread.encode()) % len(OWNERS)]
            rows.append([Paragraph(f"{n}.", cell), Paragraph(escape(it.body), cell),
                         Paragraph(escape(it.mitigation or ""), cell), Paragraph(owner, cell)])  # fmt: skip
        story.append(Table(rows, colWidths=(30, 180, 180, 80), style=grid, repeatRows=1))
    stamp = Table([[Paragraph("<b>Semnat electronic</b> prin MSign", small)],
                   [Paragraph(f"{head}<br/>{day} {h % 2 + 8:02d}:{h % 50 + 10}:{h % 49 + 10} +02:00", small)]],
                  colWidths=(150,), style=[("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
                                           ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#1f4e79"))])  # fmt: skip
    story += [
        Spacer(1, 10),
        Paragraph("Se prezintă spre informare.", body),
        Spacer(1, 14),
        Table([[Paragraph(f"<b>Șef Stația Zonală AMU {zone}</b>", body), stamp, Paragraph(f"<b>{head}</b>", body)]],
              colWidths=(170, 170, 130), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        Spacer(1, 24),
        Paragraph(f"Ex.: {author}<br/>tel. {phone}", ParagraphStyle("ex", parent=small, alignment=0)),
    ]  # fmt: skip
    w, _ = A4

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawRightString(w - 42, 26, f"pag. {c.getPageNumber()} din {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=71, rightMargin=42, topMargin=42, bottomMargin=56,
                      title=f"Nota informativa nr. {doc.number} SZ AMU {zone}", author=head,
                      creator="Microsoft® Word 2016", producer="Microsoft® Word 2016; modified using iText® 7.1.16 "
                      "©2000-2021 iText Group NV (MSign)").build(story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()


# ---------------------------------------------------------------- a Senegalese sanitation bulletin in two columns

REGIONS = (("Dakar", "Cité TP SOCOCIM, route de Rufisque, Dakar", "33 839 81 00", "Keur Massar"),
           ("Thiès", "Route de Dakar, Thiès", "33 951 12 34", "Grand Thiès"),
           ("Kaolack", "Route de Fatick, Kaolack", "33 941 23 45", "Médina Baye"),
           ("Saint-Louis", "Avenue Général de Gaulle, Saint-Louis", "33 961 34 56", "Pikine Saint-Louis"))  # fmt: skip
GREEN, BLUE = "#00853f", "#005a9c"


def pdf_coreldraw_onas_hivernage_sn(doc: Doc) -> bytes:
    """The directorate's weekly bulletin as CorelDRAW exports it: a masthead, then two columns."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, PageTemplate, Paragraph, Spacer, Table

    fonts()
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3, leftIndent=10,
                          bulletIndent=0, bulletFontSize=7, bulletColor=colors.HexColor(GREEN))  # fmt: skip
    plain = ParagraphStyle("pl", fontName="Sans", fontSize=9, leading=12, spaceAfter=2)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=colors.HexColor(BLUE),
                          spaceBefore=9, spaceAfter=1)  # fmt: skip
    cap = ParagraphStyle("c", fontName="Sans-Italic", fontSize=8, leading=10, spaceAfter=6)
    when = report_day(doc)
    region, address, phone, quartier = REGIONS[HIVERNAGE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    start = when - timedelta(days=6)
    week = (f"Semaine du {start.day} {MOIS[start.month - 1] + ' ' if start.month != when.month else ''}au "
            f"{when.day} {MOIS[when.month - 1]} {when.year}")  # fmt: skip
    w, height = A4
    margin, gutter = 36, 20
    col = (w - 2 * margin - gutter) / 2
    rule = dict(width=40, thickness=2, color=colors.HexColor(GREEN), hAlign="LEFT", spaceAfter=4)
    story = []
    for s in doc.sections:
        if s.key == "highlights":
            box = [Paragraph(escape(s.heading), head)] + [Paragraph(escape(it.text), body, bulletText="▪")
                                                          for it in s.items]  # fmt: skip
            story.append(Table([[box]], colWidths=(col,), style=[
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f3ec")),
                ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor(GREEN))]))  # fmt: skip
            continue
        story += [Paragraph(escape(s.heading), head), HRFlowable(**rule)]
        story += [Paragraph(_point(it, "sn"), body, bulletText="▪") for it in s.items]
        if s.key == "impacts":
            photo = Drawing(col, 110)
            photo.add(Rect(0, 0, col, 110, fillColor=colors.HexColor("#9a9a9a"), strokeColor=None))
            photo.add(Rect(0, 0, col, 34 + h % 30, fillColor=colors.HexColor("#6d7f8c"), strokeColor=None))
            story += [Spacer(1, 4), photo, Paragraph(f"Opération de pompage des eaux pluviales à {quartier} "
                                                     f"(photo ONAS)", cap)]  # fmt: skip
    story += [Spacer(1, 8), Table([[[Paragraph("<b>CONTACTS</b>", plain),
                                     Paragraph(f"Direction régionale de {region} – {address}", plain),
                                     Paragraph(f"Tél. : {phone} · Numéro vert : 800 00 10 10", plain),
                                     Paragraph("www.onas.sn · Facebook : ONAS Sénégal", plain)]]],
                                   colWidths=(col,), style=[("BOX", (0, 0), (-1, -1), 0.8,
                                                             colors.HexColor(BLUE))])]  # fmt: skip

    def masthead(c, d) -> None:
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, height - 132, w, 132, fill=1, stroke=0)
        c.setFillColor("#fdef42")
        c.rect(0, height - 138, w, 6, fill=1, stroke=0)
        c.setFillColor("#ffffff")
        c.roundRect(margin, height - 112, 70, 70, 8, fill=1, stroke=0)
        c.setFillColor(BLUE)
        c.setFont("Sans-Bold", 17)
        c.drawCentredString(margin + 35, height - 84, "ONAS")
        c.setFillColor("#ffffff")
        c.setFont("Sans-Bold", 8.5)
        c.drawString(margin + 82, height - 50, "RÉPUBLIQUE DU SÉNÉGAL")
        c.setFont("Sans-Italic", 7.5)
        c.drawString(margin + 82, height - 61, "Un Peuple – Un But – Une Foi")
        c.setFont("Sans", 7.5)
        c.drawString(margin + 82, height - 74, "Ministère de l'Hydraulique et de l'Assainissement")
        c.drawString(margin + 82, height - 85, "Office National de l'Assainissement du Sénégal")
        c.setFont("Sans-Bold", 18)
        c.drawRightString(w - margin, height - 54, "BULLETIN D'INFORMATION")
        c.setFont("Sans-Bold", 13)
        c.drawRightString(w - margin, height - 72, f"HIVERNAGE {when.year}")
        c.setFont("Sans", 9.5)
        c.drawRightString(w - margin, height - 92, f"Direction régionale de {region}")
        c.drawRightString(w - margin, height - 108, f"N° {doc.number} | {week}")
        c.restoreState()

    def running(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.setFillColor(GREEN)
        c.drawString(margin, height - 28, f"Bulletin d'information hivernage {when.year} – Direction régionale de "
                                          f"{region}")  # fmt: skip
        c.drawRightString(w - margin, height - 28, f"N° {doc.number}")
        c.setStrokeColor(GREEN)
        c.line(margin, height - 33, w - margin, height - 33)
        c.restoreState()

    def frames(top: float) -> list:
        return [Frame(margin + k * (col + gutter), 44, col, top - 44, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id=f"c{k}") for k in range(2)]  # fmt: skip

    def footer(c, total: int) -> None:
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, 0, w, 30, fill=1, stroke=0)
        c.setFillColor("#ffffff")
        c.setFont("Sans", 7.5)
        c.drawString(margin, 12, "Office National de l'Assainissement du Sénégal (ONAS) – www.onas.sn")
        c.drawRightString(w - margin, 12, f"Page {c.getPageNumber()}/{total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Bulletin hivernage N{doc.number} DR {region}",
                          author="ONAS", creator="CorelDRAW 2020 (64-Bit)",
                          producer="Corel PDF Engine Version 22.1.0.517")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", frames(height - 152), onPage=masthead, autoNextPageTemplate="later"),
                          PageTemplate("later", frames(height - 46), onPage=running)])  # fmt: skip
    tpl.build(story, canvasmaker=_counted(footer))
    return out.getvalue()
