"""A person mentioned by name in a document's header ("Prepared by @LaToya Simmons", as an online editor prints a
person's chip) is no social media handle: the line and the title over it are not left out as contact details.
Before, the title and the chips' line were dropped as a contact block, the first heading became the title and the
report had no date. Layouts: an online editor's page downloaded as PDF and a page drawn line by line, each with one
person's chip or two."""

from __future__ import annotations

import io
from datetime import date

import pytest
import weasyprint
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Hurricane Situation Report #1"
CHIPS = {
    "one": "Prepared by @LaToya Simmons    Date Sep 2, 2026    Status Final",
    "two": "Owner @LaToya Simmons    Reviewer @Marcus Bell    Date Sep 2, 2026",
}
SECTIONS = [
    ("Highlights", ["8 of our clinic sites are open."]),
    ("Situation overview", ["3,510 patients were seen this week.", "Power is still out in most of the parish."]),
]


def _page(chips: str) -> bytes:
    body = f"<p style='font-size:22pt'><b>{TITLE}</b></p><p style='white-space:pre'>{chips}</p>"
    for heading, points in SECTIONS:
        body += f"<h2>{heading}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>"
    return weasyprint.HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def _drawn(chips: str) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 720, TITLE)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, chips)
    y = 660
    for heading, points in SECTIONS:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, y, heading)
        y -= 20
        c.setFont("Helvetica", 10)
        for point in points:
            c.drawString(84, y, f"• {point}")
            y -= 15
        y -= 10
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("chips", list(CHIPS))
@pytest.mark.parametrize("draw", [_page, _drawn], ids=["downloaded-page", "drawn"])
def test_a_mention_is_no_handle(draw, chips: str) -> None:
    report = parse_bytes(draw(CHIPS[chips]), "report.pdf")[0]
    assert report.title == TITLE
    assert report.date == date(2026, 9, 2)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
