"""Decimal sub-headings in bold body text, one-line paragraphs set close in justified text, and returns
laid out as one table with a row per section: each drawn in two layouts (reportlab canvas and platypus)."""

from __future__ import annotations

import io
from html import escape

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "Riverside District Council Flood Situation Report 3"
# (heading, sentences): each sentence is one short paragraph of its own
SECTIONS = [
    ("1 Situation", ["River levels are falling but remain above normal.", "Road closures: 4 across the district."]),
    ("2 Operations", []),
    (
        "2.1 Impacts",
        ["Bus services are diverted around the closed roads.", "12 schools are closed by flooding or access problems."],
    ),
    ("2.2 Response", ["Pumping continues at Marsh End with four pumps.", "Mutual aid has come from two councils."]),
    ("3 Recovery", ["A recovery drop-in opens at the village hall.", "Costs to date are estimated at £366,000."]),
]
WRAPPED = (
    "Contaminated water in homes poses a health risk to residents returning to their homes this week, "
    "and advice leaflets with cleaning kits are being handed out by public health colleagues."
)


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _sheet_decimal() -> bytes:
    """Canvas: bold body-size headings, each paragraph one line, 4 pt under headings and paragraphs alike
    (so that no spacing of wrapped lines recurs on the page)."""
    s = Sheet(size=10.5)
    s.line(TITLE, font=BOLD, size=16)
    s.gap()
    for heading, sentences in SECTIONS:
        s.gap(0.6)
        s.line(heading, font=BOLD)
        s.y -= 4
        for t in sentences:
            s.line(t)
            s.y -= 4
    # one paragraph that wraps, as justified text does, mid-sentence
    s.line("Contaminated water in homes poses a health risk to residents returning to their homes this")
    s.line("week, and advice leaflets with cleaning kits are being handed out by public health colleagues.")
    return s.pdf()


