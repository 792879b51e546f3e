"""A designed page's cards stacked in columns are read stack by stack, each card's title heading its own
points, wherever the gaps between cards happen to line up across the page. Drawn on a canvas: rounded cards
in two stacks with each title white on a coloured pill, under a row of figures in circles with their labels
under the circles, over a footer band of contact details; outlined cards in three stacks with bold titles, the
page turned sideways; cards drawn as a designer stacks layers (every card's panel, then every card's points,
then every title). The figures' circles and labels and the footer are left out and counted.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

CARDS = [
    ("Overview", ["Heavy rain overnight flooded the lower town.", "Households affected: 504."]),
    ("Current situation", ["Evacuation centres open: 2."]),
    ("Weather outlook", ["More rain is expected until Thursday.", "A wind warning stays in force."]),
    ("Impacts", ["Schools closed: 9.", "The east road is cut by a landslide.", "Houses damaged: 37."]),
    ("Response", ["Families were moved from low ground.", "The church hall is a shelter.", "Food parcels: 1,239."]),
    ("Staff and equipment", ["Staff and volunteers deployed: 51."]),
    ("Costs", ["Spent so far: $98,000.", "Help was asked from the ministry."]),
    ("Risks", ["Landslides on inland roads. Mitigation: roads closed."]),
    ("Public information", ["Updates go out on the radio and the page.", "Calls answered: 402."]),
    ("Next steps", ["Damage survey with the works department.", "Next committee meeting: 4 February."]),
]
PILLS = ["#1b7f79", "#e87722", "#2a4b9b", "#9b2a6b"]


def _headings_and_items(data: bytes) -> list[tuple[str | None, list[str]]]:
    report = parse_bytes(data, "cards.pdf")[0]
    return [(s.heading, [i.text.split(" Mitigation:")[0] for i in s.items]) for s in report.sections]


def _expected(order: list[int]) -> list[tuple[str, list[str]]]:
    return [(CARDS[n][0], [t.split(" Mitigation:")[0] for t in CARDS[n][1]]) for n in order]


def _height(items: list[str]) -> float:
    return 34 + 16 * len(items)


def _layout(columns: int, left: float, width: float, gutter: float, top: float) -> list[list[tuple[int, float]]]:
    """Cards dealt to the shortest stack, as a designer's masonry grid places them: each card's index and top."""
    stacks: list[list[tuple[int, float]]] = [[] for _ in range(columns)]
    bottoms = [top] * columns
    for n, (_, items) in enumerate(CARDS):
        k = max(range(columns), key=lambda c: bottoms[c])
        stacks[k].append((n, bottoms[k]))
        bottoms[k] -= _height(items) + 12
    return stacks


def _page(columns: int, *, pills: bool, layered: bool, tiles: bool) -> tuple[bytes, list[int]]:
    buf = io.BytesIO()
    size = A4 if columns < 3 else landscape(A4)  # three stacks of cards on a page turned sideways
    c = canvas.Canvas(buf, pagesize=size)
    w, h = size
    c.setFont("Helvetica-Bold", 18)
    c.drawString(30, h - 50, "District Disaster Committee – Situation Report 4")
    c.setFont("Helvetica", 10)
    c.drawString(30, h - 66, "3 February 2025")
    top = h - 90
    if tiles:
        tiles_ = (("504", "Households affected"), ("2", "Centres open"), ("9", "Schools closed"))
        for k, (figure, label) in enumerate(tiles_):
            cx = 100 + k * 190
            c.setFillColor(HexColor(PILLS[k]))
            c.circle(cx, top - 42, 40, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 20)
            c.drawCentredString(cx, top - 49, figure)
            c.setFillColor(HexColor("#333333"))
            c.setFont("Helvetica", 8)
            c.drawCentredString(cx, top - 94, label)
        top -= 112
    gutter = 14
    width = (w - 60 - gutter * (columns - 1)) / columns
    stacks = _layout(columns, 30, width, gutter, top)
    placed = [(n, 30 + k * (width + gutter), y) for k, stack in enumerate(stacks) for n, y in stack]
    steps = ("panel", "points", "title") if layered else ("card",)
    for step in steps:
        for n, x, y in placed:
            title, items = CARDS[n]
            hh = _height(items)
            if step in ("panel", "card"):
                c.setStrokeColor(HexColor("#999999"))
                c.setFillColor(HexColor("#f4f7f9"))
                if pills:
                    c.roundRect(x, y - hh, width, hh, 8, stroke=0, fill=1)
                else:
                    c.rect(x, y - hh, width, hh, stroke=1, fill=0)
            if step in ("points", "card"):
                c.setFillColor(HexColor("#222222"))
                c.setFont("Helvetica", 9)
                for k, item in enumerate(items):
                    c.drawString(x + 12, y - 40 - 16 * k, "•")
                    c.drawString(x + 22, y - 40 - 16 * k, item)
            if step in ("title", "card"):
                if pills:
                    c.setFillColor(HexColor(PILLS[n % len(PILLS)]))
                    pill = c.stringWidth(title, "Helvetica-Bold", 11) + 20
                    c.roundRect(x + 10, y - 24, pill, 18, 9, stroke=0, fill=1)
                    c.setFillColor(white)
                else:
                    c.setFillColor(HexColor("#000000"))
                c.setFont("Helvetica-Bold", 11)
                c.drawString(x + 20, y - 19, title)
    c.setFillColor(HexColor("#1b7f79"))
    c.rect(0, 0, w, 40, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica", 9)
    c.drawString(30, 16, "Call 911 in an emergency | facebook.com/DistrictCommittee | Please share")
    c.showPage()
    c.save()
    return buf.getvalue(), [n for stack in stacks for n, _ in stack]


def test_rounded_cards_with_pills_in_two_stacks_are_read_stack_by_stack() -> None:
    data, order = _page(2, pills=True, layered=False, tiles=True)
    got = _headings_and_items(data)
    assert [s for s in got if s[0] or s[1]] == _expected(order)


def test_cards_drawn_layer_by_layer_read_the_same() -> None:
    data, order = _page(2, pills=True, layered=True, tiles=True)
    assert [s for s in _headings_and_items(data) if s[0] or s[1]] == _expected(order)


def test_outlined_cards_in_three_stacks_with_bold_titles() -> None:
    data, order = _page(3, pills=False, layered=False, tiles=False)
    assert [s for s in _headings_and_items(data) if s[0] or s[1]] == _expected(order)


def test_figures_in_circles_and_the_footer_band_are_left_out_and_counted() -> None:
    data, _ = _page(2, pills=True, layered=False, tiles=True)
    report = parse_bytes(data, "cards.pdf")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert not any(t in ("Households affected", "Centres open", "Schools closed") for t in texts)
    assert not any("facebook.com" in t for t in texts)
    assert any("key figures" in w for w in report.warnings)
    assert any("contact details" in w for w in report.warnings)
