"""A number grid set at the top of one column of a two-column page, level with the points of the other
column, holds only its own cells: the points beside it stay the section's items. A sentence in small print
level with the page number in the foot of the page ("For emergency help … call 132 500.") is the footer's.

Two layouts: the grid in the right column beside the left column's points, and the grid in the left column
beside the right column's points.
"""

from __future__ import annotations

import textwrap

import pytest
from pdf_sheets import BOLD, WIDTH, Sheet

from sitroom.read import parse_bytes

POINTS = [
    "Major flooding is occurring on the Orara River at Glenreagh.",
    "10 Emergency Warnings and 27 Watch and Act warnings are current.",
    "Up to 123 mm of rain fell in the 24 hours to 9 am.",
    "A further 61 mm of rain is forecast for the ranges.",
]
GRID = [("Unit", "RFAs", "Rescues"), ("Grafton", "269", "11"), ("Lismore", "189", "6"), ("Maclean", "140", "4"),
        ("Casino", "105", "3"), ("Total", "703", "24")]  # fmt: skip
FOOTER = "For emergency help in floods and storms call the SES on 132 500. In life threatening emergencies call 000."


def _pdf(grid_right: bool) -> bytes:
    s = Sheet(size=9.5)
    s.line("OPERATIONAL UPDATE #3", font=BOLD, size=16)
    s.gap()
    top = s.y
    text_x, grid_x = (s.left, WIDTH / 2 + 10) if grid_right else (WIDTH / 2 + 10, s.left)
    s.line("SITUATION", x=text_x, font=BOLD, size=11)
    for point in POINTS:
        s.text(text_x + 4, s.y, "•")
        for part in textwrap.wrap(point, 48):
            s.line(part, x=text_x + 14)
    y = top
    for row in GRID:
        for dx, cell in zip((0, 90, 150), row, strict=True):
            s.text(grid_x + dx, y, cell, size=8.5)
        y -= 16
    s.text(s.left, 40, FOOTER, size=6.5)
    s.text(s.right - 40, 40, "Page 1 of 1", size=6.5)
    return s.pdf()


@pytest.mark.parametrize("grid_right", [True, False])
def test_points_beside_a_grid_in_the_other_column_stay_items(grid_right: bool) -> None:
    report = parse_bytes(_pdf(grid_right), "update-3.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == [("SITUATION", POINTS)]
    assert len(report.tables) == 1
