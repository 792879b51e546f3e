"""PDF writers of the ``blind64_layouts`` set (reportlab in the office tools' place): a São Tomé district civil
protection commission's bulletin laid out in two columns in Apache OpenOffice Writer, and a Sierra Leonean district
health management team's mpox sitrep typed in Word and printed through CutePDF Writer with its challenges in a table.

A district civil protection commission of São Tomé and Príncipe (Comissão Distrital de Proteção Civil), chaired by the
district council, in torrential rain: the daily "Boletim Informativo" typed in Apache OpenOffice Writer and exported as
PDF — over the first page the emblem, "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE", the motto, the district council
and the commission over a rule, the bulletin's name and number, the rain and the place and hour, then the highlights
in a shaded and ruled box across the page ("Destaques", points after "•"), then the text in two columns: each
section's name in bold green over a thin rule, points after "•", "Medidas em curso:" in bold, a ruled box of contacts
at the end; on a later page two columns under a running header; "Página 1 de 1" at the foot. "95.200 dobras",
"2,13 milhões de dobras", "1.250", "16 de março", "(boletim anterior: 5)".

A district health management team (DHMT) of Sierra Leone, partner of its district council, in an mpox outbreak: the
daily sitrep typed in Word and printed to PDF with CutePDF Writer (its title "Microsoft Word - …docx", PScript5 and
Ghostscript) — the coat of arms and the ministry's tile either side of "GOVERNMENT OF SIERRA LEONE", "MINISTRY OF
HEALTH" and the DHMT, the title bold and underlined, a ruled table of particulars (sitrep number, date, reporting
period, epi week), "Table 1: Key indicators" over a ruled table of figures, then each section's number and name
("1.0 Highlights") in bold blue, points after "•", the challenges a ruled table "S/N | Challenge | Action taken |
Responsible" (an empty cell where nothing has been done); "Prepared by:" and "Approved by:" with names and posts, the
sitrep's name and "Page 1 of 2" at the foot. "NLe 98,600", "NLe 36.25 million", "1,250", "16 September",
"(previous sitrep: 5)".
"""

from __future__ import annotations

import io
import zlib
from datetime import timedelta
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_print import _counted
from blind63_layouts_content import MESES_PT
from blind64_layouts_banks_coast import CHUVAS, MPOX
from blind64_layouts_content import parts
from council_layouts_gold import Doc


