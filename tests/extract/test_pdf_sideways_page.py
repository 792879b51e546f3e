"""A page whose text runs sideways (a landscape page printed on a portrait sheet between portrait pages, its lines
turned a quarter up or down the sheet) is turned upright and read. Before, every line of it was taken for a slanted
watermark's and the page's sections were lost. Layouts: the sideways page turned either way, and pages drawn with
the rules of a table on the sideways page."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

PAGES = [
    [("Summary", ["Snow has made home visits difficult in the rural parts of our area."])],
    [("Risks", ["The risk of flu spreading on the inpatient unit is being monitored.",
                "The risk that we cannot staff the inpatient unit safely is increasing."]),
     ("Staffing", ["14 staff are off sick this week."])],
    [("Next steps", ["Reopen the day hospice on 15 January."])],
]  # fmt: skip


def _sections(c: canvas.Canvas, sections, top: float, ruled: bool) -> None:
    y = top
    for heading, points in sections:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, y, heading)
        y -= 22
        c.setFont("Helvetica", 10)
        for point in points:
            c.drawString(72, y, f"• {point}")
            if ruled:
                c.line(60, y - 5, 760, y - 5)
            y -= 16
        y -= 10


def _report(turn: int, ruled: bool) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 780, "Weekly situation report 1")
    _sections(c, PAGES[0], 740, False)
    c.showPage()
    c.saveState()
    if turn == 90:  # the lines run up the sheet
        c.translate(width, 0)
        c.rotate(90)
    else:  # ... or down it
        c.translate(0, height)
        c.rotate(-90)
    _sections(c, PAGES[1], width - 60, ruled)
    c.restoreState()
    c.showPage()
    _sections(c, PAGES[2], 780, False)
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("ruled", [False, True], ids=["lines", "ruled"])
@pytest.mark.parametrize("turn", [90, -90], ids=["up-the-sheet", "down-the-sheet"])
def test_a_sideways_page_is_turned_upright_and_read(turn: int, ruled: bool) -> None:
    report = parse_bytes(_report(turn, ruled), "sitrep.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections]
    assert got == [section for page in PAGES for section in page]
