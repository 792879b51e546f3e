"""A deck of slides saved as PDF: each page opens with its own title at the same place, in the same print, a
little larger than the points under it (or bold), and that line heads the page's points, even where a band over
every page names each section of the deck in the same words. The first page, centred, is the title slide (its
title names the report, its other lines are the cover) and a last page of a word or two closes the deck.

Layouts: Beamer-like frames (small landscape pages, titles one size above the points, a navigation band), a
widescreen presentation (titles far larger), and frames whose titles are bold at the points' size. A report whose
pages open with its running text is no deck."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

SLIDES = {
    "Key findings": ["Our central estimate is 790 admissions a week at the peak.", "Activity is still rising."],
    "Hospital burden": ["Respiratory patients take up 38% of adult ICU beds.", "99 patients are in hospital."],
    "Risks": ["Reporting delays may understate recent cases. Mitigation: a nowcast corrects for them."],
    "Next steps": ["Update the projections with the new serology data by December 16."],
}
TITLE = "Influenza and RSV in the province"


def _deck(width: float, height: float, title_size: float, text_size: float, bold: bool, band: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.setFont("Helvetica-Bold", title_size + 2)
    c.drawCentredString(width / 2, height * 0.62, TITLE)
    c.setFont("Helvetica", text_size - 1)
    c.drawCentredString(width / 2, height * 0.52, "Weekly modelling briefing 4")
    c.drawCentredString(width / 2, height * 0.40, "S. Tremblay, J. Singh, M. Okafor")
    c.drawCentredString(width / 2, height * 0.30, "December 8, 2025")
    c.showPage()
    for n, (heading, points) in enumerate(SLIDES.items(), start=2):
        if band:  # the band naming every section of the deck, over every page
            c.setFont("Helvetica", 5)
            for k, name in enumerate(SLIDES):
                c.drawString(8 + k * 60, height - 8, name)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", title_size)
        c.drawString(width * 0.04, height * 0.84, heading)
        c.setFont("Helvetica", text_size)
        y = height * 0.72
        for point in points:
            c.circle(width * 0.06, y + text_size * 0.3, 1.5, stroke=0, fill=1)
            c.drawString(width * 0.09, y, point)
            y -= text_size * 2.4
        c.setFont("Helvetica", 5)
        c.drawRightString(width - 8, 8, f"{n}/6")
        c.showPage()
    c.setFont("Helvetica", title_size)
    c.drawCentredString(width / 2, height / 2, "Questions?")
    c.save()
    return buf.getvalue()


LAYOUTS = [
    (363, 272, 11, 10, False, True),  # Beamer frames
    (960, 540, 28, 18, False, False),  # a widescreen presentation
    (363, 272, 10, 10, True, False),  # bold titles at the points' size
]


@pytest.mark.parametrize("width,height,title_size,text_size,bold,band", LAYOUTS)
def test_each_pages_title_heads_its_points(width, height, title_size, text_size, bold, band) -> None:
    report = parse_bytes(_deck(width, height, title_size, text_size, bold, band), "briefing.pdf")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SLIDES
    assert report.title == TITLE
    assert any("cover page" in w for w in report.warnings) and any("closing page" in w for w in report.warnings)


def test_a_report_whose_pages_open_with_running_text_is_no_deck() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(4):
        c.setFont("Helvetica", 10)
        c.drawString(72, 760, f"continued from the page before, where the account of week {n} began.")
        c.drawString(72, 740, "Rivers are falling and the pumps are being moved to the next village.")
        c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "report.pdf")[0]
    assert not [s.heading for s in report.sections if s.heading]


@pytest.mark.parametrize("size", [15.8, 22])
def test_a_running_footers_words_set_large_in_the_masthead_are_the_publishers(size: float) -> None:
    # the footer names the publisher on every page; on page 1 its name set large over the title is the masthead's
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(3):
        if page == 0:
            c.setFont("Helvetica-Bold", 20)
            c.drawCentredString(300, 700, "EBOLA VIRUS DISEASE")
            c.setFont("Helvetica-Bold", size)
            c.drawCentredString(300, 670, "Republic of Uganda")
            c.setFont("Helvetica-Bold", 20)
            c.drawCentredString(300, 640, "Situation Report 42")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 580, f"Part {page + 1}")
        c.setFont("Helvetica", 11)
        c.drawString(72, 560, f"Contact tracing continues in district {page + 1}.")
        c.drawString(72, 545, "Follow-up of contacts stands at 98% of those listed.")
        c.setFont("Helvetica", 11)
        c.drawString(400, 30, "Republic of Uganda")
        c.showPage()
    c.save()
    report = parse_bytes(buf.getvalue(), "sitrep-42.pdf")[0]
    assert "Situation Report 42" in report.title and "Uganda" not in report.title
    assert not [i.text for s in report.sections for i in s.items if "Uganda" in i.text]
