"""A heading typed in capitals with its little words ("PLAN FOR NEXT 12 HRS", "WHAT WE DID IN THE NIGHT") heads
its points in a PDF (typed in a text editor and printed, or set in a word processor), while a row of column codes
("MUB KAS KYE WAK") stays a table's header."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from sitroom.extract.pdf.text import is_numeric_cell
from sitroom.read import parse_bytes

SECTIONS = {
    "SUMMARY": ["- Gates opened at 10:00 and 41,000 people are on site"],
    "PLAN FOR NEXT 12 HRS": ["- Reopen Campsite C once the ground has been checked"],
    "WHAT WE DID IN THE NIGHT": ["- Stewards moved 300 campers to higher ground"],
}


def _typed(font: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont(font, 11)
    y = 780
    c.drawString(57, y, "EVENT CONTROL SITREP 4 - SATURDAY 19/07/2025")
    y -= 30
    for heading, points in SECTIONS.items():
        c.drawString(57, y, heading)
        y -= 15
        for p in points:
            c.drawString(57, y, p)
            y -= 15
        y -= 15
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("font", ["Courier", "Helvetica"])
def test_a_heading_in_capitals_with_little_words_heads_its_points(font: str) -> None:
    report = parse_bytes(_typed(font), "sitrep.pdf")[0]
    want = {h: [p[2:] for p in points] for h, points in SECTIONS.items()}
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == want


def test_a_row_of_column_codes_is_still_a_header() -> None:
    assert is_numeric_cell("MUB KAS KYE WAK")
    assert not is_numeric_cell("PLAN FOR NEXT 12 HRS")
