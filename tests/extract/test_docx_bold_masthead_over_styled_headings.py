"""A Word report that sets its sections in heading styles sets its masthead (who sends it, the report's
name, its issue and date) in bold lines of Normal style above the first of them: those lines are the
masthead, not sections, even where they name no report ("Kelby Hospitals NHS Foundation Trust").

Two layouts: bold lines of three sizes over a status table, then Heading 2 sections; bold lines of one
size straight over Heading 1 sections.
"""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from sitroom.read import parse_bytes

MASTHEAD = [
    ("Kelby Hospitals NHS Foundation Trust", 13),
    ("Daily Operational Pressures Report (OPEL)", 16),
    ("Report 2 – Tuesday 31 December 2024 – position at 08:00", 10),
]
SECTIONS = [
    ("Summary", ["Fourteen patients waited over 12 hours in ED yesterday."]),
    ("Staffing", ["Two consultants redeployed to the acute medical unit."]),
    ("Risks", ["Corridor care on the medical floor."]),
]


def _word(table: bool) -> bytes:
    d = docx.Document()
    for text, size in MASTHEAD:
        run = d.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(size if table else 12)
    if table:
        t = d.add_table(rows=2, cols=3)
        for cell, text in zip(t.rows[0].cells, ("Site", "OPEL", "Bed occupancy"), strict=True):
            cell.text = text
        for cell, text in zip(t.rows[1].cells, ("Kelby General", "4", "98%"), strict=True):
            cell.text = text
    for heading, items in SECTIONS:
        d.add_heading(heading, level=2 if table else 1)
        for item in items:
            d.add_paragraph(item)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_bold_lines_above_styled_headings_are_the_masthead() -> None:
    for table in (True, False):
        report = parse_bytes(_word(table), "opel.docx")[0]
        got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
        assert got == SECTIONS
