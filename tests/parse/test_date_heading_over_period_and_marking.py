"""A cover set as headings: the report's title, its day as a heading ("Monday 29 December 2025 – position at
08:00"), the period it covers ("Reporting period: the 24 hours to 08:00") and the marking ("OFFICIAL-SENSITIVE")
under it, then the sections. The day, the period and the marking are the masthead, not a section with a point.
A day heading over points of its own (a log's day) still heads them.

Two layouts: a Word document with heading styles and a Markdown page.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

COVER = ["Monday 29 December 2025 – position at 08:00", "Reporting period: the 24 hours to 08:00", "OFFICIAL-SENSITIVE"]
SECTIONS = {
    "System overview": ["46 escalation beds are open across the acute trusts."],
    "Workforce": ["Staff sickness across providers is 7%."],
}


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("Daily System Situation Report 1", level=1)
    d.add_heading(COVER[0], level=2)
    d.add_paragraph(COVER[1])
    d.add_paragraph(COVER[2])
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=2)
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown() -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {i}\n" for i in items) + "\n" for h, items in SECTIONS.items())
    return f"# Daily System Situation Report 1\n\n## {COVER[0]}\n\n{COVER[1]}\n\n{COVER[2]}\n\n{body}".encode()


@pytest.mark.parametrize(("make", "name"), [(_word, "sitrep.docx"), (_markdown, "sitrep.md")])
def test_the_day_period_and_marking_are_the_masthead(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == SECTIONS
    assert report.date == date(2025, 12, 29)
