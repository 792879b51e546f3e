"""Two columns read down, then across: a paragraph or a point carried from the foot of one column to the
head of the next is one; a boxed sidebar of figures and a pull quote repeating the text are no sections;
the short last lines of one column's paragraphs are no row labels of the list beside them; and two
columns under level titles (a slide's "Staffing" and "Costs") are read one after the other."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
BODY = 9.5

# (heading, [(kind, text)]): "p" a paragraph, "b" a bulleted point
LEFT = [
    (
        "Headlines",
        [
            ("b", "Hospital handover delays improved over the week."),
            ("b", "Partners met three times as a coordinating group this week (down from five)."),
        ],
    ),
    (
        "Local authorities",
        [
            ("p", "Sandbag stocks have been checked and replenished at all depots."),
            ("p", "Gritting crews treated the priority routes nine times this week."),
        ],
    ),
    (
        "Utilities",
        [
            ("p", "The water company repaired 57 bursts after the freeze."),
            ("p", "The gas network reports no supply issues."),
        ],
    ),
]
# the last point of the left column runs on at the head of the right one
CARRIED = "The risk of isolation for vulnerable people in rural villages is increasing and welfare calls continue."
RIGHT = [
    (
        "Recovery",
        [
            ("p", "The recovery group for the November floods has closed most of its actions."),
            ("p", "Repairs to the Weir Lane footbridge will finish next month."),
        ],
    ),
    (
        "Warning and informing",
        [
            ("p", "A media briefing on the cold weather was held on Monday morning at the county hall."),
            ("p", "Joint winter messages were shared by twenty-three partner organisations."),
            ("p", "The community resilience newsletter reached more residents than last month."),
            ("p", "Radio interviews on flood readiness ran on two local stations over the weekend."),
        ],
    ),
    (
        "Dates for your diary",
        [
            ("b", "Flood plan training for new duty officers on 27 January."),
            ("b", "Tactical coordinating group exercise on 1 February."),
            ("b", "Winter debrief workshop on 13 February."),
        ],
    ),
]
FIGURES = [("78", "escalation beds open"), ("35", "warm spaces open"), ("269", "households paid grants")]


def _block(c: canvas.Canvas, x: float, y: float, width: float, kind: str, text: str, stop: float) -> tuple[float, str]:
    """Draw one paragraph or point from ``y`` down, no lower than ``stop``; returns the next ``y`` and the
    words left over for the next column."""
    indent = 12 if kind == "b" else 0
    lines = simpleSplit(text, REGULAR, BODY, width - indent)
    c.setFont(REGULAR, BODY)
    if kind == "b":
        c.drawString(x + 2, y, "•")
    for n, line in enumerate(lines):
        if y < stop:
            return y, " ".join(lines[n:])
        c.drawString(x + indent, y, line)
        y -= 12.5
    return y - 5, ""


def _sections(c, x, y, width, sections, stop=0.0):
    for heading, blocks in sections:
        c.setFont(BOLD, 13)
        c.drawString(x, y, heading)
        y -= 19
        for kind, text in blocks:
            y, _ = _block(c, x, y, width, kind, text, stop)
        y -= 6
    return y


def _bulletin(size: tuple[float, float], box: str, quote_lines: int) -> bytes:
    """A bulletin page in two columns: a shaded masthead across the top, the left column's last point
    carried over to the head of the right one, a boxed "At a glance" of figures (``box``: at the head of
    the right column, or in the left one under its first sections), and a pull quote between rules in the
    left column."""
    width, height = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    margin, gutter = 40, 30
    col = (width - 2 * margin - gutter) / 2
    lx, rx = margin, margin + col + gutter
    c.setFillColor(colors.HexColor("#123B4A"))
    c.rect(0, height - 90, width, 90, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 26)
    c.drawString(margin, height - 50, "RESILIENCE BULLETIN")
    c.setFont(REGULAR, 10)
    c.drawString(margin, height - 72, "Eastmere Resilience Forum · Issue 4 · 16 January 2024")
    c.setFillColor(colors.black)
    top = height - 120
    y = _sections(c, lx, top, col, LEFT)
    if box == "left-middle":
        y = _figures(c, lx, y, col) - 6
    # the pull quote: a headline of the page again, large, between rules
    quote = "“Partners met three times as a coordinating group this week.”"
    qlines = simpleSplit(quote, "Helvetica-Oblique", 13, col if quote_lines == 1 else col * 0.62)
    c.setLineWidth(1)
    c.line(lx, y + 8, lx + col, y + 8)
    y -= 10
    c.setFont("Helvetica-Oblique", 13)
    for line in qlines:
        c.drawString(lx, y, line)
        y -= 16
    c.line(lx, y + 4, lx + col, y + 4)
    y -= 22
    c.setFont(BOLD, 13)
    c.drawString(lx, y, "Risks to watch")
    y -= 19
    floor = 60
    # the point fills the column to its floor and runs on at the head of the right column
    lines = simpleSplit(CARRIED, REGULAR, BODY, col - 12)
    keep = max(1, int((y - floor) // 12.5) + 1)
    keep = min(keep, len(lines) - 1)
    c.setFont(REGULAR, BODY)
    c.drawString(lx + 2, y, "•")
    for line in lines[:keep]:
        c.drawString(lx + 12, y, line)
        y -= 12.5
    rest = lines[keep:]
    ry = top
    if box == "right-head":
        ry = _figures(c, rx, ry, col)
    c.setFont(REGULAR, BODY)
    for line in rest:
        c.drawString(rx + 12, ry, line)
        ry -= 12.5
    ry -= 14
    _sections(c, rx, ry, col, RIGHT)
    c.setFont(REGULAR, 7)
    c.drawString(margin, 25, "OFFICIAL · Eastmere Resilience Forum · Resilience Bulletin")
    c.showPage()
    c.save()
    return buf.getvalue()


def _figures(c: canvas.Canvas, x: float, top: float, width: float) -> float:
    """A framed, shaded box: its title, then a large figure and its label on each line."""
    height = 28 + 26 * len(FIGURES)
    c.setFillColor(colors.HexColor("#E8F1F4"))
    c.setStrokeColor(colors.HexColor("#123B4A"))
    c.rect(x, top - height + 12, width, height, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont(BOLD, 12)
    c.drawString(x + 8, top - 6, "At a glance")
    y = top - 32
    for figure, label in FIGURES:
        c.setFont(BOLD, 18)
        c.drawString(x + 8, y, figure)
        c.setFont(REGULAR, 9)
        c.drawString(x + 70, y + 1, label)
        y -= 26
    return top - height - 10


LAYOUTS = [
    pytest.param(A4, "right-head", 2, id="a4-box-heads-right-column-quote-two-lines"),
    pytest.param(letter, "right-head", 1, id="letter-box-heads-right-column-quote-one-line"),
    pytest.param(A4, "left-middle", 1, id="a4-box-inside-left-column"),
]


@pytest.mark.parametrize(("size", "box", "quote_lines"), LAYOUTS)
def test_bulletin_in_two_columns_is_read_column_by_column(size, box, quote_lines):
    report = parse_bytes(_bulletin(size, box, quote_lines), "bulletin.pdf")[0]
    headings = [s.heading for s in report.sections]
    assert headings == [heading for heading, _ in LEFT] + ["Risks to watch"] + [heading for heading, _ in RIGHT]
    items = {s.heading: [i.text for i in s.items] for s in report.sections}
    # the point carried over to the next column is one, under its own heading
    assert items["Risks to watch"] == [CARRIED]
    assert items["Local authorities"] == [t for _, t in LEFT[1][1]]
    assert items["Dates for your diary"] == [t for _, t in RIGHT[-1][1]]
    # neither the box of figures nor the pull quote is read as a section or an item
    every = " ".join(i.text for s in report.sections for i in s.items)
    assert "escalation beds open" not in every and "At a glance" not in headings
    assert every.count("coordinating group this week") == 1


def _slide(size: tuple[float, float], title_band: bool) -> bytes:
    """A slide (or a page) titled "Resources" over two columns, each under its own underlined title,
    their first points level and the left one's wrapping."""
    width, height = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    if title_band:
        c.setFillColor(colors.HexColor("#005A4E"))
        c.rect(0, height - 70, width, 70, stroke=0, fill=1)
        c.setFillColor(colors.white)
    c.setFont(BOLD, 28)
    c.drawString(40, height - 48, "Resources")
    c.setFillColor(colors.black)
    half = (width - 80) / 2
    columns = [
        (
            "Staffing",
            [
                "33 council staff redeployed to the water stations across the district",
                "Volunteers cover the evening shifts",
            ],
        ),
        ("Costs", ["Overtime this week £24,000"]),  # one point: a column of two lines
    ]
    for n, (title, points) in enumerate(columns):
        x = 40 + n * (half + 40)
        c.setFont(BOLD, 20)
        c.drawString(x, height - 120, title)
        c.line(x, height - 127, x + half - 20, height - 127)
        y = height - 165
        for point in points:
            c.setFont(REGULAR, 20)
            c.drawString(x + 2, y, "•")
            for line in simpleSplit(point, REGULAR, 20, half - 50):
                c.drawString(x + 24, y, line)
                y -= 24
            y -= 10
    c.setFont(REGULAR, 9)
    c.drawString(width - 40, 20, "5")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("size", "band"),
    [
        pytest.param((960, 540), True, id="16:9-slide-title-band"),
        pytest.param(landscape(A4), False, id="landscape-a4-plain-title"),
    ],
)
def test_two_columns_under_level_titles_are_read_one_after_the_other(size, band):
    report = parse_bytes(_slide(size, band), "deck.pdf")[0]
    items = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert items["Staffing"] == [
        "33 council staff redeployed to the water stations across the district",
        "Volunteers cover the evening shifts",
    ]
    assert items["Costs"] == ["Overtime this week £24,000"]
