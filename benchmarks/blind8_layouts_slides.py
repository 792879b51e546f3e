"""The deck writer of the ``blind8_layouts`` set: a council's incident briefing to its members, made in
PowerPoint and exported to PDF (16:9 pages, one slide a page, drawn on a reportlab canvas as the export
draws text boxes: a title slide; each section a slide with its title in a coloured band, "•" points and "–"
points indented under them, the text shrunk to fit its box as PowerPoint's autofit does; a risk's mitigation
an indented "Mitigation: …" point under it; the two resource sections side by side on one slide under their
column titles; a "Questions?" slide at the end; the council's logo text, "OFFICIAL" and the slide number on
every slide but the first).
"""

from __future__ import annotations

import io
import zlib

from blind8_layouts_content import levels, report_day
from council_layouts_gold import Doc, Section

W, H = 960.0, 540.0  # 13.33 × 7.5 in, PowerPoint's widescreen slide
BAND = 88.0
PALETTES = ("#00594F", "#1D3F6E", "#6A1B4D", "#2F5233")  # a council's brand colour
LEAD = " Mitigation: "


def _points(s: Section) -> list[tuple[int, str]]:
    """(indent level, text) of each point a slide shows for the section: a label point under the plain point
    above it, a risk's mitigation as a point of its own under the risk."""
    out = []
    for lvl, it in zip(levels([it.text for it in s.items]), s.items, strict=True):
        cut = it.text.rfind(LEAD) if it.mitigation else -1
        if cut < 0:
            out.append((lvl, it.text))
        else:
            out += [(lvl, it.text[:cut]), (2, it.text[cut + 1 :])]
    return out


