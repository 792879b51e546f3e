"""A mail printed with its subject over who sent it, the labels set bold and flush right (as Thunderbird prints
"Subject:", "From:", "Date:", "To:", "CC:"): the fields are the header, none a section; the greeting and the
covering line under them are left out; and the close "The next sitrep will be issued at 08:00 tomorrow. The
incident room is on …" is no point."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

FIELDS = [("Subject:", "Courts incident – sitrep 1 – Wales Region"),
          ("From:", "Rhodri Beynon <rhodri.beynon@courts.example>"), ("Date:", "19/01/2026, 08:41"),
          ("To:", "Wales Region Incident Distribution <wales.incident@courts.example>"),
          ("CC:", "Regional Support Unit <rsu@courts.example>")]  # fmt: skip
SECTIONS = [("Summary", ["The case management system has been unavailable since 17 January."]),
            ("Next steps", ["Restore full access to case files by Wednesday."])]  # fmt: skip
CLOSES = ["The next sitrep will be issued at 08:00 tomorrow. The regional incident room is on 0300 303 0654.",
          "Next update at 16:00 today. Questions to the incident room on 0300 303 0654."]  # fmt: skip


def _pdf(close: str, subject_first: bool) -> bytes:
    fields = FIELDS if subject_first else [FIELDS[1], FIELDS[2], FIELDS[3], FIELDS[4], FIELDS[0]]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h = A4[1]
    y = h - 50
    for label, value in fields:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(88, y, label)
        c.setFont("Helvetica", 9.5)
        c.drawString(95, y, value)
        y -= 13
    y -= 20
    c.setFont("Helvetica", 10.5)
    for line in ("Good morning all,", "Please see below this morning's sitrep on the outage in the region."):
        c.drawString(36, y, line)
        y -= 20
    for heading, points in SECTIONS:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(36, y, heading)
        y -= 16
        c.setFont("Helvetica", 10.5)
        for point in points:
            c.drawString(50, y, point)
            y -= 14
        y -= 8
    c.drawString(36, y, close)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("close", CLOSES, ids=["the next", "next update"])
@pytest.mark.parametrize("subject_first", [True, False], ids=["subject first", "from first"])
def test_a_printed_mail_with_its_subject_first(subject_first: bool, close: str) -> None:
    report = parse_bytes(_pdf(close, subject_first), "sitrep.pdf")[0]
    assert report.title == FIELDS[0][1]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
