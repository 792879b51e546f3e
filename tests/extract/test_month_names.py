"""Dates written with month names in the languages sitroom reads (``sitroom.text.months``): every extractor
tells a date line from a heading by the same rule, whatever the language. Documents are generated."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from pdf_sheets import BOLD, Sheet

from sitroom.extract import extract_bytes
from sitroom.model import BlockKind
from sitroom.read import parse_bytes

# (date line, the day it names): English, French and Spanish, including months whose names share no
# three first letters with the English one (août, juin, diciembre, agosto).
DATE_LINES = [
    ("12 August 2021", date(2021, 8, 12)),
    ("December 3, 2021", date(2021, 12, 3)),
    ("12 août 2021", date(2021, 8, 12)),
    ("1er juin 2021", date(2021, 6, 1)),
    ("3 de diciembre de 2021", date(2021, 12, 3)),
    ("12 de agosto de 2021", date(2021, 8, 12)),
]


def _docx(date_line: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Situation Report 7", style="Title")
    d.add_paragraph("Flood response")
    d.add_heading("Highlights", level=1)
    d.add_paragraph("Two shelters closed as families returned home.", style="List Bullet")
    d.add_paragraph().add_run(date_line).bold = True  # a bold short line: a heading, unless it is a date
    d.add_heading("Logistics", level=1)
    d.add_paragraph("Water trucking continues in four districts.", style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("date_line", "day"), DATE_LINES)
def test_a_bold_date_line_in_word_is_no_heading_in_any_language(date_line, day):
    doc = extract_bytes(_docx(date_line), "flood-sitrep.docx")
    (block,) = [b for b in doc.blocks if b.text == date_line]
    assert block.kind != BlockKind.HEADING
    assert [b.text for b in doc.blocks if b.kind == BlockKind.HEADING] == ["Highlights", "Logistics"]
    assert parse_bytes(_docx(date_line), "flood-sitrep.docx")[0].date == day


def _pdf(date_line: str) -> bytes:
    s = Sheet(size=11)
    s.line("FLOOD RESPONSE", font=BOLD, size=26)
    s.line("Situation Report 7", font=BOLD, size=18)
    s.line(date_line, font=BOLD, size=13)
    s.gap(2)
    s.heading("Highlights")
    s.bullet(["Two shelters closed as families returned home."])
    s.heading("Logistics")
    s.bullet(["Water trucking continues in four districts."])
    return s.pdf()


@pytest.mark.parametrize(("date_line", "day"), DATE_LINES)
def test_a_pdf_masthead_date_line_dates_the_report_in_any_language(date_line, day):
    report = parse_bytes(_pdf(date_line), "flood-sitrep.pdf")[0]
    assert report.date == day
    assert date_line not in [s.heading for s in report.sections]
    assert "2021" not in (report.title or "")
