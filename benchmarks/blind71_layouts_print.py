"""PDF writers of the ``blind71_layouts`` set (reportlab): a South Tyrol municipality's mudslide report typed in two
columns in Word on its bilingual letterhead and printed to PDF through FreePDF, and a Panamanian municipality's water
report printed by the municipal platform through Dompdf.

A municipality of South Tyrol (its council and mayor, whose municipal operations command works with the volunteer
fire brigades, the torrent control service and the province's civil protection agency) in summer storms that send
mudslides down its valley: the mayor's "Lagebericht" to the province's warning centre, typed in Word on the
municipality's bilingual letterhead and printed to PDF with FreePDF (Ghostscript behind the PostScript driver, the
title "Microsoft Word - Lagebericht_Nr3.docx") — "GEMEINDE …" at the left and "COMUNE DI …" at the right with the arms
between them, the addressees, the place and date, "Prot. Nr.", the title across the page; then two columns, each
section's number and name in bold ("1. Überblick"), the summary as paragraphs, the other points after "–",
"Getroffene Maßnahmen:" in bold; "Der Bürgermeister – Il Sindaco" and the name; the town hall's address, tax number and
"Seite 1/2" in the footer. "3.978,00 Euro", "1,46 Mio. Euro", "1.250", "12 %", "16. August",
"(letzter Bericht: 5)".

A municipality of the Azuero peninsula in Panama (its municipal council, mayor and municipal emergency operations
centre, which work with the water utility IDAAN, the health ministry and SINAPROC) when a river's pollution stops its
drinking water: the "Informe de situación" entered in the municipality's management platform and printed by it
through Dompdf — the arms' box, "REPÚBLICA DE PANAMÁ", the municipality, province and centre, the title, a table of
particulars ("Evento", "Fecha de corte", "Elaborado por", "Estado"), then each section's letter and name in a blue
band ("A) Resumen"), its points after "•", "Medidas adoptadas:" in bold; the platform's line "Generado por …" and
"Página 1 de 2". "B/. 4,318.00", "B/. 1.59 millones", "1,250", "16 de marzo", "(informe anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind71_layouts_banks_north import MUREN
from blind71_layouts_banks_south import AGUA
from blind71_layouts_content import DE_MONTHS, parts
from council_layouts_gold import Doc

MM = 72 / 25.4

# ---------------------------------------------------------------- a South Tyrol municipality, Word through FreePDF

GEMEINDEN = (
    ("SARNTAL", "SARENTINO", "Sarnthein", "Kirchplatz 2 · 39058 Sarnthein", "0471 623 121", "Josef Unterkircher",
     "00433270216"),
    ("ST. LEONHARD IN PASSEIER", "SAN LEONARDO IN PASSIRIA", "St. Leonhard in Passeier",
     "Raiffeisenstraße 10 · 39015 St. Leonhard i. P.", "0473 656 112", "Maria Gufler", "82000870219"),
    ("AHRNTAL", "VALLE AURINA", "Steinhaus", "Steinhaus 99 · 39030 Ahrntal", "0474 651 500", "Helmuth Kirchler",
     "81006650214"),
    ("VILLNÖSS", "FUNES", "St. Peter/Villnöß", "Peterweg 8 · 39040 Villnöß", "0472 840 121", "Peter Pliger",
     "80010290212"),
)  # fmt: skip


def pdf_freepdf_zweispaltig_muren_tirol(doc: Doc) -> bytes:
    """The municipality's storm report as the two-column Word letter printed to PDF with FreePDF."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    from reportlab.platypus.flowables import BalancedColumns

    fonts()
    when = report_day(doc)
    de, it_name, seat, address, phone, mayor, tax = GEMEINDEN[MUREN.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    width, height = A4
    margin, gap = 20 * MM, 7 * MM
    col = (width - 2 * margin - gap) / 2
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=4, alignment=4)
    point = ParagraphStyle("p", parent=body, leftIndent=9, bulletIndent=0, spaceAfter=3)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3,
                          keepWithNext=1)  # fmt: skip
    small = ParagraphStyle("s", fontName="Sans", fontSize=9.5, leading=12.5)
    story = [
        Paragraph("An die<br/>Agentur für Bevölkerungsschutz – Landeswarnzentrale<br/>Drususallee 116<br/>"
                  "39100 Bozen", small),
        Spacer(1, 2 * MM),
        Paragraph(f"{escape(seat)}, {when.day}. {DE_MONTHS[when.month - 1]} {when.year}<br/>Prot. Nr. "
                  f"{h % 9000 + 1000}/{when.year}", ParagraphStyle("r", parent=small, alignment=2)),
        Spacer(1, 4 * MM),
        Paragraph(f"<b>Lagebericht Nr. {doc.number} der Gemeindeeinsatzleitung – Unwetter und Murenabgänge</b>",
                  ParagraphStyle("t", parent=small, fontSize=12, leading=15)),
        Spacer(1, 5 * MM),
    ]  # fmt: skip
    columns = []
    for s in doc.sections:
        columns.append(Paragraph(escape(s.heading), head))
        for it in s.items:
            if s.key == "highlights":
                columns.append(Paragraph(escape(it.text), body))
                continue
            risk, lead, rest = parts(it, "tirol")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            columns.append(Paragraph(text, point, bulletText="–"))
    story += [
        BalancedColumns(columns, nCols=2, spaceBefore=0, innerPadding=gap / 2),
        Spacer(1, 8 * MM),
        Paragraph(f"Der Bürgermeister – Il Sindaco<br/><br/><br/>{escape(mayor)}", ParagraphStyle(
            "m", parent=small, alignment=1, leftIndent=col + gap)),
    ]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 9)
        c.drawString(margin, height - 15 * MM, "GEMEINDE")
        c.drawRightString(width - margin, height - 15 * MM, "COMUNE DI")
        c.setFont("Sans-Bold", 11.5)
        c.drawString(margin, height - 20 * MM, de)
        c.drawRightString(width - margin, height - 20 * MM, it_name)
        c.setFont("Sans", 8)
        c.drawString(margin, height - 25 * MM, "Autonome Provinz Bozen – Südtirol")
        c.drawRightString(width - margin, height - 25 * MM, "Provincia autonoma di Bolzano – Alto Adige")
        c.setStrokeColor(HexColor("#8B0000"))
        c.setFillColor(HexColor("#C00000"))
        c.rect(width / 2 - 6 * MM, height - 30 * MM, 12 * MM, 14 * MM, fill=1, stroke=1)
        c.setStrokeColor(HexColor("#000000"))
        c.line(margin, height - 33 * MM, width - margin, height - 33 * MM)
        c.line(margin, 16 * MM, width - margin, 16 * MM)
        c.setFont("Sans", 7.5)
        c.drawString(margin, 12 * MM, f"{address} · Tel. {phone} · St.-Nr./C.F. {tax}")
        c.drawRightString(width - margin, 12 * MM, f"Seite {c.getPageNumber()}/{total}")
        c.restoreState()

    first = [Frame(margin, 19 * MM, width - 2 * margin, height - 54 * MM, id="first")]
    later = [Frame(margin, 19 * MM, width - 2 * margin, height - 55 * MM, id="later")]
    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Microsoft Word - Lagebericht_Nr{doc.number}.docx",
                          author="Gemeindesekretariat", creator="PScript5.dll Version 5.2.2",
                          producer="GPL Ghostscript 9.27")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", first, autoNextPageTemplate="next"), PageTemplate("next", later)])
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a Panamanian municipality, Dompdf

