"""PDF writers of the ``blind45_layouts`` set whose page is a form or a grid of boxes (reportlab).

A Fijian provincial office's situation report after a tropical cyclone, in Fijian, on the office's report form: the
office's name and "Ripote ni Ituvaki – Situation Report" at the head, a grid of label and value cells drawn with
rules and the labels shaded (bilingual, "Naba ni leqa / Incident ref.", "Ituvaki / Status", "Gauna ni ripote /
Reporting period", "Ripote naba / Report no.", "Yasana / Province", "Vakarautaka ko / Prepared by", "Na leqa /
Hazard", "Ripote tarava / Next report"), a row of tick boxes for the alert level, then each section a boxed field of
the form — its name on a shaded bar, its points after "•" in the box under it, "Na cava e caka tiko:" in bold inside
a risk's point —, the signature and date grid at the end, the form's number and "Tabana 1 ni 2" at every foot.
"$3,400", "$1.25 milioni", "1,250", "16 ni Janueri", "(ripote sa oti: 5)".

An English county highway authority's winter service placemat in a week of snow: one A3 landscape page, the title
band ("Winter Service Placemat", the authority, the report's number, date and time), then twelve cells of a grid of
boxes in three rows, each section a box with its name on a coloured bar and a status dot, the headlines and the risks
each two cells wide, the points after "•" at a small size, "Action:" in bold inside a risk's point, "OFFICIAL" at
head and foot, the duty officer's line and the time of the next placemat. "£3,400", "£1.25m", "16 January",
"(last report: 5)".
"""

from __future__ import annotations

import io
import zlib
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind45_layouts_banks_new import CAGILABA
from blind45_layouts_content import FJ_MONTHS, parts
from blind45_layouts_pdf import fonts, point
from council_layouts_gold import Doc

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# ---------------------------------------------------------------- a Fijian provincial office's report form

PROVINCES = ("Bua", "Cakaudrove", "Lau", "Kadavu")
OFFICERS = ("Sevanaia Koroi", "Litia Vunibola", "Isikeli Tuilau", "Mereoni Ravuvu")


def _fj_day(when) -> str:
    return f"{when.day} ni {FJ_MONTHS[when.month - 1]} {when.year}"


