"""PDF writers of the ``blind68_layouts`` set (reportlab in the office tools' place): a Colombian volunteer fire
brigade's forest-fire report typed in Word on its quality system's template and made a PDF in Wondershare PDFelement,
and a Guinea-Bissau regional health directorate's measles report typed in Word as one table of its pillars and
converted to PDF on iLovePDF.

A municipal volunteer fire brigade of Colombia (cuerpo de bomberos voluntarios, which serves its municipality under an
agreement with the mayor's office and answers to the municipal risk management council, the CMGRD) in a dry season of
forest fires: its "Informe de situación" to the council typed in Word on the template of its quality management
system and turned into a PDF with PDFelement — on every page the template's ruled header (the brigade's badge, the
brigade, the process and "INFORME DE SITUACIÓN", and the control box "Código", "Versión", "Fecha" and "Página 1 de
2"); the report's number, a ruled box of "Para:", "Evento:", "Fecha y hora de corte:" and "Elaboró:"; each section's
number and name in bold capitals on a grey band ("1. RESUMEN DEL EVENTO"), the summary as paragraphs, the other points
after "•", "Acciones adelantadas:" in bold; "Cordialmente,", the signature line, the commander's rank, name and post;
the emergency line, address and mail at the foot. "$ 438.150.000", "$ 6.250 millones", "1.250", "16 de enero",
"(reporte anterior: 5)".

A regional health directorate (direção regional de saúde, the health ministry's office in a region, working with the
regional government) of Guinea-Bissau in a measles outbreak: its weekly "Relatório de situação" typed in Word as the
epidemic response's table and converted on iLovePDF — the emblem, "REPÚBLICA DA GUINÉ-BISSAU", the ministry and the
directorate centred, the title with the report's number, a ruled row of the date, the epidemiological week and the
period, then one table "Pilar / área | Situação e atividades" with a row for each section: its name in bold at the
left, at the right the summary as paragraphs or the points after "•", and in the risks' row a table of its own
"Risco / desafio | Medida de mitigação" (an empty cell where nothing is done yet); "Elaborado por:" and "Visto:", the
report's name and "Página 1 de 2" at the foot. "2.584.000 FCFA", "949,2 milhões de FCFA", "1.250", "16 de junho",
"(relatório anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind68_layouts_banks_africa import SARAMPO
from blind68_layouts_banks_america import INCENDIO
from blind68_layouts_content import ES_MESES, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Colombian brigade's report through PDFelement

BRIGADES = (
    ("La Calera", "Cundinamarca", "Capitán", "Jhon Fredy Rincón Parra", "Comandante", "Carrera 3 # 5-27",
     "bomberoslacalera@gmail.com"),
    ("Nemocón", "Cundinamarca", "Capitán", "Luz Adriana Bermúdez Gómez", "Comandante", "Calle 2 # 3-41",
     "bomberosnemocon@hotmail.com"),
    ("Girón", "Santander", "Capitán", "Wilson Arley Cárdenas Rueda", "Comandante", "Carrera 25 # 29-12",
     "comandancia@bomberosgiron.org"),
    ("Villa de Leyva", "Boyacá", "Teniente", "Diana Marcela Suárez Ávila", "Comandante (e)", "Calle 12 # 8-30",
     "bomberosvilladeleyva@gmail.com"),
)  # fmt: skip


def pdf_pdfelement_informe_incendio_co(doc: Doc) -> bytes:
    """The brigade's forest-fire report on its quality template, made a PDF in PDFelement."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    town, dept, rank, name, post, address, mail = BRIGADES[INCENDIO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {ES_MESES[when.month - 1]} de {when.year}"
    brigade = f"Cuerpo de Bomberos Voluntarios de {town}"
    body = ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=3, leftIndent=16,
                          bulletIndent=4)  # fmt: skip
    para = ParagraphStyle("p", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=5)
    band = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, leading=13)
    cell = ParagraphStyle("c", fontName="Sans", fontSize=9.5, leading=12)
    label = ParagraphStyle("l", parent=cell, fontName="Sans-Bold")
    w, height = letter
    margin = 50
    code, issued = f"GO-FT-{h % 20 + 3:02d}", f"{h % 27 + 1:02d}/0{h % 9 + 1}/{2022 + h % 3}"

    def page(c, total: int) -> None:
        c.saveState()
        top, x = height - 40, margin
        c.setLineWidth(0.8)
        c.rect(x, top - 66, w - 2 * margin, 66)
        for dx in (92, w - 2 * margin - 140):
            c.line(x + dx, top - 66, x + dx, top)
        c.line(x + 92, top - 22, x + w - 2 * margin - 140, top - 22)
        c.line(x + 92, top - 44, x + w - 2 * margin - 140, top - 44)
        for k in range(1, 4):
            c.line(x + w - 2 * margin - 140, top - 16.5 * k, x + w - 2 * margin, top - 16.5 * k)
        c.setFillColor(colors.HexColor("#c8102e"))
        c.circle(x + 46, top - 33, 24, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 14)
        c.drawCentredString(x + 46, top - 38, "BV")
        c.setFillColor(colors.black)
        mid = x + 92 + (w - 2 * margin - 232) / 2
        c.setFont("Sans-Bold", 9)
        c.drawCentredString(mid, top - 14, brigade.upper())
        c.setFont("Sans", 8.5)
        c.drawCentredString(mid, top - 36, "PROCESO: GESTIÓN OPERATIVA Y DE EMERGENCIAS")
        c.setFont("Sans-Bold", 10)
        c.drawCentredString(mid, top - 58, "INFORME DE SITUACIÓN")
        c.setFont("Sans", 8)
        for k, text in enumerate((f"Código: {code}", "Versión: 03", f"Fecha: {issued}",
                                  f"Página {c.getPageNumber()} de {total}")):  # fmt: skip
            c.drawString(x + w - 2 * margin - 134, top - 12 - 16.5 * k, text)
        c.setLineWidth(0.4)
        c.line(margin, 40, w - margin, 40)
        c.setFont("Sans", 7.5)
        c.drawCentredString(w / 2, 29, f"Línea de emergencias 119 · {address}, {town} ({dept}) · {mail}")
        c.restoreState()

    story = [
        Paragraph(f"INFORME DE SITUACIÓN N.° {doc.number}", ParagraphStyle(
            "t", fontName="Sans-Bold", fontSize=12.5, leading=16, alignment=TA_CENTER, spaceAfter=8)),
        Table([[Paragraph("Para:", label), Paragraph(f"Consejo Municipal de Gestión del Riesgo de Desastres (CMGRD) – "
                                                     f"Alcaldía Municipal de {town}", cell)],
               [Paragraph("Evento:", label), Paragraph("Incendios forestales – temporada seca", cell)],
               [Paragraph("Fecha y hora de corte:", label), Paragraph(f"{day}, 18:00 horas", cell)],
               [Paragraph("Elaboró:", label), Paragraph("Central de Comunicaciones – oficial de servicio", cell)]],
              colWidths=(130, w - 2 * margin - 130),
              style=[("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2"))]),
        Spacer(1, 6),
    ]  # fmt: skip
    for s in doc.sections:
        head = Table([[Paragraph(escape(s.heading), band)]], colWidths=[w - 2 * margin],
                     style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d9d9d9")),
                            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])  # fmt: skip
        points = []
        for it in s.items:
            if s.key == "highlights":
                points.append(Paragraph(escape(it.text), para))
                continue
            risk, lead, rest = parts(it, "co")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            points.append(Paragraph(text, body, bulletText="•"))
        story += [Spacer(1, 8), KeepTogether([head, Spacer(1, 5), points[0]]), *points[1:]]
    story += [Spacer(1, 16), Paragraph("Cordialmente,", para), Spacer(1, 30),
              Paragraph("_______________________________", para),
              Paragraph(f"<b>{rank} {escape(name)}</b><br/>{post}<br/>{escape(brigade)}", para)]  # fmt: skip
    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=letter, leftMargin=margin, rightMargin=margin, topMargin=124,
                            bottomMargin=56, title=f"Informe de situación N.° {doc.number} – {brigade}",
                            author=f"{rank} {name}", creator="Wondershare PDFelement",
                            producer="Wondershare PDFelement")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()


