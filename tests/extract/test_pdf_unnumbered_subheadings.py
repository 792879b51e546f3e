"""Numbered section headings ("2. CURRENT SITUATION", 12 pt) over smaller unnumbered ones ("Situation in
the region:", 11 pt): the smaller are sub-headings of the numbered section they fall under; an unnumbered
heading as large as the numbered ones stays at the top. Drawn in two layouts: reportlab canvas and platypus."""

from __future__ import annotations

import io

import pytest
from pdf_sheets import BOLD, Sheet
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from sitroom.read import parse_bytes

TITLE = "Storm Update No. 12"
# (heading, size, paragraphs)
SECTIONS = [
    ("1. BACKGROUND", 12.0, ["The storm reached the coast on Monday night with winds of 110 km/h."]),
    ("2. CURRENT SITUATION", 12.0, []),
    ("Situation in the region:", 11.0, ["Four districts report flooding; two shelters remain open tonight."]),
    ("Situation in the capital:", 11.0, ["Power has been restored to all but 300 homes in the capital."]),
    ("CONTACTS FOR THE PRESS", 12.0, ["The press office answers calls from eight until eight each day."]),
]
LEVELS = {
    "1. BACKGROUND": 1,
    "2. CURRENT SITUATION": 1,
    "Situation in the region:": 2,
    "Situation in the capital:": 2,
    "CONTACTS FOR THE PRESS": 1,
}


def _canvas() -> bytes:
    s = Sheet(size=10.5)
    s.line(TITLE, font=BOLD, size=18)
    s.gap()
    for heading, size, paras in SECTIONS:
        s.heading(heading, size=size)
        s.para(paras)
    return s.pdf()


def _platypus() -> bytes:
    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
    story = [Paragraph(TITLE, ParagraphStyle("t", fontName="Times-Bold", fontSize=20, leading=24)), Spacer(1, 12)]
    for heading, size, paras in SECTIONS:
        style = ParagraphStyle(heading, fontName="Times-Bold", fontSize=size + 1, leading=size + 5, spaceBefore=8)
        story.append(Paragraph(heading, style))
        story.extend(Paragraph(p, body) for p in paras)
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("make", [_canvas, _platypus])
def test_smaller_unnumbered_headings_fall_under_the_numbered_section(make) -> None:
    report = parse_bytes(make(), "update.pdf")[0]
    levels = {s.heading: s.level for s in report.sections if s.heading}
    assert levels == LEVELS
    items = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert items["Situation in the capital:"] == SECTIONS[3][2]
