"""Lines that wrap where a reader would not expect them, each drawn in two layouts (reportlab canvas and
platypus): a dash opening a wrapped line of a list entry, a table's banner title wrapped onto a second
line, and a row label broken off mid-phrase at the foot of a page."""

from __future__ import annotations

import io
from html import escape

import pytest
from pdf_sheets import BOLD, HEIGHT, REGULAR, WIDTH, Sheet
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sitroom.model import Report
from sitroom.read import parse_bytes

ITALIC = "Helvetica-Oblique"


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _outline(report: Report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections]


def _platypus(story: list, margin: float = 56) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1, leftMargin=margin, rightMargin=margin).build(story)
    return buf.getvalue()


# --- a dash opening a wrapped line ------------------------------------------------------------------

HEAD = "Three newly confirmed deaths in the past 24 hours – two from Northfield, one from"
TAIL = "- Riverside treatment unit."
DASH_ITEMS = [
    "Today marks 43 days of response to the outbreak in the district.",
    f"{HEAD} {TAIL}",
    "Four new recoveries in the past 24 hours, bringing cumulative recoveries to 49.",
]
SUB_INTRO = "Supplies delivered to the treatment units this week"  # no colon: the dashes alone make the list
SUBS = ["Northfield district hospital", "Riverside district hospital"]


def _sheet_dash() -> bytes:
    """Canvas: bullet glyphs, the text column at a fixed indent; one entry wraps after "from" onto a line
    that opens with a dash at the text's own indent; a later entry heads a sub-list of dashes."""
    s = Sheet(size=10.5)
    s.line("District Outbreak Situation Report 12", font=BOLD, size=16)
    s.heading("Key Highlights")
    text_x = s.left + 28
    for item in DASH_ITEMS:
        lines = [HEAD, TAIL] if item.startswith(HEAD) else [item]
        s.text(s.left + 14, s.y, "•")
        for t in lines:
            s.line(t, text_x)
    s.text(s.left + 14, s.y, "•")
    s.line(SUB_INTRO, text_x)
    for t in SUBS:
        s.line(f"- {t}", text_x)
    s.heading("Coordination")
    s.para(["The district task force meets every morning at the district headquarters."])
    return s.pdf()


def _platypus_dash() -> bytes:
    """Platypus: a bulleted list in a column just wide enough for the entry to wrap before its dash."""
    size = 10.5
    width = stringWidth(HEAD, REGULAR, size) + 3  # " -" does not fit on the line: the dash opens the next
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=size, leading=14)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20, spaceAfter=10)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    entries = [ListItem(Paragraph(escape(t), body)) for t in DASH_ITEMS]
    entries.append(
        ListItem(
            [
                Paragraph(escape(SUB_INTRO), body),
                ListFlowable([ListItem(Paragraph(escape(t), body)) for t in SUBS], bulletType="bullet", start="-"),
            ]
        )
    )
    story = [
        Paragraph("District Outbreak Situation Report 12", title),
        Paragraph("Key Highlights", head),
        ListFlowable(entries, bulletType="bullet", start="•", leftIndent=18, bulletFontSize=size),
        Paragraph("Coordination", head),
        Paragraph("The district task force meets every morning at the district headquarters.", body),
    ]
    margin = (WIDTH - width - 18 - 12) / 2  # the frame's padding: 6 pt a side
    return _platypus(story, margin)


@pytest.mark.parametrize("draw", [_sheet_dash, _platypus_dash])
def test_a_dash_opening_a_line_broken_off_mid_phrase_runs_on_in_the_entry(draw) -> None:
    outline = dict(_outline(_parse(draw())))
    # two dashes at one indent are a list of their own, whatever the line over them ends with
    assert outline["Key Highlights"] == [*DASH_ITEMS, SUB_INTRO, *SUBS]


# --- a table's banner title wrapped onto a second line ------------------------------------------------

HIGHLIGHTS = [
    "One newly confirmed case in the past 24 hours, linked to a known contact.",
    "A total of 1,554 contacts are being followed up; the follow-up rate was 96%.",
]
# the first line too long for a heading, the second too terse for a caption on its own
BANNER_LINES = [
    "Contact Tracing, Alert Handling, Evacuation, Burial and Laboratory Summaries for the Districts as of 1st",
    "November at 22:00 HRS",
]
BANNER = " ".join(BANNER_LINES)
COLUMNS = ["", "MUB", "KAS", "KAG", "KYE", "Total"]
ROWS = [
    ["Contacts listed", "2", "24", "0", "15", "41"],
    ["Contacts under follow-up", "557", "525", "8", "357", "1447"],
    ["Alerts received", "40", "59", "2", "16", "117"],
    ["Alerts evacuated", "20", "18", "0", "2", "40"],
    ["Samples tested", "28", "27", "4", "9", "68"],
]
ACTIONS = "Partners are implementing several outbreak control interventions in the affected districts."


def _sheet_banner() -> bytes:
    """Canvas: a list ending page 1; page 2 opens with a bold banner, centred and shaded, wrapped onto a
    second line, right over a ruled table of figures."""
    s = Sheet(size=10.5)
    s.line("District Outbreak Situation Report 41", font=BOLD, size=16)
    s.heading("Key Highlights")
    for t in HIGHLIGHTS:
        s.bullet([t])
    s.new_page()
    s.c.setFillColor(colors.Color(0.55, 0.1, 0.1))
    s.c.rect(s.left - 4, s.y - 20, s.right - s.left + 8, 36, stroke=0, fill=1)
    s.c.setFillColor(colors.white)
    for t in BANNER_LINES:
        s.c.setFont(BOLD, 12)
        s.c.drawCentredString(WIDTH / 2, s.y, t)
        s.y -= 14
    s.c.setFillColor(colors.black)
    s.y -= 14
    s.table([s.left, s.left + 160, s.left + 210, s.left + 260, s.left + 310, s.left + 360], [[[c] for c in COLUMNS]])
    s.y += 10
    for row in ROWS:
        s.table([s.left, s.left + 160, s.left + 210, s.left + 260, s.left + 310, s.left + 360], [[[c] for c in row]])
        s.y += 10
    s.heading("Actions to date")
    s.para([ACTIONS])
    return s.pdf()


