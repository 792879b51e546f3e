"""PDF writers of the ``blind55_layouts`` set drawn with reportlab: a Romanian county school inspectorate's flood
note as a Word letter saved as PDF and signed in Adobe Acrobat, and a Jamaican regional health authority's
hurricane situation report designed in Adobe Express.

A Romanian county school inspectorate after floods closed schools: the "Informare" to the prefect's county committee
for emergency situations, copied to the ministry, typed in Word on the inspectorate's letterhead, saved as PDF and
signed in Acrobat with the general inspector's qualified certificate, as the signed copy is posted: the ministry's
identity at the top left (the arms, "MINISTERUL EDUCAȚIEI") and the inspectorate's name at the right over a rule,
"Nr. 8.123/16.09.2026", "Către:", "Spre știință:" and "Referitor la:" with their lines, "INFORMARE" and its subject
centred, "Stimate domnule Prefect," and the opening sentence, each section's name in bold after its number
("1. Situația generală"), the summary as justified paragraphs, the other points bulleted, "Măsuri dispuse:" in bold,
"Cu stimă,", the general inspector's post and name over Acrobat's signature appearance (the name large at the left,
"Semnat digital de …" and "Data: 2026.09.16 15:42:07 +03'00'" at the right) beside "Întocmit," and its author, and
on every page the footer with the address, telephone, e-mail, the data protection line and "Pagina 1 din 2".
"340.000 lei", "1,25 milioane lei", "1.250", "12%", "16 septembrie", "(informarea anterioară: 5)".

A Jamaican regional health authority after a hurricane: the "Hurricane Situation Report" its communications unit
designs in Adobe Express from a report template and shares as PDF, on US Letter pages: a coloured band with the
authority's logo, "HURRICANE SITUATION REPORT", the report's number, date and time, the overview in a shaded box
across the page, then one rounded card per section set in two columns (each card the section's name in the band's
colour over its text, the points bulleted, "Response actions:" in bold) placed wherever a column has room, and a
footer band on every page with the health line, the website and the handles. "J$340 million", "J$1.25 billion",
"1,250", "October 16", "(previous report: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_pdf import fonts
from blind55_layouts_banks_away import INUNDATII
from blind55_layouts_banks_home import HURRICANE
from blind55_layouts_content import US, parts
from council_layouts_gold import Doc


def _point(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)


# ---------------------------------------------------------------- a Romanian school inspectorate's signed letter

ISJ = (("GALAȚI", "Galați", "Str. Portului nr. 34, 800025 Galați", "0236 411 437", "isjgl.ro", "Maria IONESCU",
        "Adrian POPA"),
       ("VRANCEA", "Vrancea", "Str. Mihail Kogălniceanu nr. 12, 620023 Focșani", "0237 236 100", "isjvn.ro",
        "Dan CIOBANU", "Raluca STAN"),
       ("VASLUI", "Vaslui", "Str. Donici nr. 2, 730168 Vaslui", "0235 311 928", "isjvs.ro", "Elena RUSU",
        "Mihai LUNGU"),
       ("BACĂU", "Bacău", "Str. Oituz nr. 24, 600266 Bacău", "0234 511 433", "isjbacau.ro", "Ioan MUNTEANU",
        "Ana BĂLAN"))  # fmt: skip


def _counted(page_drawer):
    """A canvas that knows the number of pages before it draws the footers ("Pagina 1 din 2")."""
    from reportlab.pdfgen.canvas import Canvas

    class Counted(Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                page_drawer(self, total)
                super().showPage()
            super().save()

    return Counted


def pdf_acrobat_signed_informare_inundatii_ro(doc: Doc) -> bytes:
    """The inspectorate's flood note as the Word letter saved as PDF and signed in Acrobat."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts()
    when = report_day(doc)
    upper, county, address, phone, domain, chief, author = ISJ[INUNDATII.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    w, _ = A4
    st = {
        "p": ParagraphStyle("p", fontName="Sans", fontSize=11, leading=15),
        "body": ParagraphStyle("body", fontName="Sans", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                               firstLineIndent=28, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", fontName="Sans", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                                 leftIndent=36, bulletIndent=18, spaceAfter=3),
        "head": ParagraphStyle("head", fontName="Sans-Bold", fontSize=11, leading=15, spaceBefore=8, spaceAfter=3),
        "title": ParagraphStyle("title", fontName="Sans-Bold", fontSize=13, leading=17, alignment=TA_CENTER),
        "centre": ParagraphStyle("centre", fontName="Sans", fontSize=11, leading=15, alignment=TA_CENTER),
        "sig": ParagraphStyle("sig", fontName="Sans", fontSize=7.5, leading=9.5),
        "signame": ParagraphStyle("signame", fontName="Sans", fontSize=12, leading=14),
    }  # fmt: skip
    number = f"{(h % 9000 + 1000) // 1000}.{h % 1000:03d}"
    story = [
        Paragraph(f"Nr. {number}/{when:%d.%m.%Y}", st["p"]),
        Spacer(1, 12),
        Paragraph(f"<b>Către:</b> INSTITUȚIA PREFECTULUI – JUDEȚUL {upper}", st["p"]),
        Paragraph(f"Comitetul Județean pentru Situații de Urgență {county}", st["p"]),
        Paragraph("<b>Spre știință:</b> MINISTERUL EDUCAȚIEI – Direcția Generală Învățământ Preuniversitar", st["p"]),
        Paragraph("<b>Referitor la:</b> situația unităților de învățământ afectate de inundații", st["p"]),
        Spacer(1, 14),
        Paragraph("INFORMARE", st["title"]),
        Paragraph(f"privind situația unităților de învățământ din județul {county} afectate de inundații",
                  st["centre"]),
        Paragraph(f"(nr. {doc.number}, {when:%d.%m.%Y}, ora 14:00)", st["centre"]),
        Spacer(1, 12),
        Paragraph("Stimate domnule Prefect,", st["p"]),
        Spacer(1, 6),
        Paragraph(f"Vă transmitem, mai jos, situația unităților de învățământ din județul {county} afectate de "
                  f"inundații, actualizată la data de {when:%d.%m.%Y}, ora 14:00.", st["body"]),
    ]  # fmt: skip
    for s in doc.sections:
        story.append(Paragraph(escape(s.heading), st["head"]))
        for it in s.items:
            story.append(Paragraph(escape(it.text), st["body"]) if s.key == "highlights" else
                         Paragraph(_point(it, "ro"), st["bullet"], bulletText="•"))  # fmt: skip
    stamp = f"{when:%Y.%m.%d} {15 + h % 3}:{h % 50 + 10}:{h % 49 + 10} +03'00'"
    appearance = Table([[Paragraph("<br/>".join(escape(x) for x in chief.upper().split()), st["signame"]),
                         Paragraph(f"Semnat digital de {escape(chief.upper())}<br/>Data: {stamp}", st["sig"])]],
                       colWidths=(96, 112))  # fmt: skip
    appearance.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    sign = Table([[[Paragraph("Inspector școlar general,", st["p"]), Paragraph(f"Prof. {chief}", st["p"]),
                    Spacer(1, 4), appearance],
                   [Paragraph("Întocmit,", st["p"]), Paragraph("Inspector școlar pentru management instituțional,",
                                                               st["p"]), Paragraph(f"Prof. {author}", st["p"])]]],
                 colWidths=(230, 230))  # fmt: skip
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 10), Paragraph("Cu stimă,", st["p"]), Spacer(1, 10), sign]

    def first(c, d) -> None:
        c.saveState()
        c.setFillColor("#1b3f8b")
        c.setStrokeColor("#c9a227")
        p = c.beginPath()
        for n, (x, y) in enumerate(((60, 800), (96, 800), (96, 772), (78, 756), (60, 772))):
            (p.moveTo if n == 0 else p.lineTo)(x, y)
        p.close()
        c.drawPath(p, fill=1, stroke=1)
        c.setFillColor("#1b3f8b")
        c.rect(104, 758, 1.2, 42, fill=1, stroke=0)
        c.setFont("Sans-Bold", 10.5)
        c.drawString(112, 786, "MINISTERUL")
        c.drawString(112, 772, "EDUCAȚIEI")
        c.drawRightString(w - 50, 786, "INSPECTORATUL ȘCOLAR")
        c.drawRightString(w - 50, 772, f"JUDEȚEAN {upper}")
        c.setStrokeColor("#1b3f8b")
        c.setLineWidth(0.8)
        c.line(60, 748, w - 50, 748)
        c.restoreState()

    def footer(c, total: int) -> None:
        c.saveState()
        c.setStrokeColor("#8c8c8c")
        c.setLineWidth(0.5)
        c.line(60, 58, w - 50, 58)
        c.setFont("Sans", 7.5)
        c.setFillColor("#444444")
        c.drawString(60, 47, f"{address} | Tel.: {phone} | E-mail: secretariat@{domain} | www.{domain}")
        c.drawString(60, 37, f"Datele cu caracter personal sunt prelucrate de ISJ {county} conform Regulamentului "
                             "(UE) 2016/679.")  # fmt: skip
        c.drawRightString(w - 50, 37, f"Pagina {c.getPageNumber()} din {total}")
        c.restoreState()

    out = io.BytesIO()
    d = SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=50, topMargin=112, bottomMargin=76,
                          title=f"Informare nr. {doc.number} – unități de învățământ afectate de inundații",
                          author=f"ISJ {county}", creator="Microsoft® Word pentru Microsoft 365",
                          producer="Microsoft® Word pentru Microsoft 365; modified using Adobe Acrobat")  # fmt: skip
    d.build(story, onFirstPage=first, canvasmaker=_counted(footer))
    return out.getvalue()


