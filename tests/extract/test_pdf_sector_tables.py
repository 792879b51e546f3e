"""An operation update's sectors: each a heading over a small ruled table (a budget strip over an indicator's
target and actual), a template label, then the sector's paragraphs. The ruled grid is a table however few
its rows, the sector's heading is a heading though it sits right on the table (as its fellow sectors' are),
and the body size is what the sentences are set in, not the small print of the many cells: so the subtitle
under the title is no section and the letterhead over it is furniture. A "Contact information" heading over
contact lines in small print closes the report. Drawn on a canvas and laid out with platypus."""

from __future__ import annotations

import io

from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.model import Report, SectionKey
from sitroom.read import parse_bytes

ORG = "Northern Relief Federation"
TITLE = "Emergency Operation Update"
SUBTITLE = "Lowland Province | Floods"
EVENT = "Description of the Event"
PLAN = "Detailed Operational Plan"
SECTORS = {
    "Shelter, Housing and Settlements": (
        ("Budget: 73,144", "Targeted persons: 5,352"),
        ("# of households reached", "1,250", "820"),
        ["820 households received shelter toolkits and tarpaulins."],
    ),
    "Health": (
        ("Budget: 33,702", "Targeted persons: 2,466"),
        ("# of people reached", "2,466", "1,644"),
        ["Cholera prevention sessions were held in all evacuation camps."],
    ),
    "Water, Sanitation and Hygiene": (
        ("Budget: 68,593", "Targeted persons: 5,019"),
        ("# of latrines built", "80", "63"),
        ["63 emergency latrines were constructed.", "Hygiene promotion reached 13,497 people."],
    ),
}
EVENT_ITEMS = [
    "4,982 households have been displaced in the target districts.",
    "The government declared a state of disaster in three districts.",
]
CONTACTS = ["For further information please contact:", "Operations lead, ops@relief.example.org"]


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _check(report: Report) -> None:
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    want = {EVENT: EVENT_ITEMS, PLAN: [], **{h: items for h, (_, _, items) in SECTORS.items()}}
    assert got == want
    assert SUBTITLE not in got and ORG not in got and "Contact information" not in got
    texts = [i.text for i in report.items()]
    for strip, indicator, _ in SECTORS.values():
        assert not set(strip) & set(texts) and not set(indicator) & set(texts)
    assert not any(t.startswith(("Indicator", "Progress towards outcome")) for t in texts)
    assert len(report.tables) >= len(SECTORS)  # the grids are counted, not lost silently
    keys = {s.heading: s.key for s in report.sections}
    assert keys[EVENT] == SectionKey.SITUATION
    assert {keys[h] for h in SECTORS} == {SectionKey.RESPONSE.value}


def test_sector_tables_drawn_on_a_canvas() -> None:
    s = Sheet(size=9.5)
    s.line(ORG, font=BOLD, size=9)
    s.gap(0.4)
    s.line(TITLE, font=BOLD, size=20)
    s.line(SUBTITLE, size=12)
    s.gap()
    s.heading(EVENT, size=13)
    for t in EVENT_ITEMS:
        s.para([t])
    s.heading(PLAN, size=13)
    w = s.right - s.left
    for heading, (strip, indicator, items) in SECTORS.items():
        s.heading(heading, size=11)
        s.size, s.lead = 8, 8 * 1.35
        s.table(
            [s.left, s.left + 0.5 * w, s.left + 0.75 * w],
            [[[strip[0]], [strip[1]], [""]], [["Indicator"], ["Target"], ["Actual"]], [[c] for c in indicator]],
            header_font=REGULAR,
        )
        s.y += 0.4 * s.lead
        s.line("Progress towards outcome", font=BOLD)
        s.size, s.lead = 9.5, 9.5 * 1.35
        for t in items:
            s.para([t])
    s.heading("Contact information", size=13)
    for t in CONTACTS:
        s.line(t, size=7.5)
    _check(_parse(s.pdf()))


def test_sector_tables_laid_out_with_platypus() -> None:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, leftMargin=56, rightMargin=56)
    org = ParagraphStyle("o", fontName=BOLD, fontSize=9, leading=12, textColor=HexColor("#C00000"))
    title = ParagraphStyle("t", fontName=BOLD, fontSize=20, leading=24)
    sub = ParagraphStyle("s", fontName=REGULAR, fontSize=12, leading=15, spaceAfter=10)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4)
    sector = ParagraphStyle("x", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9.5, leading=13, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8, leading=10)
    label = ParagraphStyle("l", fontName=BOLD, fontSize=8, leading=10)
    small = ParagraphStyle("m", fontName=REGULAR, fontSize=7.5, leading=9)
    story = [Paragraph(ORG, org), Paragraph(TITLE, title), Paragraph(SUBTITLE, sub), Paragraph(EVENT, head)]
    story += [Paragraph(t, body) for t in EVENT_ITEMS]
    story.append(Paragraph(PLAN, head))
    for heading, (strip, indicator, items) in SECTORS.items():
        grid = Table(
            [
                [Paragraph(strip[0], cell), Paragraph(strip[1], cell), ""],
                [Paragraph(t, cell) for t in ("Indicator", "Target", "Actual")],
                [Paragraph(t, cell) for t in indicator],
            ],
            colWidths=[240, 120, 120],
        )
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#999999"))]))
        story += [Paragraph(heading, sector), grid, Paragraph("Progress towards outcome", label)]
        story += [Paragraph(t, body) for t in items]
    story += [Spacer(1, 8), Paragraph("Contact information", head)]
    story += [Paragraph(t, small) for t in CONTACTS]
    doc.build(story)
    _check(_parse(buf.getvalue()))
