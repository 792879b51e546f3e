"""A report form's grid of fields, drawn with its borders: each row a bold label beside its plain value, or two
such pairs ("Incident ref. | TC-2026-66 | Status | Active"), labels wrapping in their cells. The fields are the
report's particulars: left out of the text and counted, the report's number and date still read from them. The
tick boxes of a field ("Alert level: ☐ Green ☒ Amber ☐ Red") are the form's, no point. The sections under the
grid read as usual.

Layouts: two pairs a row (labels in two languages, wrapping), one pair a row, a grid after a sender's name set
as the title with the report's name under it, and sections set as boxes under the grid, each title on a shaded bar
alone on its row (a bar names the points under it, not a row beside it)."""

from __future__ import annotations

import io

import pytest
from pdf_sheets import dejavu
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

FIELDS = [
    ("Incident ref. / Naba ni leqa", "TC-2026-66/BUA"),
    ("Status / Ituvaki", "Active"),
    ("Reporting period", "10 – 12 January 2026"),
    ("Report no.", "4"),
    ("Province", "Bua"),
    ("Prepared by", "Sevanaia Koroi, Roko Tui"),
]
SECTIONS = {
    "Summary": ["The evacuation centres opened on 8 January remain open."],
    "Damage": ["329 houses are damaged or destroyed.", "Dalo gardens are flattened."],
    "Next steps": ["The disaster committee meets on 14 January."],
}


def _boxes(styles) -> list:
    """Each section a box: its title bold on a shaded bar alone on its row, its points in the row under it."""
    out = []
    for heading, points in SECTIONS.items():
        bullets = [Paragraph(f"• {p}", styles["Normal"]) for p in points]
        style = [("BOX", (0, 0), (-1, -1), 0.6, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black")]
        style += [("BACKGROUND", (0, 0), (-1, 0), "#dddddd"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
        out += [Table([[heading], [bullets]], colWidths=[360], style=TableStyle(style)), Spacer(1, 8)]
    return out


def _pdf(pairs_per_row: int, sender: bool, boxed: bool = False) -> bytes:
    styles = getSampleStyleSheet()
    label = ParagraphStyle("label", parent=styles["Normal"], fontName="Helvetica-Bold", fontSize=8, leading=9)
    value = ParagraphStyle("value", parent=styles["Normal"], fontName=dejavu()[0], fontSize=9)
    rows, row = [], []
    for name, text in FIELDS:
        row += [Paragraph(name, label), Paragraph(text, value)]
        if len(row) == 2 * pairs_per_row:
            rows.append(row)
            row = []
    widths = [70, 110, 70, 110] if pairs_per_row == 2 else [140, 220]
    grid = Table(rows, colWidths=widths, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black")]))
    story = [Paragraph("Bua Provincial Office", styles["Title"])]
    story += [Paragraph("Situation Report", styles["Normal"])] if sender else []
    story += [Spacer(1, 8), grid, Spacer(1, 6), Paragraph("Alert level: ☐ Green ☐ Amber ☒ Red", value)]
    for heading, points in SECTIONS.items() if not boxed else ():
        story.append(Paragraph(heading, styles["Heading2"]))
        story.append(ListFlowable([ListItem(Paragraph(p, styles["Normal"])) for p in points], bulletType="bullet"))
    story += _boxes(styles) if boxed else []
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("pairs", "sender", "boxed"),
    [(2, False, False), (1, False, False), (2, True, False), (2, False, True)],
    ids=["two-pairs", "one-pair", "sender", "boxed-sections"],
)
def test_the_grid_of_fields_gives_particulars_not_points(pairs: int, sender: bool, boxed: bool) -> None:
    report = parse_bytes(_pdf(pairs, sender, boxed), "form.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == list(
        SECTIONS.items()
    )
    assert report.number == 4
    assert any("form field cell" in w or "details table cell" in w for w in report.warnings)
