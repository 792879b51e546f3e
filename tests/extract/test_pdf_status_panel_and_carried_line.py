"""A panel of statuses beside the text (each name with its status under it, "Oban – Craignure (Mull)" over
"Reduced timetable") is a table of the page, not headings of one point each: recorded with its title, its lines
left out and counted. And the end of a point carried to the top of the next column, alone there or over the
column's next heading, goes on with its point instead of being lost or read first.

Drawn on a canvas and printed from HTML: a tinted panel on the left under its own title, beside two columns of
text; a panel on the right with the names plain and the statuses bold, its title close over it; a panel with
no title, the names bold and larger than the statuses.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
STATUSES = [
    ("Oban – Craignure (Mull)", "Reduced timetable"),
    ("Ullapool – Stornoway (Lewis)", "Disrupted"),
    ("Uig – Tarbert (Harris)", "Normal service"),
    ("Kennacraig – Port Askaig (Islay)", "Relief vessel"),
]
SECTIONS = [
    ("Summary", ["43 sailings have been cancelled since the disruption began.", "The MV Loch Sulaire is laid up."]),
    ("Sailings", ["Vehicle deck space is 99% booked for the next seven days.", "A reduced timetable runs."]),
    ("Impact on islands", ["65 hospital appointments on the mainland have been rebooked."]),
    ("Crewing", ["21 crew from the laid-up vessel have been redeployed to the relief vessel."]),
]
LAST = ("Next steps", ["Meet the councils on 13 January.", "Confirm the return to service date with the yard."])


def _column(c: canvas.Canvas, x: float, y: float, width: float, sections, size: float = 9.5) -> float:
    for heading, points in sections:
        c.setFont(BOLD, 12)
        c.drawString(x, y, heading)
        y -= 17
        for point in points:
            c.setFont(REGULAR, size)
            c.drawString(x, y, "•")
            for line in simpleSplit(point, REGULAR, size, width - 10):
                c.drawString(x + 10, y, line)
                y -= size + 3
            y -= 4
        y -= 8
    return y


def _panel(c: canvas.Canvas, x: float, top: float, *, title: str | None, bold_names: bool, name_size: float) -> None:
    c.setFillColor(HexColor("#e6eef5"))
    c.rect(x - 6, 420, 165, top - 400, stroke=0, fill=1)
    c.setFillColor(HexColor("#003366"))
    y = top
    if title:
        c.setFont(BOLD, 11)
        c.drawString(x, y, title)
        y -= 22
    for name, status in STATUSES:
        c.setFont(BOLD if bold_names else REGULAR, name_size)
        c.drawString(x, y, name)
        y -= name_size + 2.5
        c.setFont(REGULAR if bold_names else BOLD, 8.5)
        c.drawString(x, y, status)
        y -= 17
    c.setFillColor(HexColor("#000000"))


def _page(*, side: str, title: str | None, bold_names: bool, name_size: float, carried: str) -> bytes:
    """A bulletin: the panel on one side, the sections in a column beside it, the last point carried to the top
    of a last, narrow column (alone there, or over a heading of its own)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont(BOLD, 20)
    c.drawString(40, h - 50, "Island Ferries – Disruption bulletin")
    c.setFont(REGULAR, 11)
    c.drawString(40, h - 68, "Issue 3 · Friday 16 January 2026")
    text_x, panel_x = (215, 40) if side == "left" else (40, 425)
    top = h - 110
    _panel(c, panel_x, top, title=title, bold_names=bold_names, name_size=name_size)
    y = _column(c, text_x, top, 165, SECTIONS)
    # the last section at the column's foot, its last point broken off there
    heading, points = LAST
    y = _column(c, text_x, y, 165, [(heading, points[:1])]) + 8
    c.setFont(REGULAR, 9.5)
    first, *rest = simpleSplit(points[1], REGULAR, 9.5, 155)
    c.drawString(text_x, y, "•")
    c.drawString(text_x + 10, y, first)
    # the rest at the head of the next column, right of the text (under the panel on the right)
    rest_x = text_x + 190
    c.drawString(rest_x, top, " ".join(rest))
    if carried == "over a heading":
        _column(c, rest_x, top - 45, 150, [("Contacts", ["The duty manager answers on the freephone line."])])
    c.showPage()
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "left panel under its title, the rest alone": dict(
        side="left", title="Sailings at a glance", bold_names=True, name_size=8.5, carried="alone"
    ),
    "right panel, statuses bold, over a heading": dict(
        side="right", title="Routes today", bold_names=False, name_size=8.5, carried="over a heading"
    ),
    "left panel without a title, names larger": dict(
        side="left", title=None, bold_names=True, name_size=9.5, carried="over a heading"
    ),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_status_panel_is_a_table_and_the_carried_line_ends_its_point(layout: str) -> None:
    options = LAYOUTS[layout]
    report = parse_bytes(_page(**options), "bulletin.pdf")[0]
    headings = [s.heading for s in report.sections]
    texts = [i.text for s in report.sections for i in s.items]
    for name, status in STATUSES:
        assert name not in headings and name not in texts
        assert status not in texts
    assert options["title"] not in headings
    expected = [h for h, _ in SECTIONS] + [LAST[0]] + (["Contacts"] if options["carried"] == "over a heading" else [])
    assert headings == expected
    last = next(s for s in report.sections if s.heading == LAST[0])
    assert [i.text for i in last.items] == LAST[1]
    assert not any(t.startswith("with the yard") for t in texts)
    panel = [t for t in report.tables if t.rows == len(STATUSES) and t.cols == 2]
    assert len(panel) == 1 and panel[0].caption == options["title"]
    lines = len(STATUSES) * 2 + (options["title"] is not None)
    assert f"{lines} lines left out as statuses beside the text" in report.warnings


def test_a_sidebar_of_two_short_sections_is_not_a_panel() -> None:
    """Two small headed notes in a sidebar, a heading over one line each, are the report's own: too few pairs
    to be a panel of statuses."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont(BOLD, 20)
    c.drawString(40, h - 50, "Island Ferries – Disruption bulletin")
    top = h - 110
    _column(c, 210, top, 300, SECTIONS)
    _column(c, 40, top, 140, [("Staffing", ["Crews rested."]), ("Weather", ["Gales on Sunday."])], size=8.5)
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "bulletin.pdf")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert "Crews rested." in texts and "Gales on Sunday." in texts
    assert not any("statuses" in w for w in report.warnings)