MUNICIPIOS = (("CHITRÉ", "Herrera", "coe.chitre"), ("LOS SANTOS", "Los Santos", "coe.lossantos"),
              ("LAS TABLAS", "Los Santos", "coe.lastablas"), ("GUARARÉ", "Los Santos", "coe.guarare"))  # fmt: skip


def pdf_dompdf_agua_municipio_pa(doc: Doc) -> bytes:
    """The municipality's water report as the municipal platform prints it through Dompdf."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    name, province, user = MUNICIPIOS[AGUA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    blue = HexColor("#0B4F8A")
    width = LETTER[0]
    body = ParagraphStyle("b", fontName="Sans", fontSize=9, leading=11.5, spaceAfter=3)
    point = ParagraphStyle("p", parent=body, leftIndent=12, bulletIndent=3)
    band = ParagraphStyle(
        "band",
        fontName="Sans-Bold",
        fontSize=10,
        leading=13,
        textColor=HexColor("#FFFFFF"),
        backColor=blue,
        borderPadding=(2, 4, 2, 4),
        spaceBefore=9,
        spaceAfter=5,
        keepWithNext=1,
    )
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    bold = ParagraphStyle("cb", parent=cell, fontName="Sans-Bold")
    arms = Table(
        [[Paragraph("ESCUDO", ParagraphStyle("e", parent=cell, fontSize=6, alignment=1))]],
        16 * MM,
        18 * MM,
        style=[("BOX", (0, 0), (-1, -1), 0.5, blue), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )
    title = Paragraph(
        f"REPÚBLICA DE PANAMÁ<br/><b>MUNICIPIO DE {name}</b><br/>Provincia de {province}<br/>Centro de "
        "Operaciones de Emergencia Municipal",
        ParagraphStyle("t", parent=cell, fontSize=10, leading=13),
    )
    story = [
        Table([[arms, title]], (22 * MM, None), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")], hAlign="LEFT"),
        Spacer(1, 4 * MM),
        Paragraph(f"INFORME DE SITUACIÓN No. {doc.number}", ParagraphStyle("h1", fontName="Sans-Bold", fontSize=13,
                                                                          leading=16, textColor=blue)),
        Spacer(1, 2 * MM),
    ]  # fmt: skip
    rows = [("Evento", "Contaminación del río La Villa – suspensión del servicio de agua potable"),
            ("Fecha de corte", f"{when:%d/%m/%Y} 17:00"), ("Elaborado por", "COE Municipal"),
            ("Estado", "Publicado")]  # fmt: skip
    story.append(Table([[Paragraph(k, bold), Paragraph(v, cell)] for k, v in rows], (38 * MM, None), style=[
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9AA7B5")), ("BACKGROUND", (0, 0), (0, -1), HexColor("#E8EEF5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), band))
        for it in s.items:
            if s.key == "highlights":
                story.append(Paragraph(escape(it.text), body))
                continue
            risk, lead, rest = parts(it, "pa")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            story.append(Paragraph(text, point, bulletText="•"))
    note = ParagraphStyle("g", parent=body, fontSize=7, textColor=HexColor("#666666"))
    story += [Spacer(1, 6 * MM), Paragraph(f"Generado por SIGEM – Sistema de Gestión Municipal el {when:%d/%m/%Y} "
                                           f"17:{h % 50 + 10:02d} · usuario: {user}", note)]  # fmt: skip

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(HexColor("#666666"))
        c.drawCentredString(width / 2, 10 * MM, f"Página {c.getPageNumber()} de {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=LETTER, leftMargin=15 * MM, rightMargin=15 * MM, topMargin=14 * MM,
                            bottomMargin=18 * MM, title=f"Informe de situación No. {doc.number}", creator="",
                            producer="Dompdf 2.0.4 + CPDF")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()
