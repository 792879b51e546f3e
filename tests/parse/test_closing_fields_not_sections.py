"""A closing field set as a run-in lead ("**Distribution:** ICB Executive Team; trusts", "NEXT SITREP: 19
December at 09:30") is the report's close, not a section with an item: left out and counted.

Two layouts: a Word report whose fields open with a bold lead, and a plain-text one with labels in capitals.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes, parse_text

POINTS = ["Bed occupancy is 97% across the system.", "12 ambulances waited over an hour at handover."]
FIELDS = [("Distribution:", "ICB Executive Team; acute and community trusts"), ("Next sitrep:", "19 December at 09:30")]


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("System Sitrep 3", style="Title")
    d.add_paragraph().add_run("1. System Summary").bold = True  # headings in bold body type, points numbered by hand
    for k, point in enumerate(POINTS, 1):
        d.add_paragraph(f"1.{k}\t{point}")
    for label, value in FIELDS:
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(f" {value}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text() -> str:
    lines = ["System Sitrep 3", "", "SYSTEM SUMMARY", "", *(f"- {p}" for p in POINTS), ""]
    lines += [f"{label.upper()} {value}" for label, value in FIELDS]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["docx", "text"])
def test_closing_fields_are_no_sections(layout: str) -> None:
    report = parse_bytes(_docx(), "sitrep.docx")[0] if layout == "docx" else parse_text(_text())
    got = [(s.heading.lower().removeprefix("1. "), [i.text for i in s.items]) for s in report.sections]
    assert got == [("system summary", POINTS)]
