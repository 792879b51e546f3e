"""A report with a cover page whose title runs on every later page as the running header (or footer) in small
print: on the cover, set large and with no running line of its own, the title is the report's title, and the
publisher, date and chair stacked under it are the cover's particulars, not a paragraph of the report.

Layouts (reportlab's canvas): the running title at the head of each page, at its foot, and a report of two
pages only.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from sitroom.read import parse_bytes

TITLE = "Mpox incident – report 3"
SECTIONS = [
    ("Key points", ["20 confirmed cases are now linked to the cluster.", "No deaths have been reported."]),
    ("Vaccination", ["312 contacts were offered the vaccine this week."]),
    ("Next steps", ["The incident management team meets on 9 August."]),
]


def _report(where: str, pages: int) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    c.setFont("Helvetica-Bold", 24)
    c.drawString(56, 560, TITLE)
    c.setFont("Helvetica", 11)
    for n, line in enumerate(
        ["NHS Lothian – Health Protection Team", "3 August 2026", "Incident Management Team chair: Dr Fiona Mackay",
         "Next report: 6 August 2026"]
    ):  # fmt: skip
        c.drawString(56, 530 - 15 * n, line)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, 300, "OFFICIAL SENSITIVE")
    per_page = -(-len(SECTIONS) // (pages - 1))
    for page in range(pages - 1):
        c.showPage()
        c.setFont("Helvetica", 8)
        c.drawString(56, height - 40 if where == "head" else 30, TITLE)
        c.drawRightString(width - 56, 30 if where == "head" else height - 40, str(page + 2))
        y = height - 90
        for heading, points in SECTIONS[page * per_page : (page + 1) * per_page]:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(56, y, heading)
            y -= 22
            c.setFont("Helvetica", 11)
            for point in points:
                c.drawString(66, y, f"• {point}")
                y -= 16
            y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("where", "pages"), [("head", 4), ("foot", 4), ("head", 2)], ids=["head", "foot", "two"])
def test_the_cover_title_is_the_title_and_its_particulars_no_paragraph(where: str, pages: int) -> None:
    report = parse_bytes(_report(where, pages), f"{where}.pdf")[0]
    assert report.title == TITLE
    assert str(report.date) == "2026-08-03"
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == SECTIONS
