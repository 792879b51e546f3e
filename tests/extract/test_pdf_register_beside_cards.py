"""A risk register drawn under a dashboard's cards (a report tool's export: tiles in three columns, then a
Risk | RAG | Mitigation | Owner table across the page) is read as a register whatever gutter of the cards above
its columns cross: each row one risk with its mitigation cell, the coloured dot before "Green" a rating's symbol
and no list's bullet, and the first row, printed close under the header while later rows are padded apart, a risk
of its own (a risk without a mitigation stays one).

Drawn on a canvas in two layouts: a landscape dashboard of three card columns over the register, and a portrait
page of two card columns over it, with "Rating" for "RAG".
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

CARDS = [
    ("Incident summary", ["A burst on the trunk main left customers without water.", "15,399 homes are affected."]),
    ("Network status", ["The repair was completed at 03:40."]),
    ("Customer impact", ["Calls peaked at 1,747 an hour.", "Bottled water: 2 stations.", "Schools closed: 4."]),
    ("Water quality", ["The Drinking Water Inspectorate has been notified of the event and its samples."]),
    ("Resources deployed", ["Mutual aid staff from two other companies support the response.", "Tankers: 11."]),
    ("Costs and compensation", ["Bottled water and tankering have cost £661,000 so far this week."]),
]
RISKS = [
    ("Discoloured water complaints after supply returns.", None, "Green", "Head of Service"),
    ("Second burst when the main is recharged.", "The main is recharged slowly with valve teams.", "Amber", "Director"),
    ("Bottled water stocks run short.", "A second supplier has been called in.", "Red", "Operations Manager"),
]


def _wrapped(text: str, width: float) -> list[str]:
    lines = [""]
    for word in text.split():
        if lines[-1] and stringWidth(f"{lines[-1]} {word}", "Helvetica", 7.5) > width:
            lines.append("  " + word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip() if lines[-1] else word
    return lines


def _page(columns: int, rating: str) -> bytes:
    buf = io.BytesIO()
    size = landscape(A4) if columns == 3 else A4
    c = canvas.Canvas(buf, pagesize=size)
    width, height = size
    c.setFillColor(HexColor("#f0f0f0"))  # the canvas behind the tiles
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 40, "Supply Interruption – Update 2")
    card_w = (width - 80 - 10 * (columns - 1)) / columns
    y = height - 80
    for n, (title, points) in enumerate(CARDS):
        col, row = n % columns, n // columns
        x, top = 40 + col * (card_w + 10), y - row * 90
        c.setFillColor(HexColor("#ffffff"))
        c.rect(x, top - 80, card_w, 80, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 6, top - 14, title)
        c.setFont("Helvetica", 7.5)
        # each tile sets its own spacing, as a report tool fits text to a tile: lines level across tiles are rare
        lines = [line for point in points for line in _wrapped("• " + point, card_w - 16)]
        for k, line in enumerate(lines):
            c.drawString(x + 8, top - 30 - (10 + 2.5 * col) * k, line)
    top = y - ((len(CARDS) - 1) // columns + 1) * 90 - 20
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, top, "Risk log")
    cols = [40, 40 + 0.42 * (width - 80), 40 + 0.52 * (width - 80), 40 + 0.84 * (width - 80)]
    c.setFont("Helvetica-Bold", 7)
    for x, name in zip(cols, ["Risk", rating, "Mitigation", "Owner"], strict=True):
        c.drawString(x, top - 16, name)
    c.setFont("Helvetica", 7)
    colours = {"Green": "#2e7d32", "Amber": "#f9a825", "Red": "#c62828"}
    for k, (risk, mitigation, rag, owner) in enumerate(RISKS):
        line = top - 26 - 16 * k
        c.drawString(cols[0], line, risk)
        c.setFillColor(HexColor(colours[rag]))
        c.circle(cols[1] + 3, line + 2.5, 2.5, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.drawString(cols[1] + 9, line, rag)
        if mitigation:
            c.drawString(cols[2], line, mitigation)
        c.drawString(cols[3], line, owner)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("columns", "rating"), [(3, "RAG"), (2, "Rating")])
def test_register_rows_carry_their_mitigations(columns: int, rating: str) -> None:
    report = parse_bytes(_page(columns, rating), "update-2.pdf")[0]
    sections = {s.heading: s for s in report.sections}
    assert [(i.text, i.mitigation) for i in sections["Risk log"].items] == [(r, m) for r, m, _, _ in RISKS]
    for title, points in CARDS:
        assert [i.text for i in sections[title].items] == points
    assert not any(t in i.text for s in report.sections for i in s.items for t in ("Green", "Director"))
