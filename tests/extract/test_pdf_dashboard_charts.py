"""A dashboard exported to PDF (Tableau, Looker Studio, Power BI): scorecards (a label over a big figure over its
change, in a drawn box), charts (evenly spaced gridlines, the axis's figures at their left ends, categories under
them, a legend, a title in bold over them) and a text box holding the sitrep's sections. None of the scorecards' or
the charts' words is an item or a heading; the sections are read whole. Line and bar charts, thin and thick
gridlines, the text beside or under the charts. A table ruled between its rows keeps its text: lines with text
between them are no chart."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["18 schools remain open with substitute staff.", "Bus routes run to the winter timetable."]),
    ("Attendance", ["Student attendance yesterday was 53%.", "1,830 absences were excused at families' request."]),
    ("Risks", ["Picket lines at drop-off may cause confrontations.", "Substitute cover may run short on Friday."]),
]
TILES = [
    ("Students present", "17,467", "▲ 7.7%"),
    ("Schools open", "18", "▲ 2.0%"),
    ("Meals served", "14,743", "▼ 1.2%"),
]


def _tiles(c: canvas.Canvas, x: float, y: float, width: float) -> None:
    for n, (label, figure, change) in enumerate(TILES):
        left = x + n * (width + 12)
        c.setStrokeColor(Color(0.8, 0.8, 0.8))
        c.rect(left, y, width, 78, stroke=1, fill=0)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.setFont("Helvetica", 9)
        c.drawString(left + 10, y + 62, label)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(left + 10, y + 28, figure)
        c.setFont("Helvetica", 7)
        c.drawString(left + 10, y + 12, change)
    c.setFillColor(Color(0, 0, 0))


def _chart(c: canvas.Canvas, x: float, y: float, width: float, bars: bool, thick: bool, title: str) -> None:
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x - 30, y + 150, title)
    c.setFont("Helvetica", 7)
    c.drawString(x + width - 70, y + 136, "Attendance rate")
    c.setStrokeColor(Color(0.85, 0.85, 0.85))
    c.setLineWidth(2 if thick else 0.5)
    for n in range(5):  # gridlines and the axis's figures
        c.line(x, y + 30 * n, x + width, y + 30 * n)
        c.drawRightString(x - 4, y + 30 * n - 2, f"{25 * n}%")
    c.setStrokeColor(Color(0.2, 0.4, 0.8))
    c.setLineWidth(1.5)
    values = [90, 89, 88, 90, 55, 51, 53]
    for n, v in enumerate(values):
        px = x + 20 + n * (width - 40) / 6
        if bars:
            c.setFillColor(Color(0.9, 0.5, 0.2))
            c.rect(px - 8, y, 16, v * 1.2, stroke=0, fill=1)
            c.setFillColor(Color(0, 0, 0))
        elif n:
            c.line(px - (width - 40) / 6, y + values[n - 1] * 1.2, px, y + v * 1.2)
        c.drawCentredString(px, y - 12, f"Apr {7 + n}")
    c.setStrokeColor(Color(0, 0, 0))
    c.setLineWidth(1)


def _text(c: canvas.Canvas, x: float, y: float) -> None:
    for heading, points in SECTIONS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, heading)
        y -= 16
        c.setFont("Helvetica", 9)
        for p in points:
            c.drawString(x, y, "• " + p)
            y -= 13
        y -= 8


def _dashboard(side: bool, bars: bool, thick: bool) -> bytes:
    buf = io.BytesIO()
    size = landscape(A4) if side else A4
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(30, size[1] - 50, "Strike Operations Daily Report")
    _tiles(c, 30, size[1] - 150, 170)
    _chart(c, 70, size[1] - 350, 300, bars, thick, "Attendance rate")
    if side:
        _text(c, 470, size[1] - 180)
    else:
        _chart(c, 70, size[1] - 560, 300, not bars, thick, "Meals served by site")
        _text(c, 40, size[1] - 620)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("side", [True, False])
@pytest.mark.parametrize("bars", [False, True])
@pytest.mark.parametrize("thick", [False, True])
def test_scorecards_and_charts_are_left_out_and_the_text_read(side: bool, bars: bool, thick: bool) -> None:
    report = parse_bytes(_dashboard(side, bars, thick), "dashboard.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("map or chart label" in w for w in report.warnings)


def test_a_table_ruled_between_its_rows_keeps_its_text() -> None:
    rows = [
        ("Lincoln Elementary", "Open with substitutes; the canteen serves cold meals only."),
        ("Jefferson Middle", "Open; two year groups study at home on Thursday."),
        ("Roosevelt High", "Closed to students; staff run the food bank from the gym."),
        ("Oak Grove K-8", "Open with substitutes; buses run to the winter timetable."),
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 790, "Schools update 3")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 760, "Schools")
    y = 740
    c.setFont("Helvetica", 9)
    for name, status in rows:
        c.line(40, y + 12, 540, y + 12)
        c.drawString(44, y, name)
        c.drawString(180, y, status)
        y -= 24
    c.line(40, y + 12, 540, y + 12)
    c.save()
    report = parse_bytes(buf.getvalue(), "schools.pdf")[0]
    texts = " ".join(i.text for i in report.items())
    assert all(status in texts for _, status in rows)
    assert not any("map or chart label" in w for w in report.warnings)


def test_a_sheet_with_row_numbers_between_its_lines_is_no_chart() -> None:
    rows = [
        ("Summary", None, 1),
        ("Trains run every 19 minutes on the rest of the network.", "Customer Services Lead", 1),
        ("The interlocking at Central failed at 06:40 on 7 March, and the", "Comms Officer", 2),
        ("Service pattern", None, 1),
        ("The line is split in two with trains turning back at Park Lane.", "Head of Operations", 1),
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(30, 560, "Signalling failure – incident tracker")
    y = 500
    c.line(30, y + 16, 600, y + 16)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, y + 5, "Update")
    c.drawString(420, y + 5, "Owner")
    for n, (update, owner, lines) in enumerate(rows, start=1):
        c.line(30, y, 600, y)
        y -= 16 * lines
        c.setFont("Helvetica", 8.5)
        c.drawRightString(48, y + 16 * lines - 11, str(n))  # the row's number, between its lines
        c.setFont("Helvetica-Bold" if owner is None else "Helvetica", 8)
        c.drawString(60 if owner is None else 72, y + 16 * lines - 11, update)
        if lines == 2:
            c.drawString(72, y + 5, "signal sections run under manual authority.")
        if owner:
            c.drawString(420, y + 16 * lines - 11, owner)
    c.line(30, y, 600, y)
    c.save()
    report = parse_bytes(buf.getvalue(), "tracker.pdf")[0]
    texts = " ".join(i.text for i in report.items())
    assert all(update in texts for update, owner, _ in rows if owner)
    assert not any("map or chart label" in w for w in report.warnings)
