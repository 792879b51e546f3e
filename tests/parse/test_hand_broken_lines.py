"""In plain text a line that ends well short of the margin, where the next line's first word would have
fitted, was broken by its writer, not by wrapping: a masthead of short lines (the report's name, its
week and date, who prepared it) stays lines of their own, while a paragraph wrapped at the margin is
still joined."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.read import parse_text

WRAPPED = (
    "- Twelve homes are still empty after last month's flooding, and their owners are staying with\n"
    "  relatives or in hotels that the council pays for until the drying out is finished.\n"
    "- The rest centre at the leisure centre closed on Friday after the last family moved out.\n"
)
JOINED = (
    "Twelve homes are still empty after last month's flooding, and their owners are staying with "
    "relatives or in hotels that the council pays for until the drying out is finished."
)
MASTHEADS = {
    "name, number and date, byline": (
        ["Flood Recovery Sitrep", "Report 4, 3 February 2024", "Prepared by the Recovery Cell"],
        "Flood Recovery Sitrep",
        date(2024, 2, 3),
    ),
    "name over its week line": (
        ["Highways Weekly Update", "Week 7 - 12 March 2024"],
        "Highways Weekly Update",
        date(2024, 3, 12),
    ),
}


@pytest.mark.parametrize("masthead", list(MASTHEADS))
def test_short_lines_at_the_top_are_not_one_paragraph(masthead: str) -> None:
    lines, title, day = MASTHEADS[masthead]
    report = parse_text("\n".join(lines) + "\n\nSituation\n" + WRAPPED, "update.txt")
    assert report.title == title
    assert report.date == day
    [section] = report.sections
    assert section.heading == "Situation"
    assert [i.text for i in section.items] == [
        JOINED,
        "The rest centre at the leisure centre closed on Friday after the last family moved out.",
    ]
