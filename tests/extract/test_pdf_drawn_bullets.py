"""Bullets drawn as shapes (small filled squares painted with the canvas, not glyphs) each start an item,
so one-line items in a row stay apart: drawn on a canvas page, and by a platypus flowable."""

from __future__ import annotations

import io

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from sitroom.model import Report
from sitroom.read import parse_bytes

# one-line items that run on as one paragraph when nothing marks where each starts
ITEMS = [
    "Tankers are supplying the hospital site",
    "Three schools are without water today",
    "Bottled water stations open at 8 sites",
]
NEXT = ["Flush the mains in the upper zone tonight", "Brief the council at the morning call"]


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _check(report: Report) -> None:
    sections = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert sections["Impact on customers"] == ITEMS
    assert sections["Next steps"] == NEXT


def test_squares_painted_before_lines_of_a_canvas_page_start_items() -> None:
    s = Sheet(size=9.5)
    s.line("Supply Interruption – Incident Update 2", font=BOLD, size=16)
    s.gap()
    for heading, items in (("Impact on customers", ITEMS), ("Next steps", NEXT)):
        s.heading(heading, size=12.5)
        for t in items:
            s.c.setFillColor(HexColor("#00677F"))
            s.c.rect(s.left + 2, s.y + 1.5, 4, 4, stroke=0, fill=1)
            s.c.setFillColor(HexColor("#000000"))
            s.text(s.left + 14, s.y, t)
            s.y -= 12.5
        s.gap()
    _check(_parse(s.pdf()))


class _SquareItem(Flowable):
    """A list entry whose marker is a filled square drawn beside the paragraph."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.para = Paragraph(text, style)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.w, self.h = self.para.wrap(avail_w - 16, avail_h)
        return avail_w, self.h + 2

    def draw(self) -> None:
        self.canv.rect(3, self.h - 7, 5, 5, stroke=0, fill=1)
        self.para.drawOn(self.canv, 16, 0)


def test_squares_drawn_by_a_flowable_start_items() -> None:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20, spaceAfter=10)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=12.5)
    story: list = [Paragraph("Supply Interruption – Incident Update 2", title)]
    for heading, items in (("Impact on customers", ITEMS), ("Next steps", NEXT)):
        story.append(Paragraph(heading, head))
        story += [_SquareItem(t, body) for t in items]
    doc.build(story)
    _check(_parse(buf.getvalue()))


SERIES = [("Europe", "#AA4643"), ("Americas", "#89A54E"), ("Rest of Asia", "#71588F"), ("Africa", "#4198AF")]


@pytest.mark.parametrize("across", [True, False])
def test_a_chart_s_legend_keys_are_no_bullets(across: bool) -> None:
    # keys side by side under the chart, or stacked beside it each in its own colour
    s = Sheet(size=10)
    s.line("Weekly Epidemiological Update 12", font=BOLD, size=16)
    s.gap()
    s.heading("Cases by region", size=12)
    s.para(["Cases rose in every region this week, most of all in Europe."])
    s.line("Figure 1. Cases by region, week 12", font=BOLD, size=9)
    top = s.y
    s.c.setFillColor(HexColor("#F4F4F4"))
    s.c.rect(70, top - 160, 260, 150, stroke=0, fill=1)
    for n, (_, colour) in enumerate(SERIES):
        s.c.setFillColor(HexColor(colour))
        s.c.rect(90 + 60 * n, top - 150, 30, 40 + 25 * n, stroke=0, fill=1)
    for n, (label, colour) in enumerate(SERIES):
        x, y = (80 + 80 * n, top - 178) if across else (345, top - 40 - 14 * n)
        s.c.setFillColor(HexColor(colour))
        s.c.rect(x, y, 5.5, 5.5, stroke=0, fill=1)
        s.c.setFillColor(HexColor("#000000"))
        s.text(x + 9, y, label, size=8)
    s.y = top - 210
    s.heading("Next steps", size=12)
    s.para(["Publish the regional breakdown on Friday."])
    report = _parse(s.pdf())
    texts = [i.text for i in report.items()]
    assert not any(label in t for label, _ in SERIES for t in texts[1:-1])
    assert texts == [
        "Cases rose in every region this week, most of all in Europe.",
        "Publish the regional breakdown on Friday.",
    ]
