"""PDF writers of the ``blind20_layouts`` set: a South African local municipality's disaster management centre's
veldfire "Situasieverslag" in Afrikaans as a two-column bulletin (reportlab, the columns as Frames: on page 1 a
masthead drawn on the page — the municipality, "RAMPBESTUURSENTRUM", the bulletin's name on a red band and the
report's number, date and time — over a table of key figures spanning both columns, then the two columns; on later
pages a running head with the municipality and the bulletin's number under a rule; headings in dark red bold, each
point a "•" bullet with a hanging indent, "Teenmaatreëls:" in bold inside a risk's point; a footer with the centre's
24-hour number and "Bladsy 1 van 2"; "1 250", "12%", "R3 400", "27 Januarie") and an Icelandic police district's
civil protection operations command's "Stöðuskýrsla" on a volcanic eruption as a PDF exported from its slide deck
(16:9 landscape pages drawn as the presentation program draws them: a title slide — the event, "Stöðuskýrsla nr.
3", the command, the date and hour —, then one slide per section with the heading in a dark blue title bar and
"ALMANNAVARNIR" at its right, the points as bullets, "Mótvægisaðgerðir:" in bold inside a risk's bullet, the
command, the report and its date in the footer and the slide's number at its right, and a closing slide with the
public information line; "1.250", "12%", "3.400.000 kr.", "10. febrúar").
"""

from __future__ import annotations

import io
from html import escape

from blind7_layouts_content import report_day
from blind11_layouts_pdf import _fonts
from blind17_layouts_content import count, group, split_mitigation
from blind20_layouts_content import LEADS, MAANDE, MANUDIR
from council_layouts_gold import Doc, Item


def _marked(item: Item, lang: str) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS[lang])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <b>{escape(lead)}</b> {escape(mitigation, quote=False)}"


# ---------------------------------------------------------------- South African municipality: two-column bulletin


def _map(width: float, height: float, n: int):
    """The fire perimeter map the centre's GIS officer pastes in: land, the perimeter, the evacuated area."""
    from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
    from reportlab.lib import colors

    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#EEF0E2"), strokeColor=colors.grey))
    pts = [30, 30, 90 + 6 * n, 24, 170, 60 + 4 * n, 150, 120, 70, 110 + n, 40, 80]
    d.add(Polygon(pts, fillColor=colors.HexColor("#E8A07A"), strokeColor=colors.HexColor("#8B1A1A")))
    d.add(Rect(width - 70, 20, 50, 40, fillColor=None, strokeColor=colors.blue, strokeDashArray=[3, 2]))
    d.add(String(width - 66, 64, "Ontruim", fontName="DejaVu", fontSize=6))
    return d


