"""PDF writers of the ``blind29_layouts`` set (reportlab, with ``blind23_layouts_print``'s fonts and line helpers and
``blind27_layouts_pdf``'s canvas).

A Canadian university's infectious disease modelling group's weekly briefing to the provincial ministry of health,
typeset with LaTeX's Beamer class in the Frankfurt theme and compiled to PDF: 4:3 frames of 128 × 96 mm; on every
frame the theme's headline, a dark band naming every section of the deck in small type (the short names of
``\\section[Epidemiology]{Current epidemiology}``) with a row of mini-frame dots under each; the title frame (the
title in a rounded box, subtitle, authors, institute, date); each section one frame whose title is printed in the
frame title band; the points of ``itemize`` behind Beamer's drawn triangles, "\\alert{Mitigation:}" in red inside a
risk's point, a frame overfull with text shrunk to fit as ``[shrink]`` does; the projections frame in two columns,
the points at the left and a chart of weekly admissions at the right (axis, ticks, legend, a title); the frame
number "3 / 9" and the navigation symbols in the footline; a closing "Questions?" frame with the group's address.
"$3,400", "$1.25 million", "January 16", "(previous week: 5)".

A mountain rescue team leader's search sitrep typed in the Notes app on an iPhone and shared as a PDF (Share ›
Print › Save to Files), as a team leader writes it in the base vehicle: no page header or footer, the note's first
line in Notes' "Title" style, the time and the leader's name on the next line, each section a line in Notes'
"Heading" style, the points in a dashed list ("–" and a hanging indent), the plan for tomorrow a checklist (drawn
circles, no text), "Controls:" typed inside a risk's point, the note's tags "#sitrep #search" at its end; a long
note runs on to a second A4 page wherever the text reaches the foot. "£3,400", "16 Oct", "(5 yesterday)".
"""

from __future__ import annotations

import itertools
import zlib

from blind7_layouts_content import report_day
from blind23_layouts_print import SANS, Run, fonts, width, wrap
from blind27_layouts_pdf import Op, _canvas
from blind29_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- LaTeX Beamer, Frankfurt theme

BW, BH = 362.83, 272.13  # 128 mm × 96 mm
DEJA, DEJA_BOLD = "B29Deja", "B29Deja-Bold"
BLUE = (0.2, 0.2, 0.7)
RED = (0.8, 0.0, 0.0)
UNIVERSITIES = {"Prairie": "Red River University", "Great Lakes": "Huron Shore University",
                "Atlantic": "Fundy Bay University", "Pacific": "Cascadia University"}  # fmt: skip
AUTHORS = ("A. Tremblay", "J. Singh", "M. Okafor", "L. Chen", "S. Gauthier", "R. Martin")
NOTE = "Prepared for the Ministry of Health. Not peer reviewed."
SHORT = {"Key findings": "Summary", "Current epidemiology": "Epidemiology", "Hospital burden": "Hospitals",
         "Four-week projections": "Projections", "Public health measures": "Measures",
         "Risks and uncertainties": "Risks", "Next steps": "Next steps"}  # fmt: skip


