"""A short line in the body's type, bold or not, standing right over a data table ("This week at a glance" over a
table of figures) is the table's title: it names the table, it heads no section. A heading set larger than the
body over a table stays a section's heading."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes

ROWS = [("Site", "Services this week", "Capacity used"), ("Crematorium", "158", "97%"), ("North cemetery", "12", "80%")]


def _docx(title: str, bold: bool, heading_style: bool) -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("Bereavement Services – Winter Pressures Sitrep", style="Title")
    d.add_paragraph("Prepared by Ruth Calloway, Bereavement Services Manager")
    if heading_style:
        d.add_heading(title, 1)
    else:
        d.add_paragraph().add_run(title).bold = bold
    table = d.add_table(rows=0, cols=3)
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.add_heading("Overview", 1)
    d.add_paragraph("The crematorium and both cemeteries are working at full capacity.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("title", ["This week at a glance", "Capacity by site"])
@pytest.mark.parametrize("bold", [True, False])
def test_a_body_line_over_a_data_table_is_its_title(title: str, bold: bool) -> None:
    report = parse_bytes(_docx(title, bold, heading_style=False), "sitrep.docx")[0]
    assert [s.heading for s in report.sections] == ["Overview"]
    assert [t.caption for t in report.tables] == [title]


def test_a_styled_heading_over_a_data_table_stays_a_heading() -> None:
    report = parse_bytes(_docx("Key figures", True, heading_style=True), "sitrep.docx")[0]
    assert "Key figures" in [s.heading for s in report.sections]
