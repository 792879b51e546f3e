"""A report laid out in a spreadsheet and printed to PDF: a column of section names in bold, each centred in a
cell merged over the rows of its points, and a column of points, one to a ruled row, with or without a column
of row numbers before them. Each section name heads the points of its own cell, wherever its middle falls
among them; a name that wraps is one heading; the row numbers are none of the report.

Two layouts: with the row numbers and without.
"""

from __future__ import annotations

import pytest
from pdf_sheets import BOLD, Sheet

from sitroom.read import parse_bytes

SECTIONS = [
    (["Summary"], ["River levels at the bridge reached the danger mark.", "Residents evacuated: 634."]),
    (["Weather", "forecast"], ["Rain is expected to continue until 10 April."]),
    (
        ["Impacts"],
        ["The district road is closed.", "Houses flooded: 331.", "Homes without electricity: 467."],
    ),
    (["Response"], ["Sandbags filled: 19,049.", "Schools opened as temporary shelters."]),
]
ROW = 22.0


def _grid(numbered: bool) -> bytes:
    sheet = Sheet(size=10)
    sheet.line("FLOOD SITUATION REPORT No 1", font=BOLD, size=13)
    sheet.gap(2)
    left, label_x, text_x, right = 56.0, 84.0 if numbered else 60.0, 200.0, 540.0
    y = sheet.y
    sheet.rule(y + ROW - 6, left, right)
    for n, (label, points) in enumerate(SECTIONS, start=1):
        top = y + ROW - 6
        for k, point in enumerate(points):
            sheet.text(text_x, y - k * ROW, point)
            sheet.rule(y - k * ROW - 6, text_x - 4, right)  # each point's row
        bottom = y - (len(points) - 1) * ROW - 6
        middle = (top + bottom) / 2
        for k, word in enumerate(label):  # the name centred in its merged cell, wrapped on a line or two
            sheet.text(label_x, middle - 3 + (len(label) - 1) * 6 - k * 12, word, BOLD)
        if numbered:
            sheet.text(left + 6, middle - 3, str(n))
        sheet.rule(bottom, left, right)  # the section's cell ends across the grid
        y = bottom - ROW + 6
    sheet.y = y
    return sheet.pdf()


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "plain"])
def test_each_section_name_heads_the_points_of_its_cell(numbered: bool) -> None:
    report = parse_bytes(_grid(numbered), "sheet.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [
        (" ".join(label), points) for label, points in SECTIONS
    ]