# ---------------------------------------------------------------- a Jamaican RHA's Adobe Express report

RHAS = (("WRHA", "#00799a", "wrha.gov.jm", "@WRHAJamaica", "Montego Bay, St. James"),
        ("SRHA", "#2e7d32", "srha.gov.jm", "@SRHAJamaica", "Mandeville, Manchester"),
        ("SERHA", "#6a1b9a", "serha.gov.jm", "@SERHAJamaica", "Kingston"),
        ("NERHA", "#c2185b", "nerha.gov.jm", "@NERHAJamaica", "Ocho Rios, St. Ann"))  # fmt: skip


def pdf_adobe_express_hurricane_rha_jm(doc: Doc) -> bytes:
    """The authority's hurricane situation report as Adobe Express exports the designed pages."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    fonts()
    when = report_day(doc)
    short, colour, domain, handle, seat = RHAS[HURRICANE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    w, ht = letter
    st = {
        "head": ParagraphStyle("head", fontName="Sans-Bold", fontSize=13, leading=16, textColor=colour),
        "text": ParagraphStyle("text", fontName="Sans", fontSize=10, leading=13.5, spaceAfter=4),
        "bullet": ParagraphStyle("bullet", fontName="Sans", fontSize=10, leading=13.5, leftIndent=11, bulletIndent=0,
                                 spaceAfter=4),
        "big": ParagraphStyle("big", fontName="Sans", fontSize=12, leading=16, spaceAfter=4, textColor="#1f2a33"),
    }  # fmt: skip
    out = io.BytesIO()
    c = Canvas(out, pagesize=letter)
    c.setTitle(f"Hurricane Situation Report {doc.number} – {short}")
    c.setAuthor(doc.organisation)
    c.setCreator("Adobe Express")

    def band(first: bool) -> float:
        c.setFillColor(colour)
        if first:
            c.rect(0, ht - 130, w, 130, fill=1, stroke=0)
            c.setFillColor("#ffffff")
            c.circle(w - 78, ht - 62, 34, fill=1, stroke=0)
            c.setFillColor(colour)
            c.setFont("Sans-Bold", 13)
            c.drawCentredString(w - 78, ht - 67, short)
            c.setFillColor("#ffffff")
            c.setFont("Sans-Bold", 11)
            c.drawString(40, ht - 40, doc.organisation.upper())
            c.setFont("Sans-Bold", 28)
            c.drawString(40, ht - 78, "HURRICANE SITUATION REPORT")
            c.setFont("Sans", 12)
            c.drawString(40, ht - 104, f"Report No. {doc.number}  |  {US[when.month - 1]} {when.day}, {when.year}  |"
                                       f"  {4 + h % 3}:00 p.m.")  # fmt: skip
        c.setFillColor(colour)
        c.rect(0, 0, w, 34, fill=1, stroke=0)
        c.setFillColor("#ffffff")
        c.setFont("Sans", 8.5)
        c.drawString(40, 13, f"Ministry of Health & Wellness  |  {doc.organisation}, {seat}")
        c.drawRightString(w - 40, 13, f"www.{domain}  |  {handle}")
        return ht - 150 if first else ht - 40

    def card(x: float, top: float, width: float, flow: list, fill: str) -> float:
        heights = [f.wrap(width - 28, 1000)[1] + f.getSpaceAfter() for f in flow]
        total = sum(heights) + 26
        c.setFillColor(fill)
        c.setStrokeColor("#d9dee3")
        c.roundRect(x, top - total, width, total, 10, fill=1, stroke=1)
        y = top - 14
        for f, fh in zip(flow, heights, strict=True):
            f.drawOn(c, x + 14, y - fh + f.getSpaceAfter())
            y -= fh
        return total

    top = band(True)
    bottom, gap, col_w = 50, 14, (w - 80 - 14) / 2
    cols = [top, top]
    for s in doc.sections:
        flow = [Paragraph(escape(s.heading), st["head"])]
        if s.key == "highlights":
            flow += [Paragraph(escape(it.text), st["big"]) for it in s.items]
            need = sum(f.wrap(w - 108, 1000)[1] + f.getSpaceAfter() for f in flow) + 26
            y = min(cols)
            if y - need < bottom:
                c.showPage()
                y = band(False)
            used = card(40, y, w - 80, flow, "#eef6f8")
            cols = [y - used - gap, y - used - gap]
            continue
        flow += [Paragraph(_point(it, "jm"), st["bullet"], bulletText="•") for it in s.items]
        need = sum(f.wrap(col_w - 28, 1000)[1] + f.getSpaceAfter() for f in flow) + 26
        n = 0 if cols[0] >= cols[1] else 1
        if cols[n] - need < bottom:
            c.showPage()
            cols = [band(False)] * 2
            n = 0
        used = card(40 + n * (col_w + gap), cols[n], col_w, flow, "#ffffff")
        cols[n] -= used + gap
    c.showPage()
    c.save()
    return out.getvalue()
