"""PDF writer of the ``blind22_layouts`` set: a Faroese municipality's crisis group's storm briefing
("Støðufrágreiðing") made as a slide deck and printed to PDF as PowerPoint's "Handouts – 3 slides per page" (A4
portrait; each page three 16:9 slide frames down the left half, each drawn whole and scaled to a quarter — its accent
bar, title, "•" points shrunk to fit as PowerPoint's autofit shrinks them, "Tiltak:" in bold inside a risk's point,
the slide's own footer with the municipality and the slide's number —, and beside each frame the ruled lines for
notes; the handout master's header "Kreppubólkurin – …" top left and the date top right, "Støðufrágreiðing nr. 3"
bottom left and the page's number bottom right; a title slide first and a "Spurningar?" slide with the crisis
telephone last; "1.250", "12 %", "3.400 kr.", "14. januar").
"""

from __future__ import annotations

import io

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind22_layouts_content import LEADS, MANADIR
from blind22_layouts_latex import _w
from council_layouts_gold import Doc

PW, PH = 595.28, 841.89
SW, SH = 960.0, 540.0  # a slide in its own units
FRAME = 236.0  # a slide's width on the handout
SCALE = FRAME / SW
FRAME_X = 56.0
ROWS = (92.0, 336.0, 580.0)  # each frame's top from the top of the page
ACCENT = (0.0, 0.36, 0.45)
DARK = (0.11, 0.18, 0.28)


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in (("Slide", "Regular"), ("Slide-Bold", "Bold")):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/liberation/LiberationSans-{file}.ttf"))


def _wrap(tokens: list[tuple[str, str]], width: float, size: float) -> list[list[tuple[str, str]]]:
    lines, cur, used = [], [], 0.0
    for word, font in tokens:
        ww = _w(word, font, size) + (_w(" ", "Slide", size) if cur else 0)
        if cur and used + ww > width:
            lines.append(cur)
            cur, used = [], 0.0
            ww = _w(word, font, size)
        cur.append((word, font))
        used += ww
    return [*lines, cur] if cur else lines


def _point(text: str, lead: str, rest: str) -> list[tuple[str, str]]:
    out = [(w, "Slide") for w in text.split()]
    if lead:
        out += [(w, "Slide-Bold") for w in lead.split()] + [(w, "Slide") for w in rest.split()]
    return out


def _fit(points: list[list[tuple[str, str]]]) -> tuple[float, list[list[list[tuple[str, str]]]]]:
    """PowerPoint's autofit: the largest size from 24 down at which every point fits the body."""
    size = 24.0
    while True:
        wrapped = [_wrap(p, SW - 170, size) for p in points]
        height = sum(len(w) * size * 1.2 + size * 0.5 for w in wrapped)
        if height <= SH - 190 or size <= 12:
            return size, wrapped
        size -= 1


def _slide(c, x: float, y_top: float, draw) -> None:
    """A slide's frame on the handout at (x, y_top), its content drawn by ``draw`` in slide units."""
    h = SH * SCALE
    c.saveState()
    c.translate(x, PH - y_top - h)
    c.scale(SCALE, SCALE)
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    draw(c)
    c.restoreState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.rect(x, PH - y_top - h, FRAME, h, stroke=1, fill=0)


def _title_slide(doc: Doc, day: str):
    def draw(c) -> None:
        c.setFillColorRGB(*ACCENT)
        c.rect(0, 0, SW, SH, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Slide-Bold", 58)
        c.drawString(70, 300, f"Støðufrágreiðing nr. {doc.number}")
        c.setFont("Slide", 32)
        c.drawString(70, 245, f"Ódnin – {day}")
        c.setFont("Slide", 24)
        c.drawString(70, 120, f"Kreppubólkurin · {doc.organisation}")

    return draw


def _section_slide(title: str, points, number: int, org: str):
    size, wrapped = _fit(points)

    def draw(c) -> None:
        c.setFillColorRGB(*ACCENT)
        c.rect(0, 0, 18, SH, stroke=0, fill=1)
        c.setFillColorRGB(*DARK)
        c.setFont("Slide-Bold", 40)
        c.drawString(70, SH - 85, title)
        c.setStrokeColorRGB(*ACCENT)
        c.setLineWidth(3)
        c.line(70, SH - 105, SW - 70, SH - 105)
        y = SH - 150
        for lines in wrapped:
            c.setFillColorRGB(*ACCENT)
            c.setFont("Slide", size)
            c.drawString(80, y, "•")
            c.setFillColorRGB(0.15, 0.15, 0.15)
            for line in lines:
                x = 110.0
                for word, font in line:
                    c.setFont(font, size)
                    c.drawString(x, y, word)
                    x += _w(word + " ", font, size)
                y -= size * 1.2
            y -= size * 0.5
        c.setFillColorRGB(0.45, 0.45, 0.45)
        c.setFont("Slide", 14)
        c.drawString(70, 22, f"{org} · Kreppubólkurin")
        c.drawRightString(SW - 40, 22, str(number))

    return draw


def _closing_slide(doc: Doc, number: int):
    def draw(c) -> None:
        c.setFillColorRGB(*ACCENT)
        c.rect(0, 0, 18, SH, stroke=0, fill=1)
        c.setFillColorRGB(*DARK)
        c.setFont("Slide-Bold", 54)
        c.drawCentredString(SW / 2, 300, "Spurningar?")
        c.setFont("Slide", 24)
        c.drawCentredString(SW / 2, 230, f"Krepputelefonin: 30 {40 + doc.number} 10 · kreppa@kommuna.fo")
        c.setFillColorRGB(0.45, 0.45, 0.45)
        c.setFont("Slide", 14)
        c.drawRightString(SW - 40, 22, str(number))

    return draw


def pdf_handout_fo(doc: Doc) -> bytes:
    """The crisis group's slides, printed as handouts for the town council's meeting."""
    from reportlab.pdfgen.canvas import Canvas

    _fonts()
    when = report_day(doc)
    day = f"{when.day}. {MANADIR[when.month - 1]} {when.year}"
    slides = [_title_slide(doc, day)]
    for s in doc.sections:
        points = []
        for it in s.items:
            risk, lead, rest = split_mitigation(it, LEADS["fo"])
            points.append(_point(risk, lead, rest) if lead else _point(it.text, "", ""))
        slides.append(_section_slide(s.heading, points, len(slides) + 1, doc.organisation))
    slides.append(_closing_slide(doc, len(slides) + 1))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PW, PH))
    c.setTitle(f"Støðufrágreiðing {doc.number}")
    c.setCreator("Microsoft® PowerPoint® for Microsoft 365")
    pages = [slides[k : k + 3] for k in range(0, len(slides), 3)]
    for n, group in enumerate(pages, start=1):
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Slide", 9)
        c.drawString(40, PH - 40, f"Kreppubólkurin – {doc.organisation}")
        c.drawRightString(PW - 40, PH - 40, f"{when:%d-%m-%Y}")
        c.drawString(40, 34, f"Støðufrágreiðing nr. {doc.number}")
        c.drawRightString(PW - 40, 34, str(n))
        for top, draw in zip(ROWS, group, strict=False):
            _slide(c, FRAME_X, top, draw)
            c.setStrokeColorRGB(0.55, 0.55, 0.55)
            c.setLineWidth(0.5)
            for k in range(8):
                yy = PH - top - 14 - k * 17
                c.line(FRAME_X + FRAME + 30, yy, PW - 48, yy)
        c.showPage()
    c.save()
    return buf.getvalue()
