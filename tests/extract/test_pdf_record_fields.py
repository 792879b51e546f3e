"""A database record printed from the browser: each field's name in small type over the box holding its value.
The name heads the points in its box; a box of one short line (a date, a status, a name) is one of the report's
particulars, left out of the text and counted; a name at the top of a later page still heads its box.

Layouts (reportlab's canvas): boxes with rounded corners and an icon before each name, square boxes without
icons, and a record long enough to run on to a second page. A page of boxed notes with no names over them reads
as it did.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from sitroom.read import parse_bytes

FIELDS = [
    ("Report date", ["14/03/2026"]),
    ("Status", ["Active response"]),
    ("Location", ["North Beach, Bay of Plenty"]),
    ("Summary", ["Twelve dolphins stranded on the beach overnight."]),
    ("Situation", ["Eight dolphins are alive in the shallows.", "The tide turns at noon."]),
    ("Volunteers", ["Forty volunteers are on the beach.", "Each team is relieved every hour."]),
    ("Funding", ["The appeal has raised NZ$12,000 so far."]),
    ("Next steps", ["Refloat the pod at the next high tide."]),
]
SECTIONS = [(name, lines) for name, lines in FIELDS[3:]]


def _record(rounded: bool, icons: bool, gap: float = 24) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 20)
    c.drawString(46, y, "Stranding sitrep 4 – North Beach")
    y -= 30
    for name, lines in FIELDS:
        box_h = 10 + 16 * len(lines)
        if y - box_h - 14 < 60:
            c.showPage()
            y = height - 60
        c.setFont("Helvetica", 8.5)
        c.setFillColor("#666666")
        if icons:
            c.rect(46, y - 1, 7, 7, stroke=0, fill=1)
        c.drawString(58 if icons else 48, y, name)
        c.setFillColor("black")
        top = y - 4
        c.setStrokeColor("#cccccc")
        if rounded:
            c.roundRect(44, top - box_h, width - 88, box_h, 4, stroke=1, fill=0)
        else:
            c.rect(44, top - box_h, width - 88, box_h, stroke=1, fill=0)
        c.setFont("Helvetica", 10.5)
        for n, line in enumerate(lines):
            text = f"• {line}" if len(lines) > 1 else line
            c.drawString(52, top - 15 - 16 * n, text)
        y = top - box_h - gap
    c.showPage()
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "rounded-icons": lambda: _record(True, True),
    "square": lambda: _record(False, False),
    "two-pages": lambda: _record(True, True, gap=70),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_field_name_heads_its_box_and_short_fields_are_particulars(layout: str) -> None:
    data = LAYOUTS[layout]()
    report = parse_bytes(data, f"{layout}.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
    assert str(report.date) == "2026-03-14"
    assert any("record field" in w for w in report.warnings), report.warnings
    assert len(pdfium.PdfDocument(data)) == (2 if layout == "two-pages" else 1)


def test_boxed_notes_with_no_names_over_them_are_no_record() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(46, 780, "Flood update")
    y = 740
    for heading, line in (("Situation", "The river peaked at noon."), ("Actions", "Sandbags went to 40 homes.")):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(46, y, heading)
        c.rect(44, y - 40, 400, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 10.5)
        c.drawString(52, y - 28, line)
        y -= 70
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "notes.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == [("Situation", ["The river peaked at noon."]), ("Actions", ["Sandbags went to 40 homes."])]
    assert not any("record field" in w for w in report.warnings)
