"""A report's number is never a figure of its first point: a heading "Update" over the point "84 households
remain …" gives the report no number 84, in Word, Markdown and PDF, while a number mark opening the line under
the report's name still numbers it ("Situation Report" over "No. 16")."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sitroom.parse.metadata import find_number
from sitroom.read import parse_bytes

SECTIONS = [
    ("Update", ["84 households remain in temporary accommodation.", "12 flats have their power back."]),
    ("Risks", ["Damp may spread to the flats below. Mitigation: dehumidifiers fitted."]),
]


def _word(title: str) -> bytes:
    d = docx.Document()
    d.add_heading(title, level=1)
    for heading, points in SECTIONS:
        d.add_heading(heading, level=2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown(title: str) -> bytes:
    lines = [f"# {title}", ""]
    for heading, points in SECTIONS:
        lines += [f"## {heading}", "", *[f"- {p}" for p in points], ""]
    return "\n".join(lines).encode()


def _pdf(title: str) -> bytes:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12, spaceBefore=10)
    story: list = [Paragraph(title, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20))]
    for heading, points in SECTIONS:
        story.append(Paragraph(heading, head))
        story += [Paragraph(p, body, bulletText="-") for p in points]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("write,name", [(_word, "r.docx"), (_markdown, "r.md"), (_pdf, "r.pdf")])
def test_the_first_points_figure_is_not_the_reports_number(write, name) -> None:
    report = parse_bytes(write("Linden Court fire"), name)[0]
    update = next(s for s in report.sections if s.heading == "Update")
    assert update.items[0].text.startswith("84 households")
    assert report.number is None


@pytest.mark.parametrize("write,name", [(_word, "r.docx"), (_markdown, "r.md"), (_pdf, "r.pdf")])
def test_a_numbered_title_still_numbers_the_report(write, name) -> None:
    assert parse_bytes(write("Linden Court fire – Update 7"), name)[0].number == 7


def test_a_number_mark_under_the_reports_name_numbers_it() -> None:
    assert find_number("Situation Report\nNo. 16") == 16
    assert find_number("Sitrep\n#4 Floods") == 4
    assert find_number("Update\n- 84 households remain") is None
