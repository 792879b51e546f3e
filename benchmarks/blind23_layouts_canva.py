"""PDF writer of the ``blind23_layouts`` set: a Samoan district disaster committee's flood and storm report ("Lipoti
o le Tulaga") designed in Canva as an infographic and downloaded as "PDF Standard" for its Facebook page and the
national office — A4 pages of a designer's elements, written to the PDF in the order of their layers, not of reading:
the page's background, a teal title band with the committee and the title and the date, three stat circles of big
figures with captions repeated from the points, then cards in two columns of different heights (a left column read
down, then the right; the columns go on onto the next page), each a rounded panel with an icon circle, its heading
white in a coloured pill and its points "•" lines in a text box, each line of a text box its own text object with the
letter spacing Canva sets; the bodies drawn first and every heading pill after all of them (the designer brought the
pills to the front), the footer band with the hotline, the Facebook page and "Faamolemole ia faasoa"; "1,250",
"12%", "$3,400 tala", "16 Ianuari").
"""

from __future__ import annotations

import io
import re

from blind7_layouts_content import report_day
from blind23_layouts_content import LEADS, MASINA
from blind23_layouts_print import BOLD, PH, PW, SANS, fonts, runs, width, wrap
from council_layouts_gold import Doc

TEAL = (0.0, 0.5, 0.55)
PILLS = ((0.0, 0.5, 0.55), (0.93, 0.45, 0.13), (0.17, 0.32, 0.6), (0.6, 0.2, 0.45))
CARD = (0.95, 0.97, 0.97)
COL_X, COL_W = (30.0, 305.0), 260.0
SIZE, LEAD = 9.0, 12.2
TOP_FIRST, TOP_NEXT, BOTTOM = PH - 250.0, PH - 40.0, 70.0
_NUM = re.compile(r"\d[\d,]*")


def _stats(doc: Doc) -> list[tuple[str, str]]:
    """Three figures the designer repeats in circles: the first figure of the first three points that hold one."""
    out = []
    for s in doc.sections:
        for it in s.items:
            m = _NUM.search(it.text.split(":")[-1]) if ":" in it.text else None
            if m and len(out) < 3:
                out.append((m.group(), it.text.split(":")[0]))
    return out


def _cards(doc: Doc) -> list[list[tuple[object, float, float, list]]]:
    """Per page, the cards (section, x, top, wrapped lines) down the left column, then the right."""
    pages, page, col, top = [], [], 0, TOP_FIRST
    for s in doc.sections:
        lines = [wrap(runs(it, LEADS["sm"]), COL_W - 44, SIZE) for it in s.items]
        h = 40 + sum(len(x) * LEAD + 4 for x in lines)
        if top - h < BOTTOM:
            col, top = col + 1, TOP_FIRST if not pages else TOP_NEXT
            if col == 2:
                pages.append(page)
                page, col, top = [], 0, TOP_NEXT
        page.append((s, COL_X[col], top, lines))
        top -= h + 14
    return [*pages, page]


def _text(c, x: float, y: float, line: list, size: float, colour=(0.1, 0.1, 0.1)) -> None:
    """One line of a Canva text box: a text object of its own, letter-spaced, font changed inside it."""
    t = c.beginText(x, y)
    t.setCharSpace(0.15)
    t.setFillColorRGB(*colour)
    for k, (word, font) in enumerate(line):
        t.setFont(font, size)
        t.textOut(word + (" " if k < len(line) - 1 else ""))
    c.drawText(t)


def _card_height(lines: list) -> float:
    return 40 + sum(len(x) * LEAD + 4 for x in lines)


def pdf_canva_sm(doc: Doc) -> bytes:
    """The committee's infographic."""
    from reportlab.pdfgen import canvas

    fonts()
    when = report_day(doc)
    district = doc.organisation.removeprefix("Komiti Faalavelave Itumalo o ")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH))
    c.setTitle(f"Lipoti {doc.number} {district} - 1")
    c.setCreator("Canva")
    c.setProducer("Canva")
    pages = _cards(doc)
    for n, page in enumerate(pages):
        c.setFillColorRGB(0.99, 0.98, 0.95)
        c.rect(0, 0, PW, PH, stroke=0, fill=1)
        if n == 0:
            c.setFillColorRGB(*TEAL)
            c.rect(0, PH - 130, PW, 130, stroke=0, fill=1)
            _text(c, 30, PH - 48, [(w, BOLD) for w in doc.organisation.upper().split()], 13, (1, 1, 1))
            _text(c, 30, PH - 82, [(w, BOLD) for w in doc.title.split(" – ")[0].upper().split()], 22, (1, 1, 1))
            _text(c, 30, PH - 108, [(w, SANS) for w in f"{when.day} {MASINA[when.month - 1]} {when.year}".split()],
                  12, (0.85, 0.97, 0.97))  # fmt: skip
            for k, (fig, cap) in enumerate(_stats(doc)):
                cx = 105 + k * 193
                c.setFillColorRGB(*PILLS[k + 1])
                c.circle(cx, PH - 185, 42, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(BOLD, 20 if len(fig) < 6 else 15)
                c.drawCentredString(cx, PH - 192, fig)
                c.setFillColorRGB(0.2, 0.2, 0.2)
                c.setFont(SANS, 8)
                c.drawCentredString(cx, PH - 240, cap[:38])
        for k, (_s, x, top, lines) in enumerate(page):  # the panels and icons
            h = _card_height(lines)
            c.setFillColorRGB(*CARD)
            c.setStrokeColorRGB(0.8, 0.86, 0.86)
            c.roundRect(x, top - h, COL_W, h, 12, stroke=1, fill=1)
            c.setFillColorRGB(*PILLS[k % len(PILLS)])
            c.circle(x + COL_W - 22, top - 16, 11, stroke=0, fill=1)
        for _s, x, top, lines in page:  # the text boxes of the points
            y = top - 42
            for item in lines:
                for m, ln in enumerate(item):
                    if m == 0:
                        _text(c, x + 16, y, [("•", SANS)], SIZE)
                    _text(c, x + 28, y, ln, SIZE)
                    y -= LEAD
                y -= 4
        for k, (s, x, top, _lines) in enumerate(page):  # the heading pills, brought to the front
            size = 11.0
            while width(s.heading, BOLD, size) + 24 > COL_W - 52:
                size -= 0.5
            c.setFillColorRGB(*PILLS[k % len(PILLS)])
            c.roundRect(x + 12, top - 28, width(s.heading, BOLD, size) + 24, 20, 10, stroke=0, fill=1)
            _text(c, x + 24, top - 22, [(word, BOLD) for word in s.heading.split()], size, (1, 1, 1))
        c.setFillColorRGB(*TEAL)
        c.rect(0, 0, PW, 46, stroke=0, fill=1)
        foot = f"Vili le 911 mo faalavelave   |   facebook.com/DDC{district}   |   Faamolemole ia faasoa"
        _text(c, 30, 19, [(w, SANS) for w in foot.split()], 9, (1, 1, 1))
        c.showPage()
    c.save()
    return buf.getvalue()