def _deja() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if DEJA not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(DEJA, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont(DEJA_BOLD, "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


def _headline(c, names: list[str], current: int) -> None:
    """The Frankfurt headline: every section's short name over its mini-frame dot, the current one bright."""
    c.setFillColorRGB(0.12, 0.12, 0.45)
    c.rect(0, BH - 24, BW, 24, 0, 1)
    x = 8.0
    for k, name in enumerate(names):
        bright = k == current
        c.setFillColorRGB(*((1, 1, 1) if bright else (0.55, 0.55, 0.75)))
        c.setFont(DEJA, 5)
        c.drawString(x, BH - 9, name)
        c.circle(x + 2, BH - 17, 1.6, stroke=1 if not bright else 0, fill=1 if bright else 0)
        x += width(name, DEJA, 5) + 10


def _footline(c, n: int, total: int) -> None:
    c.setFillColorRGB(0.55, 0.55, 0.7)
    c.setStrokeColorRGB(0.55, 0.55, 0.7)
    for k in range(6):  # the navigation symbols: arrows and boxes, drawn
        x = BW - 118 + 13 * k
        c.rect(x, 5, 6, 4, 1, 0) if k % 2 else c.line(x, 7, x + 6, 7)
    c.setFont(DEJA, 5.5)
    c.drawRightString(BW - 6, 6, f"{n} / {total}")


def _bullets(doc_items, room: float, size: float) -> list[list[list[tuple[str, str, tuple]]]]:
    out = []
    for it in doc_items:
        risk, lead, rest = parts(it, "ca")
        words = [(w, DEJA, (0, 0, 0)) for w in risk.split()]
        if lead:
            words += [(lead, DEJA, RED)] + [(w, DEJA, (0, 0, 0)) for w in rest.split()]
        lines, cur, used = [], [], 0.0
        for word, font, colour in words:
            need = width(word, font, size) + (width(" ", font, size) if cur else 0)
            if cur and used + need > room:
                lines.append(cur)
                cur, used, need = [], 0.0, width(word, font, size)
            cur.append((word, font, colour))
            used += need
        out.append([*lines, cur])
    return out


def _frame_body(c, items, room: float, x0: float, top: float, bottom: float) -> None:
    size = 10.0
    while True:  # [shrink]: the text made smaller until the frame holds it
        blocks = _bullets(items, room, size)
        need = sum(len(b) * size * 1.25 + size * 0.5 for b in blocks)
        if need <= top - bottom or size < 6:
            break
        size -= 0.5
    y = top - size
    for block in blocks:
        c.setFillColorRGB(*BLUE)
        p = c.beginPath()
        p.moveTo(x0, y + size * 0.65)
        p.lineTo(x0 + size * 0.45, y + size * 0.4)
        p.lineTo(x0, y + size * 0.15)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        for line in block:
            x = x0 + size * 1.1
            for word, font, colour in line:
                c.setFillColorRGB(*colour)
                c.setFont(font, size)
                c.drawString(x, y, word)
                x += width(word + " ", font, size)
            y -= size * 1.25
        y -= size * 0.5


def _chart(c, x0: float, y0: float, w: float, h: float, seed: int) -> None:
    c.setFillColorRGB(0, 0, 0)
    c.setFont(DEJA_BOLD, 6)
    c.drawString(x0, y0 + h + 6, "Weekly influenza admissions")
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.line(x0 + 14, y0, x0 + 14, y0 + h)
    c.line(x0 + 14, y0, x0 + w, y0)
    c.setFont(DEJA, 4.5)
    for k in range(4):
        c.drawRightString(x0 + 12, y0 + k * h / 3 - 1.5, str(k * 300))
    for k, label in enumerate(("Dec 1", "Dec 15", "Dec 29", "Jan 12", "Jan 26")):
        c.drawCentredString(x0 + 14 + k * (w - 14) / 4, y0 - 7, label)
    pts = [(x0 + 14 + k * (w - 14) / 8, y0 + h * (0.1 + 0.8 * (1 - abs(k - 4 - seed % 2) / 5))) for k in range(9)]
    c.setFillColorRGB(0.75, 0.8, 0.95)
    band = c.beginPath()
    band.moveTo(*pts[4])
    for x, y in pts[4:]:
        band.lineTo(x, y + 10)
    for x, y in reversed(pts[4:]):
        band.lineTo(x, y - 10)
    c.drawPath(band, stroke=0, fill=1)
    c.setStrokeColorRGB(*BLUE)
    for a, b in itertools.pairwise(pts):
        c.line(*a, *b)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(x0 + 18, y0 + h - 4, "— observed   ▒ projected (80% interval)")


def pdf_beamer_modelling_ca(doc: Doc) -> bytes:
    """The modelling briefing as pdfLaTeX typesets the group's Beamer deck."""
    _deja()
    when = report_day(doc)
    uni = next(v for k, v in UNIVERSITIES.items() if doc.organisation.startswith(k))
    h = zlib.crc32(doc.organisation.encode())
    authors = ", ".join(AUTHORS[(h + k) % len(AUTHORS)] for k in range(3))
    names = [SHORT.get(s.heading, s.heading) for s in doc.sections]
    total = len(doc.sections) + 2
    pages: list[list[Op]] = []

    def title(c) -> None:
        _headline(c, names, -1)
        c.setFillColorRGB(*BLUE)
        c.roundRect(30, 170, BW - 60, 40, 5, 0, 1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(DEJA_BOLD, 12)
        c.drawCentredString(BW / 2, 194, "Influenza and RSV in the province")
        c.setFont(DEJA, 8.5)
        c.drawCentredString(BW / 2, 180, f"Weekly modelling briefing {doc.number}")
        c.setFillColorRGB(0, 0, 0)
        lines = ((145, 8, authors), (130, 7, doc.organisation), (120, 7, uni),
                 (100, 8, f"{when:%B} {when.day}, {when.year}"), (80, 6, NOTE))  # fmt: skip
        for y, size, text in lines:
            c.setFont(DEJA, size)
            c.drawCentredString(BW / 2, y, text)
        _footline(c, 1, total)

    pages.append([title])
    for k, s in enumerate(doc.sections):

        def frame(c, k=k, s=s) -> None:
            _headline(c, names, k)
            c.setFillColorRGB(0.9, 0.9, 0.97)
            c.rect(0, BH - 46, BW, 22, 0, 1)
            c.setFillColorRGB(*BLUE)
            c.setFont(DEJA, 11)
            c.drawString(10, BH - 40, s.heading)
            if s.key == "forecast":
                _frame_body(c, s.items, BW * 0.55 - 30, 12, BH - 60, 22)
                _chart(c, BW * 0.58, 60, BW * 0.38, 110, zlib.crc32(doc.title.encode()))
            else:
                _frame_body(c, s.items, BW - 42, 14, BH - 60, 22)
            _footline(c, k + 2, total)

        pages.append([frame])

    def close(c) -> None:
        _headline(c, names, len(names) - 1)
        c.setFillColorRGB(*BLUE)
        c.setFont(DEJA_BOLD, 14)
        c.drawCentredString(BW / 2, 150, "Questions?")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(DEJA, 7)
        c.drawCentredString(BW / 2, 125, f"modelling@{uni.lower().replace(' ', '')}.ca")
        _footline(c, total, total)

    pages.append([close])
    return _canvas((BW, BH), f"Weekly modelling briefing {doc.number}", "LaTeX with Beamer class", pages)


# ---------------------------------------------------------------- iPhone Notes shared as PDF

NW, NH = 595.28, 841.89
LEADERS = {"Langdale": "Dave Hollins", "Brecon": "Sian Pritchard", "Glen Orrin": "Ewan MacRae",
           "Kinder": "Tom Ashworth"}  # fmt: skip
AMBER = (0.89, 0.65, 0.0)


def _note_lines(text: str, room: float, size: float) -> list[list[Run]]:
    return wrap([(w, SANS) for w in text.split()], room, size)


def pdf_iphone_notes_mrt_gb(doc: Doc) -> bytes:
    """The team leader's note as iOS prints it to a PDF."""
    fonts()
    bold = "B23Sans-Bold"
    when = report_day(doc).replace(hour=20, minute=40 + doc.number % 15)
    leader = next(v for k, v in LEADERS.items() if doc.organisation.startswith(k))
    team = doc.organisation.replace("Mountain Rescue Team", "MRT").replace("Search and Rescue Team", "SART")
    x0, body = 54.0, 14.0
    pages: list[list[Op]] = [[]]
    y = NH - 60

    def put(op: Op) -> None:
        pages[-1].append(op)

    def need(h: float) -> None:
        nonlocal y
        if y - h < 48:
            pages.append([])
            y = NH - 48

    put(lambda c: (c.setFont(bold, 24), c.drawString(x0, NH - 60, f"{team} – sitrep {doc.number}")))
    y -= 30
    stamp = f"{when:%a} {when.day} {when:%b} {when:%H:%M} – {leader} (TL)"
    put(lambda c, y=y: (c.setFont(SANS, body), c.drawString(x0, y, stamp)))
    y -= 28
    for s in doc.sections:
        need(44)
        put(lambda c, y=y, t=s.heading: (c.setFont(bold, 18), c.drawString(x0, y, t)))
        y -= 23
        check = s.key == "next-steps"
        for it in s.items:
            risk, lead, rest = parts(it, "mrt")
            for k, ln in enumerate(_note_lines(f"{risk} {lead} {rest}" if lead else it.text, NW - 2 * x0 - 24, body)):
                need(18.5)
                if k == 0 and check:
                    put(lambda c, y=y: (c.setStrokeColorRGB(0.6, 0.6, 0.6), c.setLineWidth(0.9),
                                        c.circle(x0 + 7, y + 4, 6.5, 1, 0)))  # fmt: skip
                elif k == 0:
                    put(lambda c, y=y: (c.setFont(SANS, body), c.drawString(x0 + 4, y, "–")))
                put(lambda c, y=y, ln=ln: [(c.setFont(f, body), c.drawString(x, y, w)) for (w, f), x in
                                           zip(ln, _xs(ln, x0 + 24, body), strict=True)])  # fmt: skip
                y -= 18.5
            y -= 2
        y -= 13
    need(20)
    put(lambda c, y=y: (c.setFillColorRGB(*AMBER), c.setFont(SANS, body), c.drawString(x0, y, "#sitrep #search")))
    return _canvas((NW, NH), f"{team} – sitrep {doc.number}", "Notes", pages)


def _xs(line: list[Run], x: float, size: float) -> list[float]:
    out = []
    for word, font in line:
        out.append(x)
        x += width(word + " ", font, size)
    return out
