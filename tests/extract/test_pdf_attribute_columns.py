"""A report tool's table printed to PDF, its rows padded apart and grouped under a group's name: each row's
sentence at the left and, level with it, short cells under columns named for what they are ("Status", "Last
updated", "Updated by"; "Owner", "Due"). The cells describe their rows: they are no items, and the header row is
no heading; the group names head their rows' sentences. Short lines beside a page's text under no such header
stay as they are.

Drawn on a canvas in two layouts: a landscape status log (Update | Status | Last updated | Updated by) and a
portrait action list (Action | Owner | Due).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

GROUPS = {
    "Demand": ["The Trust moved to level 3 on 11 January because of sustained demand.", "7,224 calls were answered."],
    "Fleet": ["Two additional ambulances have been hired until 22 January.", "36 vehicles are off the road."],
    "Staffing": ["Overtime incentives are in place for all frontline shifts."],
}
LAYOUTS = {
    "status-log": (
        landscape(A4), ["Update", "Status", "Last updated", "Updated by"], ["Open", "12/01/2026 07:57", "ACA\\lpatel"]
    ),
    "action-list": (A4, ["Action", "Owner", "Due"], ["Head of Fleet", "19 Jan"]),
}  # fmt: skip


def _pdf(layout: str) -> bytes:
    size, header, cells = LAYOUTS[layout]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    width, height = size
    cols = [40] + [width * x for x in ((0.62, 0.72, 0.86) if len(header) == 4 else (0.66, 0.84))]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 40, "Daily Situation Report 4")
    y = height - 80
    c.setFont("Helvetica-Bold", 9)
    for x, name in zip(cols, header, strict=True):
        c.drawString(x, y, name)
    y -= 22
    for group, rows in GROUPS.items():
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, group)
        y -= 16
        c.setFont("Helvetica", 9)
        for text in rows:
            c.drawString(40, y, text)
            for x, cell in zip(cols[1:], cells, strict=True):
                c.drawString(x, y, cell)
            y -= 24  # rows padded apart, as a report tool prints them
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_attribute_cells_are_no_items(layout: str) -> None:
    report = parse_bytes(_pdf(layout), f"{layout}.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == GROUPS
    assert any("table attribute cells" in w for w in report.warnings), report.warnings


def test_short_lines_beside_text_under_no_attribute_header_stay() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Daily Situation Report 4")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 770, "Demand")
    c.drawString(360, 770, "Contacts")
    c.setFont("Helvetica", 9)
    names = ["Duty desk", "Press office", "Fleet"]
    for n, (text, name) in enumerate(zip(GROUPS["Demand"] + GROUPS["Fleet"][:1], names, strict=True)):
        c.drawString(40, 750 - 20 * n, text)
        c.drawString(360, 750 - 20 * n, name)
    c.save()
    report = parse_bytes(buf.getvalue(), "two-columns.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert {"Duty desk", "Press office"} <= set(items)
