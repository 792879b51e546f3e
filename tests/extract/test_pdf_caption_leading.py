"""A page's text wraps at its own leading; a figure's caption under or over it may be set tighter. The caption's
wrapped line tells nothing of how far apart the text's wrapped lines stand: a paragraph of the text stays one item,
not one cut wherever a line happens to end short of the margin by a word's width."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LINES = [
    "The region has observed a fluctuating incidence of new cases in recent weeks, with the highest",
    "numbers in the north. A campaign reached more than 5 million people in four densely populated and",
    "heavily affected districts. Campaign teams are moving to the coast and will be targeting",
    "nine heavily populated, high-risk areas. Over the past week the team also delivered 6 ambulances to",
    "the ministry and 22 tonnes of equipment.",
]
SECOND = [
    "In the south, cases have fallen from over 5 000 per day at the peak to about 400 per day now, as",
    "measures were eased; the team warns that a resurgence may follow the holiday.",
]
CAPTION = ["Figure 5: Number of cases and deaths reported by the countries of the region, to the week",
           "of 30 August"]  # fmt: skip


def _page(caption_below: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 790, "Eastern Region")
    y = 760.0
    if not caption_below:
        c.setFont("Helvetica-Oblique", 9)
        for line in CAPTION:
            c.drawString(40, y, line)
            y -= 9.5  # tighter than the text's leading
        y -= 20
    c.setFont("Helvetica", 10)
    for block in (LINES, SECOND):
        for line in block:
            c.drawString(40, y, line)
            y -= 16.5
        y -= 14
    if caption_below:
        c.setFont("Helvetica-Oblique", 9)
        for line in CAPTION:
            c.drawString(40, y, line)
            y -= 9.5
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("caption_below", [True, False])
def test_a_tight_caption_does_not_cut_the_texts_paragraphs(caption_below: bool) -> None:
    report = parse_bytes(_page(caption_below), "page.pdf")[0]
    items = [i.text for i in report.items()]
    assert " ".join(LINES) in items
    assert " ".join(SECOND) in items