def pdf_situasieverslag_af(doc: Doc) -> bytes:
    """The centre's bulletin on two columns, its key figures across both at the top of the first page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    _fonts()
    when = report_day(doc)
    day = f"{when.day} {MAANDE[when.month - 1]} {when.year}"
    red = colors.HexColor("#8B1A1A")
    pw, ph = A4
    m, gap, top = 42, 16, 150
    col = (pw - 2 * m - gap) / 2
    st = {
        "h": ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10.5, leading=13, textColor=red, spaceBefore=8,
                            keepWithNext=1,
                            spaceAfter=3),
        "b": ParagraphStyle("b", fontName="DejaVu", fontSize=9.4, leading=12.2, leftIndent=10, bulletIndent=0,
                            spaceAfter=3),
        "cap": ParagraphStyle("cap", fontName="DejaVu-Oblique", fontSize=7.5, leading=9, spaceAfter=6),
        "l": ParagraphStyle("l", fontName="DejaVu", fontSize=7, leading=8.5, textColor=colors.white,
                            alignment=1),
        "f": ParagraphStyle("f", fontName="DejaVu-Bold", fontSize=15, leading=17, textColor=red, alignment=1),
    }  # fmt: skip
    figures = [("Hektaar afgebrand", ("afgebrand",), 400), ("Huise ontruim", ("ontruim",), 12),
               ("Brandbestryders", ("brandbestryders op",), 90), ("Aktiewe fronte", ("fronte",), 2),
               ("Oproepe", ("oproepe",), 150)]  # fmt: skip

    def story() -> list:
        labels = [Paragraph(label.upper(), st["l"]) for label, _, _ in figures]
        values = [Paragraph(group(count(doc, words, d), " "), st["f"]) for _, words, d in figures]
        table = Table([labels, values], colWidths=[(pw - 2 * m) / 5] * 5, rowHeights=[18, 26])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), red), ("BOX", (0, 0), (-1, -1), 0.8, red),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#D9B3B3")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
        out = [
            table,
            FrameBreak(),
            NextPageTemplate("later"),
            _map(col, 150, doc.number),
            Paragraph(f"Kaart 1: Brandomtrek en ontruimde gebiede, {day} om 06:00", st["cap"]),
        ]
        for s in doc.sections:
            out.append(Paragraph(escape(s.heading), st["h"]))
            out += [Paragraph(_marked(it, "af"), st["b"], bulletText="•") for it in s.items]
        return out

    def masthead(c, d) -> None:
        c.saveState()
        c.setFont("DejaVu", 7)
        c.drawRightString(pw - m, ph - 26, "VIR AMPTELIKE GEBRUIK · Nie vir publikasie sonder toestemming nie")
        c.setFont("DejaVu-Bold", 15)
        c.drawString(m, ph - 52, doc.organisation.upper())
        c.setFont("DejaVu", 9)
        c.drawString(m, ph - 66, "RAMPBESTUURSENTRUM · Posbus 1, Privaatsak X3036 · rampbestuur@example.gov.za")
        c.setFillColor(red)
        c.rect(m, ph - 100, pw - 2 * m, 24, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 13)
        c.drawString(m + 8, ph - 93, "SITUASIEVERSLAG: VELDBRAND")
        c.drawRightString(pw - m - 8, ph - 93, f"Verslag nr. {doc.number}")
        c.setFillColor(colors.black)
        c.setFont("DejaVu", 8.5)
        c.drawString(m, ph - 114, f"{day}, 08:00  ·  Verspreiding: Munisipale bestuurder, PRBS, SAPD, WoF")
        footer(c, d)
        c.restoreState()

    def later(c, d) -> None:
        c.saveState()
        c.setFont("DejaVu", 7.5)
        c.drawString(m, ph - 30, f"{doc.organisation} · Situasieverslag nr. {doc.number} · {day}")
        c.line(m, ph - 34, pw - m, ph - 34)
        footer(c, d)
        c.restoreState()

    pages = [1]

    def footer(c, d) -> None:
        c.setFont("DejaVu", 7.5)
        c.drawString(m, 26, "24-uur noodnommer: 021 807 4500")
        c.drawRightString(pw - m, 26, f"Bladsy {c.getPageNumber()} van {pages[0]}")

    def build() -> bytes:
        buf = io.BytesIO()
        t = BaseDocTemplate(buf, pagesize=A4, title=doc.title, author=doc.organisation)
        body_h = ph - top - 48
        first = [
            Frame(m, ph - top - 36, pw - 2 * m, 60, id="top", leftPadding=0, rightPadding=0),
            Frame(m, 40, col, body_h - 40, id="l1"),
            Frame(m + col + gap, 40, col, body_h - 40, id="r1"),
        ]
        rest = [Frame(m, 40, col, ph - 86, id="l"), Frame(m + col + gap, 40, col, ph - 86, id="r")]
        t.addPageTemplates([PageTemplate("first", first, onPage=masthead), PageTemplate("later", rest, onPage=later)])
        t.build(story())
        pages[0] = t.page
        return buf.getvalue()

    build()
    return build()


# ---------------------------------------------------------------- Icelandic operations command: slide deck as PDF


def pdf_glaerur_is(doc: Doc) -> bytes:
    """The command's deck for the morning briefing, saved as PDF: a slide per section."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    when = report_day(doc)
    day = f"{when.day}. {MANUDIR[when.month - 1]} {when.year}"
    w, h = 960, 540
    navy, amber = colors.HexColor("#14325C"), colors.HexColor("#F2A900")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(w, h))
    c.setTitle(f"Stöðuskýrsla {doc.number} - {doc.organisation}")
    c.setAuthor(doc.organisation)
    total = len(doc.sections) + 2

    def frame(n: int) -> None:
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DejaVu", 10)
        c.drawString(40, 20, f"{doc.organisation} | Stöðuskýrsla {doc.number} | {day}")
        c.drawRightString(w - 40, 20, str(n))
        c.setFillColor(amber)
        c.rect(0, 40, w, 3, stroke=0, fill=1)

    c.setFillColor(navy)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVu-Bold", 40)
    c.drawString(60, 320, "Eldgos á Reykjanesskaga")
    c.setFont("DejaVu", 26)
    c.drawString(60, 270, f"Stöðuskýrsla nr. {doc.number}")
    c.setFont("DejaVu", 18)
    c.drawString(60, 200, doc.organisation)
    c.drawString(60, 172, f"{day}, kl. 10:00")
    c.setFillColor(amber)
    c.rect(60, 250, 200, 4, stroke=0, fill=1)
    c.showPage()
    for n, s in enumerate(doc.sections, start=2):
        c.setFillColor(navy)
        c.rect(0, h - 90, w, 90, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 30)
        c.drawString(40, h - 58, s.heading)
        c.setFont("DejaVu-Bold", 11)
        c.drawRightString(w - 40, h - 54, "ALMANNAVARNIR")
        y = h - 140
        size = 22 if sum(len(i.text) for i in s.items) < 420 else 18
        for it in s.items:
            risk, lead, mitigation = split_mitigation(it, LEADS["is"])
            c.setFillColor(navy)
            c.circle(52, y + size * 0.3, 4, stroke=0, fill=1)
            c.setFillColor(colors.black)
            words = [(wd, False) for wd in risk.split()] if lead else [(wd, False) for wd in it.text.split()]
            if lead:
                words += [(lead, True)] + [(wd, False) for wd in mitigation.split()]
            x, right = 70, w - 60
            for word, bold in words:
                font = "DejaVu-Bold" if bold else "DejaVu"
                ww = c.stringWidth(word, font, size)
                if x + ww > right:
                    x, y = 70, y - size * 1.25
                c.setFont(font, size)
                c.drawString(x, y, word)
                x += ww + c.stringWidth(" ", "DejaVu", size)
            y -= size * 1.25 + 16
        frame(n)
        c.showPage()
    c.setFillColor(navy)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVu-Bold", 34)
    c.drawCentredString(w / 2, 300, "Upplýsingar til almennings")
    c.setFont("DejaVu", 20)
    c.drawCentredString(w / 2, 250, "almannavarnir.is  ·  Upplýsingasími 1717  ·  Neyðarnúmer 112")
    c.setFont("DejaVu", 12)
    c.drawRightString(w - 40, 20, str(total))
    c.showPage()
    c.save()
    return buf.getvalue()
