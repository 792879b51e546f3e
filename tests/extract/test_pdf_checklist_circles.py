"""A checklist printed to PDF (a notes app's, a form's): each item opens with an empty circle drawn to tick, and
each is an item of its own, however close the lines stand; as with the small filled discs a browser prints."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

TASKS = [
    "Briefing at base at 07:30.",
    "Search the river banks downstream with the swift water team.",
    "Review the search strategy with the police search adviser by 6 Oct.",
]


def _checklist(radius: float, filled: bool, pitch: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, "Search for a missing walker – sitrep 3")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 740, "Summary")
    c.setFont("Helvetica", 11)
    c.drawString(60, 722, "– 41 searchers were out today across four areas.")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 690, "Plan for tomorrow")
    c.setFont("Helvetica", 11)
    y = 670.0
    for task in TASKS:
        c.circle(66, y + 4, radius, stroke=1, fill=1 if filled else 0)
        c.drawString(66 + radius + 8, y, task)
        y -= pitch
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("radius", "filled", "pitch"), [(6.5, False, 20.5), (4.5, False, 16), (2, True, 15)])
def test_each_ticked_line_is_an_item(radius: float, filled: bool, pitch: float) -> None:
    report = parse_bytes(_checklist(radius, filled, pitch), "sitrep.pdf")[0]
    plan = next(s for s in report.sections if s.heading == "Plan for tomorrow")
    assert [i.text for i in plan.items] == TASKS
