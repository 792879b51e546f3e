"""A designed report sets its sections in framed cards stacked in two columns, each card as tall as its text. Two
cards may open level, side by side ("Current situation" beside "Impact on health services"): their headings are
two sections' names, not a table's header row, even where one names what a table's column would ("Impact …",
"Status …"), and the short headings of the cards under it are no cells of that column. Every card keeps its heading
and its points. Checked with square and rounded frames and with two names for the right-hand column's first card,
the headings of the cards under it level with points of the left-hand cards."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LEFT = [
    ("Current situation", ["Power has been restored at all hospitals.", "Many rural roads remain blocked."]),
    ("Health centres", ["Mobile clinics have visited 26 communities."]),
    ("Public health advice", ["Boil drinking water until told it is safe.",
                              "Get a tetanus shot after a clean-up wound."]),
    ("Funding", ["J$554 million approved for urgent repairs."]),
]  # fmt: skip
RIGHT_TAIL = [
    ("Hospitals", ["More injuries from clean-up work in A&E.", "Bed occupancy stands at 91%."]),
    ("Health workforce", ["132 nurses and doctors have been redeployed.",
                          "Staff with damaged homes are being helped."]),
    ("Health risks", ["The risk of leptospirosis is increasing.", "The risk of dengue is being monitored."]),
]  # fmt: skip
# three points: the cards under it then open level with points of the left-hand cards
FIRST_RIGHT = {
    "impact": ("Impact on health services", ["183 elective surgeries have been postponed.",
                                             "Two hospitals have roof damage.", "Patients moved to undamaged wards."]),
    "status": ("Status of roads", ["Two main roads to the hospital are open again.", "The coast road is closed.",
                                   "Bridges are being inspected."]),
}  # fmt: skip


def _card(c: canvas.Canvas, x: float, top: float, heading: str, points: list[str], rounded: bool) -> float:
    height = 30 + 16 * len(points)
    if rounded:
        c.roundRect(x, top - height, 261, height, 8, stroke=1, fill=0)
    else:
        c.rect(x, top - height, 261, height, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x + 12, top - 20, heading)
    c.setFont("Helvetica", 9)
    for n, point in enumerate(points):
        c.drawString(x + 14, top - 36 - 16 * n, "•")
        c.drawString(x + 24, top - 36 - 16 * n, point)
    return top - height - 12


def _pdf(right: list, rounded: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, 730, "HURRICANE SITUATION REPORT")
    c.setFont("Helvetica", 12)
    c.drawString(40, 708, "Report No. 1 | October 12, 2026 | 5:00 p.m.")
    for x, cards in ((39, LEFT), (312, right)):
        top = 680
        for heading, points in cards:
            top = _card(c, x, top, heading, points, rounded)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("first", list(FIRST_RIGHT))
@pytest.mark.parametrize("rounded", [False, True], ids=["square", "rounded"])
def test_cards_opening_level_keep_their_headings(first: str, rounded: bool) -> None:
    right = [FIRST_RIGHT[first], *RIGHT_TAIL]
    report = parse_bytes(_pdf(right, rounded), "cards.pdf")[0]
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.heading}
    assert got == {heading: points for heading, points in LEFT + right}
    assert "table header" not in " ".join(report.warnings)


def test_the_points_fit_their_cards() -> None:
    """The document is what it says: every point stands inside its card (none runs over the frame)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    points = [p for _, ps in LEFT + RIGHT_TAIL + list(FIRST_RIGHT.values()) for p in ps]
    assert max(stringWidth(p, "Helvetica", 9) for p in points) < 261 - 24 - 8


def _table_pdf() -> bytes:
    """A report printed as a table, its text and date cells framed: "Update | Status | Last updated", a group's name
    over its rows; the frames touch one another, as a table's cells do."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 740, "Daily Situation Report")
    columns = [(40, 330), (338, 400), (420, 540)]
    rows = [("Update", "Status", "Last updated", True), ("Demand", "", "", True)]
    rows += [("Calls answered in 24 hours: 6,634.", "Open", "14/01/2026 07:27", False),
             ("The Trust moved to level 3 on 12 January.", "Open", "14/01/2026 07:57", False),
             ("Fleet", "", "", True),
             ("37 vehicles are off the road for repair.", "Monitoring", "14/01/2026 07:16", False),
             ("Two extra ambulances are hired until 22 January.", "Open", "14/01/2026 07:58", False)]  # fmt: skip
    top = 710
    for first, status, when, bold in rows:
        for n, ((x0, x1), text) in enumerate(zip(columns, (first, status, when), strict=True)):
            if n != 1:  # (the report server frames the text and the date cells, the status stands unframed)
                c.rect(x0, top - 21, x1 - x0 + 2, 22, stroke=1, fill=0)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(x0 + 4, top - 14, text)
        top -= 20
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_tables_framed_cells_are_no_cards() -> None:
    report = parse_bytes(_table_pdf(), "table.pdf")[0]
    said = [i.text for i in report.items()]
    assert "37 vehicles are off the road for repair." in said
    assert not any(t in ("Open", "Monitoring") or t.startswith("14/01/2026") for t in said)