def _platypus_banner() -> bytes:
    """Platypus: the banner a centred bold paragraph that wraps in the frame, over a gridded table."""
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10.5, leading=14)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20, spaceAfter=10)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    banner = ParagraphStyle("bn", fontName=BOLD, fontSize=12, leading=14, alignment=TA_CENTER, spaceAfter=6)
    table = Table([COLUMNS, *ROWS], colWidths=[150, 50, 50, 50, 50, 50])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story = [
        Paragraph("District Outbreak Situation Report 41", title),
        Paragraph("Key Highlights", head),
        ListFlowable([ListItem(Paragraph(escape(t), body)) for t in HIGHLIGHTS], bulletType="bullet", start="•"),
        PageBreak(),
        Paragraph(escape(BANNER), banner),
        table,
        Paragraph("Actions to date", head),
        Paragraph(escape(ACTIONS), body),
    ]
    width = stringWidth(BANNER_LINES[0], BOLD, 12) + 8  # " November" does not fit: the banner wraps there
    return _platypus(story, margin=(WIDTH - width - 12) / 2)


@pytest.mark.parametrize("draw", [_sheet_banner, _platypus_banner])
def test_a_banner_wrapped_over_a_table_of_figures_is_its_caption(draw) -> None:
    outline = _outline(_parse(draw()))
    assert outline == [("Key Highlights", HIGHLIGHTS), ("Actions to date", [ACTIONS])]


# --- a row label broken off mid-phrase ----------------------------------------------------------------

AUDIO = "Three mobile audio systems continue to mobilise communities in two districts, in addition to two film vans."
AUDIO_LINES = [
    "Three mobile audio systems continue to mobilise communities in two districts, in",
    "addition to two film vans.",
]
PILLARS = [
    (["Coordination"], ["Daily task force meetings within all affected districts.", "Partners met on logistics."]),
    (
        ["Surveillance &", "Contact tracing"],
        ["Total contacts under follow up are 1,554 in eight districts.", "Alerts validated today were 121."],
    ),
    # the label's last line hangs below the entry beside it, at the foot of the page
    (["Risk", "Communication &", "Public Awareness"], [AUDIO]),
]
NEXT = (["Logistics"], ["New treatment unit opened for use.", "Distribution of protective supplies is ongoing."])


def _expected() -> list[tuple[str | None, list[str]]]:
    return [(" ".join(label), entries) for label, entries in [*PILLARS, NEXT]]


def _sheet_labels() -> bytes:
    """Canvas: italic labels set flush right in a narrow left column, bullet glyphs in the right one; the
    last row of page 1 sits at the foot of the page and its label runs a line past its one entry."""
    s = Sheet(size=10.5)
    s.line("District Outbreak Situation Report 41", font=BOLD, size=16)
    s.gap()
    label_right, glyph_x, text_x = s.left + 80, s.left + 110, s.left + 124

    def row(label: list[str], entries: list[str]) -> None:
        top = s.y
        for n, t in enumerate(label):
            s.c.setFont(ITALIC, s.size)
            s.c.drawRightString(label_right, top - n * s.lead, t)
        for t in entries:
            s.text(glyph_x, s.y, "•")
            for part in AUDIO_LINES if t == AUDIO else [t]:
                s.line(part, text_x)
        s.y = min(s.y, top - len(label) * s.lead) - 4

    for label, entries in PILLARS[:2]:
        row(label, entries)
    s.y = 90 + 2 * s.lead  # the last row at the foot of the page
    row(*PILLARS[2])
    s.new_page()
    row(*NEXT)
    return s.pdf()


def _platypus_labels() -> bytes:
    """Platypus: a two-column table, the label cells right-aligned italic paragraphs, the entry cells
    bulleted paragraphs, cells set at their top; the last row of page 1 fills it to the foot."""
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10.5, leading=14, leftIndent=12, bulletIndent=0)
    label = ParagraphStyle("l", fontName=ITALIC, fontSize=10.5, leading=14, alignment=TA_RIGHT)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20, spaceAfter=10)

    def table(rows: list[tuple[list[str], list[str]]]) -> Table:
        cells = [
            [
                Paragraph("<br/>".join(escape(t) for t in lines), label),
                [Paragraph(escape(t), body, bulletText="•") for t in entries],
            ]
            for lines, entries in rows
        ]
        t = Table(cells, colWidths=[120, 360])
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (0, -1), 24)]
        t.setStyle(TableStyle([*style, ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
        return t

    first = table(PILLARS)
    _, height = first.wrap(480, HEIGHT)
    # room above the table so that it ends at the foot of the frame
    room = HEIGHT - 2 * 72 - 12 - 30 - height
    story = [Paragraph("District Outbreak Situation Report 41", title), Spacer(1, room), first, PageBreak()]
    story.append(table([NEXT]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("draw", [_sheet_labels, _platypus_labels])
def test_a_row_label_broken_off_mid_phrase_goes_on_below_the_text_beside_it(draw) -> None:
    outline = [(h, items) for h, items in _outline(_parse(draw())) if h or items]
    assert outline == _expected()
