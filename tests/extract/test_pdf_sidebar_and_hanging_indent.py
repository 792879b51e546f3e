"""A page of three columns with a shaded sidebar: the sidebar's lines level with a column's points label no row
of them, a heading level with another column's heading is no table's header row, and a bold lead ("What we are
doing:") opening a line set in under a point's text is that point's, its mitigation; with the sidebar on the left
or the right and the points marked "•" or "–"."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REGULAR, BOLD, BODY = "Helvetica", "Helvetica-Bold", 9.5
SUMMARY = ["43 sailings have been cancelled since the disruption began.",
           "The MV Loch Sulaire remains out of service after a gearbox failure on 7 January."]  # fmt: skip
SAILINGS = ["Vehicle deck space is 99% booked for the next seven days.",
            "A reduced timetable of 4 return sailings a day runs on the North Isles route."]  # fmt: skip
RISKS = [
    ("The risk of further breakdowns in the ageing fleet is being monitored.",
     "Engineers ride on every sailing of the two oldest vessels."),
    ("Weather cancellations on top of the reduced timetable are increasing.",
     "Extra sailings are added on the first calm day after a cancellation."),
]  # fmt: skip
INFO = ["1,842 customers receive the service status text alerts.",
        "Sailing status is updated on the website and app by 06:30 each day."]  # fmt: skip
ROUTES = [("Ardcarra – Port Sgeir", "Reduced timetable"), ("Lochbuie – Castlemor", "Disrupted"),
          ("Kilbrann – Tobhta", "Disrupted"), ("Inverlair – Sgurr", "Relief vessel")]  # fmt: skip


def _lines(text: str, width: float, font: str = REGULAR) -> list[str]:
    return simpleSplit(text, font, BODY, width)


def _pdf(sidebar_left: bool, mark: str, lead: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    c.setFont(BOLD, 22)
    c.drawString(40, h - 50, "Hebridean Island Ferries")
    c.setFont(REGULAR, 13)
    c.drawString(40, h - 72, "Disruption bulletin 1 · Monday 12 January 2026")
    side_x, cols = (40, (206, 389)) if sidebar_left else (430, (40, 223))
    c.setFillColor(colors.HexColor("#dde8f0"))
    c.rect(side_x - 8, h - 330, 140, 230, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = h - 120
    c.setFont(BOLD, 11)
    c.drawString(side_x, y, "Sailings at a glance")
    y -= 22
    for route, status in ROUTES:
        c.setFont(BOLD, 8.5)
        c.drawString(side_x, y, route)
        c.setFont(REGULAR, 8.5)
        c.drawString(side_x, y - 11, status)
        y -= 28
    col_w = 160

    def heading(x: float, y: float, text: str) -> float:
        c.setFont(BOLD, 12)
        c.drawString(x, y, text)
        return y - 18

    def point(x: float, y: float, text: str, risk_lead: str | None = None, mitigation: str = "") -> float:
        c.setFont(REGULAR, BODY)
        c.drawString(x, y, mark)
        tx = x + 10
        for k, line in enumerate(_lines(text, col_w - 10)):
            c.drawString(tx, y - 12 * k, line)
        y -= 12 * len(_lines(text, col_w - 10))
        if risk_lead:
            # the lead opens a line of its own, at the point's text, in bold; the mitigation runs on after it
            c.setFont(BOLD, BODY)
            c.drawString(tx, y, risk_lead)
            lead_w = c.stringWidth(risk_lead + " ", BOLD, BODY)
            c.setFont(REGULAR, BODY)
            first, *rest = _lines(mitigation, col_w - 10 - lead_w)
            c.drawString(tx + lead_w, y, first)
            for k, line in enumerate(_lines(" ".join(rest), col_w - 10) if rest else []):
                c.drawString(tx, y - 12 * (k + 1), line)
            y -= 12 * (1 + (len(_lines(" ".join(rest), col_w - 10)) if rest else 0))
        return y - 6

    x1, x2 = cols
    y = heading(x1, h - 120, "Summary")
    c.setFont(REGULAR, BODY)
    for text in SUMMARY:
        for line in _lines(text, col_w):
            c.drawString(x1, y, line)
            y -= 12
        y -= 6
    y = heading(x1, y - 8, "Sailings")
    for text in SAILINGS:
        y = point(x1, y, text)
    y = heading(x1, y - 8, "Risks")
    for risk, mitigation in RISKS:
        y = point(x1, y, risk, lead, mitigation)
    # the third column's heading stands level with the first one's "Summary"
    y = heading(x2, h - 120, "Customer information")
    for text in INFO:
        y = point(x2, y, text)
    c.setFont(REGULAR, 7)
    c.drawString(40, 30, "Hebridean Island Ferries · Disruption bulletin 1")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lead", ["What we are doing:", "Mitigation:"])
@pytest.mark.parametrize("mark", ["•", "–"])
@pytest.mark.parametrize("sidebar_left", [True, False], ids=["sidebar left", "sidebar right"])
def test_sidebar_columns_and_a_lead_under_a_point(sidebar_left: bool, mark: str, lead: str) -> None:
    report = parse_bytes(_pdf(sidebar_left, mark, lead), "bulletin.pdf")[0]
    sections = {s.heading: s for s in report.sections}
    assert [i.text for i in sections["Summary"].items] == SUMMARY
    assert [i.text for i in sections["Sailings"].items] == SAILINGS
    assert [i.text for i in sections["Customer information"].items] == INFO
    risks = sections["Risks"]
    assert [i.mitigation for i in risks.items] == [m for _, m in RISKS]
    assert [i.text.startswith(r) for i, (r, _) in zip(risks.items, RISKS, strict=True)] == [True, True]
    # the sidebar's routes stay together, none of them a label of a column's point
    routes = [s.heading for s in report.sections if s.heading in {r for r, _ in ROUTES}]
    for name in ("Summary", "Sailings", "Risks", "Customer information"):
        assert not any(r in (i.text for i in sections[name].items) for r, _ in ROUTES)
    assert routes in ([], [r for r, _ in ROUTES])
