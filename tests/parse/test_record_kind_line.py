"""The kind of record a case system prints under a record's title ("Incident · Major Incident": the entity and
its form) is the masthead's, not a point of the report, in Word, Markdown and a web page; a line of the report
parted by a middle dot that is no list of names stays."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.mastheadlines import is_kind_line
from sitroom.read import parse_bytes

TITLE = "Linden Court fire – block evacuation (INC-27345)"
POINTS = ["84 households remain in temporary accommodation.", "A waking watch is in place."]


def _word(kind: str) -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph(kind)
    d.add_heading("Summary", level=2)
    for p in POINTS:
        d.add_paragraph(p, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown(kind: str) -> bytes:
    return "\n".join([f"# {TITLE}", "", kind, "", "## Summary", "", *[f"- {p}" for p in POINTS], ""]).encode()


def _html(kind: str) -> bytes:
    items = "".join(f"<li>{p}</li>" for p in POINTS)
    return f"<html><body><h1>{TITLE}</h1><p>{kind}</p><h2>Summary</h2><ul>{items}</ul></body></html>".encode()


KINDS = ["Incident · Major Incident", "Case • Complaint", "Incident · Major Incident · Active"]


@pytest.mark.parametrize("write,name", [(_word, "r.docx"), (_markdown, "r.md"), (_html, "r.html")])
@pytest.mark.parametrize("kind", KINDS)
def test_the_records_kind_under_its_title_is_no_point(write, name, kind) -> None:
    report = parse_bytes(write(kind), name)[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS


def test_a_line_of_words_parted_by_a_dot_is_no_kind() -> None:
    assert not is_kind_line("Roads are open · the bridge is shut")
    assert not is_kind_line("Incident")
    assert is_kind_line("Incident · Major Incident")
