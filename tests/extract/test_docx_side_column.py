"""A Word page laid out as a table of one row (a narrow column of the sender's details beside the column holding the
report's headings and lists) is read as the report with its masthead: the side column's lines name and date the
report, none is a section or a point, and a small table of figures in it is kept as a table. Before, the side
column's lines came out as sections of their own. Layouts: the side column on the left with a table of figures in
it, on the right without one, and with its lines in bold or not."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

SIDE = ["Deichacht Groothusen", "Laagbericht Nr. 1", "14. Januaar 2026, 16:00 Klock", "Kontakt", "deekacht@example.net"]
SECTIONS = [
    ("In 't Kört", ["De Deken hebbt de Floot hollen."]),
    ("Weerutsichten", ["De DWD seggt för den 18. Januaar weer Storm vörut.", "Dat BSH rekent mit 273 cm."]),
    ("Kosten", ["De Insatz kost bit nu 69.000 €."]),
]


def _page(side_left: bool, figures: bool, bold: bool) -> bytes:
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    side, main = table.rows[0].cells if side_left else table.rows[0].cells[::-1]
    side.paragraphs[0].add_run(SIDE[0]).bold = True
    for line in SIDE[1:]:
        side.add_paragraph().add_run(line).bold = bold
    if figures:
        levels = side.add_table(rows=2, cols=2)
        for r, (gauge, level) in enumerate([("Emden", "312"), ("Leer", "287")]):
            levels.cell(r, 0).text, levels.cell(r, 1).text = gauge, level
    main.paragraphs[0].style = "Heading 2"
    for n, (heading, points) in enumerate(SECTIONS):
        if n:
            main.add_paragraph(heading, style="Heading 2")
        else:
            main.paragraphs[0].add_run(heading)
        for point in points:
            main.add_paragraph(point, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


LAYOUTS = {
    "left-with-figures": (True, True, True),
    "right-plain": (False, False, False),
    "left-plain": (True, False, False),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_the_side_column_is_the_masthead(layout: str) -> None:
    side_left, figures, bold = LAYOUTS[layout]
    report = parse_bytes(_page(side_left, figures, bold), "laagbericht.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.date == date(2026, 1, 14)
    assert len(report.tables) == int(figures)


def test_two_columns_of_sections_are_no_side_column() -> None:
    d = docx.Document()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    for cell, (heading, points) in ((left, SECTIONS[0]), (right, SECTIONS[1])):
        cell.paragraphs[0].style = "Heading 2"
        cell.paragraphs[0].add_run(heading)
        for point in points:
            cell.add_paragraph(point, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    report = parse_bytes(out.getvalue(), "two.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS[:2]
