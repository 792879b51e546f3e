"""A web page printed from a browser sets its menu's labels apart by their padding, narrower than a column's gap
("Bins and recycling   Council tax   Roads and travel   Schools   Housing"): the row is the site's menu, left out,
not a point; a sentence with a capitalised name in it stays one line."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

MENUS = [["Bins and recycling", "Council tax", "Roads and travel", "Schools", "Housing", "Report it"],
         ["Home", "News", "Services", "Contact us"]]  # fmt: skip


def _pdf(menu: list[str], padding: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 8)
    c.drawString(30, h - 20, "06/02/2024, 17:31")
    c.drawString(250, h - 20, "Flooding: latest updates – Wendle County Council")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, h - 70, "Wendle County Council")
    c.setFont("Helvetica", 12.5)
    x = 40.0
    for label in menu:
        c.drawString(x, h - 100, label + " ")
        x += c.stringWidth(label + " ", "Helvetica", 12.5) + padding
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, h - 150, "Flooding: latest updates")
    y = h - 190
    for heading, point in [("Current situation", "The Environment Agency expects levels to peak at Amberford."),
                           ("Roads", "22 roads are closed because of flooding in Wendle and Colbridge.")]:  # fmt: skip
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, y, heading)
        c.setFont("Helvetica", 11)
        c.drawString(50, y - 20, "•")
        c.drawString(60, y - 20, point)
        y -= 60
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("padding", [7.0, 10.0])
@pytest.mark.parametrize("menu", MENUS, ids=["council", "short"])
def test_a_printed_menu_row_is_left_out(menu: list[str], padding: float) -> None:
    report = parse_bytes(_pdf(menu, padding), "flooding.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        ("Current situation", ["The Environment Agency expects levels to peak at Amberford."]),
        ("Roads", ["22 roads are closed because of flooding in Wendle and Colbridge."]),
    ]
