"""PDF writers of the ``blind10_layouts`` set: a Belgian provincial crisis cell's "point de situation" set in
two columns (reportlab platypus on a two-frame page: the province's name and the cell's over a blue rule, "POINT
DE SITUATION n° 3", the phase and the date and time across the top of the first page, then the headings in
blue small capitals and "•" points flowing down the left column and on into the right, "Mesures prises :" in
bold inside a difficulty's point, "Diffusion restreinte" and "Page 1/2" at the foot) and a Chilean regional
emergency directorate's "reporte de situación" (single column: the directorate's band, "REPORTE DE SITUACIÓN
N° 3", a general information table of event, region, date and time, source, headings in capitals over "–"
points, "Acciones:" in bold inside a risk's point, the signature block and "Página 1 de 2").
"""

from __future__ import annotations

import io
from html import escape

from blind7_layouts_content import report_day
from blind10_layouts_content import DIAS, JOURS, MESES, MOIS, NBSP
from council_layouts_gold import Doc

BE_LEAD = f"Mesures prises{NBSP}:"
CL_LEAD = "Acciones:"


def _bold_lead(text: str, lead: str) -> str:
    return escape(text, quote=False).replace(f" {lead} ", f" <b>{lead}</b> ")


# ---------------------------------------------------------------- Belgian point de situation, two columns


def pdf_point_be(doc: Doc) -> bytes:
    """A4 portrait in two columns, as the cell's secretariat lays it out."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pw, ph = A4
    margin, gap = 40.0, 18.0
    col = (pw - 2 * margin - gap) / 2
    blue = colors.HexColor("#1B4F8C")
    when = report_day(doc)
    day = f"{JOURS[when.weekday()]} {'1er' if when.day == 1 else when.day} {MOIS[when.month - 1]} {when.year}"
    province = doc.organisation
    st = {
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=blue,
                            spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=10, leading=13, leftIndent=10, bulletIndent=0,
                             spaceAfter=3, alignment=4),
    }  # fmt: skip

    def first(c, _d) -> None:
        c.saveState()
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(blue)
        c.drawString(margin, ph - 48, province.upper())
        c.setFont("Helvetica", 9.5)
        c.setFillColor(colors.black)
        c.drawString(margin, ph - 62, "Cellule de crise provinciale – Discipline 5 (information)")
        c.setStrokeColor(blue)
        c.setLineWidth(2)
        c.line(margin, ph - 72, pw - margin, ph - 72)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(pw / 2, ph - 98, f"POINT DE SITUATION n° {doc.number}")
        c.setFont("Helvetica", 10)
        c.drawCentredString(pw / 2, ph - 114, f"Phase provinciale – {doc.service}")
        c.drawCentredString(pw / 2, ph - 128, f"{day} – situation à 08h00")
        c.setLineWidth(0.5)
        c.line(margin, ph - 140, pw - margin, ph - 140)
        foot(c)
        c.restoreState()

    def later(c, _d) -> None:
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(margin, ph - 28, f"{province} – Point de situation n° {doc.number} – {day}")
        foot(c)
        c.restoreState()

    def foot(c) -> None:
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(margin, 24, "Diffusion restreinte – membres de la cellule de crise et bourgmestres")
        c.drawRightString(pw - margin, 24, f"Page {c.getPageNumber()}")

    def frames(top: float) -> list:
        return [Frame(margin + n * (col + gap), 40, col, top - 40, leftPadding=0, rightPadding=0, id=f"c{n}")
                for n in range(2)]  # fmt: skip

    story: list = []
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["h"]))
        for it in s.items:
            story.append(Paragraph(_bold_lead(it.text, BE_LEAD), st["li"], bulletText="•"))
    buf = io.BytesIO()
    d = BaseDocTemplate(buf, pagesize=A4, title=f"Point de situation {doc.number}", author=province, invariant=1)
    d.addPageTemplates([PageTemplate("first", frames(ph - 150), onPage=first, autoNextPageTemplate="later"),
                        PageTemplate("later", frames(ph - 40), onPage=later)])  # fmt: skip
    d.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- Chilean reporte de situación


def pdf_reporte_cl(doc: Doc) -> bytes:
    """A4 portrait, single column, as the directorate's duty officer exports it from Word."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    pw, ph = A4
    margin = 50.0
    width = pw - 2 * margin
    when = report_day(doc)
    fecha = f"{DIAS[when.weekday()]} {when.day} de {MESES[when.month - 1]} de {when.year}"
    office, _, region = doc.organisation.partition(" – ")
    orange = colors.HexColor("#E35205")
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=10, spaceAfter=4,
                            keepWithNext=1),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=14, bulletIndent=2,
                             spaceAfter=2.5),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
        "sign": ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11.5, alignment=1),
    }  # fmt: skip

    def story() -> list:
        info = [("Evento", doc.service), ("Región", region), ("Fecha", fecha), ("Hora de corte", "08:00 horas"),
                ("Fuente", "Comités Comunales para la Gestión del Riesgo de Desastres, CONAF, Bomberos")]  # fmt: skip
        grid = Table([[Paragraph(a, st["cellb"]), Paragraph(escape(b), st["cell"])] for a, b in info],
                     colWidths=[100, width - 100])  # fmt: skip
        grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))])  # fmt: skip
        out: list = [Paragraph(f"REPORTE DE SITUACIÓN N° {doc.number}", st["title"]), grid]
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            out += [Paragraph(_bold_lead(it.text, CL_LEAD), st["li"], bulletText="–") for it in s.items]
        out += [Spacer(1, 26), Paragraph("<b>Director(a) Regional de Emergencias</b>", st["sign"]),
                Paragraph(escape(office), st["sign"]), Spacer(1, 8),
                Paragraph("La información contenida en este reporte es preliminar y está sujeta a cambios.",
                          st["cell"])]  # fmt: skip
        return out

    def build(total: int) -> tuple[bytes, int]:
        def page(c, _d) -> None:
            c.saveState()
            c.setFillColor(orange)
            c.rect(0, ph - 46, pw, 46, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(margin, ph - 22, office.upper())
            c.setFont("Helvetica", 8.5)
            c.drawString(margin, ph - 36, region)
            c.drawRightString(pw - margin, ph - 30, "Sistema Nacional de Prevención y Respuesta ante Desastres")
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont("Helvetica", 7.5)
            c.drawString(margin, 26, f"Reporte de situación N° {doc.number} – {doc.service}")
            c.drawRightString(pw - margin, 26, f"Página {c.getPageNumber()} de {total}")
            c.restoreState()

        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=66,
                              bottomMargin=46, title=f"Reporte de situación {doc.number}", invariant=1)  # fmt: skip
        d.build(story(), onFirstPage=page, onLaterPages=page)
        return buf.getvalue(), d.page

    # the first pass counts the pages for "Página x de y"
    return build(build(0)[1])[0]
