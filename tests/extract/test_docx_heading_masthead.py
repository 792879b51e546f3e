"""A Word report whose sender's name and title are set as headings over a details table: the headings and
the table are its masthead (the title is the line naming the report), not sections; the number and date
come from the table. With the table side by side or as labels over values."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "1. Situation": ["Control has taken 322 emergency calls in the last 24 hours."],
    "2. Operational response": ["Crews are pumping out 29 properties on the Marsh estate."],
}
FIELDS = [
    ("Incident", "Widespread flooding – major incident declared"),
    ("Report no.", "3"),
    ("Date / time", "15/01/2024 07:00"),
    ("Author", "Group Manager S. Okafor, Tactical Commander"),
]


def _document(shape: str) -> bytes:
    d = docx.Document()
    d.add_heading("NORTHSHIRE FIRE AND RESCUE SERVICE", level=1)
    d.add_heading("Tactical Situation Report – Severe Weather Response", level=1)
    if shape == "side by side":
        table = d.add_table(rows=len(FIELDS), cols=2)
        for row, (label, value) in zip(table.rows, FIELDS, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    else:
        table = d.add_table(rows=2, cols=len(FIELDS))
        for n, (label, value) in enumerate(FIELDS):
            table.rows[0].cells[n].text, table.rows[1].cells[n].text = label, value
    for heading, items in SECTIONS.items():
        d.add_heading(heading, level=2)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("shape", ["side by side", "labels over values"])
def test_headings_over_a_details_table_are_the_masthead(shape: str) -> None:
    report = parse_bytes(_document(shape), "sitrep.docx")[0]
    assert report.title == "Tactical Situation Report – Severe Weather Response"
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    assert report.number == 3
    assert report.date == date(2024, 1, 15)
