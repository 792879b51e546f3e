"""A Word report printed with its markup showing: the reviewers' balloons ("Deleted: …", "Commented [TB1]: …")
in a shaded pane down the side of the page are left out and counted; the report reads as its text shows it.
A shaded sidebar of the report's own, set inside the margins in the body's print, is read.

Layouts (reportlab): the markup pane on the right of the page (Word's default) and on the left.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

WIDTH, HEIGHT = A4
SECTIONS = [
    ("Summary", ["Families affected: 1,040.", "Food stocks are running low."]),
    ("Response", ["Maize distributed to 2,833 households.", "The camp at Bangula is open."]),
]
BALLOONS = ["Deleted: Heavy rain has flooded many areas.", "Commented [TB11]: Has this changed since yesterday?"]


def _page(side: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pane_w = 180
    pane_x = WIDTH - pane_w if side == "right" else 0
    text_x = 60 if side == "right" else pane_w + 40
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(pane_x, 0, pane_w, HEIGHT, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    y = HEIGHT - 80
    c.setFont("Helvetica-Bold", 16)
    c.drawString(text_x, y, "Flood report No. 2")
    for n, (heading, points) in enumerate(SECTIONS):
        y -= 36
        c.setFont("Helvetica-Bold", 12)
        c.drawString(text_x, y, heading)
        c.setFont("Helvetica", 10.5)
        for point in points:
            y -= 18
            c.drawString(text_x + 12, y, f"\u2022 {point}")
        balloon_y = y + 10
        c.setStrokeColorRGB(0.8, 0.2, 0.2)
        c.rect(pane_x + 8, balloon_y - 6, pane_w - 16, 16, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(pane_x + 12, balloon_y, BALLOONS[n][:40])
        c.setDash(1, 2)
        c.line(
            text_x + 200 if side == "right" else text_x, y, pane_x + (8 if side == "right" else pane_w - 8), balloon_y
        )
        c.setDash()
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("side", ["right", "left"])
def test_the_markup_panes_balloons_are_no_part_of_the_report(side: str) -> None:
    report = parse_bytes(_page(side), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS
    assert any("markup balloon" in w for w in report.warnings)


def test_a_shaded_column_in_the_bodys_print_is_read() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(WIDTH - 180, 0, 180, HEIGHT, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, HEIGHT - 80, "Flood report No. 2")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, HEIGHT - 116, "Summary")
    c.setFont("Helvetica", 10.5)
    c.drawString(72, HEIGHT - 134, "\u2022 Families affected: 1,040.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(WIDTH - 165, HEIGHT - 116, "Contacts")
    c.setFont("Helvetica", 10.5)
    c.drawString(WIDTH - 153, HEIGHT - 134, "\u2022 Duty officer on call.")
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "report.pdf")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert "Duty officer on call." in texts and "Families affected: 1,040." in texts