def pdf_form_grid_fj(doc: Doc) -> bytes:
    """The provincial office's situation report on its form: the grid of particulars, then boxed sections."""
    from datetime import timedelta

    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts()
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    when = report_day(doc)
    k = CAGILABA.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    grey, rule = HexColor("#d9d9d9"), HexColor("#404040")
    base = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=3)
    bullet = ParagraphStyle("u", parent=base, leftIndent=11, bulletIndent=1)
    label = ParagraphStyle("l", parent=base, fontName="Sans-Bold", fontSize=8, leading=10, spaceAfter=0)
    value = ParagraphStyle("v", parent=base, fontSize=9, leading=11, spaceAfter=0)
    bar = ParagraphStyle("h", parent=base, fontName="Sans-Bold", fontSize=10, leading=12, spaceAfter=0)
    title = ParagraphStyle("t", parent=base, fontName="Sans-Bold", fontSize=14, leading=18, spaceAfter=2)
    period = f"{(when - timedelta(days=2)).day} – {_fj_day(when)}"
    grid = [
        ("Naba ni leqa / Incident ref.", f"TC-{when.year}-{h % 90 + 10:02d}/{PROVINCES[k][:3].upper()}",
         "Ituvaki / Status", "E se dola tiko (Active)"),
        ("Gauna ni ripote / Reporting period", period, "Ripote naba / Report no.", str(doc.number)),
        ("Yasana / Province", PROVINCES[k], "Vakarautaka ko / Prepared by", f"{OFFICERS[k]}, Roko Tui"),
        ("Na leqa / Hazard", "Cagilaba / Tropical cyclone", "Ripote tarava / Next report",
         _fj_day(when + timedelta(days=2))),
    ]  # fmt: skip
    cells = [[Paragraph(a, label), Paragraph(escape(b), value), Paragraph(c, label), Paragraph(escape(d), value)]
             for a, b, c, d in grid]  # fmt: skip
    t = Table(cells, colWidths=[38 * mm, 49 * mm, 38 * mm, 49 * mm])
    shade = [("BACKGROUND", (0, 0), (0, -1), grey), ("BACKGROUND", (2, 0), (2, -1), grey)]
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, rule), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           *shade]))  # fmt: skip
    ticks = Paragraph('<font name="Sans-Bold">Kalasi ni leqa / Alert level:</font>   <font name="DejaVu">☐</font> '
                      'Drokadroka   <font name="DejaVu">☐</font> Dromodromo   <font name="DejaVu">☒</font> Damudamu',
                      base)  # fmt: skip

    def story() -> list:
        flows: list = [Paragraph(escape(doc.organisation), title),
                       Paragraph("Ripote ni Ituvaki – Situation Report", base), Spacer(1, 4), t, Spacer(1, 5), ticks,
                       Spacer(1, 6)]  # fmt: skip
        for s in doc.sections:
            body = []
            for it in s.items:
                if s.key == "highlights":
                    body.append(Paragraph(escape(it.text), base))
                else:
                    body.append(Paragraph(point(it, "fj"), bullet, bulletText="•"))
            box = Table([[Paragraph(escape(s.heading), bar)], [body]], colWidths=[174 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, rule), ("LINEBELOW", (0, 0), (-1, 0), 0.6, rule),
                                     ("BACKGROUND", (0, 0), (-1, 0), grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))  # fmt: skip
            flows += [box, Spacer(1, 5)]
        sign = Table([[Paragraph("Saini / Signature", label), "", Paragraph("Tikina / Date", label),
                       Paragraph(_fj_day(when), value)]], colWidths=[38 * mm, 49 * mm, 38 * mm, 49 * mm],
                     rowHeights=[14 * mm])  # fmt: skip
        sign.setStyle(
            TableStyle([("GRID", (0, 0), (-1, -1), 0.6, rule), *shade, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
        )
        flows += [Spacer(1, 4), sign]
        return flows

    pages = [0]

    def furniture(c, d) -> None:
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(HexColor("#444444"))
        c.drawString(18 * mm, 10 * mm, "Fomu SR-2 (2024) · Tabana ni Veiqaravi ni Leqa")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Tabana {d.page} ni {pages[0] or d.page}")
        c.restoreState()

    for _ in range(2):
        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                              bottomMargin=18 * mm, title=doc.title, author=OFFICERS[k])  # fmt: skip
        d.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        pages[0] = d.page
    return buf.getvalue()


# ---------------------------------------------------------------- a highway authority's A3 placemat

BARS = ("#1f4e79", "#2e75b6", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2f5597", "#833c0b", "#c00000",
        "#375623")  # fmt: skip
DOTS = ("#00b050", "#ffc000", "#ff0000")
# (column, row, width in cells) of each section's box, in the generator's order of sections
CELLS = ((0, 0, 2), (2, 0, 1), (3, 0, 1), (0, 1, 1), (1, 1, 1), (2, 1, 1), (3, 1, 1), (0, 2, 1), (1, 2, 2),
         (3, 2, 1))  # fmt: skip


def pdf_placemat_a3_gb(doc: Doc) -> bytes:
    """The duty officer's placemat: one A3 landscape page of boxes, one box a section."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    fonts()
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    pw, ph = landscape(A3)
    margin, gap = 10 * mm, 5 * mm
    top, bottom = ph - 34 * mm, 14 * mm
    cw = (pw - 2 * margin - 3 * gap) / 4
    rh = (top - bottom - 2 * gap) / 3
    base = ParagraphStyle("b", fontName="Sans", fontSize=10, leading=13, spaceAfter=4, leftIndent=10,
                          bulletIndent=0)  # fmt: skip
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pw, ph))
    c.setTitle(doc.title)
    c.setAuthor("Highways Duty Officer")
    c.setCreator("Microsoft® PowerPoint® for Microsoft 365")
    c.setFillColor(HexColor("#1f3864"))
    c.rect(0, ph - 26 * mm, pw, 26 * mm, fill=1, stroke=0)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Sans-Bold", 24)
    c.drawString(margin, ph - 14 * mm, "Winter Service Placemat")
    c.setFont("Sans", 12)
    c.drawString(margin, ph - 21 * mm, doc.organisation)
    c.drawRightString(pw - margin, ph - 14 * mm, f"Report {doc.number}")
    c.drawRightString(pw - margin, ph - 21 * mm, f"{when:%A} {when.day} {when:%B %Y} · 07:00")
    c.setFillColor(HexColor("#000000"))
    c.setFont("Sans-Bold", 9)
    c.drawCentredString(pw / 2, ph - 31 * mm, "OFFICIAL")
    c.drawCentredString(pw / 2, 5 * mm, "OFFICIAL")
    c.setFont("Sans", 8)
    c.drawString(margin, 5 * mm, f"Prepared by the Highways Duty Officer · 01{h % 900 + 100} {h % 900000 + 100000}")
    c.drawRightString(pw - margin, 5 * mm, "Next placemat: 16:00")
    for n, (s, (cx, cy, span)) in enumerate(zip(doc.sections, CELLS, strict=True)):
        x = margin + cx * (cw + gap)
        w = span * cw + (span - 1) * gap
        y_top = top - cy * (rh + gap)
        c.setStrokeColor(HexColor(BARS[n]))
        c.setLineWidth(1.2)
        c.rect(x, y_top - rh, w, rh, fill=0, stroke=1)
        c.setFillColor(HexColor(BARS[n]))
        c.rect(x, y_top - 9 * mm, w, 9 * mm, fill=1, stroke=0)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Sans-Bold", 12)
        c.drawString(x + 3 * mm, y_top - 6.2 * mm, s.heading)
        c.setFillColor(HexColor(DOTS[(h >> n) % 3 if s.key != "risks" else 2]))
        c.circle(x + w - 5 * mm, y_top - 4.5 * mm, 2.4 * mm, fill=1, stroke=0)
        y = y_top - 12 * mm
        for it in s.items:
            text = point(it, "gb") if parts(it, "gb")[1] else escape(it.text)
            p = Paragraph(text, base, bulletText="•")
            _, ht = p.wrap(w - 6 * mm, rh)
            p.drawOn(c, x + 3 * mm, y - ht)
            y -= ht + 4
    c.showPage()
    c.save()
    return buf.getvalue()
