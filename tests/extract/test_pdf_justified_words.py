"""A layout program that sets justified text draws each word on its own, with its space, spreading the line's spare
width evenly between the words: the line is one line however wide its spaces, in one column or beside another,
and the gutter between two columns is no space of either's lines."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

FONT, SIZE = "Helvetica", 9.2
LEFT = [
    ("Destaques", ["As toxinas paralisantes ultrapassam o limite legal desde 28 de agosto.",
                   "Mantém-se a interdição da apanha de bivalves em 7 zonas de produção."]),
    ("Situação atual", ["A proliferação de Gymnodinium catenatum mantém-se na costa norte."]),
]  # fmt: skip
RIGHT = [
    ("Fiscalização", ["Foram realizadas 40 ações de fiscalização nos portos e lotas."]),
    ("Previsão", ["O afloramento costeiro deverá enfraquecer a partir de 21 de setembro."]),
]  # fmt: skip


def _justify(c: canvas.Canvas, x: float, y: float, width: float, words: list[str], last: bool) -> None:
    """Draw ``words`` as one line from ``x``, each word with its space, the spare width spread evenly."""
    widths = [c.stringWidth(w + " ", FONT, SIZE) for w in words]
    spare = 0.0 if last or len(words) < 2 else (width - sum(widths)) / (len(words) - 1)
    for w, wd in zip(words, widths, strict=True):
        c.drawString(x, y, w + " ")
        x += wd + spare


def _column(c: canvas.Canvas, x: float, y: float, width: float, sections: list[tuple[str, list[str]]]) -> None:
    for heading, points in sections:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, heading)
        y -= 15
        c.setFont(FONT, SIZE)
        for point in points:
            c.drawString(x, y, "•")
            lines: list[list[str]] = [[]]
            for word in point.split():
                if c.stringWidth(" ".join([*lines[-1], word]), FONT, SIZE) > width - 10:
                    lines.append([])
                lines[-1].append(word)
            for k, words in enumerate(lines):
                _justify(c, x + 10, y, width - 10, words, k == len(lines) - 1)
                y -= 12
            y -= 4
        y -= 8


@pytest.mark.parametrize("width", [150.0, 190.0])
def test_justified_words_are_one_line_in_each_column(width: float) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, h - 60, "Boletim de Biotoxinas Marinhas n.º 2")
    _column(c, 40, h - 110, width, LEFT)
    _column(c, 40 + width + 18, h - 110, width, RIGHT)
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "boletim.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [*LEFT, *RIGHT]
