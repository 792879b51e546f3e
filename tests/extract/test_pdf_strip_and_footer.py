"""A key-figures strip (big figures with small labels under or over them) is a figures grid: no heading, no
item, counted as a table, and neither it nor the "Issued …" line under the title goes into the title. A
footer of the organisation's name, the protective marking and "Page x of y" is furniture, on a one-page
report too. Drawn on a canvas and laid out with platypus."""

from __future__ import annotations

import io

from pdf_sheets import BOLD, REGULAR, Sheet
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.model import Report
from sitroom.read import parse_bytes

TITLE = "Supply Interruption – Incident Update 3"
ISSUED = "Issued 06:00, 11 July 2023 · Next update 18:00"
FIGURES = [("1,745", "customers without supply"), ("26", "crews deployed"), ("12 July", "expected restoration")]
ORG = "Fellside Water"
SECTIONS = {
    "Situation": ["Low pressure is affecting a further 779 properties.", "Demand is running above capacity."],
    "Next steps": ["Flush the mains in the upper zone tonight.", "Brief the council at the morning call."],
}


def _parse(data: bytes) -> Report:
    return parse_bytes(data, "generated.pdf")[0]


def _check(report: Report) -> None:
    assert report.title == TITLE
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == SECTIONS
    assert all(s.heading for s in report.sections if s.items)  # nothing before the first heading
    texts = " ".join(i.text for i in report.items())
    for value, label in FIGURES:
        assert value not in [s.heading for s in report.sections]
        assert label not in texts
    for furniture in (ORG, "OFFICIAL", "Page 1"):
        assert furniture not in texts
    assert report.tables  # the strip is counted, not lost silently


def test_a_strip_of_boxed_figures_on_a_canvas_and_its_footer_are_left_out() -> None:
    s = Sheet(size=9.5)
    w = s.right - s.left
    s.line(TITLE, font=BOLD, size=15)
    s.line(ISSUED, size=9)
    s.gap()
    box = (w - 20) / 3
    for n, (value, label) in enumerate(FIGURES):
        x = s.left + n * (box + 10)
        s.c.setFillColor(HexColor("#E0F0F3"))
        s.c.rect(x, s.y - 44, box, 62, stroke=0, fill=1)
        s.c.setFillColor(HexColor("#000000"))
        s.text(x + 8, s.y, value, BOLD, 19)
        s.text(x + 8, s.y - 18, label, REGULAR, 8)
    s.y -= 80
    for heading, items in SECTIONS.items():
        s.heading(heading, size=12.5)
        for t in items:
            s.bullet([t], indent=0)
    s.text(s.left, 24, f"{ORG} · Incident update 3", REGULAR, 7.5)
    s.c.drawCentredString(300, 24, "OFFICIAL – SENSITIVE")
    s.c.drawRightString(s.right, 24, "Page 1 of 1")
    _check(_parse(s.pdf()))


def test_a_strip_of_labels_over_figures_in_a_platypus_table_and_its_footer_are_left_out() -> None:
    buf = io.BytesIO()

    def footer(c, d) -> None:
        c.setFont(REGULAR, 7.5)
        c.drawString(56, 20, ORG)
        c.drawCentredString(A4[0] / 2, 20, "OFFICIAL")
        c.drawRightString(A4[0] - 56, 20, f"Page {d.page} of 1")

    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, leftMargin=56, rightMargin=56)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)
    meta = ParagraphStyle("m", fontName=REGULAR, fontSize=9, leading=12, spaceAfter=12)
    label = ParagraphStyle("l", fontName=REGULAR, fontSize=8, leading=10)
    value = ParagraphStyle("v", fontName=BOLD, fontSize=20, leading=24)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=13)
    strip = Table(
        [[Paragraph(lab, label) for _, lab in FIGURES], [Paragraph(v, value) for v, _ in FIGURES]],
        colWidths=[150] * len(FIGURES),
    )
    strip.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HexColor("#EEF2F4"))]))
    story = [Paragraph(TITLE, title), Paragraph(ISSUED, meta), strip, Spacer(1, 10)]
    for heading, items in SECTIONS.items():
        story.append(Paragraph(heading, head))
        story += [Paragraph(t, body, bulletText="•") for t in items]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    _check(_parse(buf.getvalue()))


def test_a_strip_of_centred_figures_with_a_dash_for_one_not_yet_known_is_left_out() -> None:
    """A dashboard's tiles centre each figure over its label, and set a dash where a figure is not yet
    known: the label under each figure is its own, even where a wider label of the next tile starts in the
    figure's column, and the dash is a figure of the strip."""
    tiles = [("174", "Confirmed cases"), ("–", "Hospitalized"), ("0", "Deaths"), ("2", "Counties with cases")]
    s = Sheet(size=9.5)
    w = s.right - s.left
    s.line(TITLE, font=BOLD, size=15)
    s.line(ISSUED, size=9)
    s.gap()
    box = (w - 30) / 4
    for n, (value, label) in enumerate(tiles):
        x = s.left + n * (box + 10)
        s.c.setFillColor(HexColor("#E8EEF6"))
        s.c.rect(x, s.y - 30, box, 56, stroke=0, fill=1)
        s.c.setFillColor(HexColor("#000000"))
        s.c.setFont(BOLD, 22)
        s.c.drawCentredString(x + box / 2, s.y, value)
        s.c.setFont(REGULAR, 8.5)
        s.c.drawCentredString(x + box / 2, s.y - 18, label)
    s.y -= 70
    for heading, items in SECTIONS.items():
        s.heading(heading, size=12.5)
        for t in items:
            s.bullet([t], indent=0)
    report = _parse(s.pdf())
    assert {x.heading: [i.text for i in x.items] for x in report.sections} == SECTIONS
    texts = [i.text for i in report.items()]
    assert not {label for _, label in tiles} & set(texts)
    assert report.tables
