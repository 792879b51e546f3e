"""A small table of figures set inside the left column of a two-column PDF page, under a point whose sentence
wraps onto a second line right over the table; the right column is short and ends with the sign-off, one of
its lines level with the table's header. The table holds its place in its column: the left column is read
whole before the right one, the point keeps its last line, the line of the other column is no cell of the
table, and the sign-off ("Med helsing", the name, the post, the note that the document is approved
electronically) closes the report. Two layouts: platypus frames and lines drawn on a canvas.
"""

from __future__ import annotations

import io

import pytest
from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

WRAPPED = "290 personar er evakuerte frå bustader i dei mest rasutsette områda i fylket."
LEFT = {
    "Samandrag": ["26 kommunar har sett krisestaben sin.", "Det er ikkje meldt om alvorleg skadde personar."],
    "Konsekvensar i kommunane": [WRAPPED],
    "Kritisk infrastruktur": ["Tre vassverk går på aggregat etter straumbrotet.", "Fleire vegar er stengde."],
    "Innsats og tiltak": ["Sivilforsvaret har sett inn 109 mannskap.", "Heimevernet hjelper til med vakthald."],
}
RIGHT = {"Vidare arbeid": ["Neste samordningsmøte med kommunane er 15. januar kl. 10.00."]}
SIGN_OFF = [
    "Neste situasjonsrapport vert send ut onsdag 15. januar kl. 12.00.",
    "Med helsing",
    "Kari Nordal",
    "beredskapsdirektør",
    "Dokumentet er elektronisk godkjent",
]
TABLE = [["Kommune", "Straumlause kundar", "Stengde vegar"], ["Kinn", "2 856", "5"], ["Askvoll", "1 512", "3"]]
TABLE += [["Fjaler", "1 176", "2"], ["Solund", "840", "1"]]
TITLE = "Situasjonsrapport nr. 1 – ekstremvêret «Ingrid»"


def _platypus() -> bytes:
    buf = io.BytesIO()
    w, h = A4
    col = (w - 112 - 24) / 2
    doc = BaseDocTemplate(buf, pagesize=A4, invariant=1)
    frames = [Frame(56, h - 110, w - 112, 60, id="top"), Frame(56, 60, col, h - 180, id="left")]
    frames.append(Frame(56 + col + 24, 60, col, h - 180, id="right"))
    doc.addPageTemplates([PageTemplate("page", frames)])
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=19)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=11.5, leftIndent=10, bulletIndent=0)
    plain = ParagraphStyle("p", fontName=REGULAR, fontSize=9, leading=11.5, spaceBefore=6)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=7.5, leading=9)
    table = Table([[Paragraph(t, cell) for t in row] for row in TABLE], colWidths=[col * 0.36, col * 0.34, col * 0.3])
    table.setStyle(
        TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999"), ("BACKGROUND", (0, 0), (-1, 0), "#E6EEF5")])
    )
    story = [Paragraph(TITLE, title), FrameBreak()]
    for heading, items in LEFT.items():
        story += [Paragraph(heading, head), *(Paragraph(t, body, bulletText="•") for t in items)]
        if WRAPPED in items:
            story.append(table)
    story.append(FrameBreak())
    for heading, items in RIGHT.items():
        story += [Paragraph(heading, head), *(Paragraph(t, body, bulletText="•") for t in items)]
    story += [Paragraph(t, plain) for t in SIGN_OFF]
    doc.build(story)
    return buf.getvalue()


def _canvas() -> bytes:
    s = Sheet(size=9)
    s.line(TITLE, font=BOLD, size=15)
    s.gap(1.5)
    top = s.y
    s.left, s.right = 56, 280
    table_top = None
    for heading, items in LEFT.items():
        s.heading(heading, size=11)
        for t in items:
            if t == WRAPPED:
                cut = t.rindex(" ", 0, 46)
                s.bullet([t[:cut], t[cut + 1 :]], indent=10)
                s.size, s.lead, table_top = 7.5, 11, s.y
                s.table([56, 136, 206], [[[c] for c in row] for row in TABLE], header_font=REGULAR)
                s.size, s.lead = 9, 12.5
                s.gap()
            else:
                s.bullet([t], indent=10)
    s.y, s.left, s.right = top, 310, 540
    for heading, items in RIGHT.items():
        s.heading(heading, size=11)
        for t in items:
            cut = t.rindex(" ", 0, 36)
            s.bullet([t[:cut], t[cut + 1 :]], indent=10)
    s.gap()
    for n, t in enumerate(SIGN_OFF):
        if n == len(SIGN_OFF) - 1 and table_top is not None:
            s.y = table_top + 2  # level with the table's header row
        s.line(t, size=8 if n == len(SIGN_OFF) - 1 else 9)
        s.gap(0.6 if n in (0, 1) else 0)  # the next-report line, the close and the name set apart
    return s.pdf()


@pytest.mark.parametrize("make", [_platypus, _canvas], ids=["platypus-frames", "canvas"])
def test_a_table_inside_one_column_holds_its_place_and_the_other_column_follows(make) -> None:
    report: Report = parse_bytes(make(), "situasjonsrapport.pdf")[0]
    sections = {**LEFT, **RIGHT}
    assert [s.heading for s in report.sections if s.heading] == list(sections)
    assert [[i.text for i in s.items] for s in report.sections if s.heading] == list(sections.values())
    assert report.tables and report.tables[0].rows >= 4