def _point(item, lang: str) -> str:
    risk, lead, rest = parts(item, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(item.text)


# ---------------------------------------------------------------- a São Tomé district commission's bulletin

DISTRICTS = (
    ("Mé-Zóchi", "Trindade", "2 26 11 40", "Carlos Neto da Trindade"),
    ("Lobata", "Guadalupe", "2 24 12 05", "Aldina Menezes Lima"),
    ("Cantagalo", "Santana", "2 26 51 18", "Hélder dos Ramos Costa"),
    ("Lembá", "Neves", "2 27 11 31", "Jacinta Lopes Vaz"),
)
GREEN = "#00703c"


def pdf_openoffice_boletim_chuvas_st(doc: Doc) -> bytes:
    """The commission's bulletin as OpenOffice Writer exports it: a box of highlights, then two columns."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        HRFlowable,
        KeepInFrame,
        KeepTogether,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
    )

    fonts()
    when = report_day(doc)
    district, seat, phone, president = DISTRICTS[CHUVAS.organisations.index(doc.organisation)]
    day = f"{when.day} de {MESES_PT[when.month - 1]} de {when.year}"
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3, leftIndent=11,
                          bulletIndent=1)  # fmt: skip
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, leading=13, textColor=colors.HexColor(GREEN),
                          spaceBefore=8, spaceAfter=1)  # fmt: skip
    title = ParagraphStyle("t", fontName="Sans-Bold", fontSize=15, leading=19, alignment=TA_CENTER)
    sub = ParagraphStyle("s", fontName="Sans-Italic", fontSize=10, leading=13, alignment=TA_CENTER)
    small = ParagraphStyle("sm", fontName="Sans", fontSize=8.5, leading=11)
    w, height = A4
    margin, gutter = 42, 18
    col = (w - 2 * margin - gutter) / 2
    top = [Paragraph(f"BOLETIM INFORMATIVO N.º {doc.number}", title),
           Paragraph("Chuvas intensas, cheias e deslizamentos de terras", sub),
           Paragraph(f"{seat}, {day} – ponto de situação às 17h00", sub), Spacer(1, 8)]  # fmt: skip
    story = []
    for s in doc.sections:
        if s.key == "highlights":
            box = [Paragraph(escape(s.heading), head)] + [Paragraph(escape(it.text), body, bulletText="•")
                                                          for it in s.items]  # fmt: skip
            top.append(Table([[box]], colWidths=(w - 2 * margin,), style=[
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6f2ea")),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(GREEN)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))  # fmt: skip
            continue
        points = [Paragraph(_point(it, "st"), body, bulletText="•") for it in s.items]
        story += [
            KeepTogether(
                [
                    Paragraph(escape(s.heading), head),
                    HRFlowable(width="100%", thickness=0.5, color=colors.HexColor(GREEN), spaceAfter=3),
                    points[0],
                ]
            ),
            *points[1:],
        ]
    story += [Spacer(1, 10), Table([[[Paragraph("<b>Contactos</b>", small),
                                      Paragraph(f"Câmara Distrital de {district} – {seat}", small),
                                      Paragraph(f"Tel.: +239 {phone} · Bombeiros: 112", small),
                                      Paragraph(f"Presidente da Comissão: {president}", small)]]],
                                    colWidths=(col,), style=[("BOX", (0, 0), (-1, -1), 0.6, "#000000")])]  # fmt: skip
    band = sum(f.wrap(w - 2 * margin, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in top) + 6

    def first(c, d) -> None:
        c.saveState()
        for k, colour in enumerate(("#12ad2b", "#ffce00", "#12ad2b")):
            c.setFillColor(colour)
            c.rect(margin, height - 50 - k * 14, 44, 14, fill=1, stroke=0)
        c.setFillColor("#d21034")
        c.wedge(margin - 4, height - 71, margin + 26, height - 13, -90, 180, fill=1, stroke=0)
        c.setFillColor("#000000")
        c.setFont("Sans-Bold", 10)
        c.drawCentredString(w / 2, height - 40, "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE")
        c.setFont("Sans-Italic", 8.5)
        c.drawCentredString(w / 2, height - 52, "(Unidade – Disciplina – Trabalho)")
        c.setFont("Sans-Bold", 9.5)
        c.drawCentredString(w / 2, height - 66, f"CÂMARA DISTRITAL DE {district.upper()}")
        c.setFont("Sans", 9)
        c.drawCentredString(w / 2, height - 78, "Comissão Distrital de Proteção Civil")
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.5)
        c.line(margin, height - 86, w - margin, height - 86)
        c.restoreState()

    def later(c, d) -> None:
        c.saveState()
        c.setFont("Sans-Italic", 8)
        c.drawString(margin, height - 30, f"Boletim Informativo n.º {doc.number} – Comissão Distrital de Proteção "
                                          f"Civil de {district}")  # fmt: skip
        c.setLineWidth(0.5)
        c.line(margin, height - 34, w - margin, height - 34)
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawCentredString(w / 2, 26, f"Página {c.getPageNumber()} de {total}")
        c.restoreState()

    def columns(upper: float, depth: float = 0) -> list:
        depth = depth or upper - 48
        return [Frame(margin + k * (col + gutter), upper - depth, col, depth, 0, 0, 0, 0, id=f"c{k}")
                for k in range(2)]  # fmt: skip

    # Writer's section spreads its text evenly over both columns where it ends on the first page
    upper = height - 100 - band
    probe = Canvas(io.BytesIO())
    flat = [x for f in story for x in (f._content if isinstance(f, KeepTogether) else [f])]
    need = sum(f.wrapOn(probe, col, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flat)
    frames = [Frame(margin, upper + 6, w - 2 * margin, band, 0, 0, 0, 0, id="top"),
              *columns(upper, min(upper - 48, need / 2 + 36))]  # fmt: skip
    out = io.BytesIO()
    tpl = BaseDocTemplate(out, pagesize=A4, title=f"boletim_{doc.number:02d}_{district.lower()}",
                          author=f"CDPC {district}", subject="Boletim informativo", creator="Writer",
                          producer="OpenOffice 4.1.15")  # fmt: skip
    tpl.addPageTemplates([PageTemplate("first", frames, onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", columns(height - 44), onPage=later)])  # fmt: skip
    tpl.build(
        [KeepInFrame(w - 2 * margin, band, top, mode="shrink"), FrameBreak(), *story], canvasmaker=_counted(footer)
    )
    return out.getvalue()


# ---------------------------------------------------------------- a Sierra Leonean DHMT's sitrep through CutePDF

DHMTS = (
    ("Western Area Urban", "Freetown", "Dr Fatmata B. Kamara", "Mohamed L. Sesay"),
    ("Western Area Rural", "Waterloo", "Dr Alhaji M. Jalloh", "Isatu Koroma"),
    ("Port Loko", "Port Loko", "Dr Christiana Conteh", "Abdulai Turay"),
    ("Kenema", "Kenema", "Dr Joseph S. Bangura", "Mariama Kallon"),
)
OWNERS = ("DSO", "DMO", "DHMT Lab Focal Person", "Health Promotion Officer", "IPC Focal Person")
NAVY = "#1f4e79"


def pdf_cutepdf_dhmt_mpox_sl(doc: Doc) -> bytes:
    """The DHMT's mpox sitrep as the Word file printed to PDF with CutePDF Writer."""
    from reportlab.graphics.shapes import Circle, Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    fonts()
    when = report_day(doc)
    district, _, dmo, dso = DHMTS[MPOX.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    body = ParagraphStyle("b", fontName="Sans", fontSize=10.5, leading=14, spaceAfter=3, leftIndent=18,
                          bulletIndent=4)  # fmt: skip
    centre = ParagraphStyle("c", fontName="Sans-Bold", fontSize=11, leading=14, alignment=TA_CENTER)
    head = ParagraphStyle("h", fontName="Sans-Bold", fontSize=11.5, leading=15, textColor=colors.HexColor(NAVY),
                          spaceBefore=10, spaceAfter=3, keepWithNext=1)  # fmt: skip
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
    cap = ParagraphStyle("cap", fontName="Sans-Italic", fontSize=9, leading=11, spaceBefore=6, spaceAfter=3)
    arms = Drawing(60, 60)
    arms.add(Circle(30, 30, 28, fillColor=colors.HexColor("#1eb53a"), strokeColor=colors.HexColor("#0072c6")))
    arms.add(String(30, 26, "SL", fontName="Sans-Bold", fontSize=14, fillColor=colors.white, textAnchor="middle"))
    tile = Drawing(60, 60)
    tile.add(Rect(0, 0, 60, 60, fillColor=colors.HexColor("#0072c6"), strokeColor=None))
    tile.add(String(30, 24, "MoH", fontName="Sans-Bold", fontSize=15, fillColor=colors.white, textAnchor="middle"))
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    shade = ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))
    week = when.isocalendar()[1]
    prev = when - timedelta(days=1)
    particulars = [
        ("Sitrep No.", str(doc.number)),
        ("Date", f"{when.day} {when:%B %Y}"),
        ("Reporting period", f"00:00 – 23:59 hrs, {prev.day} {prev:%B %Y}"),
        ("Epi week", str(week)),
    ]
    story = [
        Table([[arms, [Paragraph("GOVERNMENT OF SIERRA LEONE", centre), Paragraph("MINISTRY OF HEALTH", centre),
                       Paragraph(f"{district.upper()} DISTRICT HEALTH MANAGEMENT TEAM", centre)], tile]],
              colWidths=(70, 330, 70), style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        Spacer(1, 10),
        Paragraph("<u>MPOX OUTBREAK DAILY SITUATION REPORT</u>", ParagraphStyle(
            "t", fontName="Sans-Bold", fontSize=13.5, leading=17, alignment=TA_CENTER)),
        Spacer(1, 8),
        Table([[Paragraph(k, cellb), Paragraph(escape(v), cell)] for k, v in particulars], colWidths=(130, 340),
              style=[*grid, ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#deeaf6"))]),
    ]  # fmt: skip
    figures = [(label, value.split(" (")[0].rstrip("."))
               for label, value in (it.text.split(": ", 1) for s in doc.sections if s.key in ("highlights", "situation",
                                                                                          None)
                                    for it in s.items if ": " in it.text) if value[:1].isdigit()][:5]  # fmt: skip
    if figures:
        rows = [[Paragraph("Indicator", cellb), Paragraph("Figure", cellb)]]
        rows += [[Paragraph(escape(label), cell), Paragraph(escape(value), cell)] for label, value in figures]
        story += [Paragraph("Table 1: Key indicators", cap), Table(rows, colWidths=(370, 100), style=[*grid, shade])]
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), head))
        if not s.risks:
            story += [Paragraph(escape(it.text), body, bulletText="•") for it in s.items]
            continue
        rows = [[Paragraph(t, cellb) for t in ("S/N", "Challenge", "Action taken", "Responsible")]]
        for n, it in enumerate(s.items, 1):
            owner = OWNERS[zlib.crc32(it.thread.encode()) % len(OWNERS)] if it.mitigation else ""
            rows.append([Paragraph(str(n), cell), Paragraph(escape(it.body), cell),
                         Paragraph(escape(it.mitigation or ""), cell), Paragraph(owner, cell)])  # fmt: skip
        story.append(Table(rows, colWidths=(34, 186, 170, 80), repeatRows=1, style=[*grid, shade]))
    sign = ParagraphStyle("sg", parent=cell, fontSize=10, leading=14)
    story += [Spacer(1, 24), Table([[Paragraph(f"<b>Prepared by:</b><br/>{dso}<br/>District Surveillance Officer<br/>"
                                               f"{district} DHMT", sign),
                                     Paragraph(f"<b>Approved by:</b><br/>{dmo}<br/>District Medical Officer<br/>"
                                               f"{district} DHMT", sign)]], colWidths=(235, 235))]  # fmt: skip
    w, _ = A4

    def page(c, total: int) -> None:
        c.saveState()
        c.setFont("Sans", 8)
        c.drawString(56, 28, f"{district} DHMT – Mpox Sitrep No. {doc.number}")
        c.drawRightString(w - 56, 28, f"Page {c.getPageNumber()} of {total}")
        c.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=42, bottomMargin=56,
                      title=f"Microsoft Word - Mpox Sitrep No {doc.number} {district} DHMT.docx",
                      author=dso.split()[-1].lower() + str(h % 90 + 10), creator="PScript5.dll Version 5.2.2",
                      producer="GPL Ghostscript 9.53.3").build(story, canvasmaker=_counted(page))  # fmt: skip
    return out.getvalue()