def _platypus_decimal() -> bytes:
    """Platypus: justified paragraphs with 4 pt after, bold body-size headings with space before."""
    head = ParagraphStyle("h", fontName=BOLD, fontSize=10, leading=13, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=4, alignment=TA_JUSTIFY)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=19, spaceAfter=8)
    story = [Paragraph(escape(TITLE), title)]
    for heading, sentences in SECTIONS:
        story.append(Paragraph(escape(heading), head))
        story += [Paragraph(escape(t), body) for t in sentences]
    story.append(Paragraph(escape(WRAPPED), body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("draw", [_sheet_decimal, _platypus_decimal])
def test_a_bold_decimal_sub_heading_heads_the_one_line_paragraphs_under_it(draw) -> None:
    report = _parse(draw())
    assert [s.heading for s in report.sections if s.heading] == [h for h, _ in SECTIONS]
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    for heading, sentences in SECTIONS:
        # "2.1 Impacts" is not an item "Impacts Bus services …", and one-line paragraphs stay apart
        assert got[heading][: len(sentences)] == sentences
    assert got["3 Recovery"][-1] == WRAPPED


# ---------------------------------------------------------------- one-line paragraphs in pixel units

ONE_LINERS = [
    "Emergency respite beds are available at Oakwood Court.",
    "The carers' support line has answered 496 calls since opening.",
    "22 care homes are reporting cases among residents or staff.",
    "Day centres remain closed; staff are making welfare calls.",
]
RISK = (
    "Some providers report difficulty in getting staff tested quickly, and escalation of problem cases "
    "to the regional testing cell is now in place for every provider in the county."
)


def _html_print() -> bytes:
    """HTML printed by weasyprint, which lays out in CSS pixels: the font sizes pdfium reports are in
    pixels too (14 for 10.5 pt), so the space between paragraphs looks small beside the size."""
    from weasyprint import HTML

    css = "body { font: 10.5pt/1.35 Arial, sans-serif; } .h { font-weight: bold; margin: 12pt 0 4pt; }"
    css += " p.i { text-align: justify; margin: 0 0 5pt; width: 15cm; }"
    out = [f"<html><head><style>{css}</style></head><body><h1>{escape(TITLE)}</h1>"]
    out += ["<p class='h'>1 Summary of position</p>", *(f"<p class='i'>{escape(t)}</p>" for t in ONE_LINERS)]
    out += ["<p class='h'>2 Risks and issues</p>", f"<p class='i'>{escape(RISK)}</p>"]
    return HTML(string="".join(out)).write_pdf()


def _canvas_in_pixels() -> bytes:
    """A canvas scaled to pixels (0.75 pt each) as HTML printers write them: 14 px text, 19 px line
    pitch, 7 px after each paragraph."""
    s = Sheet()
    c = s.c
    c.scale(0.75, 0.75)
    y = (A4[1] - 80) / 0.75
    c.setFont(BOLD, 20)
    c.drawString(75, y, TITLE)
    y -= 40

    def line(text: str, font: str = REGULAR) -> None:
        nonlocal y
        c.setFont(font, 14)
        c.drawString(75, y, text)
        y -= 19

    line("1 Summary of position", BOLD)
    y -= 5
    for t in ONE_LINERS:
        line(t)
        y -= 7
    line("2 Risks and issues", BOLD)
    y -= 5
    line("Some providers report difficulty in getting staff tested quickly, and escalation of problem cases")
    line("to the regional testing cell is now in place for every provider in the county.")
    return s.pdf()


@pytest.mark.parametrize("draw", [_html_print, _canvas_in_pixels])
def test_a_line_ending_a_sentence_before_extra_space_ends_its_paragraph(draw) -> None:
    report = _parse(draw())
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert got["1 Summary of position"] == ONE_LINERS
    assert got["2 Risks and issues"] == [RISK]


# ---------------------------------------------------------------- a table with a row per section

ROWS = [
    ("Service delivery", ["Day centres remain closed; welfare calls continue.", "Meals delivered to 310 homes."]),
    ("Workforce", ["Staff absence is at 8% across the service."]),
    ("Recovery", ["Lessons learned review to be held in May."]),
    ("Communications", ["Weekly message sent to all staff."]),
]


def _platypus_rows() -> bytes:
    """A gridded, shaded table: header row "Area | Position this period", then heading cell | bullets."""
    cellhead = ParagraphStyle("ch", fontName=BOLD, fontSize=10, leading=12)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9.5, leading=12, spaceAfter=2)

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable(
            [ListItem(Paragraph(escape(t), body), leftIndent=12) for t in items],
            bulletType="bullet",
            start="•",
            leftIndent=12,
            bulletFontSize=9,
        )

    rows = [[Paragraph("Area", cellhead), Paragraph("Position this period", cellhead)]]
    rows += [[Paragraph(escape(h), cellhead), bullets(items)] for h, items in ROWS]
    width, _ = landscape(A4)
    table = Table(rows, colWidths=[160, width - 80 - 160])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ]
        )
    )
    title = ParagraphStyle("t", fontName=BOLD, fontSize=14, leading=18, spaceAfter=6)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=40, rightMargin=40, invariant=1).build(
        [Paragraph(escape(TITLE), title), table]
    )
    return buf.getvalue()


def _sheet_rows() -> bytes:
    """Canvas: a header row of bold column names, then each row's label beside its bullets, rules between rows."""
    s = Sheet(size=10)
    s.line(TITLE, font=BOLD, size=16)
    s.gap()
    label_x, text_x = 60, 220
    s.rule(s.y + 13)
    s.text(label_x, s.y, "Area", BOLD)
    s.text(text_x, s.y, "Position this period", BOLD)
    s.y -= 18
    s.rule(s.y + 13)
    for heading, items in ROWS:
        s.text(label_x, s.y, heading, BOLD)
        for t in items:
            s.text(text_x, s.y, "•")
            s.text(text_x + 12, s.y, t)
            s.y -= 13
        s.y -= 5
        s.rule(s.y + 13)
    return s.pdf()


@pytest.mark.parametrize("draw", [_platypus_rows, _sheet_rows])
def test_each_row_label_heads_its_row_and_the_column_names_are_no_section(draw) -> None:
    report = _parse(draw())
    assert [s.heading for s in report.sections if s.heading] == [h for h, _ in ROWS]
    got = {s.heading: [i.text for i in s.items] for s in report.sections}
    for heading, items in ROWS:
        assert got[heading] == items