# ---------------------------------------------------------------- a Bissau-Guinean directorate's table via iLovePDF

REGIONS = (
    ("Gabú", "Dr. Braima Baldé", "Sadjo Embaló"),
    ("Bafatá", "Dra. Fatumata Djaló", "Mamadu Seidi"),
    ("Oio", "Dr. Queba Nhaga", "Armando Mendes"),
    ("Cacheu", "Dra. Maria Odete Gomes", "Tcherno Mané"),
)


def pdf_ilovepdf_relatorio_sarampo_gw(doc: Doc) -> bytes:
    """The directorate's measles report, its pillars one table, converted to PDF on iLovePDF."""
    from reportlab.graphics.shapes import Circle, Drawing, Polygon
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    region, director, focal = REGIONS[SARAMPO.organisations.index(doc.organisation)]
    cell = ParagraphStyle("c", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=2)
    point = ParagraphStyle("pt", parent=cell, leftIndent=10, bulletIndent=0)
    bold = ParagraphStyle("cb", parent=cell, fontName="Sans-Bold")
    white = ParagraphStyle("w", parent=bold, textColor=colors.white)
    centre = ParagraphStyle("m", fontName="Sans-Bold", fontSize=10.5, leading=13.5, alignment=TA_CENTER)
    emblem = Drawing(48, 48)
    emblem.add(Circle(24, 24, 22, fillColor=colors.HexColor("#f2c500"), strokeColor=colors.HexColor("#009e49")))
    emblem.add(Polygon([24, 38, 27.5, 28, 38, 28, 29.5, 22, 33, 12, 24, 18, 15, 12, 18.5, 22, 10, 28, 20.5, 28],
                       fillColor=colors.black, strokeColor=None))  # fmt: skip
    week_start = when - timedelta(days=7)
    story = [
        Table([[emblem], [Paragraph("REPÚBLICA DA GUINÉ-BISSAU", centre)],
               [Paragraph("MINISTÉRIO DA SAÚDE PÚBLICA", centre)],
               [Paragraph(f"DIREÇÃO REGIONAL DE SAÚDE DE {region.upper()}", centre)]],
              style=[("ALIGN", (0, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
        Spacer(1, 8),
        Paragraph(f"RELATÓRIO DE SITUAÇÃO N.º {doc.number} – SURTO DE SARAMPO", ParagraphStyle(
            "t", fontName="Sans-Bold", fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=8)),
        Table([[Paragraph(f"<b>Data:</b> {when:%d/%m/%Y}", cell),
                Paragraph(f"<b>Semana epidemiológica:</b> {when.isocalendar()[1] - 1}", cell),
                Paragraph(f"<b>Período:</b> {week_start:%d/%m} a {when - timedelta(days=1):%d/%m/%Y}", cell)]],
              colWidths=(140, 170, 185), style=[("GRID", (0, 0), (-1, -1), 0.6, colors.black)]),
        Spacer(1, 10),
    ]  # fmt: skip
    rows = [[Paragraph("Pilar / área", white), Paragraph("Situação e atividades", white)]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f5c99"))]  # fmt: skip
    for s in doc.sections:
        if s.risks:
            inner = [[Paragraph("Risco / desafio", bold), Paragraph("Medida de mitigação", bold)]]
            inner += [[Paragraph(escape(it.body), cell), Paragraph(escape(it.mitigation or ""), cell)]
                      for it in s.items]  # fmt: skip
            right = Table(inner, colWidths=(175, 175), style=[
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7eef6"))])  # fmt: skip
        elif s.key == "highlights":
            right = [Paragraph(escape(it.text), cell) for it in s.items]
        else:
            right = [Paragraph(escape(it.text), point, bulletText="•") for it in s.items]
        rows.append([Paragraph(escape(s.heading), bold), right])
    story.append(Table(rows, colWidths=(125, 370), repeatRows=1, style=style))
    signed = [[Paragraph(f"<b>Elaborado por:</b> {escape(focal)}, ponto focal de vigilância", cell),
               Paragraph(f"<b>Visto:</b> {escape(director)}, Diretor(a) Regional de Saúde", cell)]]  # fmt: skip
    story += [Spacer(1, 18), Table(signed, colWidths=(250, 245), style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]
    w, _ = A4

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.drawString(50, 26, f"Relatório de situação n.º {doc.number} – Sarampo – DRS {region}")
        c.drawRightString(w - 50, 26, f"Página {c.getPageNumber()} de {total}")
        c.restoreState()

    out = io.BytesIO()
    tpl = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=40, bottomMargin=48,
                            title=f"RelSit_Sarampo_{region}_{doc.number:02d}", author=focal,
                            creator="Microsoft® Word 2016", producer="iLovePDF")  # fmt: skip
    tpl.build(story, canvasmaker=_counted(page))
    return out.getvalue()
