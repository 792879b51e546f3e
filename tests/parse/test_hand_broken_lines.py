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


@pytest.mark.parametrize("mark", ["·         ", "- ", "• ", "* "])
def test_a_bare_line_after_a_blank_line_heads_the_list_under_it(mark: str) -> None:
    """What a mail's plain text keeps of its bold headings: a short line with no punctuation after a blank
    line, the points straight under it; whatever its words."""
    text = (
        "Hi all,\n\nPlease see today's update below.\n\n"
        f"Today's collections\n{mark}21 of our 42 rounds went out this morning.\n{mark}The tip is open.\n\n"
        f"Missed collections\n{mark}2,721 missed bin reports came in.\n\n"
        f"Things keeping us awake\n{mark}Agency drivers do not know the rural routes.\n"
    )
    report = parse_text(text, "update.txt")
    headed = [(s.heading, len(s.items)) for s in report.sections if s.heading]
    assert headed == [("Today's collections", 2), ("Missed collections", 1), ("Things keeping us awake", 1)]
