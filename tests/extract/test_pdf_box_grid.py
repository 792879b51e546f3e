"""A page laid out as a grid of boxes is read box by box: left to right along each row of boxes, each box
top to bottom, so every box's title heads its own items. Drawn on a canvas: boxes three to a row with
coloured title bars over dot bullets (row heights set by the tallest box) under a band across the top
holding the title and a status pill; boxes two to a row, outlined, with bold titles and uneven heights;
title bars with no frame over lines of uneven length, a paragraph across the page under them. A table of
shaded cells is no grid of boxes.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from sitroom.model import Report
from sitroom.read import parse_bytes

BOXES = [
    ("Operations", ["Runway open since 05:40 after overnight clearance", "Two stands closed for de-icing"]),
    (
        "Passengers",
        [
            "412 passengers spent the night in the terminal and were given blankets and breakfast vouchers",
            "Queues at security are under 20 minutes",
        ],
    ),
    ("Airfield", ["Friction is measured every hour on the main runway"]),
    (
        "Risks",
        [
            "Freezing fog tonight may close the runway again. Mitigation: low visibility drills held.",
            "De-icing fluid stocks are low. Mitigation: a second delivery is booked.",
        ],
    ),
    ("Staffing", ["Shuttle buses run every 15 minutes from the staff car park", "Volunteers help in the hall"]),
    (
        "Passenger information",
        ["Announcements every 20 minutes explain how to claim hotel vouchers and where to find them", "Posts: 62"],
    ),
    ("Costs", ["Lost charges are estimated at £150,000 a day"]),
    (
        "Next 24 hours",
        [
            "Review the winter plan with the airlines",
            "Restore the full schedule if no more snow falls overnight on the airfield",
            "Debrief the ground handlers",
        ],
    ),
]


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _check(report: Report, boxes: list[tuple[str, list[str]]]) -> None:
    got = [(s.heading, [i.text.split(" Mitigation:")[0] for i in s.items]) for s in report.sections if s.heading]
    assert got == [(h, [t.split(" Mitigation:")[0] for t in items]) for h, items in boxes]


def _paras(items: list[str], size: float = 9) -> list[Paragraph]:
    style = ParagraphStyle("b", fontName="Helvetica", fontSize=size, leading=size + 2)
    return [Paragraph(escape(t), style) for t in items]


def _masthead(c: canvas.Canvas, top: float, left: float) -> None:
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(left, top, "Northfield Airport – Winter Situation Report 3")
    c.setFont("Helvetica", 9)
    c.drawString(left, top - 14, "Issued 06:00 on 5 December 2023")


def _bar_box(c: canvas.Canvas, x: float, top: float, width: float, heading: str, items: list[str]) -> float:
    """A box: a coloured title bar over dot bullets, framed in the bar's colour; returns its height."""
    bar, pad = 17, 6
    paras = _paras(items)
    heights = [p.wrap(width - 2 * pad - 9, 1000)[1] for p in paras]
    height = bar + pad + sum(heights) + 3 * len(paras) + pad
    colour = HexColor("#2E75B6")
    c.setStrokeColor(colour)
    c.rect(x, top - height, width, height, stroke=1, fill=0)
    c.setFillColor(colour)
    c.rect(x, top - bar, width, bar, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(x + pad, top - bar + 5, heading)
    y = top - bar - pad
    for p, ph in zip(paras, heights, strict=True):
        c.setFillColor(colour)
        c.circle(x + pad + 2.5, y - 6, 1.6, stroke=0, fill=1)
        p.drawOn(c, x + pad + 9, y - ph)
        y -= ph + 3
    return height


def test_boxes_three_to_a_row_with_title_bars_are_read_box_by_box() -> None:
    w, h = landscape(A4)
    m, gap, cols = 28, 10, 3
    width = (w - 2 * m - (cols - 1) * gap) / cols
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    # a dark band across the top: the airport, the report's name and issue line, a status pill
    c.setFillColor(HexColor("#0B2545"))
    c.rect(0, h - 46, w, 46, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(m, h - 22, "NORTHFIELD AIRPORT")
    c.setFont("Helvetica", 9.5)
    c.drawString(m, h - 37, "Winter Situation Report 3 · Issued 06:00 5 December 2023 · Next update 18:00")
    c.setFillColor(HexColor("#C00000"))
    c.roundRect(w - m - 128, h - 33, 128, 20, 9, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(w - m - 64, h - 26, "STATUS: DISRUPTED")
    top = h - 58
    for r in range(0, len(BOXES), cols):
        row = BOXES[r : r + cols]
        heights = [_bar_box(c, m + k * (width + gap), top, width, hd, items) for k, (hd, items) in enumerate(row)]
        top -= max(heights) + gap  # the tallest box sets the row's height
    c.save()
    report = _parse(buf.getvalue())
    _check(report, BOXES)  # the band's lines are neither headings nor items
    assert report.title == "NORTHFIELD AIRPORT"


def test_outlined_boxes_two_to_a_row_with_bold_titles_and_uneven_heights() -> None:
    w, h = A4
    m, gap = 40, 16
    width = (w - 2 * m - gap) / 2
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _masthead(c, h - 60, m)
    top = h - 100
    for r in range(0, len(BOXES), 2):
        heights = []
        for k, (heading, items) in enumerate(BOXES[r : r + 2]):
            x, pad = m + k * (width + gap), 8
            paras = _paras(items, 10)
            sizes = [p.wrap(width - 2 * pad - 10, 1000)[1] for p in paras]
            height = 2 * pad + 16 + sum(sizes) + 4 * len(paras)
            c.setStrokeColor(HexColor("#404040"))
            c.rect(x, top - height, width, height, stroke=1, fill=0)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x + pad, top - pad - 10, heading)
            y = top - pad - 16
            for p, ph in zip(paras, sizes, strict=True):
                c.setFont("Helvetica", 10)
                c.drawString(x + pad, y - 9, "•")
                p.drawOn(c, x + pad + 10, y - ph)
                y -= ph + 4
            heights.append(height)
        top -= max(heights) + gap
    c.save()
    _check(_parse(buf.getvalue()), BOXES)


def test_title_bars_without_frames_head_the_lines_under_them_down_to_the_next_row() -> None:
    w, h = A4
    m, gap, cols = 36, 14, 3
    width = (w - 2 * m - (cols - 1) * gap) / cols
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _masthead(c, h - 60, m)
    top = h - 100
    boxes = BOXES[:6]
    for r in range(0, len(boxes), cols):
        heights = []
        for k, (heading, items) in enumerate(boxes[r : r + cols]):
            x = m + k * (width + gap)
            c.setFillColor(HexColor("#7F6000"))
            c.rect(x, top - 16, width, 16, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 4, top - 12, heading)
            y = top - 22
            for p in _paras(items):
                c.setFillColor(HexColor("#000000"))
                c.setFont("Helvetica", 9)
                c.drawString(x + 2, y - 8, "•")
                ph = p.wrap(width - 12, 1000)[1]
                p.drawOn(c, x + 10, y - ph)
                y -= ph + 3
            heights.append(top - y)
        top -= max(heights) + 18
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(m, top, "Contact")
    closing = "The operations centre can be reached at any hour on the number given on the first page of this report."
    p = Paragraph(closing, ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11))
    ph = p.wrap(w - 2 * m, 1000)[1]
    p.drawOn(c, m, top - 6 - ph)
    c.save()
    _check(_parse(buf.getvalue()), [*boxes, ("Contact", [closing])])


PILLARS = [
    (
        "Coordination",
        ["Daily task force meetings are held at nine.", "The national task force meets three times a week."],
    ),
    ("Surveillance", ["Contacts under follow up: 1,604 in eight districts.", "Alerts validated in the past day: 95."]),
    ("Laboratory", ["Samples processed in the past day: 103."]),
    ("Infection control", ["Waste zones were inspected at two units.", "Hand hygiene audits: 12."]),
]


def _pillar_table(shaded: bool) -> bytes:
    """A table of pillars: the pillar's name in a shaded cell beside its updates' cell, each line of both
    shaded again inside its cell (as a word processor shades a paragraph in a shaded cell)."""
    h = A4[1]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _masthead(c, h - 60, 40)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 100, "Response by pillar")
    top = h - 120
    for label, lines in PILLARS:
        height = 14 * len(lines) + 8
        if shaded:
            c.setFillColor(HexColor("#DEEAF6"))
            c.rect(40, top - height, 110, height, stroke=0, fill=1)
            c.rect(150.5, top - height, 400, height, stroke=0, fill=1)
            c.setFillColor(HexColor("#C5DCF0"))
            c.rect(44, top - 18, 100, 14, stroke=0, fill=1)
            for n in range(len(lines)):
                c.rect(160, top - 4 - 14 * (n + 1), 385, 14, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, top - 14, label)
        c.setFont("Helvetica", 10)
        for n, t in enumerate(lines):
            c.drawString(164, top - 14 - 14 * n, t)
        top -= height
    c.save()
    return buf.getvalue()


def test_a_table_of_shaded_cells_is_no_grid_of_boxes() -> None:
    # a label's cell beside its value's lines, each shaded: read as the same table without the shading
    def sections(data: bytes) -> list[tuple[str | None, list[str]]]:
        return [(s.heading, [i.text for i in s.items]) for s in _parse(data).sections]

    plain = sections(_pillar_table(False))
    assert [h for h, _ in plain] == ["Response by pillar", *(p for p, _ in PILLARS)]
    assert sections(_pillar_table(True)) == plain
