"""A Word report opening with a cover page of its own (the organisation, "Report to the Board", the title,
its number and date, a classification and an author), the report starting on the next page: the cover
names and dates the report, it holds none of its sections or items. A first page of running text before a
page break is the report's own."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from sitroom.read import parse_bytes

TITLE = "Reservoir Outage: position and response"
COVER = [
    ("Eastmere Water", 20, True),
    ("Report to the Board", 16, False),
    (TITLE, 26, True),
    ("Report no. 4", 14, False),
    ("12 March 2024", 14, False),
    ("Classification: OFFICIAL – COMMERCIAL", 11, False),
    ("Author: Director of Operations", 11, False),
]
SECTIONS = {
    "Summary": ["Supplies to 3,400 homes were restored on Monday evening."],
    "Customers affected": ["Bottled water was delivered to 212 customers on the priority services register."],
}


def _document(page_end: str) -> bytes:
    """``break``: the cover's last line ends with a page break; ``section``: a section break ends the
    cover; ``before``: the first heading is set to start a new page."""
    d = docx.Document()
    for n, (text, size, bold) in enumerate(COVER):
        run = d.add_paragraph().add_run(text)
        run.font.size, run.bold = Pt(size), bold
        if n == len(COVER) - 1 and page_end == "break":
            run.add_break(WD_BREAK.PAGE)
    if page_end == "section":
        d.add_section(WD_SECTION.NEW_PAGE)
    for n, (heading, items) in enumerate(SECTIONS.items()):
        h = d.add_heading(heading, level=1)
        if n == 0 and page_end == "before":
            h.paragraph_format.page_break_before = True
        for t in items:
            d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("page_end", ["break", "section", "before"])
def test_a_cover_page_names_and_dates_the_report(page_end: str) -> None:
    report = parse_bytes(_document(page_end), "board-report.docx")[0]
    assert [s.heading for s in report.sections] == list(SECTIONS)
    assert [i.text for i in report.items()] == [t for items in SECTIONS.values() for t in items]
    assert report.title == TITLE
    assert report.number == 4
    assert report.date == date(2024, 3, 12)


def test_a_first_page_of_running_text_is_no_cover() -> None:
    d = docx.Document()
    d.add_paragraph("Incident update")
    d.add_paragraph("Crews worked through the night to restore supplies to the last streets.")
    d.add_paragraph("A further update will follow at noon.").add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Summary", level=1)
    d.add_paragraph("Supplies are restored.")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "update.docx")[0]
    items = [i.text for i in report.items()]
    assert "Crews worked through the night to restore supplies to the last streets." in items
