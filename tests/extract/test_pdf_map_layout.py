"""A map layout printed to PDF (a GIS program's print, an operations map with the sitrep beside it): the map is a
filled area crossed by drawn lines of many segments, with place names, a legend and grid coordinates on it; none of
its words is the report's. The sections stand beside or under it, a figures table over them under its heading,
and on a second page three columns of sections side by side. Read: every section and point, in order, and nothing of
the map. In landscape with the map at the left, in portrait with the map on top, and with a line chart instead of a
map. A shaded panel of sentences with a drawn icon on it is read as text."""

from __future__ import annotations

import io
import math

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["The fire started on 7 August in the upper valley.", "The burnt area is 553 hectares."]),
    ("Current situation", ["Wind gusts reach 17 metres per second.", "The northern edge of the fire is held."]),
    ("Operations", ["Helicopters made 17 water drops.", "Crews cut 15 km of fire break."]),
]
MORE = [
    ("Damage", ["122 hectares of juniper forest burnt.", "Two shepherd huts were lost."]),
    ("Costs", ["The reserve fund released 127,000 som.", "Fuel costs rose by 12%."]),
    ("Risks", ["Dry winds may revive the fire.", "Crews are tired after five days."]),
]
LABELS = ["Upper valley", "Kyzyl-Bulak village", "Chong-Too pass", "Kara-Tash gorge"]
LEGEND = ["Legend", "Fire perimeter", "Burnt area", "Fire break", "Park boundary", "River"]


def _map(c: canvas.Canvas, x: float, y: float, w: float, h: float, chart: bool) -> None:
    c.setFillColor(Color(0.88, 0.94, 0.85))
    c.rect(x, y, w, h, fill=1, stroke=1)
    c.setFillColor(Color(0, 0, 0))
    if chart:  # a line chart: three series, axis ticks
        for k in range(3):
            path = c.beginPath()
            path.moveTo(x + 20, y + 30 + 20 * k)
            for n in range(1, 14):
                path.lineTo(x + 20 + n * (w - 40) / 13, y + 30 + 20 * k + 40 * math.sin(n / 2 + k))
            c.drawPath(path, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        for n in range(5):
            c.drawString(x + 20 + n * (w - 40) / 4, y + 8, f"{7 + n} Aug")
        c.drawString(x + 10, y + h - 16, "Hectares burnt by day")
        return
    for k in range(3):  # a river, contour lines and the fire's perimeter
        path = c.beginPath()
        path.moveTo(x, y + 40 + 60 * k)
        for n in range(1, 16):
            path.lineTo(x + n * w / 15, y + 40 + 60 * k + 18 * math.sin(n + k))
        c.drawPath(path, stroke=1, fill=0)
    perimeter = c.beginPath()
    perimeter.moveTo(x + w / 2, y + h / 2 + 60)
    for n in range(1, 12):
        angle = 2 * math.pi * n / 11
        perimeter.lineTo(x + w / 2 + 70 * math.sin(angle), y + h / 2 + 60 * math.cos(angle))
    perimeter.close()
    c.drawPath(perimeter, stroke=1, fill=0)
    c.setFont("Helvetica", 7)
    for n, label in enumerate(LABELS):
        c.drawString(x + 30 + n * w / 5, y + h - 40 - n * h / 6, label)
    for n, line in enumerate(LEGEND):
        c.drawString(x + 14, y + 14 + 10 * (len(LEGEND) - n), line)
    for n in range(4):  # the grid's coordinates along the frame
        c.drawString(x + 20 + n * w / 4, y + h + 4, f"74°{24 + 4 * n}′")
        c.drawString(x - 28, y + 20 + n * h / 4, f"42°{30 + 2 * n}′")


def _sections(c: canvas.Canvas, x: float, y: float, sections: list) -> float:
    for heading, points in sections:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, y, heading)
        y -= 14
        c.setFont("Helvetica", 9.5)
        for p in points:
            c.drawString(x, y, "• " + p)
            y -= 13
        y -= 10
    return y


def _figures(c: canvas.Canvas, x: float, y: float) -> float:
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x, y, "Key indicators")
    y -= 16
    c.setFont("Helvetica", 8)
    for label, value in [("Indicator", "Value"), ("Burnt area, ha", "553"), ("Active edges, km", "5"),
                         ("People deployed", "175"), ("Helicopters", "1"), ("Air temperature, °C", "+31")]:  # fmt: skip
        c.drawString(x, y, label)
        c.drawRightString(x + 300, y, value)
        y -= 11
    return y - 14


def _second_page(c: canvas.Canvas, width: float, height: float) -> None:
    if width < 700:  # a portrait page: the sections one under another
        _sections(c, 56, height - 60, MORE)
        return
    for n, section in enumerate(MORE):
        _sections(c, 30 + n * (width - 60) / 3, height - 60, [section])


def _landscape(chart: bool = False) -> bytes:
    buf = io.BytesIO()
    width, height = landscape(A3)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(44, height - 50, "FOREST FIRE OPERATIONAL REPORT No 3")
    _map(c, 60, 80, 700, height - 200, chart)
    y = _figures(c, 800, height - 110)
    _sections(c, 800, y, SECTIONS)
    c.showPage()
    _second_page(c, width, height)
    c.save()
    return buf.getvalue()


def _portrait(chart: bool = False) -> bytes:
    buf = io.BytesIO()
    width, height = A4
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(44, height - 50, "FOREST FIRE OPERATIONAL REPORT No 3")
    _map(c, 60, height - 420, width - 120, 330, chart)
    y = _figures(c, 56, height - 450)
    _sections(c, 56, y, SECTIONS)
    c.showPage()
    _second_page(c, width, height)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("make", [_landscape, _portrait])
@pytest.mark.parametrize("chart", [False, True])
def test_the_map_is_left_out_and_the_sections_read_in_order(make, chart: bool) -> None:
    report = parse_bytes(make(chart), "map.pdf")[0]
    # (the figures table's heading heads a section of its own, as any heading of the body does)
    expected = [("Key indicators", []), *SECTIONS, *MORE]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == expected
    assert len(report.tables) == 1
    assert any("map or chart label" in w for w in report.warnings)


def test_a_shaded_panel_of_sentences_with_an_icon_is_read() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, 780, "Flood update 4")
    c.setFillColor(Color(0.9, 0.9, 0.95))
    c.rect(50, 480, 495, 260, fill=1, stroke=0)
    c.setFillColor(Color(0, 0, 0))
    for k in range(4):  # an icon drawn as curves
        path = c.beginPath()
        path.moveTo(470, 700 - 8 * k)
        for n in range(1, 12):
            path.lineTo(470 + 5 * n, 700 - 8 * k + 6 * math.sin(n))
        c.drawPath(path, stroke=1, fill=0)
    lines = [
        "River levels at the Mill Lane gauge have fallen by 40 cm since Sunday morning.",
        "Forty households are still in the rest centre at the leisure centre on Park Road.",
        "The council expects the last roads in the valley to reopen on Thursday evening.",
    ]
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, 720, "Summary")
    c.setFont("Helvetica", 10)
    for n, line in enumerate(lines):
        c.drawString(60, 700 - 16 * n, "• " + line)
    c.save()
    report = parse_bytes(buf.getvalue(), "panel.pdf")[0]
    assert [i.text for i in report.items()] == lines
