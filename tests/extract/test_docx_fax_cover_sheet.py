"""A report faxed from Word: the office's fax cover sheet (its letterhead, "Fax" in large print, the fields of the
transmission in a table or typed as lines, the tick boxes, a comment and the confidentiality notice) is the first
page, the report starts on the next one. Nothing of the cover is an item, the report's own title names it, and the
cover is counted. With the page ended by a page break and by the title set to start a new page."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from sitroom.read import parse_bytes

FIELDS = [("To:", "Regional ECC"), ("Fax:", "09 555 0199"), ("From:", "Local EOC"), ("Pages:", "3"),
          ("Date:", "4 March 2026"), ("Re:", "Situation Report 4 – Cyclone Gita"),
          ("CC:", "Group Controller")]  # fmt: skip
SECTIONS = [("Summary", ["Flooding has closed State Highway 25 at two places."]),
            ("Welfare", ["86 people stayed in the two evacuation centres overnight."])]  # fmt: skip


def _faxed(fields_in_table: bool, break_before_title: bool, name: str) -> bytes:
    d = Document()
    d.add_paragraph().add_run("Harbour District Council").bold = True
    d.add_paragraph("Civil Defence Emergency Management · 14 Quay Street · Tel 09 555 0100")
    run = d.add_paragraph().add_run(name)
    run.font.size, run.bold = Pt(36), True
    if fields_in_table:
        table = d.add_table(rows=0, cols=2)
        for label, value in FIELDS:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    else:
        for label, value in FIELDS:
            d.add_paragraph(f"{label}\t{value}")
    d.add_paragraph("☐ Urgent   ☒ For Review   ☐ Please Comment   ☐ Please Reply")
    d.add_paragraph("Comments:")
    d.add_paragraph("Our fourth report of the event, the figures as at 06:00.")
    d.add_paragraph("This fax is intended only for the addressee. If you have received it in error, please call us.")
    if not break_before_title:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    title = d.add_heading("Situation Report 4 – Cyclone Gita", 0)
    title.paragraph_format.page_break_before = break_before_title
    d.add_paragraph("As at 06:00, 4 March 2026")
    for heading, points in SECTIONS:
        d.add_heading(heading, 1)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fields_in_table", "break_before_title", "name"),
    [(True, False, "Fax"), (False, True, "FACSIMILE TRANSMISSION"), (True, True, "Fax cover sheet")],
)
def test_the_fax_cover_sheet_is_no_part_of_the_report(fields_in_table: bool, break_before_title: bool, name: str):
    report = parse_bytes(_faxed(fields_in_table, break_before_title, name), "faxed.docx")[0]
    assert report.title == "Situation Report 4 – Cyclone Gita"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
    assert any("fax cover sheet" in w for w in report.warnings)


def test_a_first_page_without_a_fax_name_stays_the_report_s() -> None:
    d = Document()
    d.add_paragraph("To: Regional ECC")
    d.add_paragraph("From: Local EOC")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Summary", 1)
    d.add_paragraph("Flooding has closed State Highway 25.", style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    report = parse_bytes(out.getvalue(), "memo.docx")[0]
    assert not any("fax cover sheet" in w for w in report.warnings)