class _Slides:
    """One canvas, one slide a page, with the deck's master (band, logo text, marking, number)."""

    def __init__(self, doc: Doc) -> None:
        from reportlab.lib import colors
        from reportlab.pdfgen.canvas import Canvas

        self.doc = doc
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=(W, H), invariant=1)
        self.c.setTitle(f"{doc.title}.pptx")
        self.c.setAuthor(doc.organisation)
        self.brand = colors.HexColor(PALETTES[zlib.crc32(doc.organisation.encode()) % len(PALETTES)])
        self.n = 0

    def master(self, title: str) -> None:
        from reportlab.lib import colors

        c = self.c
        self.n += 1
        c.setFillColor(self.brand)
        c.rect(0, H - BAND, W, BAND, stroke=0, fill=1)
        c.setFillColor(colors.white)
        size = 30 if c.stringWidth(title, "Helvetica-Bold", 30) < W - 200 else 24
        c.setFont("Helvetica-Bold", size)
        c.drawString(40, H - BAND / 2 - size / 3, title)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 24, H - 22, "OFFICIAL")
        self._logo(30, 22, 9)
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 20, f"{self.doc.service} – member briefing {self.doc.number} – {self.doc.date}")
        c.drawRightString(W - 30, 20, str(self.n))

    def _logo(self, x: float, y: float, size: float) -> None:
        """The council's name set as its logo: the place in bold capitals over the kind of council."""
        from reportlab.lib import colors

        *words, last = self.doc.organisation.split()
        place, kind = (" ".join(words[:-1]), f"{words[-1]} {last}") if len(words) > 1 else (words[0], last)
        self.c.setFillColor(self.brand)
        self.c.setFont("Helvetica-Bold", size + 2)
        self.c.drawString(x, y + size + 1, place.upper())
        self.c.setFillColor(colors.HexColor("#404040"))
        self.c.setFont("Helvetica", size)
        self.c.drawString(x, y, kind.upper())

    def bullets(self, points: list[tuple[int, str]], x: float, top: float, width: float, bottom: float = 60) -> None:
        """Points in a text box from ``top`` down, the font shrunk (as autofit does) until they fit."""
        from reportlab.lib import colors
        from reportlab.lib.utils import simpleSplit

        c = self.c
        scale = 1.0
        while True:
            lines = []
            for lvl, text in points:
                size = (22 if lvl == 1 else 18) * scale
                indent = (0 if lvl == 1 else 34) * scale
                wrapped = simpleSplit(text, "Helvetica", size, width - indent - 22 * scale)
                lines.append((lvl, size, indent, wrapped))
            height = sum(len(w) * size * 1.2 + (10 if lvl == 1 else 4) * scale for lvl, size, _, w in lines)
            if height <= top - bottom or scale < 0.5:
                break
            scale -= 0.05
        y = top
        c.setFillColor(colors.HexColor("#262626"))
        for lvl, size, indent, wrapped in lines:
            y -= (10 if lvl == 1 else 4) * scale + size
            c.setFont("Helvetica", size)
            c.drawString(x + indent, y, "•" if lvl == 1 else "–")
            for k, line in enumerate(wrapped):
                c.drawString(x + indent + 22 * scale, y, line)
                if k < len(wrapped) - 1:
                    y -= size * 1.2
            y -= size * 0.2

    def title_slide(self) -> None:
        from reportlab.lib import colors

        c, doc = self.c, self.doc
        c.setFillColor(self.brand)
        c.rect(0, 0, W * 0.36, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, H - 34, "OFFICIAL")
        self._logo(W * 0.36 + 50, H - 90, 14)
        c.setFillColor(colors.HexColor("#1A1A1A"))
        c.setFont("Helvetica-Bold", 40)
        c.drawString(W * 0.36 + 50, H / 2 + 10, doc.service)
        c.setFont("Helvetica", 22)
        c.drawString(W * 0.36 + 50, H / 2 - 30, f"Incident briefing for members – no. {doc.number}")
        c.setFont("Helvetica", 16)
        c.drawString(W * 0.36 + 50, H / 2 - 62, f"{report_day(doc):%A} {doc.date}")
        c.drawString(W * 0.36 + 50, 60, "Emergency Planning and Resilience Team")
        c.showPage()

    def end_slide(self) -> None:
        from reportlab.lib import colors

        c = self.c
        self.master("")
        c.setFillColor(self.brand)
        c.setFont("Helvetica-Bold", 54)
        c.drawCentredString(W / 2, H / 2 - 10, "Questions?")
        c.setFillColor(colors.HexColor("#404040"))
        c.setFont("Helvetica", 16)
        slug = "".join(ch for ch in self.doc.organisation.split()[0].lower() if ch.isalpha())
        c.drawCentredString(W / 2, H / 2 - 60, f"emergency.planning@{slug}.gov.uk  ·  01632 960 300")
        c.showPage()


def pdf_briefing_deck(doc: Doc) -> bytes:
    """The deck as PowerPoint exports it to PDF: the title slide, a slide per section (a parent section's two
    sub-sections side by side, each under its column title), the "Questions?" slide."""
    from reportlab.lib import colors

    deck = _Slides(doc)
    deck.title_slide()
    sections = doc.sections
    k = 0
    while k < len(sections):
        s = sections[k]
        if not s.items and k + 2 < len(sections) and sections[k + 1].level == 2:
            left, right = sections[k + 1], sections[k + 2]
            deck.master(s.heading)
            for x, sub in ((40, left), (W / 2 + 10, right)):
                deck.c.setFillColor(deck.brand)
                deck.c.setFont("Helvetica-Bold", 22)
                deck.c.drawString(x, H - BAND - 48, sub.heading)
                deck.c.setStrokeColor(deck.brand)
                deck.c.setLineWidth(1.5)
                deck.c.line(x, H - BAND - 56, x + W / 2 - 60, H - BAND - 56)
                deck.c.setStrokeColor(colors.black)
                deck.bullets(_points(sub), x, H - BAND - 62, W / 2 - 60)
            deck.c.showPage()
            k += 3
            continue
        deck.master(s.heading)
        deck.bullets(_points(s), 48, H - BAND - 20, W - 110)
        deck.c.showPage()
        k += 1
    deck.end_slide()
    deck.c.save()
    return deck.buf.getvalue()
