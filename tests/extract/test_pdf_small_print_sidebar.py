"""A report's first page with a box of small print beside its head ("WATER AT A GLANCE": the tanks' levels, the
office's extension and the disaster office's number), narrower than the columns a page is usually cut into. Set in
smaller type than the text beside it, with no line level with the text's, it is a sidebar: read apart, it never mixes
its lines into the addressee's, and as a box of figures it is left out. A figure after an abbreviation ("ext. 1")
makes no sentence of it.

The thanks closing the report on a line of its own after the last list ("Fakafetai lasi.") is the writer's, not a
point.

Layouts: sidebars 100, 120 and 140 points wide, in 8 and 8.5 point type beside 10 point text.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

HEAD = ["To: The Director, National Disaster Management Office, Funafuti", "From: The Secretary, Nanumea Kaupule",
        "Copy: Falekaupule of Nanumea; Ministry of Local Government", "",
        "Talofa. Please find below the update on the water situation on Nanumea."]  # fmt: skip
BOX = ["Kaupule cistern 1: 53% full", "Kaupule cistern 2: 33% full", "Church cistern: 23% full",
       "School tank: 59% full", "Kaupule office: ext. 1", "NDMO Funafuti: 20 833"]  # fmt: skip
SECTIONS = [
    ("Summary", ["The island has had no useful rain since 6 September.", "Households on rationed water: 219."]),
    ("Help to households", ["Jerry cans handed out by Red Cross volunteers: 504."]),
    ("Next steps", ["The next report will be sent to the NDMO on 6 October."]),
]


def _pdf(box_width: float, box_size: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFillColorRGB(0.1, 0.3, 0.6)
    c.rect(0, 785, 595, 57, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(46, 812, "NANUMEA KAUPULE")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(52, 745, "DROUGHT SITUATION REPORT No. 1")
    c.setFont("Helvetica", 13)
    c.drawString(52, 726, "Nanumea Kaupule – 5 October 2026, 4:00 pm")
    c.setFont("Helvetica", 10)
    y = 696.0
    for line in HEAD:
        if line:
            c.drawString(52, y, line)
        y -= 13.5
    x = 545 - box_width
    c.setFillColorRGB(0.9, 0.95, 0.95)
    c.rect(x - 6, 605, box_width + 6, 152, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", box_size)
    c.drawString(x, 746, "WATER AT A GLANCE")
    c.setFont("Helvetica", box_size)
    for n, line in enumerate(BOX):
        c.drawString(x, 727 - 17 * n, line)
    y = 585.0
    for name, points in SECTIONS:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(52, y, name)
        y -= 20
        c.setFont("Helvetica", 10)
        for p in points:
            c.drawString(55, y, "•")
            c.drawString(66, y, p)
            y -= 16
        y -= 12
    c.drawString(52, y - 10, "Fakafetai lasi.")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("box_size", [8.0, 8.5])
@pytest.mark.parametrize("box_width", [100.0, 120.0, 140.0])
def test_the_sidebar_and_the_thanks_are_no_points(box_width: float, box_size: float) -> None:
    report = parse_bytes(_pdf(box_width, box_size), "report.pdf")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS
    texts = [i.text for s in report.sections for i in s.items]
    assert not any(box in t for t in texts for box in BOX)


def test_small_labels_level_with_their_values_are_no_sidebar() -> None:
    """A system's print sets each field's label small and grey beside its value ("Update" beside "- The fire service
    has …"): the labels stand level with the values, rows of a form, not a sidebar: no point is left out with them."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 790, "Linden Court fire – block evacuation (INC-46638)")
    y = 750.0
    points = {"Summary": ["38 households remain in temporary accommodation."],
              "Building safety": ["The fire service has handed the building back to the association.",
                                  "Fire door surveys have been completed on 76% of the flats."]}  # fmt: skip
    for name, lines in points.items():
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, name)
        y -= 20
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y, "Update")
        c.setFont("Helvetica", 9)
        for line in lines:
            c.drawString(150, y, f"- {line}")
            y -= 12
        for label, value in (("Modified by", "Joanne McKenzie"), ("Modified on", "15/09/2025 16:10")):
            c.setFont("Helvetica", 7.5)
            c.drawString(40, y, label)
            c.setFont("Helvetica", 9)
            c.drawString(150, y, value)
            y -= 12
        y -= 16
    c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "print.pdf")[0]
    items = [i.text for s in report.sections for i in s.items]
    # (none of the points is left out as a box of figures)
    assert all(any(i.startswith(line) for i in items) for lines in points.values() for line in lines)


def test_a_stop_after_an_abbreviation_ends_no_sentence() -> None:
    from sitroom.extract.pdf.layout import _SENTENCE_END

    assert _SENTENCE_END.split("Kaupule office: ext. 1 NDMO: 20 833") == ["Kaupule office: ext. 1 NDMO: 20 833"]
    assert _SENTENCE_END.split("Register before 25 January. 2 14 Jan") == ["Register before 25 January.", "2 14 Jan"]
