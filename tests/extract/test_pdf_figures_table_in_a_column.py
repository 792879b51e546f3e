"""A table of figures set in one column of a two-column page, level with the title, the masthead and the first
section in the other column (a spreadsheet's sheet exported to PDF, a newsletter's "Key figures" box): the table's
rows are the table's, and the lines beside them are the report's, its title and first heading among them. Drawn in
two layouts: the table in the right column level with the top of the left, and in the left column level with the
right one's first sections (its caption a line below their first heading)."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TITLE = "Avian Influenza – Daily Sitrep"
FIGURES = [("Measure", "Today", "Yesterday"), ("Birds housed indoors", "361", "359"), ("Bird deaths", "25", "4"),
           ("Swabs taken", "128", "68"), ("Visitors", "2,858", "2,458")]  # fmt: skip
SECTIONS = [
    ("Summary", ["The bird areas of the zoo remain closed to visitors.", "H5N1 was confirmed in a dead pelican."]),
    ("Current position", ["361 birds are now housed indoors."]),
    ("Staff", ["Keepers change protective clothing between bird houses."]),
    ("Risks", ["The risk of staff infection is increasing."]),
]


def _column(c: canvas.Canvas, x: float, y: float, sections: list) -> float:
    for heading, points in sections:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x, y, heading)
        y -= 16
        c.setFont("Helvetica", 9)
        for p in points:
            c.drawString(x, y, p)
            y -= 14
        y -= 8
    return y


def _table(c: canvas.Canvas, x: float, y: float) -> None:
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x, y, "Key figures")
    for n, row in enumerate(FIGURES):
        y -= 16
        c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 9)
        for dx, cell in zip((0, 120, 175), row, strict=True):
            c.drawString(x + dx, y, cell)


def _pdf(table_right: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    left, right = 40, 310
    c.setFont("Helvetica-Bold", 15)
    c.drawString(left, 800, TITLE)
    c.setFont("Helvetica", 9)
    c.drawString(left, 784, "Day 5 · Monday 23 November 2026")
    if table_right:
        _table(c, right, 800)
        _column(c, left, 756, SECTIONS[:2])
        _column(c, right, 690, SECTIONS[2:])
    else:
        _column(c, right, 756, SECTIONS[:2])
        _table(c, left, 744)
        _column(c, left, 640, SECTIONS[2:])
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("table_right", [True, False], ids=["table right", "table left"])
def test_the_figures_are_a_table_and_the_text_beside_them_the_report(table_right: bool) -> None:
    report = parse_bytes(_pdf(table_right), "sheet.pdf")[0]
    assert report.title == TITLE
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    # read column by column: the left column's sections first
    assert got == (SECTIONS if table_right else [*SECTIONS[2:], *SECTIONS[:2]])
    assert report.tables
