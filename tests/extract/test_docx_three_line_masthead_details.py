"""A Word report whose masthead takes three lines set as headings or in bold (the council, the incident, "Situation
report 2") over its details table ("Date | 4 March 2026, 4pm", "Prepared by | …", "Distribution | …"): the table is
the masthead's, its date the report's, and whom it was prepared by and goes to are no points."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

HEAD = ["North Kesteven District Council", "Waste services industrial action", "Situation report 2"]
FIELDS = [("Date", "4 March 2026, 4pm"), ("Prepared by", "Head of Environmental Services"),
          ("Distribution", "Chief Executive, Leader, Cabinet Member for Environment")]  # fmt: skip
SECTIONS = [("Summary", ["32 collection rounds have been missed since the strike began."]),
            ("Next steps", ["Talks with the unions resume on 6 March."])]  # fmt: skip


def _word(styled: bool) -> bytes:
    d = docx.Document()
    for line in HEAD:
        if styled:
            d.add_heading(line, 1)
        else:
            d.add_paragraph().add_run(line).bold = True
    table = d.add_table(rows=len(FIELDS), cols=2)
    for row, (label, value) in zip(table.rows, FIELDS, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    for heading, points in SECTIONS:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("styled", [True, False], ids=["heading styles", "bold lines"])
def test_the_details_table_under_three_masthead_lines_is_the_masthead(styled: bool) -> None:
    report = parse_bytes(_word(styled), "sitrep-2.docx")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.date == date(2026, 3, 4)
