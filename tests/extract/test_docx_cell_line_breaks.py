"""A line break inside a Word table cell's paragraph parts two words as a space does: a title cell set over
its date ("Storm Response – Situation Report 4" <br/> "10 December 2024") is the report's name and day, not
"Report 410", and the table above the first section is read as the masthead, not as items.

Two layouts: a council's names and titles in two cells side by side (Welsh and English) over its report; and
a service's details table of labels and values, the report cell's value broken over two lines.
"""

from __future__ import annotations

import io
from datetime import date

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes


def _parse(d: docx.document.Document) -> Report:
    buf = io.BytesIO()
    d.save(buf)
    return parse_bytes(buf.getvalue(), "report.docx")[0]


def _body(d: docx.document.Document) -> None:
    d.add_paragraph()
    d.add_heading("Current situation", level=1)
    d.add_paragraph("Wind gusts of up to 69 mph were recorded on the coast overnight.", style="List Bullet")


def test_title_cells_side_by_side_each_over_its_date_are_the_masthead() -> None:
    d = docx.Document()
    top = d.add_table(rows=2, cols=2)
    top.rows[0].cells[0].paragraphs[0].add_run("Cyngor Sir Dyffryn").bold = True
    top.rows[0].cells[1].paragraphs[0].add_run("Dyffryn County Council").bold = True
    top.rows[1].cells[0].paragraphs[0].add_run("Ymateb i Storm – Adroddiad Sefyllfa 4\n10 Rhagfyr 2024")
    top.rows[1].cells[1].paragraphs[0].add_run("Storm Response – Situation Report 4\n10 December 2024")
    _body(d)
    report = _parse(d)
    assert report.date == date(2024, 12, 10)
    assert [(s.heading, len(s.items)) for s in report.sections] == [("Current situation", 1)]


def test_a_details_value_broken_over_two_lines_dates_the_report() -> None:
    d = docx.Document()
    d.add_paragraph("Highways service", style="Title")
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(
        table.rows, [("Report", "Situation Report 4\n11 December 2024"), ("Author", "Duty manager")], strict=True
    ):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    _body(d)
    report = _parse(d)
    assert report.date == date(2024, 12, 11)
    assert [(s.heading, len(s.items)) for s in report.sections] == [("Current situation", 1)]
