"""A watermark drawn slanted across the page ("DRAFT", "CONFIDENTIAL"), before the text or over it: the reader may run
its letters and the parts of the lines it crosses into one rectangle several lines high. Those lines are read whole,
each point once, and the watermark is no text. Drawn on a canvas word by word (as a word processor saves a page) and
line by line, with the watermark at 45 and 30 degrees, in the standard type and in type embedded in the file."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = [
    ("Humanitarian assistance", ["The humanitarian assistance centre at the library will close on 20 February.",
                                 "291 households are receiving casework support."]),
    ("Infrastructure", ["The water company has completed repairs to the pumping station at Low Ferry.",
                        "1 bridges remain closed pending structural inspection."]),
    ("Environment", ["The Environment Agency has cleared 41 blockages from watercourses.",
                     "Contaminated land sampling has found no significant pollution."]),
    ("Health and wellbeing", ["The UK Health Security Agency has issued advice on cleaning up after flooding.",
                              "GP practices report 25 flood-related consultations this week."]),
]  # fmt: skip


LIBERATION = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"


def _fonts(embedded: bool) -> tuple[str, str]:
    """The type: the PDF's standard Helvetica, or Liberation Sans embedded as a word processor embeds its fonts."""
    if not embedded:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, style in (("LibSans", "Regular"), ("LibSans-Bold", "Bold")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, LIBERATION.format(style)))
    return "LibSans", "LibSans-Bold"


def _watermark(c: canvas.Canvas, word: str, angle: float, bold: str) -> None:
    w, h = A4
    c.saveState()
    c.setFillColor(Color(0.86, 0.86, 0.86))
    c.setFont(bold, 120)
    c.translate(w / 2, h / 2)
    c.rotate(angle)
    c.drawCentredString(0, -40, word)
    c.restoreState()


def _page(word: str, angle: float, by_word: bool, after: bool, embedded: bool = False) -> bytes:
    regular, bold = _fonts(embedded)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    if not after:
        _watermark(c, word, angle, bold)
        # the page template's header, drawn with the watermark
        c.setFont(regular, 8.5)
        c.drawString(72, h - 44, f"{word} v0.4 – NOT FOR WIDER CIRCULATION")
    c.setFont(bold, 18)
    c.drawString(72, h - 80, "Recovery Update 2")
    y = h - 130
    for heading, points in SECTIONS:
        c.setFont(bold, 12)
        c.drawString(72, y, heading)
        y -= 20
        for point in points:
            c.setFont(regular, 11)
            c.drawString(72, y, "•")
            if by_word:
                x = 90.0
                for part in point.split():
                    c.drawString(x, y, part)
                    x += c.stringWidth(part + " ", regular, 11)
            else:
                c.drawString(90, y, point)
            y -= 18
        y -= 12
    if after:  # stamped over the page once its text is set, as a page template's watermark may be
        _watermark(c, word, angle, bold)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("embedded", [False, True], ids=["standard type", "embedded type"])
@pytest.mark.parametrize("after", [False, True], ids=["drawn first", "drawn last"])
@pytest.mark.parametrize("by_word", [True, False], ids=["word by word", "line by line"])
@pytest.mark.parametrize(("word", "angle"), [("DRAFT", 45), ("CONFIDENTIAL", 30)])
def test_the_lines_under_a_watermark_are_read_whole(
    word: str, angle: float, by_word: bool, after: bool, embedded: bool
) -> None:
    report = parse_bytes(_page(word, angle, by_word, after, embedded), "update.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
