"""A small reportlab toolkit for drawing sitrep pages the way various publishers lay them out.

Each call draws real text objects with reportlab's canvas, so the PDFs carry the quirks under test as
a PDF producer would write them: runs split inside numbers, text drawn twice to fake bold, running
headers and footers, columns, sidebars and ruled tables.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def dejavu() -> tuple[str, str]:
    """DejaVu Sans registered with reportlab (regular, bold), for letters outside the PDF's standard fonts
    (Czech, Danish); the test is skipped where the font is not installed."""
    from reportlab.pdfbase import pdfmetrics, ttfonts

    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    if not regular.exists() or not bold.exists():
        pytest.skip("no DejaVu font to draw the letters with")
    for name, path in (("DejaVu", regular), ("DejaVu-Bold", bold)):
        if name not in pdfmetrics.getRegisteredFontNames():  # another test may have registered one
            pdfmetrics.registerFont(ttfonts.TTFont(name, str(path)))
    return "DejaVu", "DejaVu-Bold"


class Sheet:
    """A multi-page PDF drawn top-down; ``y`` is the baseline of the next line."""

    def __init__(self, size: float = 10.5, left: float = 56, right: float = WIDTH - 56) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.size = size
        self.lead = size * 1.35
        self.left, self.right = left, right
        self.page = 1
        self.furniture: list = []  # callables drawing the running header and footer of each page
        self.y = HEIGHT - 90

    # --- page furniture -------------------------------------------------------------------------
    def every_page(self, draw) -> None:
        """Draw ``draw(sheet, page_number)`` on this and every later page."""
        self.furniture.append(draw)
        draw(self, self.page)

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = HEIGHT - 90
        for draw in self.furniture:
            draw(self, self.page)

    # --- text -----------------------------------------------------------------------------------
    def text(self, x: float, y: float, text: str, font: str = REGULAR, size: float | None = None) -> float:
        """One text object; returns its right edge."""
        size = size or self.size
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        return x + self.c.stringWidth(text, font, size)

    def line(self, text: str, x: float | None = None, font: str = REGULAR, size: float | None = None) -> None:
        self.text(self.left if x is None else x, self.y, text, font, size)
        self.y -= self.lead if size is None else size * 1.35

    def gap(self, lines: float = 0.8) -> None:
        self.y -= lines * self.lead

    def heading(self, text: str, size: float | None = None, font: str = BOLD, number: str | None = None) -> None:
        size = size or self.size + 2
        self.gap(0.6)
        if number:  # the number, a tab stop, then the heading text
            self.text(self.left, self.y, number, font, size)
            self.text(self.left + 28, self.y, text, font, size)
            self.y -= size * 1.4
        else:
            self.line(text, font=font, size=size)
        self.gap(0.3)

    def para(self, lines: list[str], x: float | None = None) -> None:
        for t in lines:
            self.line(t, x)
        self.gap(0.5)

    def bullet(self, lines: list[str], glyph: str = "•", indent: float = 14) -> None:
        self.text(self.left + indent, self.y, glyph)
        for t in lines:
            self.line(t, self.left + indent + 14)
        self.gap(0.25)

    def runs(self, parts: list[tuple[str, float]], x: float | None = None, font: str = REGULAR) -> None:
        """One printed line drawn as separate text objects, each ``gap`` points after the previous one."""
        x = self.left if x is None else x
        for t, gap in parts:
            x = self.text(x, self.y, t, font) + gap
        self.y -= self.lead

    def fake_bold(self, text: str, size: float | None = None, per_glyph: bool = False) -> None:
        """Bold faked by drawing the text twice, 0.3 pt apart (whole, or glyph by glyph)."""
        size = size or self.size + 2
        if per_glyph:
            x = self.left
            for ch in text:
                self.text(x, self.y, ch, REGULAR, size)
                self.text(x + 0.3, self.y, ch, REGULAR, size)
                x += self.c.stringWidth(ch, REGULAR, size)
        else:
            self.text(self.left, self.y, text, REGULAR, size)
            self.text(self.left + 0.3, self.y, text, REGULAR, size)
        self.y -= size * 1.4

    def rule(self, y: float, x0: float | None = None, x1: float | None = None) -> None:
        self.c.setLineWidth(0.5)
        self.c.line(self.left if x0 is None else x0, y, self.right if x1 is None else x1, y)

    def table(self, cols: list[float], rows: list[list[list[str]]], header_font: str = BOLD) -> None:
        """A ruled table: ``cols`` are the left edges of the columns, each cell a list of lines."""
        self.rule(self.y + self.lead * 0.8)
        for n, row in enumerate(rows):
            font = header_font if n == 0 else REGULAR
            height = max(len(cell) for cell in row)
            for x, cell in zip(cols, row, strict=True):
                for k, t in enumerate(cell):
                    self.text(x + 3, self.y - k * self.lead, t, font)
            self.y -= height * self.lead + 4
            self.rule(self.y + self.lead * 0.8 - 2)
        self.gap(0.6)

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()
