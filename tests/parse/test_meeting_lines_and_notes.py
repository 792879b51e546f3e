"""The lines around a report that a reader skips: the meeting's particulars under the title ("Date: …  Time:
…  Venue: …", "Chair: …", "Distribution: …"), the line dating the report ("This report is current as at
…"), the next meeting at the end and a note on another language version, at the top or the end. None joins
the title or becomes an item; each is counted. In Word and in HTML; a sentence about the situation in the
same places stays an item."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes

TITLE = "Flood Response Group – Situation Report No. 3"
SECTIONS = [
    ("1. Current position", ["River levels fell overnight at all three gauges.", "Two rest centres remain open."]),
    ("2. Risks", ["Further rain is forecast for Thursday."]),
]
TOP = {
    "meeting": [
        "Date: 14 May 2021    Time: 10:00    Venue: Council Chamber, Town Hall",
        "Chair: Director of Place    Minutes: Emergency Planning Officer",
        "Distribution: Group members and partner liaison officers",
    ],
    "dating line": ["This report is current as at 9:00am on 14 May 2021. It is updated every weekday."],
    "language note": ["Date: 14 May 2021", "French version follows / La version française suit"],
    "spanish dating line": ["Este informe está actualizado al 14/05/2021."],
}
END = {
    "next meeting": "Next meeting of the Group: 17 May 2021 at 10:00, Council Chamber.",
    "language note": "Version française disponible sur demande. French version of the report available on request.",
    "spanish next report": "Próximo informe: 17/05/2021, 10:00 h",
}


def _docx(top: list[str], end: str | None) -> bytes:
    d = docx.Document()
    title = d.add_paragraph().add_run(TITLE)
    title.bold, title.font.size = True, Pt(16)
    for line in top:
        d.add_paragraph(line).runs[0].font.size = Pt(9)
    for h, items in SECTIONS:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    if end:
        d.add_paragraph(end).runs[0].italic = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(top: list[str], end: str | None) -> bytes:
    lines = "".join(f"<p><small>{line}</small></p>" for line in top)
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in SECTIONS)
    closing = f"<p><em>{end}</em></p>" if end else ""
    return f"<html><body><main><h1>{TITLE}</h1>{lines}{body}{closing}</main></body></html>".encode()


LAYOUTS = {"word": (_docx, "r.docx"), "html": (_html, "r.html")}


def _sections(report) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, [i.text for i in s.items]) for s in report.sections]


@pytest.mark.parametrize("top", list(TOP))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_lines_under_the_title_are_the_masthead(layout: str, top: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(TOP[top], None), name)[0]
    assert _sections(report) == SECTIONS
    assert report.title == TITLE
    assert report.number == 3
    assert report.date == date(2021, 5, 14)
    left_out = sum(int(w.split()[0]) for w in report.warnings if "under the title" in w)
    # a line the format already sets as part of the masthead (Word's date line) is not counted twice
    assert 0 < left_out <= len(TOP[top])


@pytest.mark.parametrize("end", list(END))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_closing_lines_are_no_items(layout: str, end: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make([], END[end]), name)[0]
    assert _sections(report) == SECTIONS
    assert any("end-of-report" in w for w in report.warnings)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_sentences_about_the_situation_stay_items(layout: str) -> None:
    make, name = LAYOUTS[layout]
    first = "Rest centres held 40 people as at 9:00am on 14 May 2021."
    last = "The French version of the leaflet is available from libraries."
    report = parse_bytes(make([first], last), name)[0]
    items = [i.text for i in report.items()]
    assert first in items and last in items
