"""A return that sets its particulars under its title one field a line ("Lead officer: …", "Date: 6 April 2020",
"Return number: 1", "Distribution: …") keeps them in its masthead: they date and number the report, none is a point.
A section whose points are "Label: value" lines keeps them.

Two layouts: a Word return in the Normal style throughout (bold headings) and a plain-text return.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "Northfield Council – Children's Services: weekly return 3"
FIELDS = ["Lead officer: Jo Patel, Director, Children's Services", "Date: 20 April 2020", "Return number: 3",
          "Distribution: Gold group; partners"]  # fmt: skip
# a template's labels with an abbreviation's stop, the period given as a range of days
ABBREVIATED = ["Report No.: 3", "Period covered: 14 April to 20 April 2020", "Prepared by: Jo Patel"]
SECTIONS = {
    "Service position": ["6 residential beds are open at Elm House.", "Visits continue for children at risk."],
    "Staffing": ["Absence: 7%", "Agency staff: 12"],
}


def _word(fields: list[str] = FIELDS) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE)
    for line in fields:
        d.add_paragraph(line)
    for heading, items in SECTIONS.items():
        d.add_paragraph().add_run(heading).bold = True
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(fields: list[str] = FIELDS) -> bytes:
    body = "".join(f"{h}\n" + "".join(f"- {i}\n" for i in items) + "\n" for h, items in SECTIONS.items())
    return (f"{TITLE}\n" + "\n".join(fields) + "\n\n" + body).encode()


@pytest.mark.parametrize("fields", [FIELDS, ABBREVIATED], ids=["fields", "abbreviated labels"])
@pytest.mark.parametrize(("make", "name"), [(_word, "return.docx"), (_text, "return.txt")])
def test_the_particulars_are_the_masthead(make, name: str, fields: list[str]) -> None:
    report = parse_bytes(make(fields), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items} == SECTIONS
    assert (report.date, report.number) == (date(2020, 4, 20), 3)
