"""PDF writers of the ``blind65_layouts`` set (reportlab in the office tools' place): an Angolan municipal health
directorate's cholera sitrep typed in Word and printed through PDFCreator with its risks in a matrix, and an Argentine
municipal civil protection office's ash-fall bulletin typed in Word in two columns and printed to Adobe PDF.

A municipal health directorate (Direcção Municipal da Saúde) of Angola, serving its municipal administration, in a
cholera outbreak: the daily "Relatório de Situação" of its situation room typed in Word and printed to PDF through
PDFCreator (its title "Microsoft Word - …docx", PDFCreator and Ghostscript) — the insignia beside "REPÚBLICA DE
ANGOLA", the provincial government, the municipal administration and the directorate, the report's number and the
outbreak in a shaded, ruled box, a ruled row of the date of issue, the period and the epidemiological week, then each
section's number and name in capitals in dark red over a rule ("1. PONTOS-CHAVE"), points after "•", "Quadro 1 –
Casos e óbitos acumulados por bairro" and its table under the epidemiological situation, the risks a ruled matrix
"Risco | Probabilidade | Impacto | Medidas de mitigação" (an empty cell where nothing is done yet); "Elaborado por:"
and the director's signature block, the report's name and "Página 1 de 2" at the foot. Angola's spelling ("acção",
"direcção", the months with a capital): "Kz 3.910.000,00", "1.250", "16 de Janeiro", "(relatório anterior: 5)".

A municipal civil protection office (Dirección de Protección Civil) of a town of Argentine Patagonia under the ash of
an eruption across the Andes: the daily "Parte de situación" typed in Word on a template whose body is a section of
two columns and printed to the "Adobe PDF" printer (Acrobat Distiller) — over the first page the municipality's
shield, name and the secretariat and office over a rule, the part's number, the event and the place, day and hour,
and a ruled table of the state of the services across the page; then the text in two columns, filled one after the
other as Word fills them: each section's name white and bold on a band of the column's width, points after "–",
"Acciones en curso:" in bold; a ruled box of useful telephone numbers at the end; on a later page two columns under
a running header; "Página 1 de 2" at the foot. "$4.760.000", "$1.750 millones", "1.250", "16 de junio",
"(parte anterior: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind63_layouts_content import MESES
from blind65_layouts_banks_seaboard import AO_LEVELS, CENIZA, COLERA
from blind65_layouts_content import AO_MESES, parts
from council_layouts_gold import Doc


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


# ---------------------------------------------------------------- an Angolan DMS's sitrep through PDFCreator

DIRECCOES = (
    ("Cacuaco", "LUANDA", ("Kicolo", "Mulenvos", "Sequele", "Paraíso"), "Dr. Manuel Domingos Kiala"),
    ("Cazenga", "LUANDA", ("Hoji-ya-Henda", "Tala Hady", "Cazenga Popular", "11 de Novembro"),
     "Dra. Luzia Fernandes Neto"),
    ("Viana", "LUANDA", ("Zango", "Estalagem", "Kikuxi", "Baía"), "Dr. Adão Sebastião Mateus"),
    ("Lobito", "BENGUELA", ("Compão", "Bela Vista", "Canata", "Catumbela"), "Dra. Esperança Chipeio Sapalo"),
)  # fmt: skip
RED = "#a6192e"
# (probability, impact) of a risk by the level its text states, and where it states none
RATINGS = {AO_LEVELS[0]: ("Baixa", "Médio"), AO_LEVELS[1]: ("Média", "Alto"), AO_LEVELS[2]: ("Alta", "Alto"),
           AO_LEVELS[3]: ("Alta", "Muito alto")}  # fmt: skip


def _ratings(body: str) -> tuple[str, str]:
    found = [level for level in AO_LEVELS if f": {level}" in body]
    return RATINGS[found[-1]] if found else ("Média", "Médio")


def _split(total: int, weights: list[int]) -> list[int]:
    shares = [total * w // sum(weights) for w in weights]
    shares[-1] += total - sum(shares)
    return shares


def _by_bairro(doc: Doc, h: int) -> tuple[list[int], list[int]]:
    """The cases and deaths of the table by neighbourhood, adding up to the totals the points state."""
    cases = count(doc, ("Casos acumulados",), h % 900 + 100)
    deaths = min(count(doc, ("Óbitos acumulados",), h % 20 + 1), cases)
    weights = [(h >> k) % 9 + 2 for k in range(4)]
    return _split(cases, weights), _split(deaths, weights)


def pdf_pdfcreator_sitrep_colera_ao(doc: Doc) -> bytes:
    """The directorate's cholera sitrep as the Word file printed to PDF with PDFCreator."""
    from reportlab.graphics.shapes import Circle, Drawing, Polygon
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    town, province, bairros, director = DIRECCOES[COLERA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    prev = when - timedelta(days=1)
    of = "DO" if town == "Cazenga" else "DE"
    body = ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=3, leftIndent=16,
                          bulletIndent=4)  # fmt: skip
    centre = ParagraphStyle("c", fontName="Sans-Bold", fontSize=10.5, leading=13.5, alignment=TA_CENTER)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11.5, leading=15, textColor=colors.HexColor(RED),
                          spaceBefore=10, spaceAfter=1, keepWithNext=1)  # fmt: skip
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
    cap = ParagraphStyle("cap", fontName="Sans-Bold", fontSize=9, leading=11, spaceBefore=6, spaceAfter=3)
    insignia = Drawing(62, 62)
    insignia.add(Circle(31, 31, 29, fillColor=colors.HexColor("#f4c300"), strokeColor=colors.HexColor(RED)))
    insignia.add(Polygon([31, 50, 36, 36, 50, 36, 39, 28, 43, 14, 31, 22, 19, 14, 23, 28, 12, 36, 26, 36],
                         fillColor=colors.black, strokeColor=None))  # fmt: skip
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    shade = ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))
    week = when.isocalendar()[1]
    story = [
        Table([[insignia, [Paragraph(t, centre) for t in ("REPÚBLICA DE ANGOLA", f"GOVERNO PROVINCIAL DE {province}",
                                                           f"ADMINISTRAÇÃO MUNICIPAL {of} {town.upper()}",
                                                           "DIRECÇÃO MUNICIPAL DA SAÚDE")]]],
              colWidths=(72, 398), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        Spacer(1, 10),
        Table([[Paragraph(f"RELATÓRIO DE SITUAÇÃO N.º {doc.number}<br/>SURTO DE CÓLERA – MUNICÍPIO "
                          f"{of} {town.upper()}", ParagraphStyle(
                              "t", fontName="Sans-Bold", fontSize=13, leading=17, alignment=TA_CENTER))]],
              colWidths=(470,), style=[("BOX", (0, 0), (-1, -1), 1, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e7e6e6")),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]),
        Spacer(1, 6),
        Table([[Paragraph(f"<b>Data de emissão:</b> {when:%d/%m/%Y}", cell),
                Paragraph(f"<b>Período:</b> {prev:%d/%m/%Y}, 00h00 – 23h59", cell),
                Paragraph(f"<b>Semana epidemiológica:</b> {week}", cell)]], colWidths=(140, 190, 140), style=grid),
    ]  # fmt: skip
    for s in doc.sections:
        rule = HRFlowable(width="100%", thickness=0.6, color=colors.HexColor(RED), spaceAfter=4)
        if not s.risks:
            points = [Paragraph(_point(it, "ao"), body, bulletText="•") for it in s.items]
            story += [KeepTogether([Paragraph(escape(s.heading), head), rule, points[0]]), *points[1:]]
        else:
            rows = [[Paragraph(t, cellb) for t in ("Risco", "Probabilidade", "Impacto", "Medidas de mitigação")]]
            for it in s.items:
                p, i = _ratings(it.body)
                rows.append([Paragraph(escape(it.body), cell), Paragraph(p, cell), Paragraph(i, cell),
                             Paragraph(escape(it.mitigation or ""), cell)])  # fmt: skip
            story.append(KeepTogether([Paragraph(escape(s.heading), head), rule,
                                       Table(rows, colWidths=(176, 82, 62, 150), repeatRows=1,
                                             style=[*grid, shade])]))  # fmt: skip
        if s.key == "situation":
            rows = [[Paragraph(t, cellb) for t in ("Bairro", "Casos", "Óbitos", "Letalidade (%)")]]
            for bairro, cases, deaths in zip(bairros, *_by_bairro(doc, h), strict=True):
                rows.append([Paragraph(escape(bairro), cell), Paragraph(f"{cases:,}".replace(",", "."), cell),
                             Paragraph(str(deaths), cell),
                             Paragraph(f"{deaths * 100 / max(cases, 1):.1f}".replace(".", ","), cell)])  # fmt: skip
            story += [KeepTogether([Paragraph("Quadro 1 – Casos e óbitos acumulados por bairro", cap),
                                    Table(rows, colWidths=(170, 90, 90, 120), style=[*grid, shade])])]  # fmt: skip
    sign = ParagraphStyle("sg", parent=cell, fontSize=10, leading=14)
    story += [Spacer(1, 24), Table([[Paragraph("<b>Elaborado por:</b><br/>Sala de Situação – Área de Vigilância "
                                               "Epidemiológica", sign),
                                     Paragraph(f"O Director Municipal da Saúde<br/><br/>____________________<br/>"
                                               f"<b>{escape(director)}</b>", ParagraphStyle(
                                                   "sc", parent=sign, alignment=TA_CENTER))]],
                                   colWidths=(235, 235))]  # fmt: skip
    w, _ = A4

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawString(56, 28, f"DMS {town} – Relatório de Situação Cólera n.º {doc.number} – {when.day} de "
                             f"{AO_MESES[when.month - 1]} de {when.year}")  # fmt: skip
        c.drawRightString(w - 56, 28, f"Página {c.getPageNumber()} de {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=42, bottomMargin=56,
                      title=f"Microsoft Word - SITREP_COLERA_N{doc.number}_DMS_{town.upper()}.docx",
                      author=f"Sala de Situacao {h % 90 + 10}", creator="PDFCreator Free 5.2.0",
                      producer="GPL Ghostscript 10.02.1").build(story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()


# ---------------------------------------------------------------- an Argentine civil protection office's two columns

MUNICIPIOS = (
    ("Villa La Angostura", "Neuquén", "Bv. Pascotto 15", "Secretaría de Seguridad y Protección Civil"),
    ("San Carlos de Bariloche", "Río Negro", "Mitre 531", "Secretaría de Protección Civil"),
    ("Ingeniero Jacobacci", "Río Negro", "Av. Roca 230", "Secretaría de Gobierno"),
    ("Esquel", "Chubut", "Mitre 524", "Secretaría de Seguridad Ciudadana"),
)
TEAL = "#00627a"


def pdf_distiller_parte_ceniza_ar(doc: Doc) -> bytes:
    """The office's ash-fall bulletin as the two-column Word file printed to Adobe PDF."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table

    fonts()
    when = report_day(doc)
    town, province, address, secretariat = MUNICIPIOS[CENIZA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} de {MESES[when.month - 1]} de {when.year}"
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3, leftIndent=10,
                          bulletIndent=0)  # fmt: skip
    band = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10, leading=13, textColor=colors.white,
                          backColor=colors.HexColor(TEAL), borderPadding=(2, 3, 3, 3), spaceBefore=10, spaceAfter=5,
                          keepWithNext=1)  # fmt: skip
    title = ParagraphStyle("t", fontName="Sans-Bold", fontSize=16, leading=20, alignment=TA_CENTER)
    sub = ParagraphStyle("s", fontName="Sans", fontSize=10, leading=13, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
    w, height = A4
    margin, gutter = 48, 20
    col = (w - 2 * margin - gutter) / 2
    # fmt: off
    states = (("Energía eléctrica", ("Normal", "Cortes programados")[h % 2]), ("Gas natural", "Normal"),
              ("Aeropuerto", "Cerrado por ceniza"), ("Recolección de residuos", ("Normal", "Con demoras")[h >> 3 & 1]))
    # fmt: on
    top = [
        Paragraph(f"PARTE DE SITUACIÓN N° {doc.number}", title),
        Paragraph("Caída de ceniza volcánica", sub),
        Paragraph(f"{town}, {day} – 18:00 h", sub),
        Spacer(1, 8),
        Table(
            [[Paragraph("Servicio", cellb), Paragraph("Estado", cellb)]]
            + [[Paragraph(k, cell), Paragraph(v, cell)] for k, v in states],
            colWidths=(180, 200),
            style=[
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5e8ee")),
            ],
        ),
    ]  # fmt: skip
    story = []
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), band))
        story += [Paragraph(_point(it, "ar"), body, bulletText="–") for it in s.items]
    story += [Spacer(1, 10), Table([[[Paragraph("<b>Teléfonos útiles</b>", cell),
                                      Paragraph("Protección Civil: 103 · Bomberos: 100", cell),
                                      Paragraph("Policía: 101 · Emergencias médicas: 107", cell),
                                      Paragraph(f"Municipalidad: {address}, {town}", cell)]]],
                                    colWidths=(col,), style=[("BOX", (0, 0), (-1, -1), 0.6, "#000000")])]  # fmt: skip
    band_h = sum(f.wrap(w - 2 * margin, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in top) + 6

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor(TEAL)
        c.roundRect(margin, height - 88, 40, 48, 8, fill=1, stroke=0)
        c.setFillColor("#75aadb")
        c.rect(margin + 8, height - 70, 24, 20, fill=1, stroke=0)
        c.setFillColor("#000000")
        c.setFont("Sans-Bold", 12)
        c.drawString(margin + 52, height - 56, f"MUNICIPALIDAD DE {town.upper()}")
        c.setFont("Sans", 9)
        c.drawString(margin + 52, height - 69, f"{secretariat} – Dirección de Protección Civil")
        c.drawString(margin + 52, height - 81, f"Provincia de {province}")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.5)
        c.line(margin, height - 94, w - margin, height - 94)
        c.restoreState()

    def later(c, d) -> None:
        c.saveState()
        c.setFont("Sans-Italic", 8)
        c.drawString(margin, height - 30, f"Parte de situación N° {doc.number} – Caída de ceniza volcánica – "
                                          f"Protección Civil {town}")  # fmt: skip
        c.setLineWidth(0.5)
        c.line(margin, height - 34, w - margin, height - 34)
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawCentredString(w / 2, 26, f"Página {c.getPageNumber()} de {total}")
        c.restoreState()

    def columns(upper: float) -> list:
        return [Frame(margin + k * (col + gutter), 44, col, upper - 44, 0, 0, 0, 0, id=f"c{k}") for k in range(2)]

    upper = height - 104 - band_h
    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"Microsoft Word - Parte N° {doc.number} ceniza.docx",
                          author=f"proteccioncivil{h % 9}", creator="PScript5.dll Version 5.2.2",
                          producer="Acrobat Distiller 23.0 (Windows)")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", [Frame(margin, upper + 6, w - 2 * margin, band_h, 0, 0, 0, 0,
                                                       id="top"), *columns(upper)],
                                       onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", columns(height - 44), onPage=later)])  # fmt: skip
    tpl.build([*top, FrameBreak(), *story], canvasmaker=_counted(footer))
    return out.getvalue()
