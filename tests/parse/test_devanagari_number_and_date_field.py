"""A report numbered with the Devanagari mark ("प्रतिवेदन नं. १", "अहवाल क्रमांक ३"), its figure in either script, and
a date given as a labelled field in any calendar ("मिति: २०८२ साउन १४", "Tarehe: 12 Julai 2025") under the title: the
number numbers the report, the date field is the masthead's, no point. In Word, Markdown and a web page."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.mastheadlines import is_date_field
from sitroom.parse.metadata import title_number
from sitroom.read import parse_bytes

TITLE = "विपद् सम्बन्धी दैनिक स्थिति प्रतिवेदन नं. ४"
HEADING = "१. घटनाको संक्षिप्त विवरण"
POINTS = ["साउन ७ गते देखि परेको लगातारको वर्षाले ९ वटा वडामा बाढी र पहिरो गएको छ।", "३ जना घाइतेको उपचार भइरहेको छ।"]


def _word(field: str) -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph(field)
    d.add_heading(HEADING, level=2)
    for p in POINTS:
        d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown(field: str) -> bytes:
    return "\n".join([f"# {TITLE}", "", field, "", f"## {HEADING}", "", *[f"- {p}" for p in POINTS], ""]).encode()


def _html(field: str) -> bytes:
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    return f"<html><body><h1>{TITLE}</h1><p>{field}</p><h2>{HEADING}</h2><ul>{points}</ul></body></html>".encode()


@pytest.mark.parametrize("write,name", [(_word, "r.docx"), (_markdown, "r.md"), (_html, "r.html")])
@pytest.mark.parametrize("field", ["मिति: २०८२ साउन १४, बेलुका ५ बजे सम्मको विवरण", "दिनांक: 30/07/2025"])
def test_the_number_numbers_the_report_and_the_date_field_is_no_point(write, name, field) -> None:
    report = parse_bytes(write(field), name)[0]
    assert report.number == 4
    assert [i.text for s in report.sections for i in s.items] == POINTS


def test_the_marks_and_fields() -> None:
    assert title_number("दैनिक अहवाल क्रमांक ३") == 3
    assert title_number("Situation Report No. 12") == 12
    assert is_date_field("Tarehe: 12 Julai 2025")
    assert not is_date_field("Date of the next meeting to be agreed")
