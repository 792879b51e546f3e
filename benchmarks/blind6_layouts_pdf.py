"""PDF writers of the ``blind6_layouts`` set: a French préfecture's "point de situation" (reportlab platypus:
the Marianne block and the cabinet's name over the title, headings in white on blue bands, "–" items,
"Mesures :" on the line under a risk, an address footer), an airport's one-page situation grid (a canvas
of boxed sections in three columns, each with a coloured title bar, read box by box) and a council's
fillable rest centre form (AcroForm: the answers are the values of multi-line text fields).
"""

from __future__ import annotations

import io
import random
from datetime import timedelta
from html import escape

from blind6_layouts_content import NBSP, french_date, report_day
from council_layouts_gold import Doc

BLEU = "#000091"


def _departement(org: str) -> str:
    """ "Préfecture de la Haute-Lune" → "DE LA HAUTE-LUNE", as the Marianne block prints the préfet's title."""
    return org.removeprefix("Préfecture ").upper()


def pdf_prefecture(doc: Doc) -> bytes:
    """A4 portrait: top left the Marianne block (PRÉFET / DE LA … / Liberté Égalité Fraternité), top right the
    cabinet and the protection civile service, the title "POINT DE SITUATION N° 4", the episode and the date
    and hour; each section a heading in white on a blue band, its items "–" dashes on a hanging indent,
    justified, a risk's measures on the line under it led by "Mesures :" in bold; "Prochain point …" at the
    end; the préfecture's address and the page number in the footer of every page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    bleu = colors.HexColor(BLEU)
    st = {
        "bloc": ParagraphStyle("bloc", fontName="Helvetica-Bold", fontSize=9.5, leading=11),
        "devise": ParagraphStyle("dev", fontName="Helvetica-Oblique", fontSize=7.5, leading=8.5),
        "service": ParagraphStyle("srv", fontName="Helvetica", fontSize=8, leading=10, alignment=2),
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=21, alignment=TA_CENTER,
                                textColor=bleu, spaceBefore=14),
        "sub": ParagraphStyle("s", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_CENTER,
                              spaceAfter=14),
        "band": ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                               textColor=colors.white),
        "item": ParagraphStyle("it", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY,
                               leftIndent=14, bulletIndent=3, spaceAfter=3),
        "end": ParagraphStyle("end", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceBefore=12),
    }  # fmt: skip
    w = A4[0]
    when = report_day(doc)

    def footer(c, d) -> None:
        c.saveState()
        c.setStrokeColor(bleu)
        c.line(56, 42, w - 56, 42)
        c.setFont("Helvetica", 7)
        c.drawString(56, 31, f"{doc.organisation} – Cabinet du préfet – 12 place de la République")
        c.drawString(56, 22, "Contact presse : 04 75 00 00 00 – pref-communication@prefecture.gouv.fr")
        c.drawRightString(w - 56, 26, f"{d.page}")
        c.restoreState()

    bloc = [Paragraph("PRÉFET<br/>" + escape(_departement(doc.organisation)), st["bloc"]), Spacer(1, 3),
            Paragraph("Liberté<br/>Égalité<br/>Fraternité", st["devise"])]  # fmt: skip
    service = Paragraph("Cabinet du préfet<br/>Service interministériel de défense<br/>et de protection civiles",
                        st["service"])  # fmt: skip
    head = Table([[bloc, service]], colWidths=[(w - 112) * 0.55, (w - 112) * 0.45])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [
        head,
        Paragraph(f"POINT DE SITUATION N°{NBSP}{doc.number}", st["title"]),
        Paragraph(f"{escape(doc.service)} – {french_date(when)} – 18h00", st["sub"]),
    ]
    for s in doc.sections:
        band = Table([[Paragraph(escape(s.heading), st["band"])]], colWidths=[w - 112])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bleu), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
        story += [Spacer(1, 8), band, Spacer(1, 5)]
        for it in s.items:
            if it.mitigation:
                lead = f"Mesures{NBSP}:"
                text = f"{escape(it.body)}<br/><b>{lead}</b> {escape(it.mitigation)}"
            else:
                text = escape(it.text)
            story.append(Paragraph(text, st["item"], bulletText="–"))
    after = french_date(when + timedelta(days=1))
    story.append(Paragraph(f"Prochain point de situation : {after} à 18h00.", st["end"]))
    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=48, bottomMargin=60,
                          title=f"Point de situation n° {doc.number}", invariant=1)  # fmt: skip
    d.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


# ---------------------------------------------------------------- airport situation grid

BAR = ("#1F4E79", "#2E75B6", "#C55A11", "#7F6000", "#375623", "#7030A0", "#833C0B", "#3A3838")


def _box(c, x: float, top: float, width: float, heading: str, paras: list, colour: str, draw: bool) -> float:
    """A boxed section: a coloured title bar over its bullets; returns its height (draws it when ``draw``)."""
    from reportlab.lib import colors

    bar, pad = 17, 6
    heights = [p.wrap(width - 2 * pad - 9, 1000)[1] for p in paras]
    height = bar + pad + sum(heights) + 3 * len(paras) + pad
    if draw:
        c.setStrokeColor(colors.HexColor(colour))
        c.setLineWidth(0.8)
        c.rect(x, top - height, width, height, stroke=1, fill=0)
        c.setFillColor(colors.HexColor(colour))
        c.rect(x, top - bar, width, bar, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x + pad, top - bar + 5, heading)
        y = top - bar - pad
        for p, ph in zip(paras, heights, strict=True):
            c.setFillColor(colors.HexColor(colour))
            c.circle(x + pad + 2.5, y - 6, 1.6, stroke=0, fill=1)
            p.drawOn(c, x + pad + 9, y - ph)
            y -= ph + 3
    return height


def pdf_airport_grid(doc: Doc) -> bytes:
    """Landscape A4 drawn on a canvas: a dark header band with the airport, the title, "Issued 06:00 …" and a
    "STATUS: DISRUPTED" pill; the sections as boxes three to a row (row heights set by the tallest box), each
    box a coloured title bar and bullets drawn as dots; a row that does not fit goes to the next page; the
    footer "… Airport Operations Centre · OFFICIAL · Page n"."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    w, h = landscape(A4)
    m, gap, cols = 28, 10, 3
    width = (w - 2 * m - (cols - 1) * gap) / cols
    style = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.setTitle(doc.title)
    page = 1

    def header(full: bool) -> float:
        band = 46 if full else 24
        c.setFillColor(colors.HexColor("#0B2545"))
        c.rect(0, h - band, w, band, stroke=0, fill=1)
        c.setFillColor(colors.white)
        if full:
            c.setFont("Helvetica-Bold", 15)
            c.drawString(m, h - 22, doc.organisation.upper())
            c.setFont("Helvetica", 9.5)
            c.drawString(m, h - 37, f"{doc.title} · Issued 06:00 {doc.date} · Next update 18:00")
            c.setFillColor(colors.HexColor("#C00000"))
            c.roundRect(w - m - 128, h - 33, 128, 20, 9, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(w - m - 64, h - 26, "STATUS: DISRUPTED")
        else:
            c.setFont("Helvetica", 8.5)
            c.drawString(m, h - 15, f"{doc.organisation} · {doc.title} (continued)")
        return h - band - 12

    def footer() -> None:
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("Helvetica", 7.5)
        c.drawString(m, 14, f"{doc.organisation} Operations Centre · OFFICIAL")
        c.drawRightString(w - m, 14, f"Page {page}")

    top = header(True)
    boxes = [(s, [Paragraph(escape(it.text), style) for it in s.items]) for s in doc.sections]
    for r in range(0, len(boxes), cols):
        row = boxes[r : r + cols]
        height = max(_box(c, 0, 0, width, s.heading, paras, BAR[0], False) for s, paras in row)
        if top - height < 30:
            footer()
            c.showPage()
            page += 1
            top = header(False)
        for k, (s, paras) in enumerate(row):
            _box(c, m + k * (width + gap), top, width, s.heading, paras, BAR[(r + k) % len(BAR)], True)
        top -= height + gap
    footer()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- fillable rest centre form

FIELD_FONT = 9
FIELD_LEADING = 11.5


def _wrap_lines(items: list[str], width: float, marked: bool) -> list[str]:
    """The answer as the form shows it: one line per item ("- " typed before it when ``marked``), wrapped
    at the field's width as the viewer wraps a typed line."""
    from reportlab.lib.utils import simpleSplit

    lines: list[str] = []
    for text in items:
        lines += simpleSplit(("- " if marked else "") + text, "Helvetica", FIELD_FONT, width)
    return lines


def pdf_fillable_form(doc: Doc) -> bytes:
    """The council's "Rest Centre Situation Report" form (Form RC2) as the rest centre manager sends it back,
    not flattened: a heading band, an instruction line, single-line fields for the centre, report number,
    date, time and manager, a checkbox, then per section its printed label ("1. Current position at the rest
    centre") over a multi-line text field whose value is the answer, one line per item (typed "- " before
    each on alternate sections); a footer with the form's reference and the page number."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    m = 48
    field_w = w - 2 * m
    rng = random.Random(doc.title)
    when = report_day(doc)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(f"Rest Centre Situation Report – {doc.organisation}")
    form = c.acroForm
    page = 1

    def footer() -> None:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(m, 24, f"Form RC2 (v4) · {doc.organisation} Emergency Planning")
        c.drawRightString(w - m, 24, f"Page {page}")
        c.setFillColor(colors.black)

    c.setFillColor(colors.HexColor("#004B87"))
    c.rect(0, h - 70, w, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(m, h - 34, "REST CENTRE SITUATION REPORT")
    c.setFont("Helvetica", 10)
    c.drawString(m, h - 52, doc.organisation)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(m, h - 88, "Complete every 12 hours and e-mail to the Emergency Centre. Use one line per point.")
    small = [("Rest centre", "Kelder Valley Leisure Centre", 0, 300), ("Report number", str(doc.number), 310, 90),
             ("Date", f"{when:%d/%m/%Y}", 410, 90), ("Time", "08:00", 0, 90),
             ("Rest centre manager", "J. Adeyemi (Housing Options)", 100, 300)]  # fmt: skip
    y = h - 112
    for n, (label, value, x, width) in enumerate(small):
        if n == 3:
            y -= 40
        c.setFont("Helvetica-Bold", 8)
        c.drawString(m + x, y, label)
        form.textfield(name=f"f{n}", value=value, x=m + x, y=y - 20, width=width, height=16, fontSize=FIELD_FONT,
                       borderColor=colors.HexColor("#7F7F7F"), fillColor=colors.HexColor("#EEF3FA"))  # fmt: skip
    c.setFont("Helvetica-Bold", 8)
    c.drawString(m + 410, y, "Open overnight")
    form.checkbox(name="open", x=m + 410, y=y - 20, size=14, checked=bool(rng.random() < 0.8), buttonStyle="cross")
    y -= 52
    for k, s in enumerate(doc.sections):
        lines = _wrap_lines([it.text for it in s.items], field_w - 6, marked=k % 2 == 0)
        height = len(lines) * FIELD_LEADING + 10
        if y - 16 - height < 44:
            footer()
            c.showPage()
            page += 1
            y = h - 56
        c.setFont("Helvetica-Bold", 10)
        c.drawString(m, y, s.heading)
        y -= 6
        form.textfield(name=f"s{k}", value="\n".join(lines), x=m, y=y - height, width=field_w, height=height,
                       fontSize=FIELD_FONT, fieldFlags="multiline", borderColor=colors.HexColor("#7F7F7F"),
                       fillColor=colors.HexColor("#EEF3FA"))  # fmt: skip
        y -= height + 22
    footer()
    c.save()
    return buf.getvalue()
